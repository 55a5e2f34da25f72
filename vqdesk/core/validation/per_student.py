"""R16.per-student: a 生均 figure in a free table is its total divided by the students.

A table that gives a total and its 生均 side by side (Benxi 表7.2: 财政拨款收入 3771.70 万元 and
生均拨款 0.24 万元, 2024) states both figures of one ratio.  With the report year's in-school
students (780 in the six tables, or a 在校生 row of the same table) the 生均 is 3771.70 ÷ 780 =
4.84 万元; 0.24 fits no unit (万元 or 元) of it, so the 生均 is counted on another base or another
total, and the report does not say which.  A definition conflict, hence a warning.

A 生均X row is paired with the row whose label contains X (生均拨款 → 财政拨款收入, 生均占地面积 →
占地面积); a year is a column (“2024年”) or, with none, the caption's year or the report year.
"""

import re

from vqdesk.core.findings import Finding
from vqdesk.core.kinds import normalise_text

from .context import Context, decimals_of
from .free_tables import plain, row_label
from .statements import STORED_COUNTS, _caption_year, _cell_year

_UNIT = re.compile(r"[（(][^）)]*[）)]")
_STUDENTS = re.compile(r"^(?:全日制)?在校生(?:人数|数)?$")
#: 生均 in the total's unit, or a total in 万元 shared out in 元 (and the reverse).
SCALES = (1, 10_000, 1 / 10_000)


def check(ctx: Context) -> list[Finding]:
    out = []
    for block in ctx.typed_tables():
        for message in _mismatches(ctx, block):
            out.append(Finding("warning", "R16.per-student", ctx.outline.block_place(block),
                               ctx.table_name(block) + message))
    return out


def _label(text) -> str:
    return _UNIT.sub("", normalise_text(str(text or ""))).replace(" ", "")


def _number(cell) -> bool:
    return isinstance(cell, (int, float)) and not isinstance(cell, bool) and cell > 0


def _year_columns(ctx: Context, block) -> dict:
    """column -> year of the figures in it."""
    columns = block.data.get("columns") or []
    years = {c: _cell_year(h) for c, h in enumerate(columns) if c and _cell_year(h) is not None}
    if years:
        return years
    year = _caption_year(block.caption or "", ctx.data.year)
    return {c: year for c in range(1, len(columns))}


def _students(ctx: Context, rows, column: int, year: int):
    for row in rows:
        if _STUDENTS.match(_label(row_label(row))) and column < len(row) and _number(row[column]):
            return row[column]
    if year == ctx.data.year and ctx.edition.has_indicator(STORED_COUNTS["在校生"]):
        return ctx.number(STORED_COUNTS["在校生"])
    return None


def _fits(per: float, total: float, students: float) -> bool:
    half = 0.5 * 10 ** -decimals_of(per)
    return any(abs(total * scale / students - per) <= half + 1e-9 for scale in SCALES)


def _pairs(rows):
    """(生均 row, its total's row) by label: the total's label contains what 生均 is of."""
    labelled = [(_label(row_label(r)), r) for r in rows if r]
    for label, row in labelled:
        stem = label[2:] if label.startswith("生均") else ""
        if len(stem) < 2:
            continue
        named = [(other, r) for other, r in labelled if stem in other and not other.startswith("生均")]
        exact = [r for other, r in named if other == stem]
        if exact or len(named) == 1:             # 纸质图书 and 电子图书 are both 图书: neither is the total
            yield row, (exact or [named[0][1]])[0]


def _mismatches(ctx: Context, block):
    rows = block.data.get("rows") or []
    if not any(isinstance(c, str) and "生均" in c for r in rows for c in r or ()):   # most tables have none
        return
    for column, year in _year_columns(ctx, block).items():
        for per_row, total_row in _pairs(rows):
            per, total = (r[column] if column < len(r) else None for r in (per_row, total_row))
            students = _students(ctx, rows, column, year)
            if not (_number(per) and _number(total) and students) or _fits(per, total, students):
                continue
            yield (f"“{row_label(per_row)}”{year}年为 {plain(per)}，而“{row_label(total_row)}”{plain(total)} ÷ "
                   f"在校生 {plain(students)} = {total / students:.2f}，单位换算后也对不上：请核对生均的口径"
                   f"（按哪个总数、哪些学生计算），或在表注中说明")


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("per-student", check, {"document", "figures", "report"}),)
