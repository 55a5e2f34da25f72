"""Application-wide comfort, for every window and dialog at once:

- the mouse wheel scrolls the page; it changes a dropdown or spin box only once that has the
  focus (clicked or tabbed into);
- a dialog larger than the screen (a 1366×768 laptop at 1.5×) is shrunk to fit and kept on it."""

from PySide6.QtCore import QEvent, QObject, QPointF, QSize, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QApplication, QComboBox, QDialog

GUARDED = (QComboBox, QAbstractSpinBox)


class ComfortFilter(QObject):
    """One filter for both (each application filter costs a Python call per event)."""

    def eventFilter(self, obj, event):
        kind = event.type()
        if kind == QEvent.Type.Show:
            if isinstance(obj, QDialog) and obj.isWindow():
                fit_on_screen(obj)
        elif kind == QEvent.Type.Polish and isinstance(obj, GUARDED):
            # WheelFocus would give the widget the focus on the first wheel turn over it.
            if obj.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                obj.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        elif kind == QEvent.Type.Wheel and isinstance(obj, GUARDED) and not obj.hasFocus():
            _scroll_instead(obj, event)
            return True
        return False


def _scroll_instead(widget, event):
    """Hand the turn to the scroll area around `widget` (Qt does not pass a filtered wheel
    event on by itself when it was not spontaneous, so do it for both kinds)."""
    area = widget.parentWidget()
    while area is not None and not isinstance(area, QAbstractScrollArea):
        area = area.parentWidget()
    event.accept()
    if area is None:
        return
    viewport = area.viewport()
    pos = QPointF(viewport.mapFromGlobal(event.globalPosition().toPoint()))
    QApplication.sendEvent(viewport, QWheelEvent(
        pos, event.globalPosition(), event.pixelDelta(), event.angleDelta(), event.buttons(),
        event.modifiers(), event.phase(), event.inverted()))


def fit_on_screen(widget, frame=QSize(16, 40)):
    """Shrink `widget` to the screen's available geometry, less room for a frame and title bar,
    and move it back onto the screen."""
    screen = widget.screen()
    if screen is None:
        return
    area = screen.availableGeometry()
    width = min(widget.width(), area.width() - frame.width())
    height = min(widget.height(), area.height() - frame.height())
    if (width, height) != (widget.width(), widget.height()):
        widget.resize(max(width, 1), max(height, 1))
    x = min(max(widget.x(), area.left()), area.right() - widget.width())
    y = min(max(widget.y(), area.top()), area.bottom() - widget.height() - frame.height() + 8)
    if (x, y) != (widget.x(), widget.y()):
        widget.move(max(x, area.left()), max(y, area.top()))


def install_event_filters(app):
    """Once per application (the app's start and each main window call this)."""
    if app.property("vqdeskFilters"):
        return
    app.setProperty("vqdeskFilters", True)
    app.installEventFilter(ComfortFilter(app))
