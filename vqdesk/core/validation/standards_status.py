"""R16.status: a per-school 达标 table that calls a school 达标 while the report's own figures of
that school fall short of the 办学条件 standards (derived-2024.toml [[standards]], as R16.standard
uses them for a school's own report).

A bureau's report lists each school's outcome (Anshan 数据表 7-1: 学校名称 / 规划分类 / 是否达标)
and, elsewhere, each school's conditions (数据表 1-4: 校园占地面积(平方米), 专任教师, 仪器设备总值
(万元)…).  When a school marked 是 has 专任教师 11 (standard 60) and 仪器设备总值 67.98 万元 (300),
either a category standard (艺术、体育类…) applied and the report should say so, or one of the two
tables is wrong.  A warning: a definition conflict, not arithmetic.

A conditions column is matched to a standard by name (“专任教师” is “专任教师数”), its unit from
the header's brackets (元 and 万元 converted; a unit the standard does not use leaves the column
alone); schools are matched through school_names (台安县职教中心 is 台安县职业教育中心).
"""

import re

from vqdesk.core.findings import Finding
from vqdesk.core.kinds import normalise_text

from .context import Context
from .free_tables import TOTALS, plain
from .school_names import _SCHOOL_COLUMN, candidates, clean, registry, spelled_out
from .standards import bound

_STATUS = re.compile(r"达标")
_UNIT = re.compile(r"[（(]([^）)]*)[）)]$")
_YES = ("是", "达标", "已达标", "√", "✓")
_NO = ("否", "未达标", "不达标", "×")
#: Endings a column name may add to or drop from a standard's name (专任教师 = 专任教师数).
_ENDINGS = ("总数", "数量", "数")
_SAME_UNITS = {"m²": "平方米", "m2": "平方米", "㎡": "平方米", "平方": "平方米"}
#: Header unit -> standard unit: the factor a cell is multiplied by.
_SCALE = {("元", "万元"): 1 / 10_000, ("万元", "元"): 10_000}
_RATIO = re.compile(r"^(\d+(?:\.\d+)?)\s*[:：]\s*1$")


def check(ctx: Context) -> list[Finding]:
    tables = ctx.memo("standard-tables", _tables)
    if not tables["status"] or not tables["conditions"]:
        return []
    known = registry(ctx.data) if ctx.data.report.level != "school" else {}
    out = []
    for block, school_col, status_col in tables["status"]:
        for row in block.data.get("rows") or []:
            school = _cell(row, school_col)
            if not school or _cell(row, status_col) not in _YES:
                continue
            failing = _failing(tables["conditions"], school, known)
            if failing:
                out.append(_finding(ctx, block, status_col, school, _cell(row, status_col), failing))
    return out


def _finding(ctx: Context, block, status_col: int, school: str, said: str, failing) -> Finding:
    conditions, items = failing
    header = str(block.data["columns"][status_col])
    shortfalls = "、".join(f"“{column}”为 {plain(round(value, 4))}{_gap(std)}{std.unit}（{std.name}标准：{bound(std)}）"
                           for std, value, column in items)
    return Finding("warning", "R16.status", ctx.outline.block_place(block),
                   f"{ctx.table_name(block)}中“{school}”的“{header}”为“{said}”，但"
                   f"{'同一表格' if conditions is block else ctx.table_name(conditions)}中该校"
                   f"{shortfalls}，未达到办学条件标准：如该校适用艺术、体育等类别的专门标准，请在报告中说明；"
                   f"否则请核对达标情况或该校数据")


def _gap(std) -> str:
    return "" if std.unit.startswith(":") else " "


def _cell(row, column: int) -> str:
    value = row[column] if column < len(row) else None
    return normalise_text(str(value)) if isinstance(value, str) else ""


# -- the tables, found once per run ----------------------------------------------------------------

def _tables(ctx: Context) -> dict:
    """Status tables (block, school column, 达标 column) and conditions tables (block, school
    column, {column: (standard, factor)})."""
    status, conditions = [], []
    standards = ctx.edition.standards
    for block in ctx.typed_tables():
        columns = block.data.get("columns") or []
        school_col = _school_column(columns)
        if school_col is None:
            continue
        rows = block.data.get("rows") or []
        status_col = next((c for c, h in enumerate(columns) if c != school_col and _STATUS.search(str(h))
                           and any(_cell(r, c) in _YES + _NO for r in rows)), None)
        if status_col is not None:
            status.append((block, school_col, status_col))
        # a status table may give the figures too (学校 / 专任教师 / 是否达标)
        matched = {c: m for c, h in enumerate(columns) if c not in (school_col, status_col)
                   for m in [_standard_of(str(h), standards)] if m}
        if matched:
            conditions.append((block, school_col, matched))
    return {"status": status, "conditions": conditions}


def _school_column(columns) -> int | None:
    return next((c for c, h in enumerate(columns) if _SCHOOL_COLUMN.match(clean(h))), None)


def _stem(name: str) -> str:
    for ending in _ENDINGS:
        if name.endswith(ending) and len(name) > len(ending) + 1:
            return name[:-len(ending)]
    return name


def _standard_of(header: str, standards):
    """(standard, factor to its unit) a column holds, or None."""
    text = normalise_text(header)
    unit = _UNIT.search(text)
    label = _stem(_UNIT.sub("", text))
    std = next((s for s in standards if _stem(normalise_text(s.name)) == label), None)
    if std is None:
        return None
    if unit is None:
        return std, 1
    written = _SAME_UNITS.get(unit.group(1), unit.group(1))
    if written == std.unit or (std.unit.startswith(":") and written in ("", ":1")):
        return std, 1
    factor = _SCALE.get((written, std.unit))
    return (std, factor) if factor else None


# -- one school's figures ----------------------------------------------------------------------------

def _failing(conditions, school: str, known: dict):
    """(conditions block, [(standard, value)]) of the first conditions table that lists `school`
    with a figure short of its standard."""
    for block, school_col, matched in conditions:
        columns = block.data.get("columns") or []
        row = _row_of(block, school_col, school, known)
        if row is None:
            continue
        items = []
        for c, (std, factor) in matched.items():
            value = _number(row[c] if c < len(row) else None)
            if value is None:
                continue
            value *= factor
            if not (value >= std.threshold if std.op == ">=" else value <= std.threshold):
                items.append((std, value, columns[c]))
        if items:
            return block, items
    return None


def _number(cell):
    if isinstance(cell, bool):
        return None
    if isinstance(cell, (int, float)):
        return float(cell)
    found = _RATIO.match(normalise_text(cell)) if isinstance(cell, str) else None
    return float(found.group(1)) if found else None


def _row_of(block, school_col: int, school: str, known: dict):
    """The row of `school` in a conditions table: the same name, the same name spelled out, the
    same registered school, or the one name it is a variant of."""
    rows = [r for r in block.data.get("rows") or [] if _cell(r, school_col) and _cell(r, school_col) not in TOTALS]
    names = {_cell(r, school_col): r for r in rows}
    wanted = clean(school)
    for name, row in names.items():
        if clean(name) == wanted or spelled_out(name) == spelled_out(school):
            return row
    if known.get(wanted):
        same = [r for name, r in names.items() if known.get(clean(name)) == known[wanted]]
        if len(same) == 1:
            return same[0]
    found = candidates(school, list(names))
    return names[found[0]] if len(found) == 1 else None


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("standards-status", check, {"document", "records", "report"}),)
