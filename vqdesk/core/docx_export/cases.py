"""Case blocks as shaded boxes: a one-cell table with the PDF's tint and border whose first
paragraph is the case's label and title (ruled below), followed by the case's own blocks.
A numbered case's title carries a hidden SEQ 案例 field, so 案例目录 (TOC \\c "案例") lists it."""

from vqdesk.core.docx_export import ooxml
from vqdesk.core.docx_export.context import CASE_SEQ, CASES, Context, para, styled
from vqdesk.core.docx_export.styles import CASE_TITLE, SOURCE
from vqdesk.core.docx_export.tables import spacer
from vqdesk.core.pdf.cases import case_heading, case_padding
from vqdesk.core.pdf.styles import CASE_BORDER, CASE_TINT
from vqdesk.core.pdf.text import clean


def add_case(ctx: Context, container, block, node, depth: int, render):
    """The box of one case; `render(ctx, container, block, node, width, in_case)` writes an inner block."""
    numbered = block.data.get("numbered", True)
    text = case_heading(ctx.numberer.case(), block.title) if numbered else (block.title or "案例")
    table = container.add_table(rows=1, cols=1)
    table.autofit = False
    ooxml.table_caption(table, "案例")
    ooxml.table_width(table, ctx.width)
    ooxml.table_borders(table, 7, ooxml.hex_colour(CASE_BORDER))
    padding = case_padding(ctx.width, ctx.look.pdf.case_body.fontSize)
    ooxml.table_padding(table, top=7, bottom=6, left=padding, right=padding)
    cell = table.rows[0].cells[0]
    ooxml.shade(cell, ooxml.hex_colour(CASE_TINT))
    title = cell.paragraphs[0]
    styled(title, CASE_TITLE)
    title.add_run(clean(text).replace("\n", " "))
    if numbered:
        ctx.used.add(CASES)
        ooxml.add_field(title, f"SEQ {CASE_SEQ} \\h", hidden=True)
    inner = ctx.width - 2 * padding
    for child in block.children:
        render(ctx, cell, child, node, inner, True)
    if block.data.get("school") and block.data.get("attribution", "note") == "note":
        para(cell, f"（来源：{block.data['school']}）", SOURCE)          # a school's case, as in the PDF
    spacer(container, 8)
