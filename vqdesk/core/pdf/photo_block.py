"""Photos blocks: one to four photos a row, each fitted to its cell and captioned below with its
own figure number.  A photo that cannot be used is left out with a note saying which and why."""

from pathlib import PurePath

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import TableStyle

from vqdesk.core.errors import InputError, reason_of
from vqdesk.core.pdf.context import FIGURES, Context
from vqdesk.core.pdf.flowables import SafeTable, fitted_image, gap
from vqdesk.core.pdf.text_block import Piece

#: Largest photo height (share of the frame) by photos per row.
MAX_HEIGHT = {1: 0.42, 2: 0.3, 3: 0.22, 4: 0.18}
CELL_GAP = 8


def photo_label(photo) -> str:
    """How a note names a photo: its caption and its file name."""
    if photo.caption and photo.filename:
        return f"{photo.caption}（{photo.filename}）"
    return photo.caption or photo.filename or f"编号为 {photo.id} 的图片"


def photo_image(ctx: Context, photo, max_width, max_height):
    """The photo's flowable, or None with a note in ctx.skipped saying which and why."""
    label = photo_label(photo)
    try:
        data = ctx.photo_data(photo.id)
    except Exception as exc:  # noqa: BLE001 - a missing photo must not stop the report
        ctx.warn(f"图片“{label}”无法读取（{reason_of(exc)}），PDF 中已跳过该图片。")
        return None
    if not data:
        ctx.warn(f"图片“{label}”没有内容，PDF 中已跳过该图片。")
        return None
    try:
        return fitted_image(data, max_width, max_height, label)
    except InputError as exc:
        ctx.warn(f"{exc}PDF 中已跳过该图片。")
        return None


def _photos(ctx: Context, block, node, max_width, max_height) -> list:
    """(photo, image) of every item that can be printed, in order."""
    out = []
    for item in block.data.get("items", ()):
        photo = ctx.data.photo(item.get("photo"))
        if photo is None:
            ctx.warn(f"“{node.title}”中编号为 {item.get('photo')} 的图片在报告文件中找不到，PDF 中已跳过该图片。")
            continue
        image = photo_image(ctx, photo, max_width, max_height)
        if image is not None:
            out.append((photo, item, image))
    return out


def photo_source(block, item) -> str:
    """“（来源：某某学校）” under the caption of a school's photo in a regional report, unless the
    block's attribution setting is "none"."""
    if item.get("school") and block.data.get("attribution", "note") == "note":
        return f"（来源：{item['school']}）"
    return ""


def _caption(ctx: Context, block, photo, item) -> list:
    title = photo.caption or item.get("caption") or PurePath(photo.filename or "").stem or "图片"
    out = [ctx.caption(ctx.numberer.figure(), title, FIGURES, ctx.key("photo"))]
    source = photo_source(block, item)
    if not source:
        return out
    style = ParagraphStyle("photo_source", parent=ctx.styles.source, alignment=TA_CENTER)   # as the caption
    return out + [ctx.para(source, style)]


def photo_pieces(ctx: Context, block, node, width: float) -> list[Piece]:
    if ctx.photo_data is None:
        return []                               # photos are printed only with their data
    per_row = max(1, min(int(block.data.get("per_row", 2) or 1), 4))
    cell = width / per_row
    max_width = width * 0.85 if per_row == 1 else cell - CELL_GAP
    found = _photos(ctx, block, node, max_width, ctx.height * MAX_HEIGHT[per_row])
    pieces = []
    for start in range(0, len(found), per_row):
        row = [[image, gap(3), *_caption(ctx, block, photo, item)] for photo, item, image in found[start:start + per_row]]
        if per_row == 1:
            pieces.append(Piece([gap(6)] + row[0]))
            continue
        row += [""] * (per_row - len(row))
        grid = SafeTable([row], colWidths=[cell] * per_row, hAlign="CENTER")
        grid.page_height = ctx.height               # a caption longer than a page may break
        grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                                  ("LEFTPADDING", (0, 0), (-1, -1), CELL_GAP / 2),
                                  ("RIGHTPADDING", (0, 0), (-1, -1), CELL_GAP / 2)]))
        pieces.append(Piece([gap(6), grid]))
    return pieces
