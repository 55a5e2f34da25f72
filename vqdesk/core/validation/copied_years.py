"""Hints on a free table of several years (three or more year columns, or year rows):

- R14.copied: two adjacent years of one measure hold the same value with decimals while the other
  years differ (Benxi 表1.4.1: 双师型比例 70.3 in 2018 and in 2019, then 73, 97.1, 90.4).  A rate
  that honestly stays the same to the decimal is possible, but a figure carried over from last
  year's table is more likely; integers (counts of 1, 2, 0) repeat by nature and are left alone.
- R14.decimals: one rate over the years printed with different decimals (生师比 4.3, 4.36, 3.54;
  双师型 70.3, 73): the reader cannot tell a rounded figure from a precise one.  0 and 100 are
  written whole everywhere and do not count.

Year-on-year jumps (R13.table) and change columns (R16.delta) are other rules' business.
"""

import re

from vqdesk.core.findings import Finding
from vqdesk.core.kinds import normalise_text

from .context import Context, decimals_of
from .free_tables import plain, row_label
from .statements import _cell_year, _is_number

_UNIT = re.compile(r"[（(][^）)]*[）)]")
#: A measure printed with decimals by nature: rates, shares, ratios, scores.
_RATE = re.compile(r"率|比|[%％]|满意度|指数|平均")
#: Years a table needs to be “multi-year” here: with two, a repeat is no pattern.
MIN_YEARS = 3


def _clean(text) -> str:
    return _UNIT.sub("", normalise_text(str(text or "")).replace(" ", ""))


def _lines(d: dict):
    """(how a message names it, label, [(year, value), ...] in year order) of each measure of a
    table of years, whether the years are its columns or its rows."""
    columns, rows = list(d.get("columns") or []), [list(r) for r in d.get("rows") or [] if r]
    years = {c: y for c, h in enumerate(columns) if c and (y := _cell_year(_clean(h))) is not None}
    if len(set(years.values())) >= MIN_YEARS:
        for row in rows:
            cells = sorted((y, row[c]) for c, y in years.items() if c < len(row) and _is_number(row[c]))
            yield f"“{row_label(row)}”行", row_label(row), cells
        return
    by_row = {r: y for r, row in enumerate(rows) if (y := _cell_year(_clean(row_label(row)))) is not None}
    if len(set(by_row.values())) >= MIN_YEARS:
        for c in range(1, len(columns)):
            cells = sorted((y, rows[r][c]) for r, y in by_row.items() if c < len(rows[r]) and _is_number(rows[r][c]))
            yield f"“{columns[c]}”列", str(columns[c]), cells


def _copied(shown: str, cells: list):
    """The first run of adjacent years with one non-integer value, when other years differ."""
    values = [v for _, v in cells]
    i = 0
    while i < len(cells) - 1:
        end = i + 1
        while end < len(cells) and values[end] == values[i]:
            end += 1
        if 2 <= end - i < len(cells) and not float(values[i]).is_integer():
            years = "、".join(f"{year}年" for year, _ in cells[i:end])
            return (f"{shown}{years}同为 {plain(values[i])}，而其他年份不同：后一年的数字可能照抄了上一年，"
                    "请核实")
        i = end
    return None


def _mixed(cells: list) -> bool:
    values = [v for _, v in cells if v not in (0, 100)]
    return len(values) >= MIN_YEARS and any(not float(v).is_integer() for v in values) \
        and len({decimals_of(v) for v in values}) > 1


def check(ctx: Context) -> list[Finding]:
    out = []
    for block in ctx.typed_tables():
        lines = [line for line in _lines(block.data) if line[1] and len(line[2]) >= MIN_YEARS]
        if not lines:
            continue
        name, place = ctx.table_name(block), ctx.outline.block_place(block)
        for shown, _, cells in lines:
            message = _copied(shown, cells)
            if message:
                out.append(Finding("info", "R14.copied", place, name + message))
        mixed = [(shown, cells) for shown, label, cells in lines if _RATE.search(_clean(label)) and _mixed(cells)]
        if mixed:
            listed = "；".join(f"{shown} {'、'.join(plain(v) for _, v in cells)}" for shown, cells in mixed[:2])
            more = f"等 {len(mixed)} 项" if len(mixed) > 2 else ""
            out.append(Finding("info", "R14.decimals", place,
                               f"{name}中同一指标各年的小数位数不一致：{listed}{more}，请统一保留的小数位数"))
    return out


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("copied-years", check, {"document"}),)
