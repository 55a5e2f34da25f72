"""The wheel over an unfocused dropdown scrolls the form instead of changing the value."""

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QScrollArea

from vqdesk.ui.app import open_window


def _wheel(widget, steps=-1):
    """One wheel notch (down) over the middle of `widget`, delivered as Qt delivers a real one."""
    pos = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(pos, QPointF(widget.mapToGlobal(pos.toPoint())), QPoint(0, 0), QPoint(0, 120 * steps),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def _profile_window(report_path, qtbot):
    window = open_window(report_path)
    qtbot.addWidget(window)
    window.resize(900, 500)            # short enough that the form scrolls
    window.show()
    window.nav.select_key(("profile",))
    qtbot.waitExposed(window)
    return window


def test_wheel_over_an_unfocused_dropdown_scrolls_the_profile_form(report_path, qtbot):
    window = _profile_window(report_path, qtbot)
    page = window.pages["profile"]
    combo = page.editors["nature"]
    scroll = page.findChild(QScrollArea)
    window.nav.setFocus()
    assert isinstance(combo, QComboBox) and combo.currentText() == "" and not combo.hasFocus()
    assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus     # a wheel turn does not focus it
    before = scroll.verticalScrollBar().value()
    _wheel(combo)
    assert combo.currentText() == ""                              # unchanged
    assert scroll.verticalScrollBar().value() > before            # the form scrolled instead
    window.close()


def test_wheel_over_a_focused_dropdown_still_changes_it(report_path, qtbot):
    window = _profile_window(report_path, qtbot)
    combo = window.pages["profile"].editors["nature"]
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    _wheel(combo)
    assert combo.currentText() == "公办"
    window.close()
