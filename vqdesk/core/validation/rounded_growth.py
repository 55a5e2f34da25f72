"""R13.rounded (hint): a growth worked out from values printed too coarsely to fix it.

Liangzhou 2023 表5 生均达标情况: 生均仪器设备值 0.75 → 0.78 万元, 年增幅 +4%.  0.78 ÷ 0.75 − 1 is
4 %, but values printed to 0.01 only fix the growth between 0.775 ÷ 0.755 − 1 = 2.6 % and
0.785 ÷ 0.745 − 1 = 5.4 % (unrounded it was 3.56 %).  A growth that equals the printed values'
growth, where the printed precision leaves more than one percentage point open, was most likely
computed from the rounded values; it should be computed from the totals (总值 ÷ 人数).  Rows whose
values fix the growth closely (59.28 → 64.63: 9.01 %–9.04 %) raise nothing, nor do rows whose two
values are printed alike (Benxi 表7.2 生均拨款 0.24 → 0.24, 变化率 0: most often a fixed standard),
nor rows of whole numbers (counts are exact: 2 → 3 个专业 is +50%).

The growth columns and the two years beside them are found as R16.delta finds them
(change_columns.py).
"""

from vqdesk.core.findings import Finding

from .change_columns import _fits, _number, _triples, _value, growth_bounds
from .context import Context
from .free_tables import plain

#: Widest open range (in percentage points) a printed growth may leave before it is worth a hint.
MAX_OPEN_POINTS = 1.0


def _rounded(d: dict):
    """(label, header, cell, then, now, years, bounds) of each growth computed from rounded values."""
    for label, then, now, cell, years, header in _triples(d):
        value = _value(cell)
        if not (_number(then) and _number(now) and value) or then <= 0 or then == now:
            continue        # an unchanged printed value with 0 is most often a fixed standard (生均拨款)
        if float(then).is_integer() and float(now).is_integer():
            continue        # whole numbers are most often counts, exact as printed (2 → 3 专业 is +50%)
        bounds = growth_bounds(then, now)
        number, text = value
        if bounds and bounds[1] - bounds[0] > MAX_OPEN_POINTS and _fits((now / then - 1) * 100, number, text):
            yield label, header, cell, then, now, years, bounds


def check(ctx: Context) -> list[Finding]:
    out = []
    for block in ctx.typed_tables():
        for label, header, cell, then, now, (y1, y2), (low, high) in _rounded(block.data):
            shown = str(cell).replace(" ", "") if isinstance(cell, str) else plain(cell)
            out.append(Finding(
                "info", "R13.rounded", ctx.outline.block_place(block),
                f"{ctx.table_name(block)}“{label}”行的“{header}”{shown}是按印出的 {y1}年 {plain(then)}、{y2}年 "
                f"{plain(now)} 算出的；这两个数四舍五入后，实际增幅可能在 {low:.1f}% 至 {high:.1f}% 之间："
                "请用未经四舍五入的数值（总值 ÷ 人数）计算增幅，或把两年的数值多保留几位小数"))
    return out


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("rounded-growth", check, {"document"}),)
