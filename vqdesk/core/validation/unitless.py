"""R16.unit-missing (hint): a column of areas or of money with no unit anywhere.

An area is 平方米 or 亩, money 元 or 万元, and a reader cannot tell which from the figure (Benxi
2024 表1.1: 学校占地面积 90671 and 学校建筑面积 31000, with no unit in the header, the caption or a
note).  Counts of people and things need none: 人 and 个 go without saying.
"""

import re

from vqdesk.core.findings import Finding

from .context import Context
from .free_tables import column_groups
from .statements import _is_number

_AREA = re.compile(r"面积")
_MONEY = re.compile(r"经费|资金|投入|金额|收入|支出|总值|拨款|价值|预算|投资")
_UNIT = re.compile(r"平方米|m²|m2|㎡|亩|公顷|万元|亿元|千元|元|米")


def check(ctx: Context) -> list[Finding]:
    out = []
    for block in ctx.typed_tables():
        columns, rows = block.data.get("columns") or [], block.data.get("rows") or []
        around = f"{block.caption or ''}{block.data.get('note') or ''}"
        if _UNIT.search(around) or any(isinstance(c, str) and _UNIT.search(c) for r in rows for c in r):
            continue                          # “（单位：万元）”, a 单位 column or units in the rows
        groups = column_groups(block)
        missing = [str(h) for c, h in enumerate(columns)
                   if (_AREA.search(f"{groups[c]}{h}") or _MONEY.search(f"{groups[c]}{h}"))
                   and not _UNIT.search(f"{groups[c]}{h}") and any(c < len(r) and _is_number(r[c]) for r in rows)]
        if missing:
            named = "、".join(f"“{h}”" for h in missing)
            out.append(Finding("info", "R16.unit-missing", ctx.outline.block_place(block),
                               f"{ctx.table_name(block)}的{named}没有注明单位：请在表头写明（如“占地面积（平方米）”"
                               "“经费（万元）”），读者才知道数字的大小"))
    return out


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("unitless", check, {"document"}),)
