"""R16.claim (hint): “职普协调发展” claimed while the report's own table shows the 中职 share of
the 高中阶段 intake falling.

Liangzhou 2023 1.1.2: “2022年高中阶段招生…持续实现职普协调发展”, beside 表2 高中阶段教育结构统计:
普通高中 招生 6153 → 6004, 中职 3978 → 3583, so the 中职 share fell from 39.27 % to 37.37 %.  The
claim may rest on figures the report does not show (it names students of schools outside the
district); the hint asks for them.
"""

import re

from vqdesk.core.findings import Finding
from vqdesk.core.kinds import normalise_text

from .context import Context
from .free_tables import column_groups
from .statements import _cell_year, _is_number

_CLAIM = re.compile(r"职普(?:协调|比(?:例)?(?:大体|基本)?相当|结构(?:合理|协调))")
_GENERAL = re.compile(r"普通高中|普高")
_VOCATIONAL = re.compile(r"中等职业|中职")


def _intake_columns(block):
    """(普高 招生 column, 中职 招生 column) of a table whose header groups are the two kinds of school."""
    columns, groups = block.data.get("columns") or [], [normalise_text(g) for g in column_groups(block)]
    intake = [c for c, h in enumerate(columns) if "招生" in normalise_text(str(h)).replace(" ", "")]
    general = next((c for c in intake if _GENERAL.search(groups[c] + str(columns[c]))), None)
    vocational = next((c for c in intake if _VOCATIONAL.search(groups[c] + str(columns[c]))), None)
    return (general, vocational) if general is not None and vocational is not None else None


def _shares(block, general: int, vocational: int) -> list:
    out = []
    for row in block.data.get("rows") or []:
        year = _cell_year(row[0]) if row else None
        g, v = (row[c] if c < len(row) else None for c in (general, vocational))
        if year and _is_number(g) and _is_number(v) and g + v > 0:
            out.append((year, 100 * v / (g + v)))
    return sorted(out)


def check(ctx: Context) -> list[Finding]:
    claims = [(t, p, w) for t, p, w in ctx.texts() if "职普" in t and _CLAIM.search(t)]
    out = []
    for block in ctx.typed_tables() if claims else ():
        found = _intake_columns(block)
        shares = _shares(block, *found) if found else []
        if len(shares) < 2 or shares[-1][1] >= shares[-2][1]:
            continue
        (y1, s1), (y2, s2) = shares[-2], shares[-1]
        for text, place, where in claims:
            said = _CLAIM.search(text).group(0)
            out.append(Finding("info", "R16.claim", place,
                               f"{where}写“{said}”，而{ctx.table_name(block)}中中职招生占高中阶段招生的比例由 {y1}年的 "
                               f"{s1:.2f}% 降至 {y2}年的 {s2:.2f}%：请给出支持这一说法的数据，或据实改写"))
    return out


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("structure-claims", check, {"document"}),)
