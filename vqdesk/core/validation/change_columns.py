"""R16.delta: what a free table's 变化率 / 增幅 beside two years' figures means.

A change between two years is either relative ((2024 − 2023) ÷ 2023, Benxi 表7.2: 3281.78 →
3771.70 is 14.93%, or anything the printed figures' rounding leaves open: Liangzhou 表5's unrounded
3.56 % beside 0.75 → 0.78) or, for figures that are percentages already, a difference in points (Benxi
表1.3.3: 巩固率 91.5 → 88.2 is −3.3).  Real reports use one label for both, so a reader cannot
tell what “变化率 −3.3” says.  A change that is neither is a wrong figure.

- warning: a change cell that fits neither meaning, with the two years' figures named;
- warning: one label (变化率) used for points in one table and for relative change in another;
- hint: a 率 label (变化率, 增长率) over points only, better written “变化（百分点）”.

The years are two columns (“2023年”, “2024年”) with the change in a third, or two rows (“2023年%”)
with the change in a third row.  Only the last two years are compared.
"""

import re

from vqdesk.core.findings import Finding
from vqdesk.core.kinds import normalise_text

from .context import Context, decimals_of
from .free_tables import plain, row_label
from .statements import _cell_year

_CHANGE = re.compile(r"^(?:变化率|增长率|增减率|变化|增幅|年增幅|增减|同比|同比变化|变化幅度)$")
_DECORATION = re.compile(r"[（(][^）)]*[）)]|[%％]|\s")
_CELL = re.compile(r"^([+-]?)\s*(\d+(?:\.\d+)?)\s*([%％]?)$")


def _clean(text) -> str:
    return _DECORATION.sub("", normalise_text(str(text or "")))


def _value(cell):
    """(number, as written) of a change cell: 14.93, “+ 9%”, “-3.2”, “0”; None for anything else."""
    if isinstance(cell, bool):
        return None
    if isinstance(cell, (int, float)):
        return float(cell), plain(cell)
    match = _CELL.match(normalise_text(str(cell or "")).replace("－", "-").strip())
    if not match:
        return None
    number = float(match.group(2)) * (-1 if match.group(1) == "-" else 1)
    return number, match.group(2)


def _number(cell) -> bool:
    return isinstance(cell, (int, float)) and not isinstance(cell, bool)


def _fits(expected: float, value: float, written: str) -> bool:
    return abs(expected - value) <= 0.5 * 10 ** -decimals_of(float(written)) + 1e-6


def growth_bounds(then: float, now: float):
    """(lowest, highest) relative change in % the two printed values allow (0.75 → 0.78: 2.6 %–5.4 %),
    or None when `then` may be 0: a change worked out from the unrounded figures lies in it."""
    half = 0.5 * 10 ** -max(decimals_of(then), decimals_of(now))
    if then - half <= 0:
        return None
    return ((now - half) / (then + half) - 1) * 100, ((now + half) / (then - half) - 1) * 100


def _fits_relative(then: float, now: float, value: float, written: str) -> bool:
    bounds = growth_bounds(then, now)
    slack = 0.5 * 10 ** -decimals_of(float(written)) + 1e-6
    return _fits((now - then) / then * 100, value, written) or \
        bool(bounds) and bounds[0] - slack <= value <= bounds[1] + slack


def _triples(d: dict):
    """(label, then, now, change cell, years, header) of each compared pair in the table."""
    columns, rows = d.get("columns") or [], [r for r in d.get("rows") or [] if r]
    years = {c: _cell_year(_clean(h)) for c, h in enumerate(columns) if c}
    years = sorted((y, c) for c, y in years.items() if y is not None)
    changes = [c for c, h in enumerate(columns) if c and _CHANGE.match(_clean(h))]
    if len(years) >= 2 and changes:
        (y1, c1), (y2, c2), c3 = years[-2], years[-1], changes[0]
        for row in rows:
            yield row_label(row), *(row[c] if c < len(row) else None for c in (c1, c2, c3)), (y1, y2), columns[c3]
        return
    by_year = sorted((_cell_year(_clean(row_label(r))), r) for r in rows if _cell_year(_clean(row_label(r))))
    change = next((r for r in rows if _CHANGE.match(_clean(row_label(r)))), None)
    if len(by_year) >= 2 and change is not None:
        (y1, r1), (y2, r2) = by_year[-2], by_year[-1]
        for c in range(1, len(columns)):
            yield columns[c], *(r[c] if c < len(r) else None for r in (r1, r2, change)), (y1, y2), row_label(change)


