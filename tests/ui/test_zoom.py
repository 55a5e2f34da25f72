"""Ctrl+= / Ctrl+- / Ctrl+0 change the editors' text size, and the size is remembered."""

import warnings

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTextEdit

from vqdesk.ui.app import make_app, open_window
from vqdesk.ui.settings import editor_zoom


def _window(path, qtbot):
    window = open_window(path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(window)  # offscreen windows are not activated by showing
    window.nav.setFocus()
    return window


def _sizes(window, part_key):
    """(block text, table grid, navigation) font sizes in points."""
    window.nav.select_key(part_key(window.ctrl, "basic.overview"))
    text = window.pages["node"].findChild(QTextEdit)
    text.ensurePolished()
    window.nav.select_key(("table", 1))
    grid = window.pages["table"].view
    grid.ensurePolished()
    return text.font().pointSizeF(), grid.font().pointSizeF(), window.nav.font().pointSizeF()


def _keys(qtbot, window, key, times=1):
    for _ in range(times):
        qtbot.keyClick(window.focusWidget() or window, key, Qt.KeyboardModifier.ControlModifier)


def test_zoom_keys_scale_the_editors_and_are_remembered(report_path, qtbot, part_key):
    make_app()                                                  # the application's style sheet and font
    window = _window(report_path, qtbot)
    text, grid, nav = _sizes(window, part_key)
    assert (text, grid, nav) == (11, 10, 10)
    _keys(qtbot, window, Qt.Key.Key_Equal, 2)                   # 100 → 110 → 125 %
    assert editor_zoom() == 125
    assert _sizes(window, part_key) == (text * 1.25, grid * 1.25, nav)   # the navigation keeps its size
    assert window.pages["table"].view.verticalHeader().defaultSectionSize() == 35   # rows: 28 → 35
    window.close()
    again = _window(report_path, qtbot)                         # the next window opens zoomed
    assert _sizes(again, part_key) == (text * 1.25, grid * 1.25, nav)
    _keys(qtbot, again, Qt.Key.Key_Minus)
    assert editor_zoom() == 110
    _keys(qtbot, again, Qt.Key.Key_0)
    assert (editor_zoom(), _sizes(again, part_key)) == (100, (text, grid, nav))
    again.close()
