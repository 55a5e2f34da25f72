"""Charts and photos.  A chart is the PDF's own drawing (pdf.chart_block.DRAW, same data, width
and fonts) as a PNG, its caption below; photos keep their rows of one to four: one a row stands
alone, more sit in a borderless table, each with its caption (图 N, a SEQ field) under it."""

import io
from pathlib import PurePath

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from vqdesk.core.document.chart_data import chart_data
from vqdesk.core.docx_export import ooxml
from vqdesk.core.docx_export.context import FIGURES, Context, para, styled
from vqdesk.core.docx_export.raster import drawing_png
from vqdesk.core.docx_export.styles import PICTURE, SOURCE
from vqdesk.core.errors import InputError
from vqdesk.core.images import printable_image
from vqdesk.core.pdf.chart_block import DRAW
from vqdesk.core.pdf.chart_marks import fit_height
from vqdesk.core.pdf.photo_block import CELL_GAP, MAX_HEIGHT, photo_label, photo_source
from vqdesk.core.pdf.table_block import block_name


def chart_drawing(ctx: Context, block, node, width: float):
    """The PDF's drawing of a chart block, or None (with a note, as the PDF's) when none is drawn."""
    values = chart_data(block, ctx.data.document, ctx.data)
    if values.problem:
        ctx.warn(f"{block_name(block, node, '图表')}没有打印：{values.problem}。")
        return None
    kind = block.data["chart"]
    if kind == "radar" and 0 < len(values.labels) < 3:
        ctx.warn(f"{block_name(block, node, '图表')}没有打印：雷达图至少需要三项数据。")
        return None
    drawing = DRAW[kind](values.labels, values.series, width, ctx.fonts, block.data.get("unit", ""))
    if drawing is None:
        return None                               # nothing entered yet
    fit_height(drawing)
    drawing.initialFontName = ctx.fonts["song"]
    return drawing


def add_chart(ctx: Context, container, block, node, width: float):
    drawing = chart_drawing(ctx, block, node, width)
    if drawing is None:
        return
    run = styled(container.add_paragraph(), PICTURE).add_run()
    run.add_picture(io.BytesIO(drawing_png(drawing)), width=Pt(drawing.width), height=Pt(drawing.height))
    ooxml.alt_text(run, block.caption.strip() or "图表")
    caption = ctx.block_caption(container, block, FIGURES)
    if block.data.get("note"):
        if caption is not None:
            caption.paragraph_format.keep_with_next = True
        para(container, block.data["note"], SOURCE)


def _images(ctx: Context, block, node) -> list:
    """(photo, item, PrintableImage) of every item that can be printed, in order; notes say why not."""
    out = []
    for item in block.data.get("items", ()):
        photo = ctx.data.photo(item.get("photo"))
        if photo is None:
            ctx.warn(f"“{node.title}”中编号为 {item.get('photo')} 的图片在报告文件中找不到，Word 文件中已跳过该图片。")
            continue
        label = photo_label(photo)
        try:
            data = ctx.photo_data(photo.id)
        except Exception as exc:  # noqa: BLE001 - a missing photo must not stop the report
            ctx.warn(f"图片“{label}”无法读取（{exc}），Word 文件中已跳过该图片。")
            continue
        if not data:
            ctx.warn(f"图片“{label}”没有内容，Word 文件中已跳过该图片。")
            continue
        try:
            out.append((photo, item, printable_image(data, label)))
        except InputError as exc:
            ctx.warn(f"{exc}Word 文件中已跳过该图片。")
    return out


def _title(photo, item) -> str:
    return photo.caption or item.get("caption") or PurePath(photo.filename or "").stem or "图片"


def _picture(paragraph, image, max_width: float, max_height: float, title: str):
    scale = min(max_width / image.width, max_height / image.height)
    run = paragraph.add_run()
    run.add_picture(io.BytesIO(image.data), width=Pt(image.width * scale), height=Pt(image.height * scale))
    ooxml.alt_text(run, title)


def _caption(ctx: Context, container, block, photo, item):
    caption = ctx.caption(container, ctx.numberer.figure(), _title(photo, item), FIGURES)
    source = photo_source(block, item)
    if source:                                    # a school's photo in a regional report
        caption.paragraph_format.keep_with_next = True
        para(container, source, SOURCE).alignment = WD_ALIGN_PARAGRAPH.CENTER
    return caption


def add_photos(ctx: Context, container, block, node, width: float):
    if ctx.photo_data is None:
        return                                    # photos are printed only with their data
    per_row = max(1, min(int(block.data.get("per_row", 2) or 1), 4))
    cell_width = width / per_row
    max_width = width * 0.85 if per_row == 1 else cell_width - CELL_GAP
    max_height = ctx.height * MAX_HEIGHT[per_row]
    found = _images(ctx, block, node)
    for start in range(0, len(found), per_row):
        row = found[start:start + per_row]
        if per_row == 1:
            photo, item, image = row[0]
            _picture(styled(container.add_paragraph(), PICTURE), image, max_width, max_height, _title(photo, item))
            _caption(ctx, container, block, photo, item)
            continue
        table = container.add_table(rows=1, cols=per_row)
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        ooxml.table_borders(table, none=True)
        ooxml.table_caption(table, "图片")
        ooxml.table_width(table, width)
        ooxml.fixed_layout(table)
        cells = table.rows[0].cells
        for c, cell in enumerate(cells):
            table.columns[c].width = cell.width = Pt(cell_width)
            ooxml.cell_valign(cell, "bottom")
            ooxml.cell_padding(cell, CELL_GAP / 2)
            if c < len(row):
                photo, item, image = row[c]
                first = cell.paragraphs[0]
                styled(first, PICTURE)
                _picture(first, image, max_width, max_height, _title(photo, item))
                _caption(ctx, cell, block, photo, item)
        styled(container.add_paragraph(), PICTURE)    # keeps the next table (or row) apart
