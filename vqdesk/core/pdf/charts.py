"""Vector charts (reportlab.graphics) in the report's CJK fonts.

Every function returns a Drawing sized to `width`, or None when there is nothing to draw, so a
report with missing figures simply has fewer charts.
"""

import math

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from vqdesk.core.kinds import format_number
from vqdesk.core.pdf.styles import CHART_COLOURS

LABEL_SIZE = 8.5


def _nice_max(value: float) -> float:
    """A round upper bound for an axis (1234 -> 1500, 96 -> 100)."""
    if value <= 0:
        return 1
    magnitude = 10 ** math.floor(math.log10(value))
    for step in (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        if step * magnitude >= value * 1.08:
            return step * magnitude
    return 10 * magnitude


def _fmt(value, suffix=""):
    return "" if value is None else format_number(round(value, 2)) + suffix


def _legend(font, names, x, y, columns=4):
    legend = Legend()
    legend.x, legend.y = x, y
    legend.fontName, legend.fontSize = font, LABEL_SIZE
    legend.alignment = "right"
    legend.columnMaximum = max(1, math.ceil(len(names) / columns)) if columns > 1 else len(names)
    legend.dx = legend.dy = 7
    legend.deltax = 70
    legend.colorNamePairs = [(CHART_COLOURS[i % len(CHART_COLOURS)], n) for i, n in enumerate(names)]
    return legend


def bar_chart(categories, series, width, fonts, *, height=200, suffix="", value_max=None):
    """Vertical bars, one colour per series: series = [(name, [values…])]."""
    if not categories or not any(v for _, values in series for v in values if v):
        return None
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    rotated = len(categories) > 6
    longest = max(len(str(c)) for c in categories)
    chart.x = 42
    chart.y = (42 if len(series) > 1 else 24) + (min(longest, 10) * LABEL_SIZE * 0.6 if rotated else 0)
    chart.width, chart.height = width - 60, height - chart.y - 18
    chart.data = [[v or 0 for v in values] for _, values in series]
    chart.categoryAxis.categoryNames = [str(c) for c in categories]
    chart.categoryAxis.labels.fontName = fonts["song"]
    chart.categoryAxis.labels.fontSize = LABEL_SIZE if len(categories) <= 8 else 7
    if rotated:
        chart.categoryAxis.labels.angle = 30
        chart.categoryAxis.labels.boxAnchor = "ne"
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = value_max or _nice_max(max(max(chart.data[i]) for i in range(len(series))))
    chart.valueAxis.labels.fontName = fonts["song"]
    chart.valueAxis.labels.fontSize = LABEL_SIZE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.Color(0.85, 0.85, 0.85)
    chart.barLabelFormat = lambda v: _fmt(v, suffix)
    chart.barLabels.fontName = fonts["song"]
    chart.barLabels.fontSize = LABEL_SIZE - 1
    chart.barLabels.nudge = 6
    chart.groupSpacing = 12
    for i in range(len(series)):
        chart.bars[i].fillColor = CHART_COLOURS[i % len(CHART_COLOURS)]
        chart.bars[i].strokeColor = None
    drawing.add(chart)
    if len(series) > 1:
        drawing.add(_legend(fonts["song"], [n for n, _ in series], width / 2 + 35 * len(series), 10))
    return drawing


def line_chart(categories, values, width, fonts, *, height=170, suffix="", name=""):
    """One line with labelled points (a trend over years)."""
    if not categories or all(v is None for v in values):
        return None
    drawing = Drawing(width, height)
    chart = HorizontalLineChart()
    chart.x, chart.y = 42, 28
    chart.width, chart.height = width - 70, height - 48
    known = [v for v in values if v is not None]
    chart.data = [[v if v is not None else None for v in values]]
    chart.categoryAxis.categoryNames = [str(c) for c in categories]
    chart.categoryAxis.labels.fontName = fonts["song"]
    chart.categoryAxis.labels.fontSize = LABEL_SIZE
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = _nice_max(max(known))
    chart.valueAxis.labels.fontName = fonts["song"]
    chart.valueAxis.labels.fontSize = LABEL_SIZE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.Color(0.85, 0.85, 0.85)
    chart.lines[0].strokeColor = CHART_COLOURS[0]
    chart.lines[0].strokeWidth = 2
    from reportlab.graphics.widgets.markers import makeMarker
    chart.lines[0].symbol = makeMarker("FilledCircle", size=5, fillColor=CHART_COLOURS[0])
    chart.lineLabelFormat = lambda v: _fmt(v, suffix)
    chart.lineLabels.fontName = fonts["song"]
    chart.lineLabels.fontSize = LABEL_SIZE
    chart.lineLabels.dy = 8
    drawing.add(chart)
    if name:
        drawing.add(String(chart.x, height - 10, name, fontName=fonts["song"], fontSize=LABEL_SIZE))
    return drawing


def pie_chart(labels, values, width, fonts, *, height=180, unit=""):
    """A pie with a legend giving each share's value and percentage."""
    pairs = [(l, v) for l, v in zip(labels, values) if v]
    total = sum(v for _, v in pairs)
    if not pairs or total <= 0:
        return None
    drawing = Drawing(width, height)
    pie = Pie()
    size = height - 30
    pie.x, pie.y, pie.width, pie.height = width * 0.18, 15, size, size
    pie.data = [v for _, v in pairs]
    pie.labels = [f"{v / total * 100:.1f}%" for _, v in pairs]
    pie.simpleLabels = True
    pie.sideLabels = False
    pie.slices.fontName = fonts["song"]
    pie.slices.fontSize = LABEL_SIZE
    pie.slices.labelRadius = 0.7
    pie.slices.fontColor = colors.white
    pie.slices.strokeColor = colors.white
    pie.slices.strokeWidth = 1
    for i in range(len(pairs)):
        pie.slices[i].fillColor = CHART_COLOURS[i % len(CHART_COLOURS)]
    drawing.add(pie)
    names = [f"{l}：{format_number(v)}{unit}" for l, v in pairs]
    legend = _legend(fonts["song"], names, pie.x + size + 40, height / 2 + 7 * len(pairs), columns=1)
    legend.alignment = "right"
    legend.deltay = 14
    drawing.add(legend)
    return drawing


def hbar_chart(labels, values, width, fonts, *, suffix="%", value_max=100):
    """Horizontal bars (one per label), e.g. satisfaction rates on a 0-100 scale."""
    pairs = [(l, v) for l, v in zip(labels, values) if v is not None]
    if not pairs:
        return None
    height = 30 + 22 * len(pairs)
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 130, 20
    chart.width, chart.height = width - 175, height - 30
    chart.data = [[v for _, v in reversed(pairs)]]
    chart.categoryAxis.categoryNames = [l for l, _ in reversed(pairs)]
    chart.categoryAxis.labels.fontName = fonts["song"]
    chart.categoryAxis.labels.fontSize = LABEL_SIZE
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = value_max
    chart.valueAxis.labels.fontName = fonts["song"]
    chart.valueAxis.labels.fontSize = LABEL_SIZE
    chart.bars[0].fillColor = CHART_COLOURS[0]
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = lambda v: _fmt(v, suffix)
    chart.barLabels.fontName = fonts["song"]
    chart.barLabels.fontSize = LABEL_SIZE - 0.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing
