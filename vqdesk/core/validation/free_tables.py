"""Free tables (typed into the document, not bound to data): what their own cells claim holds.

- R2 on a typed 合计 / 小计 row: it equals the sum of the rows it closes, per numeric column
  (a table's computed total row is never wrong and not checked).
- R2 on a 合计 / 总数 column: it equals the sum of the numeric columns before it in that row.
- Shares of a distribution add up to 100%: a 占比 / 构成 column of three rows or more (no 合计),
  and each row under an upper header such as 生源层次 or 年龄结构.
- R15 on the caption: a caption naming one year (“2025年度…”, “2024年…”) holds only rows dated
  in it (the report's period for the report year's 年度); a year other than the report's is
  worth a look.
"""

import re
from datetime import date, timedelta

from vqdesk.core.fields import date_span, parse_date
from vqdesk.core.findings import Finding
from vqdesk.core.kinds import normalise_text

from .context import Context, decimals_of
from .records import DATE_GRACE_DAYS, _period

TOTALS = ("合计", "总计")
SUBTOTALS = ("小计",)
TOTAL_COLUMNS = ("合计", "总计", "总数", "小计", "总人数")
_UNIT = re.compile(r"[（(][^）)]*[）)]$")
_SHARE = re.compile(r"占比|构成|分布|结构|层次")
_DATE_HEADER = re.compile(r"日期|时间|年月")
_CAPTION_YEAR = re.compile(r"(20\d\d)\s*(年度|年)")
MIN_SHARE_ROWS = 3


def check(ctx: Context) -> list[Finding]:
    out = []
    for block in ctx.typed_tables():
        name = ctx.table_name(block)
        problems = [*_total_rows(block.data), *_total_columns(block.data), *_shares(block.data),
                    *_caption_dates(ctx, block)]
        if problems:
            place = ctx.outline.block_place(block)
            out += [Finding(severity, rule, place, name + message) for severity, rule, message in problems]
    return out


def plain(value) -> str:
    """A number as typed: 606567.9, 1060, 94.6 (no padding to two decimals)."""
    return f"{round(float(value), 6):f}".rstrip("0").rstrip(".")


def _label(text) -> str:
    return _UNIT.sub("", normalise_text(str(text or "")).replace(" ", ""))


def column_groups(block) -> list:
    """The upper header label over each column of a table block ("" where there is none)."""
    out = []
    for group in block.data.get("header_groups") or []:
        out += [group["label"]] * group["span"]
    return out + [""] * (len(block.data.get("columns") or []) - len(out))


def row_label(row) -> str:
    """What names a row: its first filled text cell before the numbers (a grouped table puts
    合计 under 学校名称, with the 类别 cell blank)."""
    for cell in row:
        if _number(cell):
            break
        if cell is not None and str(cell).strip():
            return str(cell)
    return ""


def groups(d: dict) -> dict:
    """A grouped table's categories (职业高中, 普通中专: a text column before the row names,
    blank where the merged cell continues) -> the rows of each."""
    columns, rows, kinds = d.get("columns") or [], d.get("rows") or [], d.get("column_kinds") or []
    if len(columns) < 3 or kinds[:2] != ["text", "text"]:
        return {}
    out, current = {}, None
    for row in rows:
        if not row or _label(row_label(row)) in TOTALS:
            continue
        if row[0] is not None and str(row[0]).strip():
            current = str(row[0]).strip()
        if current is not None:
            out.setdefault(current, []).append(row)
    return out if len(out) >= 2 else {}


def categories(document) -> frozenset:
    """Every category label of the document's grouped free tables."""
    return frozenset(label for _, b in document.blocks()
                     if b.kind == "table" and b.data.get("source") is None for label in groups(b.data))


def _number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _close(total: float, parts: float) -> bool:
    half = 0.5 * 10 ** -max(decimals_of(total), 0)
    return abs(total - parts) < half + 1e-6 * max(1.0, abs(total))


def _total_rows(d: dict):
    columns, rows = d.get("columns") or [], d.get("rows") or []
    if rows and rows[0] and _label(row_label(rows[0])) in TOTALS:
        # a 合计 row printed first, under the header, totals the rows below it
        rows = rows[1:] + rows[:1]
        yield from _totals_as_printed(columns, rows, first=True)
        return
    yield from _totals_as_printed(columns, rows)


