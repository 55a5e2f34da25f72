"""Round charts: pie, ring (doughnut) and radar (SpiderChart), same calling convention as charts."""

import math

from reportlab.graphics.charts.doughnut import Doughnut
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.charts.spider import SpiderChart
from reportlab.graphics.shapes import Drawing, PolyLine, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.attrmap import AttrMap, AttrMapValue
from reportlab.lib.validators import isNumber

from vqdesk.core.kinds import format_number
from vqdesk.core.pdf.chart_marks import colour, dash, ink_on, marker
from vqdesk.core.pdf.charts import LABEL_SIZE, _bottom_legend, fmt, has_data, legend, legend_height, nice_max


def _shares(labels, series):
    """(label, value) of the first series' positive values: the slices of a pie."""
    values = series[0][1] if series else []
    return [(str(label), v) for label, v in zip(labels, values) if isinstance(v, (int, float)) and v > 0]


def _shares_legend(drawing, fonts, pairs, unit, x, height):
    """Each share's value and percentage, right of the pie and never past the drawing's right edge."""
    total = sum(v for _, v in pairs)
    names = [f"{label}：{format_number(round(v, 2))}{unit}（{v / total * 100:.1f}%）" for label, v in pairs]
    widest = max(stringWidth(n, fonts["song"], LABEL_SIZE) for n in names)
    x = min(x, drawing.width - widest - 7 - 10 - 2)        # swatch 7, reportlab's text gap 10
    box = legend(fonts["song"], names, x, height / 2 + 7 * len(pairs), columns=1)
    box.deltay = 14
    drawing.add(box)


def pie_chart(labels, series, width, fonts, unit="", *, height=190):
    """A pie labelled on its slices, with a legend giving each share's value and percentage."""
    return _round(Pie(), labels, series, width, fonts, unit, height)


def ring_chart(labels, series, width, fonts, unit="", *, height=190):
    """A doughnut: the pie with a hole, the total printed in the middle."""
    return _round(Doughnut(), labels, series, width, fonts, unit, height)


SMALL_SHARE = 0.1          # a slice under a tenth is labelled outside, on a leader line
PIE_LEFT = 0.2             # the pie's left edge, as a share of the width: room for labels on the left


def _round(chart, labels, series, width, fonts, unit, height):
    pairs = _shares(labels, series)
    if not pairs:
        return None
    total = sum(v for _, v in pairs)
    drawing = Drawing(width, height)
    size = height - 30
    chart.x, chart.y, chart.width, chart.height = width * PIE_LEFT, 15, size, size
    chart.data = [v for _, v in pairs]
    chart.labels = None
    chart.slices.strokeColor = colors.white
    chart.slices.strokeWidth = 1
    ring = isinstance(chart, Doughnut)
    if ring:
        chart.innerRadiusFraction = 0.5
    for i in range(len(pairs)):
        chart.slices[i].fillColor = colour(i)
    drawing.add(chart)
    slice_labels(drawing, fonts, pairs, chart.x + size / 2, chart.y + size / 2, size / 2, 0.75 if ring else 0.62)
    if ring:
        drawing.add(String(chart.x + size / 2, 15 + size / 2 - 4, f"{format_number(round(total, 2))}{unit}",
                           fontName=fonts["hei"], fontSize=LABEL_SIZE + 1.5, textAnchor="middle"))
    _shares_legend(drawing, fonts, pairs, unit, chart.x + size + 80, height)
    return drawing


