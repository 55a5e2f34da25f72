"""附件：6张指标表, as pdf.annex prints them: 序号 | 指标 | 单位 | <year>年, 序号 merged per group,
其中 rows indented, and the 专业群 sub-table under 表3.  The cells come from pdf.annex's own
functions.  The annex headings use their own styles (附件标题) with outline levels, so they are in
the 目录 and the navigation pane without reading as part of the school's outline (标题 1–4).
Captions keep the official labels (表 1 …) as text; a hidden SEQ 表 puts them in 表目录."""

from vqdesk.core.derive import Figures
from vqdesk.core.docx_export import ooxml
from vqdesk.core.docx_export.context import TABLES, Context, para
from vqdesk.core.docx_export.styles import ANNEX_HEADINGS, CAPTION
from vqdesk.core.docx_export.tables import CENTER, LEFT, grid, spacer
from vqdesk.core.pdf.annex import (ANNEX_TITLE, LONG_CELL, Sheet, _cell_value, _depth, _runs, annex_label,
                                   annex_years)

CELL_INDENT = "\u3000"


def build_annex(ctx: Context, document):
    years = annex_years(ctx)
    if not years:
        return
    para(document, ANNEX_TITLE, ANNEX_HEADINGS[0])
    for year, data in years:
        if len(years) > 1:
            para(document, f"{year}年度", ANNEX_HEADINGS[1])
        sheet = Sheet(data, Figures(data), f"（{year}年）" if len(years) > 1 else "")
        for table in data.edition.tables:
            standard_table(ctx, document, sheet, table)


def _caption(ctx: Context, document, text: str):
    caption = para(document, text, CAPTION)
    ooxml.add_field(caption, f"SEQ {ctx.seq_name(TABLES)} \\h", hidden=True)
    caption.paragraph_format.keep_with_next = True
    ctx.used.add(TABLES)
    return caption


def _name(table, row) -> str:
    prefix = "其中：" if row.parent and row.parent_basis == "explicit" else ""
    return CELL_INDENT * (_depth(table, row) * 1) + prefix + row.label


def standard_table(ctx: Context, document, sheet: Sheet, table):
    year = str(sheet.data.year)
    columns = ["序号", "指标", "单位"] + [c.label.replace("<year>", year) for c in table.columns]
    values = [[_cell_value(sheet, row, c) for c in table.columns] for row in table.rows]
    body = [[(row.seq, CENTER), (_name(table, row), LEFT), (row.unit, CENTER)] + [(v, CENTER) for v in vals]
            for row, vals in zip(table.rows, values)]
    widths = [1.1, 6.6, 1.4, 2.4] if len(table.columns) == 1 else [0.9, 5.0, 0.8, 1.5, 1.5, 2.6]
    scale = ctx.width / sum(widths)
    _caption(ctx, document, f"{annex_label(ctx, table)} {table.title}{sheet.suffix}")
    grid_table = grid(document, [[(h, 1, 1) for h in columns]], body, [w * scale for w in widths])
    if not any(len(v) > LONG_CELL for vals in values for v in vals):
        spans = _runs(table.rows, lambda r: r.seq, column=0)
        spans += _runs(table.rows, lambda r: (r.seq, r.name, r.parent is None), column=1, only_pairs=True)
        for _, (col, top), (_, bottom) in spans:
            _merge(grid_table, col, top, bottom)
    spacer(document)
    if table.sub_table is not None:
        _sub_table(ctx, document, sheet, table)


def _merge(grid_table, column: int, top: int, bottom: int):
    """One of the PDF's vertical SPANs (rows counted with the header as 0) as a vMerge; the
    cells hold the same text, which is kept once."""
    first = grid_table.cell(top, column)
    text = first.text
    merged = first.merge(grid_table.cell(bottom, column))
    for extra in merged.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    if merged.paragraphs[0].text != text:
        merged.paragraphs[0].text = text


def _sub_table(ctx: Context, document, sheet: Sheet, table):
    sub = table.sub_table
    rows = sheet.data.rows(sub.record_list)
    body = [[(str(i), CENTER), (r.get("name", ""), LEFT), (r.get("core_major", ""), LEFT),
             (r.get("chain", ""), LEFT)] for i, r in enumerate(rows, 1)] or [[("", CENTER)] + [("", LEFT)] * 3]
    widths = [1.1, 4.5, 3.6, 3.6]
    scale = ctx.width / sum(widths)
    _caption(ctx, document, f"{annex_label(ctx, table)} 附表 {sub.title}{sheet.suffix}")
    grid(document, [[(h, 1, 1) for h in ("序号", "专业群名称", "核心专业", "对接产业链")]], body,
         [w * scale for w in widths])
    spacer(document)
