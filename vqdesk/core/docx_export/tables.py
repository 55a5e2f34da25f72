"""Table blocks as real Word tables: the caption above (a SEQ field), one or two header rows that
repeat on every page (w:tblHeader) with the PDF's merged cells (gridSpan across, vMerge down),
numbers right-aligned, 合计 rows tinted, the note below.  What a table shows comes from
document.tables.table_view and its column widths from pdf.table_block, as in the PDF."""

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from vqdesk.core.document.tables import table_view
from vqdesk.core.docx_export import ooxml
from vqdesk.core.document.labels import table_prints
from vqdesk.core.docx_export.context import TABLES, Context, para, styled
from vqdesk.core.docx_export.styles import CELL, CELL_HEAD, SOURCE
from vqdesk.core.pdf.styles import HEADER_TINT, RULE, TOTAL_TINT
from vqdesk.core.pdf.table_block import _numeric, block_name, column_widths
from vqdesk.core.pdf.text import clean

RIGHT, CENTER, LEFT = WD_ALIGN_PARAGRAPH.RIGHT, WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.LEFT


def add_table(ctx: Context, container, block, node, width: float):
    view = table_view(block, ctx.data)
    if view.problem:
        what = "没有打印" if not view.rows else "部分内容没有打印"
        ctx.warn(f"{block_name(block, node, '表格')}{what}：{view.problem}。")
    if not table_prints(block, view):
        return                                   # a bound table with nothing entered yet
    caption = ctx.block_caption(container, block, TABLES)
    if caption is not None:
        caption.paragraph_format.keep_with_next = True
    header = header_cells(view)
    body = [[(view.formatted(r, c), alignment(view, r, c)) for c in range(len(view.columns))]
            for r in range(len(view.rows))]
    table = grid(container, header, body, column_widths(view, width, ctx.look.table_size))
    for r in view.total_rows:
        for cell in table.rows[len(header) + r].cells:
            ooxml.shade(cell, ooxml.hex_colour(TOTAL_TINT))
    if block.data.get("note"):
        para(container, block.data["note"], SOURCE)
    else:
        spacer(container)


def header_cells(view) -> list:
    """The header rows as lists of (text, span across, span down) per starting cell, None where a
    merged cell continues: the leaf labels under an optional upper row whose groups span columns;
    a group with an empty label merges its columns' two cells vertically (as the PDF's SPANs)."""
    leaf = [(h, 1, 1) for h in view.columns]
    if not view.header_groups:
        return [leaf]
    top, col = [], 0
    for group in view.header_groups:
        span = group["span"]
        if group["label"]:
            top += [(group["label"], span, 1)] + [None] * (span - 1)
        else:
            for c in range(col, col + span):
                top.append((view.columns[c], 1, 2))
                leaf[c] = None
        col += span
    return [top, leaf]


def alignment(view, row: int, col: int):
    """As pdf.table_block._cell aligns: numbers right, dates, codes and 合计 centred, words left."""
    text = view.formatted(row, col)
    if view.kinds[col] in ("number", "percent") and _numeric(text):
        return RIGHT
    if view.kinds[col] == "date" or _numeric(text) or text in ("—", "合计", "平均") or (
            row in view.total_rows and col == 0):
        return CENTER
    return LEFT


def grid(container, header: list, body: list, widths: list, *, styles=(CELL_HEAD, CELL)):
    """A ruled table: header rows (tinted, repeated, merged as `header` says) over body rows of
    (text, alignment); `widths` in points."""
    rows, cols = len(header) + len(body), len(widths)
    table = container.add_table(rows=rows, cols=cols)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    ooxml.table_width(table, sum(widths))
    ooxml.fixed_layout(table)
    ooxml.table_borders(table, 4, ooxml.hex_colour(RULE), outer=8)
    ooxml.table_padding(table)
    for c, column in enumerate(table.columns):
        column.width = Pt(widths[c])
    all_rows = list(table.rows)
    cells = [list(row.cells) for row in all_rows]
    for line in cells:
        for c, cell in enumerate(line):
            cell.width = Pt(widths[c])                # tcW: Word and LibreOffice size cells by it
    for r, line in enumerate(header):
        ooxml.repeat_header(all_rows[r])
        for c, spec in enumerate(line):
            ooxml.shade(cells[r][c], ooxml.hex_colour(HEADER_TINT))
            ooxml.cell_valign(cells[r][c], "center")
            if spec is not None:
                text, across, down = spec
                target = cells[r][c]
                if across > 1 or down > 1:
                    target = target.merge(cells[r + down - 1][c + across - 1])
                fill(target, text, styles[0], CENTER)
    for r, line in enumerate(body, start=len(header)):
        for c, (text, align) in enumerate(line):
            fill(cells[r][c], text, styles[1], align)
    return table


def fill(cell, text, style: str, align):
    """The cell's text in `style`, one paragraph per line."""
    lines = clean("" if text is None else str(text)).split("\n")
    first = cell.paragraphs[0]
    for i, line in enumerate(lines):
        paragraph = first if i == 0 else cell.add_paragraph()
        styled(paragraph, style)
        paragraph.alignment = align
        if line:
            paragraph.add_run(line)


def spacer(container, points: float = 4):
    """An empty paragraph after a table: Word would join two tables that touch."""
    paragraph = styled(container.add_paragraph(), SOURCE)
    paragraph.paragraph_format.space_after = Pt(points)
    return paragraph
