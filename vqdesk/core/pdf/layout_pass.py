"""The first pass of a report with contents pages only lays out; it paints nothing.

reportlab builds a document with a 目录 at least twice: the first pass finds the page of every
heading, the second prints the contents with those numbers.  The first pass's canvas is thrown
away, yet painting it (the text of every line, every photo hashed and encoded, every chart)
cost about as much as the layout itself.  In that pass the canvas is a LayoutCanvas: pictures are
not embedded, and body text and charts skip their drawing, while everything that decides where
things go (wrap, split, page breaks) and everything that is recorded (headings, bookmarks,
captions) still runs.  A layout pass is never the last one: if it would have been, one more,
painted pass follows.
"""

from reportlab.graphics.shapes import Drawing
from reportlab.pdfgen.canvas import Canvas


class LayoutCanvas(Canvas):
    """A canvas whose pictures are not embedded (nothing of it is ever saved)."""
    layout_only = True

    def drawImage(self, image, x, y, width=None, height=None, *args, **kwargs):
        return width, height

    def drawInlineImage(self, image, x, y, width=None, height=None, *args, **kwargs):
        return width, height


def layout_only(canvas) -> bool:
    """True while the current pass only lays out (its drawing is discarded)."""
    return getattr(canvas, "layout_only", False)


class ChartDrawing(Drawing):
    """A chart; skipped while only laying out (its size is fixed before it is drawn)."""

    def draw(self, *args, **kwargs):
        if not layout_only(self.canv):
            super().draw(*args, **kwargs)
