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
    """A light diagonal 草稿 across the page, drawn last and translucent so text stays legible."""
    if not doc.draft:
        return
    canvas.saveState()
    canvas.setFillColor(colors.Color(0.6, 0.6, 0.6))
    canvas.setFillAlpha(0.13)
    width, height = doc.pagesize
    canvas.translate(width / 2, height / 2)
    canvas.rotate(45)
    canvas.setFont(doc.fonts["hei"], 120)
    canvas.drawCentredString(0, -40, "草稿")
    canvas.restoreState()
