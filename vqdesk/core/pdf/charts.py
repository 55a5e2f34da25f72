"""Vector charts with axes (reportlab.graphics) in the report's CJK fonts: bar, grouped_bar,
stacked_bar, line and hbar.  Pie, ring and radar are in charts_round.

Every function takes (labels, series = [(name, [value or None…])], width, fonts, unit) and
returns a Drawing sized to `width`, or None when there is nothing to draw.
"""

import math

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from vqdesk.core.kinds import format_number
from vqdesk.core.pdf.chart_marks import HatchedBars, Swatches, auto_swatch, colour, dash, marker

LABEL_SIZE = 8.5
GRID = colors.Color(0.85, 0.85, 0.85)


class _Bars(HatchedBars, VerticalBarChart):
    pass


class _HBars(HatchedBars, HorizontalBarChart):
    pass


def has_data(series) -> bool:
    return any(isinstance(v, (int, float)) and v != 0 for _, values in series for v in values)


def nice_max(value: float) -> float:
    """A round upper bound for an axis (1234 -> 1500, 96 -> 100)."""
    if value <= 0:
        return 1
    magnitude = 10 ** math.floor(math.log10(value))
    for step in (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        if step * magnitude >= value * 1.08:
            return step * magnitude
    return 10 * magnitude


def fmt(value, suffix=""):
    return "" if value is None else format_number(round(value, 2)) + suffix


def legend(font, names, x, y, columns=4, swatches=None):
    box = Legend()
    box.x, box.y = x, y
    box.fontName, box.fontSize = font, LABEL_SIZE
    box.alignment = "right"
    box.columnMaximum = max(1, math.ceil(len(names) / columns)) if columns > 1 else len(names)
    box.dx = box.dy = 7
    box.deltax = max(70, max(len(n) for n in names) * LABEL_SIZE + 20)
    box.colorNamePairs = [(auto_swatch(swatches, i) if swatches else colour(i), n) for i, n in enumerate(names)]
    return box


LEGEND_ROW = 13
LEGEND_COLUMNS = 4


def legend_height(series) -> float:
    """Room under the chart for its legend: none for one series."""
    return 0 if len(series) < 2 else 8 + LEGEND_ROW * math.ceil(len(series) / LEGEND_COLUMNS)


def _bottom_legend(drawing, fonts, series, width, lines=False):
    """The series names in rows of four, centred under the plot, each swatch drawn as its series is."""
    names = [n or f"系列{i + 1}" for i, (n, _) in enumerate(series)]
    rows = math.ceil(len(names) / LEGEND_COLUMNS)
    box = legend(fonts["song"], names, 0, 4 + LEGEND_ROW * rows, columns=LEGEND_COLUMNS,
                 swatches=Swatches(lines))
    box.columnMaximum, box.deltay = rows, LEGEND_ROW
    per_row = min(len(names), LEGEND_COLUMNS)
    box.x = max(10, (width - per_row * box.deltax) / 2)
    drawing.add(box)


def _unit_title(drawing, fonts, unit, chart, *, horizontal=False):
    """The unit at the value axis: above its top end, or (horizontal bars) past its right end."""
    if not unit:
        return
    if horizontal:
        x, y, anchor = chart.x + chart.width + 8, chart.y - 2 * LABEL_SIZE - 6, "end"
    else:
        x, y, anchor = chart.x, chart.y + chart.height + 7, "middle"
    drawing.add(String(x, y, f"单位：{unit}", fontName=fonts["song"], fontSize=LABEL_SIZE, textAnchor=anchor))


def _suffix(unit: str) -> str:
    return "%" if unit in ("%", "％") else ""


def _value_axis(axis, fonts, top):
    axis.valueMin = 0
    axis.valueMax = top
    axis.labels.fontName = fonts["song"]
    axis.labels.fontSize = LABEL_SIZE
    axis.visibleGrid = True
    axis.gridStrokeColor = GRID


def _category_axis(axis, fonts, labels):
    axis.categoryNames = [str(c) for c in labels]
    axis.labels.fontName = fonts["song"]
    axis.labels.fontSize = LABEL_SIZE if len(labels) <= 8 else 7


def bar_chart(labels, series, width, fonts, unit="", *, stacked=False, height=220):
    """Vertical bars, one colour per series, side by side or stacked."""
    if not labels or not has_data(series):
        return None
    several = len(series) > 1
    drawing = Drawing(width, height)
    chart = _Bars()
    rotated = len(labels) > 6
    longest = max(len(str(c)) for c in labels)
    chart.x = 46
    chart.y = 22 + legend_height(series) + (min(longest, 10) * LABEL_SIZE * 0.6 if rotated else 0)
    chart.width, chart.height = width - 64, height - chart.y - 20
    chart.data = [[v or 0 for v in values] for _, values in series]
    _category_axis(chart.categoryAxis, fonts, labels)
    if rotated:
        chart.categoryAxis.labels.angle = 30
        chart.categoryAxis.labels.boxAnchor = "ne"
    if stacked:
        chart.categoryAxis.style = "stacked"
        top = max(sum(v for v in column) for column in zip(*chart.data))
    else:
        top = max(max(row) for row in chart.data)
    _value_axis(chart.valueAxis, fonts, nice_max(top))
    suffix = _suffix(unit)
    chart.barLabelFormat = (lambda v: fmt(v, suffix) if v else "")
    chart.barLabels.fontName = fonts["song"]
    chart.barLabels.fontSize = LABEL_SIZE - 1
    chart.barLabels.nudge = 6
    chart.groupSpacing = 12
    for i in range(len(series)):
        chart.bars[i].fillColor = colour(i)
        chart.bars[i].strokeColor = colors.Color(0.25, 0.25, 0.25) if several else None
        chart.bars[i].strokeWidth = 0.4
    if stacked:                     # labels inside the segments, on a plain box over the hatching
        chart.barLabels.nudge = 0
        chart.barLabels.boxAnchor = "c"
        chart.barLabels.boxFillColor = colors.white
        chart.barLabels.fillColor = colors.black
        chart.barLabels.leftPadding = chart.barLabels.rightPadding = 1
        chart.barLabels.topPadding = chart.barLabels.bottomPadding = 0
    drawing.add(chart)
    _unit_title(drawing, fonts, unit, chart)
    if several:
        _bottom_legend(drawing, fonts, series, width)
    return drawing


def line_chart(labels, series, width, fonts, unit="", *, height=200):
    """One line per series with labelled points (trends over years)."""
    known = [v for _, values in series for v in values if isinstance(v, (int, float))]
    if not labels or not known:
        return None
    several = len(series) > 1
    drawing = Drawing(width, height)
    chart = HorizontalLineChart()
    chart.x, chart.y = 46, 26 + legend_height(series)
    chart.width, chart.height = width - 76, height - chart.y - 20
    chart.data = [[v if isinstance(v, (int, float)) else None for v in values] for _, values in series]
    _category_axis(chart.categoryAxis, fonts, labels)
    _value_axis(chart.valueAxis, fonts, nice_max(max(known)))
    for i in range(len(series)):
        chart.lines[i].strokeColor = colour(i)
        chart.lines[i].strokeWidth = 1.6
        chart.lines[i].strokeDashArray = dash(i)
        chart.lines[i].symbol = marker(i)
    drawing.add(chart)
    _point_labels(drawing, fonts, chart, _suffix(unit))
    _unit_title(drawing, fonts, unit, chart)
    if several:
        _bottom_legend(drawing, fonts, series, width, lines=True)
    return drawing


def _point_labels(drawing, fonts, chart, suffix):
    """Each point's value beside it: above the point, or below it where the label above would
    touch a neighbouring series' label; left out only when neither place is free."""
    top, count = chart.valueAxis.valueMax, len(chart.categoryAxis.categoryNames)
    step = chart.width / count
    for j in range(count):
        points = [(chart.y + v / top * chart.height, v) for row in chart.data
                  for v in ([row[j]] if j < len(row) else []) if v is not None]
        taken = []
        for y, v in sorted(points, reverse=True):
            for place in (y + 5, y - 5 - LABEL_SIZE):
                if all(abs(place - other) >= LABEL_SIZE + 0.5 for other in taken):
                    taken.append(place)
                    drawing.add(String(chart.x + (j + 0.5) * step, place, fmt(v, suffix), fontName=fonts["song"],
                                       fontSize=LABEL_SIZE - 0.5, textAnchor="middle"))
                    break


def hbar_chart(labels, series, width, fonts, unit=""):
    """Horizontal bars, one row per label (e.g. satisfaction rates on a 0–100 scale)."""
    if not labels or not has_data(series):
        return None
    several = len(series) > 1
    rows = len(labels) * len(series)
    height = 46 + 16 * rows + 8 * len(labels) + legend_height(series)
    drawing = Drawing(width, height)
    chart = _HBars()
    longest = max(len(str(c)) for c in labels)
    chart.x = min(max(longest, 4) * LABEL_SIZE + 12, width * 0.4)
    chart.y = 18 + legend_height(series) + (LABEL_SIZE + 4 if unit else 0)
    chart.width, chart.height = width - chart.x - 46, height - chart.y - 10
    # reportlab draws the first category at the bottom; reverse so the list reads downwards
    chart.data = [[v or 0 for v in reversed(values)] for _, values in series]
    _category_axis(chart.categoryAxis, fonts, list(reversed(labels)))
    top = max(max(row) for row in chart.data)
    percent = _suffix(unit) == "%"
    _value_axis(chart.valueAxis, fonts, 100 if percent and top <= 100 else nice_max(top))
    chart.valueAxis.visibleGrid = False
    for i in range(len(series)):
        chart.bars[i].fillColor = colour(i)
        chart.bars[i].strokeColor = colors.Color(0.25, 0.25, 0.25) if several else None
        chart.bars[i].strokeWidth = 0.4
    chart.barLabelFormat = (lambda v: fmt(v, _suffix(unit)) if v else "")
    chart.barLabels.fontName = fonts["song"]
    chart.barLabels.fontSize = LABEL_SIZE - 0.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    _unit_title(drawing, fonts, unit, chart, horizontal=True)
    if several:
        _bottom_legend(drawing, fonts, series, width)
    return drawing
