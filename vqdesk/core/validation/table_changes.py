"""R13.table (hints): a free table comparing two consecutive years whose count or amount more
than doubles, or falls to less than half, in one year (Liangzhou 表4: 实习工位 5958 → 18568,
×3.1).  A real change that large happens (a new campus) but is more often a typing slip or a
change of what is counted, so the user is asked to confirm it.

The six tables' own year-over-year check (R13, ±50 %) needs last year's file; a free table carries
both years itself.  Its years are its column headers (“2021年”, “2022年数量”, “生均值（2022年）”):
two columns of the same measure one year apart.  Rates, shares and ratios (率, 占比, %, 生师比)
change by points, not by multiples, and are left alone; so are small counts (a change of a few).
"""

import re

from vqdesk.core.findings import Finding
from vqdesk.core.kinds import normalise_text

from .context import Context
from .free_tables import TOTALS, plain, row_label

_YEAR = re.compile(r"(20\d\d)\s*(?:年度|年|学年)?")
_NOT_AMOUNT = re.compile(r"率|占比|比例|比重|之比|[%％]|排名|名次|年份|时间|日期|序号|编号|代码|满意度")
#: More than doubled, or less than half: the change a hint is about.
FACTOR = 2.0
#: A change of a few (3 → 7 sessions) is no sign of a slip.
MIN_CHANGE = 20


def check(ctx: Context) -> list[Finding]:
    out = []
    for block in ctx.typed_tables():
        for message in _jumps(block.data):
            out.append(Finding("info", "R13.table", ctx.outline.block_place(block), ctx.table_name(block) + message))
    return out


def _year_columns(columns) -> dict:
    """(measure, year) -> column index, for headers naming exactly one year."""
    out = {}
    for c, header in enumerate(columns):
        text = normalise_text(str(header or "")).replace(" ", "")
        years = _YEAR.findall(text)
        if c == 0 or len(years) != 1 or _NOT_AMOUNT.search(text):
            continue
        out[(_YEAR.sub("", text).strip("（()）"), int(years[0]))] = c
    return out


def _number(cell) -> bool:
    return isinstance(cell, (int, float)) and not isinstance(cell, bool)


def _jumps(d: dict):
    columns, rows = d.get("columns") or [], d.get("rows") or []
    by_year = _year_columns(columns)
    pairs = sorted((c, by_year[(measure, year + 1)], year) for (measure, year), c in by_year.items()
                   if (measure, year + 1) in by_year)
    for row in rows:
        label = row_label(row) if row else ""
        if not label or normalise_text(label).replace(" ", "") in TOTALS or _NOT_AMOUNT.search(label) \
                or "生师比" in label:
            continue
        for before, after, year in pairs:
            then, now = (row[c] if c < len(row) else None for c in (before, after))
            if _number(then) and _number(now) and then > 0 and now > 0 and abs(now - then) > MIN_CHANGE \
                    and max(now / then, then / now) > FACTOR:
                yield (f"“{label}”行由 {year}年的 {plain(then)} 变为 {year + 1}年的 {plain(now)}"
                       f"（{(now - then) / then * 100:+.1f}%），一年间变化较大，请核实是否录入有误或统计口径有变")
                break


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("table-changes", check, {"document"}),)
