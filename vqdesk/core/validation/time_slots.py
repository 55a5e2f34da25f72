"""R16.time (hint): a time slot and a deadline in one row of a table that do not fit together.

Jinzhou 2025 案例7 劳动周课表: “早上 8:10-8:35 打扫主楼梯…”, required “8:30前完成”: the work
is to be done five minutes before its slot ends (12:50-13:05 with “13:05前完成” fits).
"""

import re

from vqdesk.core.findings import Finding

from .context import Context

_SLOT = re.compile(r"(\d{1,2})[:：](\d{2})\s*[-—–~至]\s*(\d{1,2})[:：](\d{2})")
_DEADLINE = re.compile(r"(\d{1,2})[:：](\d{2})\s*(?:前|之前|以前)(?:完成|结束)")


def _minutes(h: str, m: str) -> int:
    return int(h) * 60 + int(m)


def check(ctx: Context) -> list[Finding]:
    out = []
    for block in ctx.typed_tables():
        for n, row in enumerate(block.data.get("rows") or [], start=1):
            cells = [c for c in row if isinstance(c, str)]
            slot = next((m for c in cells if (m := _SLOT.search(c))), None)
            deadline = next((m for c in cells if (m := _DEADLINE.search(c))), None)
            if not slot or not deadline:
                continue
            start, end = _minutes(*slot.group(1, 2)), _minutes(*slot.group(3, 4))
            due = _minutes(*deadline.group(1, 2))
            if start < due < end:
                out.append(Finding("info", "R16.time", ctx.outline.block_place(block),
                                   f"{ctx.table_name(block)}第{n}行的时间是“{slot.group(0)}”，却要求“{deadline.group(0)}”："
                                   "完成时间早于时段的结束，请核对"))
    return out


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("time-slots", check, {"document"}),)
