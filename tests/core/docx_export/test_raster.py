"""The Pillow renderer paints a reportlab Drawing as the PDF shows it: compared, pixel by pixel,
with poppler's rendering of the same drawing as a PDF (pdftoppm)."""

import io
import shutil
import subprocess

import pytest
from PIL import Image, ImageChops, ImageFilter
from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing, Group, Line, Rect, String
from reportlab.lib import colors

from vqdesk.core.docx_export.raster import drawing_png
from vqdesk.core.pdf.chart_block import DRAW
from vqdesk.core.pdf.chart_marks import fit_height
from vqdesk.core.pdf.fonts import resolve_fonts

needs_poppler = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
DPI = 100
CHARTS = {
    "bar": (["机电", "汽修", "计算机", "电商", "会计", "物流", "旅游", "数控"],
            [("在校生", [320, 280, 410, 150, 90, 120, 60, 200])], "人"),       # rotated labels
    "stacked_bar": (["一年级", "二年级", "三年级"], [("优秀", [30, 40, 35]), ("良好", [60, 50, 70])], "人"),
    "line": (["2023年", "2024年", "2025年"], [("就业率", [95.1, 96.2, 98.1]), ("升学率", [40, 45, 52])], "%"),
    "hbar": (["教学满意度", "管理满意度", "后勤满意度"], [("满意度", [96.5, 94.2, 91.0])], "%"),
    "pie": (["文化课", "专业课", "实习", "思政课", "美育课"], [("学时", [1200, 1800, 900, 200, 100])], "学时"),
    "radar": (["师德", "教学", "科研", "实践", "服务"], [("2024", [80, 70, 60, 90, 75]), ("2025", [85, 78, 65, 92, 80])],
              "分"),
}


def _poppler(drawing, tmp_path) -> Image.Image:
    pdf = tmp_path / "d.pdf"
    renderPDF.drawToFile(drawing, str(pdf))
    subprocess.run(["pdftoppm", "-r", str(DPI), "-png", "-singlefile", str(pdf), str(tmp_path / "d")], check=True)
    return Image.open(tmp_path / "d.png").convert("L")


def _mine(drawing) -> Image.Image:
    return Image.open(io.BytesIO(drawing_png(drawing, dpi=DPI))).convert("L")


def _same_size(a, b):
    w, h = min(a.width, b.width), min(a.height, b.height)
    return a.crop((0, 0, w, h)), b.crop((0, 0, w, h))


def _found(ink_of: Image.Image, within: Image.Image) -> float:
    """Share of `ink_of`'s dark pixels that are dark in `within` too, a pixel's slack allowed."""
    near = within.filter(ImageFilter.MinFilter(3))
    dark = [(x, y) for y in range(ink_of.height) for x in range(ink_of.width) if ink_of.getpixel((x, y)) < 128]
    return sum(near.getpixel(p) < 160 for p in dark) / max(len(dark), 1)


def _far_off(a, b) -> float:
    """Share of (half-size) pixels whose grey differs by more than a third of the scale."""
    small = (a.width // 2, a.height // 2)
    diff = ImageChops.difference(a.resize(small, Image.Resampling.BOX), b.resize(small, Image.Resampling.BOX))
    return sum(diff.histogram()[86:]) / (small[0] * small[1])


@needs_poppler
def test_strings_land_where_the_pdf_puts_them(tmp_path):
    fonts = resolve_fonts()
    d = Drawing(300, 120, initialFontName=fonts["song"])
    d.add(String(10, 90, "左起 Start 2025年", fontName=fonts["song"], fontSize=14))
    d.add(String(150, 60, "居中 middle", fontName=fonts["hei"], fontSize=12, textAnchor="middle"))
    d.add(String(290, 30, "右对齐 end", fontName=fonts["song"], fontSize=12, textAnchor="end"))
    d.add(Group(String(0, 0, "斜排标签", fontName=fonts["song"], fontSize=12), transform=(0.866, 0.5, -0.5, 0.866, 40, 10)))
    mine, ref = _same_size(_mine(d), _poppler(d, tmp_path))
    assert _found(ref, mine) > 0.97 and _found(mine, ref) > 0.97


@needs_poppler
@pytest.mark.parametrize("kind", sorted(CHARTS))
def test_charts_look_as_in_the_pdf(kind, tmp_path):
    labels, series, unit = CHARTS[kind]
    fonts = resolve_fonts()
    drawing = DRAW[kind](labels, series, 442, fonts, unit)
    fit_height(drawing)
    drawing.initialFontName = fonts["song"]
    mine, ref = _same_size(_mine(drawing), _poppler(drawing, tmp_path))
    assert abs(mine.height - ref.height) <= 1
    assert _far_off(mine, ref) < 0.01
    assert _found(ref, mine) > 0.97 and _found(mine, ref) > 0.97


def test_fills_strokes_dashes_and_transparency():
    d = Drawing(100, 50)
    d.add(Rect(0, 0, 50, 50, fillColor=colors.red, strokeColor=None))
    d.add(Rect(50, 0, 50, 50, fillColor=colors.Color(0, 0, 1, alpha=0.5), strokeColor=None))
    d.add(Line(0, 25, 100, 25, strokeColor=colors.black, strokeWidth=2, strokeDashArray=(10, 10)))
    image = Image.open(io.BytesIO(drawing_png(d, dpi=72))).convert("RGB")
    assert image.size == (100, 50)
    assert image.getpixel((25, 10)) == (255, 0, 0)
    r, g, b = image.getpixel((75, 10))
    assert abs(r - 128) <= 2 and abs(g - 128) <= 2 and b == 255           # half blue over white
    line = [image.getpixel((x, 25))[0] for x in range(100)]
    assert line[5] < 40 and line[15] > 200 and line[25] < 40 and line[35] > 200    # dashes, then gaps
    assert image.getpixel((25, 40)) == (255, 0, 0)                             # y grows upwards
    assert image.getpixel((25, 5))[0] == 255
