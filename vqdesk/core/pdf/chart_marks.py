"""What keeps chart series apart in grey print: luminance-stepped colours (styles.CHART_COLOURS),
hatching on bars, marker shapes and dash patterns on lines, legend swatches showing the same, and
cropping a drawing to what it draws so its caption sits close under it."""

from reportlab.graphics.shapes import Group, Line, Rect
from reportlab.graphics.widgetbase import Widget
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors

from vqdesk.core.pdf.styles import CHART_COLOURS

HATCHES = (None, "/", "\\", "-", "x", "|")            # series 0 solid, then one pattern each
MARKERS = ("FilledCircle", "FilledSquare", "FilledTriangle", "FilledDiamond", "Circle", "Cross")
DASHES = (None, (6, 3), (2, 2), (8, 3, 2, 3), (4, 4), (1, 3))
HATCH_STEP = 4.0
HATCH_WIDTH = 0.6


def colour(i: int):
    return CHART_COLOURS[i % len(CHART_COLOURS)]


def luminance(c) -> float:
    """The grey a printer makes of a colour (Rec. 601 luma)."""
    return 0.299 * c.red + 0.587 * c.green + 0.114 * c.blue


def ink_on(c):
    """Text or hatching that stands out on fill c: white on dark, dark grey on light."""
    return colors.white if luminance(c) < 0.5 else colors.Color(0.2, 0.2, 0.2)


def hatch(i: int):
    return HATCHES[i % len(HATCHES)]


def hatch_lines(x, y, w, h, pattern, colour_, step=HATCH_STEP):
    """Lines of a hatching pattern clipped to the rectangle (x, y, w, h)."""
    if not pattern or w <= 0 or h <= 0:
        return []
    x1, y1, segments = x + w, y + h, []
    if pattern in ("/", "x"):                        # y = x - c
        c = x - y1 + step
        while c < x1 - y:
            a, b = max(x, y + c), min(x1, y1 + c)
            if b > a:
                segments.append((a, a - c, b, b - c))
            c += step
    if pattern in ("\\", "x"):                       # y = c - x
        c = x + y + step
        while c < x1 + y1:
            a, b = max(x, c - y1), min(x1, c - y)
            if b > a:
                segments.append((a, c - a, b, c - b))
            c += step
    if pattern == "-":
        segments += [(x, yy, x1, yy) for yy in _steps(y, y1, step)]
    if pattern == "|":
        segments += [(xx, y, xx, y1) for xx in _steps(x, x1, step)]
    return [Line(*s, strokeColor=colour_, strokeWidth=HATCH_WIDTH) for s in segments]


def _steps(lo, hi, step):
    v = lo + step / 2
    while v < hi:
        yield v
        v += step


def hatched_rect(x, y, w, h, i: int, stroke=None):
    g = Group(Rect(x, y, w, h, fillColor=colour(i), strokeColor=stroke, strokeWidth=0.5))
    for line in hatch_lines(x, y, w, h, hatch(i), ink_on(colour(i))):
        g.add(line)
    return g


class HatchedBars:
    """Mixin for reportlab bar charts: each series' bars carry its hatching."""

    def _makeBar(self, g, x, y, width, height, rowNo, style):
        super()._makeBar(g, x, y, width, height, rowNo, style)
        if width < 0:
            x, width = x + width, -width
        if height < 0:
            y, height = y + height, -height
        for line in hatch_lines(x, y, width, height, hatch(rowNo), ink_on(colour(rowNo))):
            g.add(line)


def marker(i: int, size=5.5):
    c = colour(i)
    kind = MARKERS[i % len(MARKERS)]
    return makeMarker(kind, size=size + (1 if "Triangle" in kind or "Diamond" in kind else 0), fillColor=c,
                      strokeColor=c, strokeWidth=1.2)


def dash(i: int):
    return DASHES[i % len(DASHES)]


class Swatches:
    """Legend swatches (through reportlab's Auto protocol) drawn as the series are: hatched boxes
    or a dashed line with its marker."""

    def __init__(self, lines: bool = False):
        self.lines = lines

    def makeSwatchSample(self, i, x, y, w, h):
        if not self.lines:
            return hatched_rect(x, y, w, h, i)
        g = Group(Line(x - 4, y + h / 2, x + w + 4, y + h / 2, strokeColor=colour(i), strokeWidth=1.5,
                       strokeDashArray=dash(i)))
        symbol = marker(i)
        symbol.x, symbol.y = x + w / 2, y + h / 2
        g.add(symbol)
        return g


def auto_swatch(swatches: Swatches, i: int):
    from reportlab.lib.validators import Auto
    return Auto(obj=swatches, index=i)


def _drawn(nodes, kept: list) -> list:
    """`nodes` with every widget, at any depth, replaced by the group it draws."""
    out = []
    for node in nodes:
        while isinstance(node, Widget):
            kept.append(node)
            node = node.draw()
        if isinstance(node, Group):
            node.contents = _drawn(node.contents, kept)
        out.append(node)
    return out


def fit_height(drawing, pad: float = 2.0):
    """Crop the drawing's empty bands above and below what it draws, so the caption that follows
    sits a few points under the lowest label, not under blank space.

    Chart widgets (and the labels inside them) are first replaced by the shapes they draw: a
    widget builds its shapes afresh each time it is measured and again when it is printed, half
    the cost of a chart.  The widgets are kept on the drawing: labels look up their styles in the
    chart that made them."""
    drawing._widgets = []
    drawing.contents = _drawn(drawing.contents, drawing._widgets)
    x0, y0, x1, y1 = drawing.getBounds()
    low, high = max(0.0, y0 - pad), min(drawing.height, y1 + pad)
    if high - low < 10:
        return drawing
    drawing.height = high - low
    if low:
        drawing.contents = [Group(*drawing.contents, transform=(1, 0, 0, 1, 0, -low))]
    return drawing
