"""The mouse wheel scrolls the page; it changes a dropdown or spin box only once that has the
focus (clicked or tabbed into).  One application-wide event filter, so every form gets it."""

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QApplication, QComboBox

GUARDED = (QComboBox, QAbstractSpinBox)


class WheelGuard(QObject):
    def eventFilter(self, obj, event):
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(obj, GUARDED):
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


def install_wheel_guard(app):
    """Once per application (the app's start and each main window call this)."""
    if app.property("vqdeskWheelGuard"):
        return
    app.setProperty("vqdeskWheelGuard", True)
    app.installEventFilter(WheelGuard(app))
