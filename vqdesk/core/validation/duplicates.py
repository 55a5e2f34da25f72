"""R16.same-data: two tables of the document that carry the same data.

- Two tables whose cells are all the same (a list printed twice, Jinzhou 表1 = 表8) are a hint:
  one of them can go, or refer to the other.
- Two tables with different captions whose numeric columns hold the same figures row by row
  (Jinzhou 表11 “社会考试服务” and 表12 “职业技能等级认定”: 260, 97, 104, 177, 55, 101 = 794 人次)
  present one set of people as two different things: a warning.

A column of a few figures (fewer than MIN_ROWS) or a 序号 column says too little to compare.
"""

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
    """Each table against the tables before it, each compared once: by its whole content, then
    by each numeric column (both looked up, not compared pair by pair)."""
    by_shape, by_column = {}, {}       # shape -> [(block, name, view)]; column figures -> (block, name, header)
    out = []
    for _, block in ctx.blocks():
        if block.kind != "table":
            continue
        view = ctx.table_view(block)
        if not view.rows:
            continue
        name = ctx.table_name(block)
        columns = _columns(view)
        # only tables of one shape can be alike: their cells are normalised and compared then
        shape = (len(view.rows), tuple(len(r) for r in view.rows))
        alike = by_shape.setdefault(shape, [])
        first = next((f for f in alike if _cells(f[2]) == _cells(view)), None) if len(view.rows) >= 2 else None
        finding = _same_content(ctx, block, name, view, first) or _same_column(ctx, block, name, columns, by_column)
        if finding:
            out.append(finding)
        alike.append((block, name, view))
        for values, header in columns.items():
            by_column.setdefault(values, []).append((block, name, header))
    return out


def _bound(block) -> bool:
    return block.data.get("source") is not None


def _same_content(ctx, block, name, view, first):
    if first is None:
        return None
    return Finding("info", "R16.same-data", ctx.outline.block_place(block),
                   f"{name}与{first[1]}的内容完全相同（{len(view.rows)} 行），同一数据印了两次；"
                   "可删去一张，或在正文中引用前一张表")


def _same_column(ctx, block, name, columns, by_column):
    """The first numeric column this table shares with an earlier table captioned otherwise.  Two
    tables bound to the data share columns by design (one stored figure in two views: 各校办学规模
    and 各校主要指标 both show 在校生); only a typed table presents the figures on its own."""
    caption = normalise_text(block.caption or "")
    for values, header in columns.items():
        for first, first_name, first_header in by_column.get(values, ()):
            if normalise_text(first.caption or "") == caption or (_bound(block) and _bound(first)):
                continue
            figures = "、".join(plain(v) for v in values)
            return Finding("warning", "R16.same-data", ctx.outline.block_place(block),
                           f"{name}的“{header}”与{first_name}的“{first_header}”逐行相同（{figures}，合计 "
                           f"{plain(sum(values))}）：同一组数据以两个标题出现。若是同一批人员，请只保留一张表，"
                           "或在标题和正文中说明两者的关系")
    return None


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("same-data", check, {"document", "records", "figures", "profile", "report"}),)
