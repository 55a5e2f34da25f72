"""Small state icons drawn with QPainter, so the application needs no icon files."""

from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap

EMPTY, PARTIAL, DONE, ERROR, WARNING = "empty", "partial", "done", "error", "warning"
STATE_LABELS = {EMPTY: "未填写", PARTIAL: "填写中", DONE: "已完成", ERROR: "有错误", WARNING: "有警告"}
COLOURS = {EMPTY: "#b0b4ba", PARTIAL: "#3b82c4", DONE: "#2e9d5b", ERROR: "#d64541",
           WARNING: "#e0a100", "info": "#3b82c4"}
SIZE = 16


@lru_cache(maxsize=64)
def state_icon(state: str, count: int = 0) -> QIcon:
    """A 16 px circle: hollow (未填写), half (填写中), check (已完成), red/amber with a count."""
    scale = 2  # drawn at 2x so it stays sharp on high-dpi screens
    pixmap = QPixmap(SIZE * scale, SIZE * scale)
    pixmap.fill(Qt.GlobalColor.transparent)
    pixmap.setDevicePixelRatio(scale)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor(COLOURS[state])
    rect = QRectF(1.5, 1.5, SIZE - 3, SIZE - 3)
    if state == EMPTY:
        p.setPen(QPen(colour, 1.6))
        p.drawEllipse(rect)
    elif state == PARTIAL:
        p.setPen(QPen(colour, 1.6))
        p.drawEllipse(rect)
        path = QPainterPath()
        path.moveTo(rect.center())
        path.arcTo(rect, 90, 180)
        p.fillPath(path, colour)
    elif state == DONE:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour)
        p.drawEllipse(rect)
        p.setPen(_white_pen())
        p.drawPolyline([QPointF(4.6, 8.2), QPointF(7.0, 10.6), QPointF(11.4, 5.6)])
    else:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour)
        p.drawEllipse(rect)
        p.setPen(QColor("white"))
        font = QFont()
        font.setPixelSize(10 if count < 10 else 8)
        font.setBold(True)
        p.setFont(font)
        text = "!" if count <= 0 else (str(count) if count < 100 else "99")
        p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
    p.end()
    return QIcon(pixmap)


def _white_pen() -> QPen:
    pen = QPen(QColor("white"), 1.8)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


@lru_cache(maxsize=8)
def severity_icon(severity: str) -> QIcon:
    state = {"error": ERROR, "warning": WARNING}.get(severity, "info")
    if state == "info":
        pixmap = QPixmap(SIZE * 2, SIZE * 2)
        pixmap.fill(Qt.GlobalColor.transparent)
        pixmap.setDevicePixelRatio(2)
        p = QPainter(pixmap)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(COLOURS["info"]))
        p.drawEllipse(QRectF(1.5, 1.5, SIZE - 3, SIZE - 3))
        p.setPen(QColor("white"))
        font = QFont()
        font.setPixelSize(10)
        font.setBold(True)
        p.setFont(font)
        p.drawText(QRectF(1.5, 1.5, SIZE - 3, SIZE - 3), Qt.AlignmentFlag.AlignCenter, "i")
        p.end()
        return QIcon(pixmap)
    return state_icon(state, -1)