def _meanings(d: dict):
    """(label, meaning or a problem message) of each change the table states."""
    for label, then, now, cell, (y1, y2), header in _triples(d):
        value = _value(cell)
        if not (_number(then) and _number(now) and value) or then == 0:
            continue
        number, written = value
        relative, points = (now - then) / then * 100, now - then
        fits = {"relative": _fits_relative(then, now, number, written), "points": _fits(points, number, written)}
        if not any(fits.values()):
            yield header, (f"“{label}”的“{header}”为 {cell}，而 {y1}年 {plain(then)}、{y2}年 {plain(now)} 的相对变化为 "
                           f"{relative:.2f}%，差值为 {points:+.2f}，两者都对不上，请核对")
        elif not fits["relative"]:
            yield header, "points"
        elif not fits["points"]:
            yield header, "relative"


def _unbased(d: dict) -> str | None:
    """The header of a change column in “%” beside a rate column, in a table with no earlier
    year to compare with (Jinzhou 表15: 获取率 98.3%, 同比变化 +2.1%): is +2.1 points or percent?"""
    columns, rows = d.get("columns") or [], [r for r in d.get("rows") or [] if r]
    if sum(1 for h in columns if _cell_year(_clean(h)) is not None) >= 2:
        return None
    changes = [c for c, h in enumerate(columns) if c and _CHANGE.match(_clean(h))]
    rates = [c for c, h in enumerate(columns) if c not in changes and _clean(h).endswith("率")]
    if not changes or not rates:
        return None
    cells = [str(r[changes[0]]) for r in rows if changes[0] < len(r) and r[changes[0]] is not None]
    if cells and all("%" in c or "％" in c for c in cells):
        return f"{columns[changes[0]]}”（{'、'.join(cells[:3])}{'等' if len(cells) > 3 else ''}）在“{columns[rates[0]]}"
    return None


def _mixed_decimals(d: dict) -> list:
    """(header, cells as written) of a change column printed with different decimals
    (Liangzhou 表5 年增幅: +9%、+4%、+8% beside +38.3%、+4.7%)."""
    out = []
    columns, rows = d.get("columns") or [], [r for r in d.get("rows") or [] if r]
    for c, header in enumerate(columns):
        if not c or not _CHANGE.match(_clean(header)):
            continue
        cells = [(str(r[c]).strip(), v) for r in rows if c < len(r) and (v := _value(r[c])) and v[0] not in (0, 100)]
        places = {len(v[1].split(".")[1]) if "." in v[1] else 0 for _, v in cells}   # as typed: 9.0 has one
        if len(cells) >= 3 and len(places) > 1:
            out.append((str(header), [w for w, _ in cells]))
    return out


def check(ctx: Context) -> list[Finding]:
    out, uses = [], {}
    for block in ctx.typed_tables():
        name, place = ctx.table_name(block), ctx.outline.block_place(block)
        for header, cells in _mixed_decimals(block.data):
            out.append(Finding("info", "R14.decimals", place,
                               f"{name}“{header}”一列的小数位数不一致（{'、'.join(cells)}）：请统一保留的小数位数"))
        unbased = _unbased(block.data)
        if unbased:
            out.append(Finding("info", "R16.delta", place,
                               f"{name}的“{unbased}”旁，却没有上年的数值：读者看不出这是百分点之差还是相对变化，"
                               "也无法核对；请给出上年的数值，并把列名写作“比上年（百分点）”或“增幅（%）”"))
        kinds = set()
        for header, meaning in _meanings(block.data):
            if meaning in ("points", "relative"):
                kinds.add((_clean(header), meaning))
            else:
                out.append(Finding("warning", "R16.delta", place, name + meaning))
        for label, meaning in sorted(kinds):
            uses.setdefault(label, {}).setdefault(meaning, (name, place))
    for label, meanings in uses.items():
        if len(meanings) == 2:
            (points_table, place), (relative_table, _) = meanings["points"], meanings["relative"]
            where = "其他行" if points_table == relative_table else relative_table + "的"
            out.append(Finding("warning", "R16.delta", place,
                               f"{points_table}的“{label}”是两年数值之差（百分点），{where}“{label}”却是"
                               f"相对变化率：同一列名两种含义，请把差值一列改称“变化（百分点）”"))
        elif "points" in meanings and "率" in label:
            table, place = meanings["points"]
            out.append(Finding("info", "R16.delta", place,
                               f"{table}的“{label}”是两年数值之差（百分点），不是变化率，建议改称“变化（百分点）”"))
    return out


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("change-columns", check, {"document"}),)
