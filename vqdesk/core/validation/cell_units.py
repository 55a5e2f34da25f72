"""R16.unit (hints): a free table's cell written with a unit other than the one its row or column
names.  A row “开展社会培训人次” holding “33532 人”, or “教师参与社会公益人次” holding “1010 次”
(Anshan 数据表 3-2), counts one thing and says another: 人次 are visits, 人 are people.

The unit a row or column names is the one its label ends with (…人次, …人数, …学时), or the one
in brackets after it (“培训（人次）”); a label naming no unit (…项目, 数量) is left alone, and so
are cells without a unit.  人 and 名 are one unit."""

import re

from vqdesk.core.findings import Finding
from vqdesk.core.kinds import normalise_text

from .context import Context

#: How a cell writes a count with its unit: “33532 人”, “1,010次”, “15396 学时”.
_CELL = re.compile(r"^\s*(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?P<unit>人次|人|名|次|个|项|所|学时|课时|万元|元|天)\s*$")
#: A label's own unit: the one in brackets, else the word it ends with.
_BRACKETED = re.compile(r"[（(](?P<unit>人次|人|名|次|个|项|所|学时|课时|万元|元|天)[）)]\s*$")
_ENDING = (("人次", "人次"), ("人数", "人"), ("次数", "次"), ("学时", "学时"), ("课时", "课时"),
           ("万元", "万元"), ("天数", "天"))
_SAME = {"名": "人"}


def _unit_of_label(label: str) -> str | None:
    label = normalise_text(label).replace(" ", "")
    found = _BRACKETED.search(label)
    if found:
        return found.group("unit")
    return next((unit for ending, unit in _ENDING if label.endswith(ending)), None)


def _norm(unit: str) -> str:
    return _SAME.get(unit, unit)


def check(ctx: Context) -> list[Finding]:
    out = []
    for block in ctx.typed_tables():
        name = ctx.table_name(block)
        columns = list(block.data.get("columns") or [])
        for row in block.data.get("rows") or []:
            for c, cell in enumerate(row or []):
                found = _CELL.match(cell) if isinstance(cell, str) else None
                if not found:
                    continue
                label = _label_before(row, c)
                named = _unit_of_label(label) or _unit_of_label(str(columns[c]) if c < len(columns) else "")
                if named and _norm(named) != _norm(found.group("unit")):
                    out.append(Finding("info", "R16.unit", ctx.outline.block_place(block),
                                       f"{name}“{label}”行写的是“{cell.strip()}”，而这一项的单位是“{named}”："
                                       f"{named}与{found.group('unit')}不是同一个量，请核对单位或改正名称"))
    return out


def _label_before(row, column: int) -> str:
    """The text cell nearest to the left of `column` that is not itself a count."""
    for cell in reversed(row[:column]):
        if isinstance(cell, str) and cell.strip() and not _CELL.match(cell):
            return cell.strip()
    return ""


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("cell-units", check, {"document"}),)