def _totals_as_printed(columns, rows, first=False):
    since_subtotal, since_total = [], []
    for r, row in enumerate(rows):
        label = _label(row_label(row)) if row else ""
        if label in TOTALS or label in SUBTOTALS:
            closed = since_subtotal if label in SUBTOTALS else since_total
            for c in range(1, len(row)):
                cells = [x[c] for x in closed if c < len(x) and _number(x[c])]
                if _number(row[c]) and cells and not _close(row[c], sum(cells)):
                    header = columns[c] if c < len(columns) else f"第{c + 1}列"
                    at = 1 if first else r + 1
                    yield ("warning", "R2.table",
                           f"第{at}行（{label}）的“{header}”为 {plain(row[c])}，但它合计的各行之和为 "
                           f"{plain(sum(cells))}")
            since_subtotal = []
            if label in TOTALS:
                since_total = []
            continue
        since_subtotal.append(row)
        since_total.append(row)


def _total_columns(d: dict):
    columns, rows = d.get("columns") or [], d.get("rows") or []
    totals = [c for c, h in enumerate(columns) if c and _label(h) in TOTAL_COLUMNS]
    for c in totals:
        first = max([t for t in totals if t < c], default=0) + 1
        for r, row in enumerate(rows):
            parts = [row[k] for k in range(first, c) if k < len(row) and _number(row[k])]
            if len(parts) >= 2 and c < len(row) and _number(row[c]) and not _close(row[c], sum(parts)):
                yield ("warning", "R2.table",
                       f"第{r + 1}行“{row[0]}”的“{columns[c]}”为 {plain(row[c])}，但"
                       f"{'、'.join(str(columns[k]) for k in range(first, c))}之和为 {plain(sum(parts))}")


def _group_shares(d: dict):
    """Under an upper header such as 生源层次 or 年龄结构, each row's shares make 100%."""
    rows, groups = d.get("rows") or [], d.get("header_groups") or []
    start = 0
    for group in groups:
        span, label = group.get("span", 1), str(group.get("label") or "")
        cols = range(start, start + span)
        start += span
        if span < 2 or not _SHARE.search(label):
            continue
        for r, row in enumerate(rows):
            values = [row[c] for c in cols if c < len(row)]
            if len(values) < span or not all(_number(v) for v in values):
                continue
            total, slack = sum(values), 0.5 * 10 ** -max(decimals_of(v) for v in values) * span + 1e-6
            if 90 <= total <= 110 and abs(total - 100) > slack:
                yield ("warning", "R2.share",
                       f"第{r + 1}行“{row[0]}”的“{label}”各项相加为 {plain(total)}%，构成比例之和应为 100%")


def _shares(d: dict):
    yield from _group_shares(d)
    columns, rows = d.get("columns") or [], d.get("rows") or []
    kinds = d.get("column_kinds") or []
    if any(row and _label(row_label(row)) in TOTALS for row in rows):
        return
    for c, header in enumerate(columns):
        if not c or not _SHARE.search(str(header)) or (c < len(kinds) and kinds[c] not in ("percent", "number")):
            continue
        values = [row[c] for row in rows if c < len(row) and _number(row[c])]
        if len(values) < MIN_SHARE_ROWS:
            continue
        total = sum(values)
        slack = 0.5 * 10 ** -max(decimals_of(v) for v in values) * len(values) + 1e-6
        if 90 <= total <= 110 and abs(total - 100) > slack:
            yield ("warning", "R2.share",
                   f"的“{header}”各行相加为 {plain(total)}%，构成比例之和应为 100%")


def _caption_dates(ctx: Context, block):
    years = {(int(y), kind) for y, kind in _CAPTION_YEAR.findall(block.caption or "")}
    if len({y for y, _ in years}) != 1:
        return
    (year, kind), = sorted(years)[:1]
    report_year = ctx.data.year
    if kind == "年度" and year == report_year:
        start, end = _period(ctx)
        span = f"{year} 年度（{start.isoformat()} 至 {end.isoformat()}）"
        end = end + timedelta(days=DATE_GRACE_DAYS)
    else:
        start, end = date(year, 1, 1), date(year, 12, 31)
        span = f"{year} 年"
    if year not in (report_year, report_year - 1):
        yield ("info", "R15.caption", f"标题中的年份 {year} 与报告年度 {report_year} 不同，请确认表中数据属于本报告期")
    d = block.data
    columns, kinds = d.get("columns") or [], d.get("column_kinds") or []
    dated = [c for c, h in enumerate(columns)
             if (c < len(kinds) and kinds[c] == "date") or _DATE_HEADER.search(str(h))]
    for r, row in enumerate(d.get("rows") or []):
        for c in dated:
            cell = row[c] if c < len(row) else None
            if cell is None or _number(cell) or not str(cell).strip():
                continue
            try:
                first, last = date_span(parse_date(cell))
            except (ValueError, TypeError):
                continue
            if last < start or first > end:
                yield ("warning", "R15.caption",
                       f"标题写的是{span}，但第{r + 1}行的“{columns[c]}”为 {cell}，不在其中")


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("free-tables", check, {"document", "report"}),)
