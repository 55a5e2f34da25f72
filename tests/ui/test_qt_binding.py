"""The Qt binding must not leak references to None or True.

PySide6 6.12.0 on Python 3.10/3.11 drops one reference to None for every void Qt call and one to
True for every Signal.emit(); after a few hundred edits CPython aborts the whole application
("none_dealloc" / "bool_dealloc"). pyproject.toml excludes that release; this test keeps it out.
"""

import sys

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel


class _Emitter(QObject):
    changed = Signal(str, str)


def test_signals_and_void_calls_keep_none_and_true_alive(qtbot):
    emitter, label, timer = _Emitter(), QLabel(), QTimer()
    qtbot.addWidget(label)
    before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(500):
        emitter.changed.emit("value", "1.1")
        label.setText("已保存")
        timer.start(1000)
        timer.stop()
    after = sys.getrefcount(None), sys.getrefcount(True)
    # A little slack for objects created meanwhile; the faulty release loses 1 000 or more.
    assert after[0] >= before[0] - 50
    assert after[1] >= before[1] - 50

