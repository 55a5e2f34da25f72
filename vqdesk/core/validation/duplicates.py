"""R16.same-data: two tables of the document that carry the same data.

- Two tables whose cells are all the same (a list printed twice, Jinzhou 表1 = 表8) are a hint:
  one of them can go, or refer to the other.
- Two tables with different captions whose numeric columns hold the same figures row by row
  (Jinzhou 表11 “社会考试服务” and 表12 “职业技能等级认定”: 260, 97, 104, 177, 55, 101 = 794 人次)
  present one set of people as two different things: a warning.

A column of a few figures (fewer than MIN_ROWS) or a 序号 column says too little to compare.
"""

from vqdesk.core.document.tables import table_view
from vqdesk.core.findings import Finding
from vqdesk.core.kinds import normalise_text

from .context import Context
from .free_tables import plain

MIN_ROWS = 3
_SKIP_HEADERS = ("序号", "编号", "年份", "年度")


def _number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _columns(view) -> dict:
    """{figures of the column: its header} for each numeric column (without 合计 rows)."""
    body = [r for i, r in enumerate(view.rows) if i not in view.total_rows]
    out = {}
    for c, header in enumerate(view.columns):
        values = tuple(round(float(r[c]), 6) for r in body if c < len(r) and _number(r[c]))
        if len(values) < MIN_ROWS or len(set(values)) < 2 or str(header).strip() in _SKIP_HEADERS:
            continue
        if values == tuple(float(i) for i in range(1, len(values) + 1)):
            continue
        out.setdefault(values, str(header))
    return out


def _cells(view) -> tuple:
    return tuple(tuple(normalise_text(str(c)) if c is not None else "" for c in r) for r in view.rows)


def check(ctx: Context) -> list[Finding]:
    seen = []                       # (block, name, view, columns)
    out = []
    for _, block in ctx.data.document.blocks():
        if block.kind != "table":
            continue
        view = table_view(block, ctx.data)
        if not view.rows:
            continue
        name = f"表格“{block.caption}”" if block.caption else f"{ctx.outline.name(block)}中的表格"
        columns = _columns(view)
        for first, first_name, first_view, first_columns in seen:
            finding = _compare(ctx, block, name, view, columns, first, first_name, first_view, first_columns)
            if finding:
                out.append(finding)
                break
        seen.append((block, name, view, columns))
    return out


def _compare(ctx, block, name, view, columns, first, first_name, first_view, first_columns):
    place = ctx.outline.block_place(block)
    if len(view.rows) >= 2 and _cells(view) == _cells(first_view):
        return Finding("info", "R16.same-data", place,
                       f"{name}与{first_name}的内容完全相同（{len(view.rows)} 行），同一数据印了两次；"
                       "可删去一张，或在正文中引用前一张表")
    same = [(values, header, first_columns[values]) for values, header in columns.items() if values in first_columns]
    if not same or normalise_text(block.caption or "") == normalise_text(first.caption or ""):
        return None
    values, header, first_header = same[0]
    figures = "、".join(plain(v) for v in values)
    return Finding("warning", "R16.same-data", place,
                   f"{name}的“{header}”与{first_name}的“{first_header}”逐行相同（{figures}，合计 {plain(sum(values))}）："
                   "同一组数据以两个标题出现。若是同一批人员，请只保留一张表，或在标题和正文中说明两者的关系")


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("same-data", check, {"document", "records", "figures", "profile", "report"}),)