def slice_labels(drawing, fonts, pairs, cx, cy, r, inside):
    """Each slice's share printed on it; a small slice's name and share outside, on a leader line
    from its rim, the outside labels of each side spread so they never overlap."""
    total = sum(v for _, v in pairs)
    done, outside = 0.0, {True: [], False: []}
    for i, (label, v) in enumerate(pairs):
        mid = math.radians(90 - 360 * (done + v / 2) / total)     # reportlab: from 12 o'clock, clockwise
        done += v
        share = f"{v / total * 100:.1f}%"
        ux, uy = math.cos(mid), math.sin(mid)
        if v / total >= SMALL_SHARE:
            ink = ink_on(colour(i))
            for dy, text in ((1, label), (-LABEL_SIZE - 0.5, share)):
                drawing.add(String(cx + ux * r * inside, cy + uy * r * inside + dy, text, fontName=fonts["song"],
                                   fontSize=LABEL_SIZE - 0.5, fillColor=ink, textAnchor="middle"))
        else:
            outside[ux >= 0].append((cy + uy * r * 1.12, cx + ux * r, cy + uy * r, f"{label} {share}"))
    for right, items in outside.items():
        items.sort(key=lambda t: -t[0])
        y_prev = None
        for want, x0, y0, text in items:
            y = want if y_prev is None else min(want, y_prev - LABEL_SIZE - 2)
            y_prev = y
            x_end = cx + (r + 14 if right else -r - 14)
            elbow_x = x0 + (6 if right else -6)
            drawing.add(PolyLine([x0, y0, elbow_x, y + 2.5, x_end, y + 2.5],
                                 strokeColor=colors.Color(0.35, 0.35, 0.35), strokeWidth=0.5))
            drawing.add(String(x_end + (2 if right else -2), y, text, fontName=fonts["song"],
                               fontSize=LABEL_SIZE - 0.5, textAnchor="start" if right else "end"))


class _ScaledSpider(SpiderChart):
    """A SpiderChart on a fixed scale (0–scaleMax) instead of reportlab's 0–largest value."""
    _attrMap = AttrMap(BASE=SpiderChart, scaleMax=AttrMapValue(isNumber, desc="value at the rim"))

    def __init__(self):
        super().__init__()
        self.scaleMax = 1

    def normalizeData(self, outer=0.0):
        self._norm = self.scaleMax
        return [[(v or 0) / self.scaleMax for v in row] for row in self.data]


def _rings(drawing, cx, cy, radius, count, fonts, top):
    """Light reference polygons at a quarter, half, three quarters and the rim, with their values."""
    for step in (0.25, 0.5, 0.75, 1.0):
        points = []
        for i in range(count + 1):
            angle = math.pi / 2 + 2 * math.pi * i / count
            points += [cx + math.cos(angle) * radius * step, cy + math.sin(angle) * radius * step]
        drawing.add(PolyLine(points, strokeColor=colors.Color(0.85, 0.85, 0.85), strokeWidth=0.6))
        drawing.add(String(cx + 2, cy + radius * step + 1, fmt(top * step), fontName=fonts["song"],
                           fontSize=LABEL_SIZE - 2, fillColor=colors.Color(0.5, 0.5, 0.5)))


def radar_chart(labels, series, width, fonts, unit="", *, height=240):
    """A spider chart: one polygon per series over the labels (at least three)."""
    if len(labels) < 3 or not has_data(series):
        return None
    several = len(series) > 1
    drawing = Drawing(width, height)
    chart = _ScaledSpider()
    bottom = 12 + legend_height(series)
    size = height - bottom - 20
    chart.x, chart.y = (width - size) / 2, bottom
    chart.width = chart.height = size
    chart.data = [[v or 0 for v in values] for _, values in series]
    chart.labels = [str(label) for label in labels]
    top = max(max(row) for row in chart.data)
    percent = unit in ("%", "％")
    chart.spokes.strokeColor = colors.Color(0.8, 0.8, 0.8)
    chart.spokeLabels.fontName = fonts["song"]
    chart.spokeLabels.fontSize = LABEL_SIZE
    chart.strands.strokeWidth = 1.5
    chart.strandLabels.fontName = fonts["song"]
    chart.strandLabels.fontSize = LABEL_SIZE - 1
    for i in range(len(series)):
        chart.strands[i].strokeColor = colour(i)
        chart.strands[i].strokeDashArray = dash(i)
        chart.strands[i].symbol = marker(i, 5)
        chart.strands[i].fillColor = colors.Color(*colour(i).rgb(), alpha=0.12)
    chart.scaleMax = 100 if percent and top <= 100 else nice_max(top)
    _rings(drawing, chart.x + size / 2, chart.y + size / 2, size / 2, len(labels), fonts, chart.scaleMax)
    drawing.add(chart)
    if unit:
        drawing.add(String(4, chart.y + size + 8, f"单位：{unit}", fontName=fonts["song"], fontSize=LABEL_SIZE))
    if several:
        _bottom_legend(drawing, fonts, series, width, lines=True)
    return drawing
