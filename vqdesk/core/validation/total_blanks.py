"""R2.blank: a typed 合计 row of a free table left blank where the rows it closes hold numbers
(Benxi 表1.1: the area columns of its 合计 row are empty while every school has its areas).

Not for text columns, for columns blank in every row, or for rates, shares, averages and ranks,
whose total is not a sum and is often left out on purpose; a cell written “—” or “/” is a
deliberate blank and not asked about.
"""

import re

from vqdesk.core.findings import Finding
from vqdesk.core.kinds import normalise_text

from .context import Context
from .free_tables import SUBTOTALS, TOTALS, plain, row_label

_NOT_SUMMED = re.compile(r"率|占比|比例|比重|平均|均|排名|名次|[%％]|代码|编号|序号|年份|时间|日期")
MIN_ROWS = 2


def check(ctx: Context) -> list[Finding]:
    out = []
    for block in ctx.typed_tables():
        for message in _blanks(block.data):
            name = ctx.table_name(block)
            out.append(Finding("warning", "R2.blank", ctx.outline.block_place(block), name + message))
    return out


def _label(row) -> str:
    return normalise_text(row_label(row)).replace(" ", "") if row else ""


def _blank(cell) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def _number(cell) -> bool:
    return isinstance(cell, (int, float)) and not isinstance(cell, bool)


def _summed(d: dict, c: int) -> bool:
    kinds, columns = d.get("column_kinds") or [], d.get("columns") or []
    kind = kinds[c] if c < len(kinds) else "number"
    return kind == "number" and not _NOT_SUMMED.search(str(columns[c] if c < len(columns) else ""))


def _blanks(d: dict):
    columns, rows = d.get("columns") or [], d.get("rows") or []
    body = [r for r in rows if r and _label(r) not in TOTALS + SUBTOTALS]
    for r, row in enumerate(rows):
        if not row or _label(row) not in TOTALS:
            continue
        empty, sums = [], []
        for c in range(1, len(columns)):
            cells = [x[c] for x in body if c < len(x) and _number(x[c])]
            if len(cells) >= MIN_ROWS and _blank(row[c] if c < len(row) else None) and _summed(d, c):
                empty.append(f"“{columns[c]}”")
                sums.append(plain(sum(cells)))
        if empty:
            yield (f"第{r + 1}行（{_label(row)}）的{'、'.join(empty)}空着，而表中各行在这些列都填有数字（各行之和为 "
                   f"{'、'.join(sums)}）：请填上合计，或写“—”表示不合计")


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("total-blanks", check, {"document"}),)
