"""Page furniture drawn on the canvas: running header, page numbers, the 草稿 watermark.

Each function takes (canvas, doc) and leaves the canvas state as it found it.
"""

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
    is made once per build and drawn into one form that every page shows (drawing the image on
    each page made reportlab hash its pixels again, page after page)."""
    if not doc.draft:
        return
    if getattr(canvas, "_vq_watermark", None) is None:
        image = getattr(doc, "_watermark", None)
        if image is None:
            image = doc._watermark = watermark_image(doc.fonts["hei"])
        width, height = doc.pagesize
        size = WATERMARK_SIZE / WATERMARK_SCALE
        w, h = image.getSize()
        canvas.beginForm(WATERMARK_FORM)
        canvas.drawImage(image, (width - w * size) / 2, (height - h * size) / 2, w * size, h * size,
                         mask="auto")
        canvas.endForm()
        canvas._vq_watermark = WATERMARK_FORM
    canvas.doForm(WATERMARK_FORM)


WATERMARK_FORM = "vqDraftMark"
WATERMARK_SIZE = 1.0           # points per pixel at WATERMARK_SCALE
WATERMARK_SCALE = 2.5          # pixels per point: sharp in print, small in the file


def watermark_image(font_name: str):
    """草稿 at 120 pt, rotated 45°, grey at 13 % opacity, as an RGBA ImageReader."""
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase import pdfmetrics

    px = int(120 * WATERMARK_SCALE)
    face = pdfmetrics.getFont(font_name).face
    try:
        font = ImageFont.truetype(face.filename, px, index=_face_index(font_name))
    except OSError:
        font = ImageFont.load_default(px)
    box = font.getbbox("草稿")
    mask = Image.new("L", (box[2] - box[0] + 8, box[3] - box[1] + 8), 0)
    ImageDraw.Draw(mask).text((4 - box[0], 4 - box[1]), "草稿", font=font, fill=int(255 * 0.13))
    mask = mask.rotate(45, expand=True, resample=Image.BICUBIC)
    picture = Image.new("RGBA", mask.size, (153, 153, 153, 0))
    picture.putalpha(mask)
    return ImageReader(picture)


def _face_index(font_name: str) -> int:
    """The collection index in a registered name (vq-wqy-microhei-0)."""
    tail = font_name.rsplit("-", 1)[-1]
    return int(tail) if tail.isdigit() else 0
