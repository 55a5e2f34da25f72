"""R2.grades: a free table of grades (体测 优秀/良好/及格/不及格; common/rates-2023.toml,
distributions) adds up to its total in every row or column, and the report year's total covers
the students it should (in-school students for the 体质健康 test, which tests everyone yearly).

The table may put the grades in its header (a row per 年级) or in its row labels (a column per
year, as 表7 of Jinzhou does).  A grade left out of the table (no 不及格 row) is named with the
people it leaves unaccounted for.
"""

import re

from vqdesk.core.findings import Finding
from vqdesk.core.kinds import normalise_text

from .context import Context
from .free_tables import plain, row_label
from .rate_vocab import vocabulary
from .statements import _caption_year, _cell_year, _is_number

_UNIT = re.compile(r"[（(][^）)]*[）)]$")


def _label(text) -> str:
    text = _UNIT.sub("", normalise_text(str(text or "")).replace(" ", ""))
    return text


def _role(label: str, dist) -> str | None:
    """"total", a part's name, or None."""
    text = _label(label)
    if text in dist.totals:
        return "total"
    short = re.sub(r"(人数|数)$", "", text)
    return short if short in dist.parts else None


def _lines(d: dict, dist, caption_year: int):
    """(line name, year, total, {part: value}) per row or column of the table."""
    columns, rows = list(d.get("columns") or []), [list(r) for r in d.get("rows") or []]
    header_roles = {c: _role(h, dist) for c, h in enumerate(columns) if c and _role(h, dist)}
    if "total" in header_roles.values():                      # grades across, a row per line
        for row in rows:
            cells = {role: row[c] for c, role in header_roles.items() if c < len(row) and _is_number(row[c])}
            label = row_label(row)
            year = _cell_year(label)
            yield f"“{label}”行", year, cells.pop("total", None), cells
        return
    row_roles = {r: _role(row_label(row), dist) for r, row in enumerate(rows) if row and _role(row_label(row), dist)}
    if "total" not in row_roles.values():
        return
    for c in range(1, len(columns)):                         # grades down, a column per line
        cells = {role: rows[r][c] for r, role in row_roles.items() if c < len(rows[r]) and _is_number(rows[r][c])}
        yield f"“{columns[c]}”列", _cell_year(columns[c]), cells.pop("total", None), cells


def check(ctx: Context) -> list[Finding]:
    out = []
    for block in ctx.typed_tables():
        for dist in vocabulary().distributions:
            out += _table(ctx, block, dist)
    return out


def _table(ctx: Context, block, dist) -> list[Finding]:
    name = ctx.table_name(block)
    caption_year = _caption_year(block.caption or "", ctx.data.year)
    problems, tested = [], {}
    for line, year, total, parts in _lines(block.data, dist, caption_year):
        if total is None or len(parts) < 2:
            continue
        tested[year or caption_year] = tested.get(year or caption_year, 0) + total
        added = sum(parts.values())
        if abs(added - total) < 1e-9:
            continue
        missing = [p for p in dist.parts if p not in parts]
        listed = "、".join(parts)
        if missing and added < total:
            problems.append(f"{line}的{listed}人数相加为 {plain(added)}，比测试人数 {plain(total)} 少 {plain(total - added)} 人"
                            f"（表中没有“{'、'.join(missing)}”），请补上这些人数")
        else:
            problems.append(f"{line}的{listed}人数相加为 {plain(added)}，与测试人数 {plain(total)} 不符，请核对")
    out = [Finding("warning", "R2.grades", ctx.outline.block_place(block), f"{name}{p}") for p in problems]
    return out + _coverage(ctx, block, dist, name, tested.get(ctx.data.year))


def _coverage(ctx: Context, block, dist, name: str, tested) -> list[Finding]:
    ind = dist.coverage_of
    if tested is None or not ind or ind not in ctx.rows:
        return []
    students = ctx.number(ind)
    if not students or tested >= dist.min_coverage * students:
        return []
    return [Finding("warning", "R2.coverage", ctx.outline.block_place(block),
                    f"{name}中{ctx.data.year}年的测试人数 {plain(tested)} 人，只占{ctx.label(ind)} {plain(students)} 人的 "
                    f"{100 * tested / students:.1f}%；{dist.name}应每学年覆盖全体学生，请核对测试人数或说明原因")]


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("grades", check, {"document", "figures", "report"}),)
