"""附件：6张指标表, in the official layout: 序号 | 指标 | 单位 | <year>年 (表2 adds 调查人次 and 调查方式);
序号 merged per group, 其中 rows indented, * kept, 中职不填报 / 高职填报 printed, derived cells computed,
and the 专业群 sub-table under 表3.  Printed when settings.annex is on, for each of its years the
file holds."""

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import NextPageTemplate, PageBreak

from vqdesk.core.derive import Figures
from vqdesk.core.editions.model import APPLICABILITY, StandardTable
from vqdesk.core.kinds import format_value
from vqdesk.core.pdf.body import heading
from vqdesk.core.pdf.context import TABLES, Context
from vqdesk.core.pdf.flowables import data_table, gap
from vqdesk.core.pdf.table_block import _numeric, fit_widths, least_width

ANNEX_TITLE = "附件：6张指标表"
#: A cell this long may make its row split across pages.
LONG_CELL = 300


def annex_years(ctx: Context) -> list:
    """(year, ReportData) for each year of settings.annex the file holds."""
    annex, data = ctx.settings["annex"], ctx.data
    if not annex["enabled"] or not data.edition.tables:
        return []
    held = {data.year: data, **data.history}
    return [(year, held[year]) for year in dict.fromkeys(annex["years"]) if year in held]


def build_annex(ctx: Context) -> list:
    years = annex_years(ctx)
    if not years:
        return []
    story = [NextPageTemplate("body"), PageBreak(), heading(ctx, ANNEX_TITLE, ctx.styles.h1, "annex", 0)]
    for year, data in years:
        if len(years) > 1:
            story.append(heading(ctx, f"{year}年度", ctx.styles.h2, f"annex-{year}", 1))
        sheet = Sheet(data, Figures(data), f"（{year}年）" if len(years) > 1 else "")
        for table in data.edition.tables:
            story += standard_table(ctx, sheet, table)
    return story


class Sheet:
    """One year's figures for the annex tables."""

    def __init__(self, data, figures, suffix: str):
        self.data, self.figures, self.suffix = data, figures, suffix


def annex_label(ctx: Context, table: StandardTable) -> str:
    """"表 1" as the tables are officially named, spaced as the body's "表 1-1" so that 表目录 reads
    in one style; "附表 1" when the body numbers its own tables flat as 表 1, 表 2…, so that no
    two tables of one report share a number."""
    numbering = ctx.settings["numbering"]
    flat = numbering["tables"] == "flat" and numbering["table_label"].strip() == "表"
    return f"{'附表' if flat else '表'} {table.no}"


def _depth(table: StandardTable, row) -> int:
    by_id = {r.id: r for r in table.rows}
    depth, parent = 0, row.parent
    while parent and parent in by_id and depth < 5:
        depth, parent = depth + 1, by_id[parent].parent
    return depth


def _cell_value(sheet: Sheet, row, column) -> str:
    """What one cell prints: the applicability text, the computed value, or the stored value."""
    if not row.applicable and sheet.data.report.school_type == "zhongzhi":
        return APPLICABILITY[row.applicability] if column.key == "value" else ""
    if column.key == "value" and sheet.figures.is_computed(row.id):
        # computed: “—” while inputs are missing, or the school's reported value marked （填报）
        return sheet.figures.printed(row.id, row.kind)
    if column.key == "value":
        value = sheet.figures.get(row.id)
        kind = row.kind
    else:
        value = sheet.data.value(row.id, column.key)
        kind = column.kind or row.kind
    if value is None:
        return ""
    return format_value(value, kind)


def _name_cell(ctx: Context, table, row):
    depth = _depth(table, row)
    base = ctx.styles.cell
    style = ParagraphStyle(f"ind{depth}", parent=base, leftIndent=depth * base.fontSize * 1.2)
    prefix = "其中：" if row.parent and row.parent_basis == "explicit" else ""
    return ctx.cell(prefix + row.label, style)


