"""Page furniture drawn on the canvas: running header, page numbers, the 草稿 watermark.

Each function takes (canvas, doc) and leaves the canvas state as it found it.
"""

import zlib

from reportlab.lib import colors
from reportlab.lib.units import mm

HEADER_COLOUR = colors.Color(0.25, 0.25, 0.25)


def roman(n: int) -> str:
    """Lower-case roman numerals for the front matter (1 -> i, 14 -> xiv)."""
    values = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
              (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
    out = []
    for value, letters in values:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def draw_header(canvas, doc):
    """The report title centred above the text block, with a hairline under it.

    Example: PageTemplate("body", frames, onPage=lambda c, d: (draw_header(c, d), draw_footer(c, d)))
    """
    canvas.saveState()
    y = doc.pagesize[1] - doc.topMargin + 9 * mm
    canvas.setFont(doc.fonts["hei"], 9)
    canvas.setFillColor(HEADER_COLOUR)
    canvas.drawCentredString(doc.leftMargin + doc.width / 2, y + 2, doc.header_text)
    canvas.setStrokeColor(HEADER_COLOUR)
    canvas.setLineWidth(0.6)
    canvas.line(doc.leftMargin, y - 3, doc.leftMargin + doc.width, y - 3)
    canvas.restoreState()


def draw_footer(canvas, doc):
    """"- N -" for the body, roman numerals for the front matter, nothing on the cover."""
    label = doc.page_label(canvas.getPageNumber())
    if not label:
        return
    canvas.saveState()
    canvas.setFont(doc.fonts["song"], 10.5)
    canvas.drawCentredString(doc.leftMargin + doc.width / 2, doc.bottomMargin - 16 * mm, label)
    canvas.restoreState()


def draw_watermark(canvas, doc):
    """A light diagonal 草稿 across the page, drawn last and translucent so text stays legible.

    It is a picture, not text: copied or searched text must not pick up 草 and 稿.  The picture
    is made once per build and drawn into one form that every page shows: one grey pixel seen
    through a soft mask of the two characters (the mask holds the 13 % opacity), set upright
    and turned 45° by the page, so nothing is rotated or colour-filled pixel by pixel."""
    if not doc.draft:
        return
    if getattr(canvas, "_vq_watermark", None) is None:
        mask = getattr(doc, "_watermark", None)
        if mask is None:
            mask = doc._watermark = watermark_mask(doc.fonts["hei"])
        name = _watermark_image(canvas, mask)
        w, h = (side / WATERMARK_SCALE for side in mask.size)
        width, height = doc.pagesize
        canvas.beginForm(WATERMARK_FORM)
        canvas.translate(width / 2, height / 2)
        canvas.rotate(45)
        canvas.scale(w, h)
        canvas.translate(-0.5, -0.5)
        canvas._code.append(f"/{canvas._doc.getXObjectName(name)} Do")
        canvas._formsinuse.append(name)
        canvas.endForm()
        canvas._vq_watermark = WATERMARK_FORM
    canvas.doForm(WATERMARK_FORM)


WATERMARK_FORM = "vqDraftMark"
WATERMARK_SCALE = 2.5          # mask pixels per point: sharp in print, small in the file
WATERMARK_GREY = 153           # the ink, 0–255
WATERMARK_OPACITY = 0.13


def watermark_mask(font_name: str):
    """草稿 at 120 pt, upright, as an 8-bit mask whose values are the ink's opacity (PIL "L")."""
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.pdfbase import pdfmetrics

    px = int(120 * WATERMARK_SCALE)
    face = pdfmetrics.getFont(font_name).face
    try:
        font = ImageFont.truetype(face.filename, px, index=_face_index(font_name))
    except OSError:
        font = ImageFont.load_default(px)
    box = font.getbbox("草稿")
    mask = Image.new("L", (box[2] - box[0] + 8, box[3] - box[1] + 8), 0)
    ImageDraw.Draw(mask).text((4 - box[0], 4 - box[1]), "草稿", font=font, fill=int(255 * WATERMARK_OPACITY))
    return mask


def _watermark_image(canvas, mask) -> str:
    """Register the grey pixel with its soft mask in the document; returns the image's name."""
    doc = canvas._doc
    soft = _grey_image("vqDraftAlpha", mask.size, mask.tobytes())
    ink = _grey_image("vqDraftInk", (1, 1), bytes([WATERMARK_GREY]))
    ink.smask = doc.Reference(soft, doc.getXObjectName(soft.name))
    doc.Reference(ink, doc.getXObjectName(ink.name))
    doc.addForm(ink.name, ink)
    return ink.name


def _grey_image(name: str, size, pixels: bytes):
    from reportlab.pdfbase import pdfdoc

    image = pdfdoc.PDFImageXObject(name)
    image.width, image.height = size
    image.bitsPerComponent, image.colorSpace, image.mask = 8, "DeviceGray", None
    image.streamContent, image._filters = zlib.compress(pixels, 3), ("FlateDecode",)
    return image


def _face_index(font_name: str) -> int:
    """The collection index in a registered name (vq-wqy-microhei-0)."""
    tail = font_name.rsplit("-", 1)[-1]
    return int(tail) if tail.isdigit() else 0
