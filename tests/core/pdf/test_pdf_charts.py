"""Charts that survive grey print: series colours a luminance step apart, hatched bars, a marker
shape and dash per line, pie slices labelled directly (small ones outside on a leader line),
units at the value axis, and the caption a few points under the drawing."""

import math
import re
import subprocess
from itertools import combinations

import pytest
from reportlab.graphics.shapes import Line, PolyLine, String

from vqdesk.core.pdf import build_pdf, charts, charts_round
from vqdesk.core.pdf.chart_block import DRAW
from vqdesk.core.pdf.chart_marks import HATCH_WIDTH, fit_height, luminance
from vqdesk.core.pdf.fonts import resolve_fonts
from vqdesk.core.pdf.styles import CHART_COLOURS

from .reports import chart, node, png_bytes, report

LABELS = ["数控", "汽修", "电商", "护理"]
SERIES = [("2023年", [120, 98, 60, 40]), ("2024年", [130, 90, 70, 45]), ("2025年", [125, 95, 80, 50])]
PLAIN = {"declaration": {"enabled": False}, "publication": {"enabled": False}, "annex": {"enabled": False},
         "back_cover": {"enabled": False}}


@pytest.fixture(scope="module")
def fonts():
    return resolve_fonts()


def shapes(drawing):
    """Every primitive shape the drawing paints, widgets expanded."""
    out, stack = [], [drawing.expandUserNodes()]
    while stack:
        node = stack.pop()
        if hasattr(node, "contents"):
            stack.extend(node.contents)
        else:
            out.append(node)
    return out


def test_series_colours_are_a_luminance_step_apart():
    greys = [luminance(c) for c in CHART_COLOURS]
    assert all(abs(a - b) >= 0.08 for a, b in combinations(greys, 2)), greys
    assert all(abs(a - b) >= 0.15 for a, b in combinations(greys[:3], 2)), greys     # the usual 2–3 series


@pytest.mark.parametrize("kind", ["bar", "stacked_bar", "hbar"])
def test_bar_series_after_the_first_are_hatched_each_their_own_way(fonts, kind):
    drawing = DRAW[kind](LABELS, SERIES, 440, fonts, "人")
    hatching = [s for s in shapes(drawing) if isinstance(s, Line) and s.strokeWidth == HATCH_WIDTH]
    assert hatching
    slopes = {round(math.atan2(s.y2 - s.y1, s.x2 - s.x1), 2) for s in hatching}
    assert len(slopes) >= 2                                  # “/” and “\” at least: two patterns


def test_line_series_have_their_own_marker_and_dash(fonts):
    drawing = charts.line_chart(LABELS, SERIES, 440, fonts, "人")
    chart = next(c for c in drawing.contents if hasattr(c, "lines"))
    kinds = {chart.lines[i].symbol.kind for i in range(3)}
    dashes = {str(chart.lines[i].strokeDashArray) for i in range(3)}
    assert len(kinds) == 3 and len(dashes) == 3


def test_line_points_carry_their_values_without_overlapping(fonts):
    drawing = charts.line_chart(LABELS, SERIES, 440, fonts, "人")
    labels = [s for s in shapes(drawing) if isinstance(s, String) and re.fullmatch(r"\d+", s.text)
              and s.x > 60]
    assert {"130", "50"} <= {s.text for s in labels}
    assert len(labels) >= 2 * len(LABELS)
    for a, b in combinations(labels, 2):
        assert not (abs(a.x - b.x) < 12 and abs(a.y - b.y) < 8), (a.text, b.text)


@pytest.mark.parametrize("kind", ["pie", "ring"])
def test_pie_slices_labelled_directly_small_ones_outside_on_leader_lines(fonts, kind):
    names = ["文化课", "专业课", "思政课", "美育课", "体育课"]
    drawing = DRAW[kind](names, [("课时", [40, 22, 5, 3, 4])], 440, fonts, "学时")
    strings = [s for s in shapes(drawing) if isinstance(s, String)]
    size = 190 - 30
    cx, cy, r = 440 * charts_round.PIE_LEFT + size / 2, 15 + size / 2, size / 2
    inside = [s for s in strings if s.text in ("文化课", "专业课")]
    assert len(inside) == 2 and all(math.hypot(s.x - cx, s.y - cy) < r for s in inside)
    outside = [s for s in strings if re.fullmatch(r"(思政课|美育课|体育课) \d+\.\d%", s.text)]
    assert len(outside) == 3
    assert all(abs(s.x - cx) > r for s in outside)
    ys = sorted(s.y for s in outside)
    assert all(b - a >= 8 for a, b in zip(ys, ys[1:]))      # spread, never on top of each other
    leaders = [s for s in shapes(drawing) if isinstance(s, PolyLine)]
    assert len(leaders) == 3


@pytest.mark.parametrize("kind", ["bar", "stacked_bar", "line"])
def test_unit_sits_at_the_top_of_the_value_axis(fonts, kind):
    drawing = DRAW[kind](LABELS, SERIES, 440, fonts, "人")
    chart = next(c for c in drawing.contents if hasattr(c, "valueAxis"))
    unit = next(s for s in shapes(drawing) if isinstance(s, String) and s.text == "单位：人")
    assert abs(unit.x - chart.x) < 20
    assert 0 < unit.y - (chart.y + chart.height) < 14


def test_hbar_unit_sits_at_the_end_of_the_value_axis(fonts):
    drawing = charts.hbar_chart(LABELS, SERIES, 440, fonts, "%")
    chart = next(c for c in drawing.contents if hasattr(c, "valueAxis"))
    unit = next(s for s in shapes(drawing) if isinstance(s, String) and s.text == "单位：%")
    assert abs(unit.x - (chart.x + chart.width)) < 12 and unit.y < chart.y


@pytest.mark.parametrize("kind", sorted(DRAW))
def test_drawing_is_cropped_to_what_it_draws(fonts, kind):
    drawing = fit_height(DRAW[kind](LABELS, SERIES, 440, fonts, "人"))
    _, y0, _, y1 = drawing.getBounds()
    assert -0.5 <= y0 <= 3 and drawing.height - 3 <= y1 <= drawing.height + 0.5


@pytest.mark.parametrize("kind", sorted(set(DRAW) - {"pie", "ring"}))     # their foot is the disc, no text
def test_caption_follows_the_figure_within_a_line(tmp_path, kind):
    block = chart(kind, "专业在校生", LABELS, *SERIES, unit="人")
    out = build_pdf(report([node("图表", block)], settings=PLAIN), tmp_path / "c.pdf", final=True,
                    photo_data=lambda i: png_bytes())
    html = subprocess.run(["pdftotext", "-bbox", str(out), "-"], capture_output=True, check=True,
                          text=True).stdout
    page = [p for p in html.split("<page ") if "专业在校生" in p][-1]            # the body page, not 图目录
    words = [(float(a), float(b), w) for a, b, w in
             re.findall(r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">(.*?)</word>', page)]
    caption_top = next(top for top, _, w in words if "专业在校生" in w)
    above = max(bottom for _, bottom, w in words if bottom <= caption_top + 0.1 and "专业在校生" not in w)
    assert caption_top - above < 14, caption_top - above