def standard_table(ctx: Context, sheet: Sheet, table: StandardTable) -> list:
    year = str(sheet.data.year)
    styles = ctx.styles
    header = ["序号", "指标", "单位"] + [c.label.replace("<year>", year) for c in table.columns]
    rows = [[ctx.cell(h, styles.cell_head) for h in header]]
    spans = []
    values = [[_cell_value(sheet, row, c) for c in table.columns] for row in table.rows]
    for row, printed in zip(table.rows, values):
        rows.append([ctx.cell(row.seq, styles.cell_center), _name_cell(ctx, table, row),
                     ctx.cell(row.unit, styles.cell_center)] + [_value_cell(ctx, v) for v in printed])
    spans += _runs(table.rows, lambda r: r.seq, column=0)
    spans += _runs(table.rows, lambda r: (r.seq, r.name, r.parent is None), column=1, only_pairs=True)
    if any(len(_cell_value(sheet, row, c)) > LONG_CELL for row in table.rows for c in table.columns):
        spans = []          # a row split across pages cannot sit under a merged cell
    elif len(table.rows) >= 4:
        spans.append(("NOSPLIT", (0, len(table.rows) - 1), (-1, len(table.rows))))   # no lone last row
    weights = [1.1, 6.6, 1.4, 2.4] if len(table.columns) == 1 else [0.9, 5.0, 0.8, 1.5, 1.5, 2.6]
    columns = [[str(r.seq) for r in table.rows], [], [r.unit or "" for r in table.rows]] + \
              [[v[i] for v in values] for i in range(len(table.columns))]
    least = [least_width(h, cells, styles.table_size) for h, cells in zip(header, columns)]
    label = annex_label(ctx, table)
    grid = data_table(rows, fit_widths(weights, least, ctx.width), extra=spans, page_height=ctx.height,
                      continued=f"续表 {table.no}" if label.startswith("表") else f"续{label}",
                      label_style=styles.continued)
    caption = ctx.caption(label, table.title + sheet.suffix, TABLES, f"annex-{sheet.data.year}-{table.no}")
    caption.keepWithNext = True
    out = [gap(8), caption, grid]
    if table.sub_table is not None:
        out += _sub_table(ctx, sheet, table)
    return out


def _value_cell(ctx: Context, text: str):
    """A figure right-aligned, so that digits line up; words (中职不填报, 问卷星线上问卷) centred."""
    return ctx.cell(text, ctx.styles.cell_right if _numeric(text) else ctx.styles.cell_center)


def _runs(rows, key, column: int, only_pairs=False):
    """SPAN commands merging a column over consecutive rows with the same key (header is row 0)."""
    spans, start = [], 0
    keys = [key(r) for r in rows]
    for i in range(1, len(rows) + 1):
        if i == len(rows) or keys[i] != keys[start]:
            if i - start > 1 and (not only_pairs or _is_unit_pair(rows[start:i])):
                spans.append(("SPAN", (column, start + 1), (column, i)))
            start = i
    return spans


def _is_unit_pair(group) -> bool:
    """An indicator printed on two rows that differ only by unit (门 and 学时)."""
    return len({r.unit for r in group}) == len(group)


def _sub_table(ctx: Context, sheet: Sheet, table: StandardTable) -> list:
    sub = table.sub_table
    styles = ctx.styles
    rows = sheet.data.rows(sub.record_list)
    header = ["序号", "专业群名称", "核心专业", "对接产业链"]
    cells = [[ctx.cell(h, styles.cell_head) for h in header]]
    for i, r in enumerate(rows, 1):
        cells.append([ctx.cell(str(i), styles.cell_center), ctx.cell(r.get("name", "")),
                      ctx.cell(r.get("core_major", "")), ctx.cell(r.get("chain", ""))])
    if not rows:
        cells.append([ctx.cell("", styles.cell_center), ctx.cell(""), ctx.cell(""), ctx.cell("")])
    least = [least_width(h, [], styles.table_size) for h in header]
    # a captioned table like the others, so 表目录 lists it; the form's instruction to whoever
    # fills it in (sub.instruction, “说明：请逐一列出…”) is not for the published report
    title = ctx.caption(f"{annex_label(ctx, table)} 附表", sub.title + sheet.suffix, TABLES,
                        f"annex-{sheet.data.year}-{table.no}-sub")
    title.keepWithNext = True
    return [gap(6), title, data_table(cells, fit_widths([1.1, 4.5, 3.6, 3.6], least, ctx.width),
                                      page_height=ctx.height, continued=f"续{annex_label(ctx, table)} 附表",
                                      label_style=styles.continued)]
