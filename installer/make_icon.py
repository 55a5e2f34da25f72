"""Draw the application icon (a report page with a bar chart) into resources/icons/.

Run once after changing the drawing: python installer/make_icon.py
Writes vqdesk.png (256 px, for Linux and the window) and vqdesk.ico (16–256 px, for Windows).
Qt draws the picture; Pillow (already installed with reportlab) packs the sizes into the .ico.
"""

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402
from PySide6.QtCore import QBuffer, QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen  # noqa: E402

ICONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"
ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]
PAGE, OUTLINE, FOLD = QColor("#ffffff"), QColor("#1f5fa8"), QColor("#cfe0f3")
BARS = [(0.42, QColor("#3b82c4")), (0.64, QColor("#2e9d5b")), (0.88, QColor("#e08a1e"))]


def draw(size: int) -> QImage:
    """The icon drawn on a 256-unit canvas scaled to `size`, so every size has the same shape."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(size / 256, size / 256)
    _page(p)
    _bars(p)
    p.end()
    return image


def _page(p: QPainter) -> None:
    left, top, right, bottom, fold = 40, 16, 216, 240, 52
    page = QPainterPath()
    page.moveTo(left, top)
    page.lineTo(right - fold, top)
    page.lineTo(right, top + fold)
    page.lineTo(right, bottom)
    page.lineTo(left, bottom)
    page.closeSubpath()
    p.setPen(QPen(OUTLINE, 14, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
    p.setBrush(PAGE)
    p.drawPath(page)
    corner = QPainterPath()
    corner.moveTo(right - fold, top)
    corner.lineTo(right - fold, top + fold)
    corner.lineTo(right, top + fold)
    corner.closeSubpath()
    p.setBrush(FOLD)
    p.drawPath(corner)


def _bars(p: QPainter) -> None:
    base, height, width, gap, first = 212, 140, 34, 16, 72
    p.setPen(Qt.PenStyle.NoPen)
    for i, (share, colour) in enumerate(BARS):
        bar_height = height * share
        p.setBrush(colour)
        p.drawRoundedRect(QRectF(first + i * (width + gap), base - bar_height, width, bar_height), 4, 4)
    p.setPen(QPen(OUTLINE, 8, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    p.drawLine(QPointF(62, base), QPointF(194, base))


def to_pillow(image: QImage) -> Image.Image:
    buffer = QBuffer()
    buffer.open(QBuffer.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGBA")


def main() -> int:
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    ICONS_DIR.mkdir(parents=True, exist_ok=True)
    draw(256).save(str(ICONS_DIR / "vqdesk.png"), "PNG")
    # Each size is drawn on its own (not scaled down from 256 px) so small sizes stay sharp.
    images = [to_pillow(draw(size)) for size in ICO_SIZES]
    images[-1].save(ICONS_DIR / "vqdesk.ico", format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                    append_images=images[:-1])
    print(f"已写出 {ICONS_DIR / 'vqdesk.png'} 和 {ICONS_DIR / 'vqdesk.ico'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
