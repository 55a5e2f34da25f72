from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from vqdesk.core.session import Session
from vqdesk.ui.commands import SetNarrativeCommand
from vqdesk.ui.pages.narrative_editor import NarrativeEditor


def _type(widget, text):
    """Key presses carrying Chinese text (QTest.keyClicks accepts ASCII only)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def test_section_editor_typing_saves_to_the_file(ctrl, report_path, qtbot):
    editor = NarrativeEditor(ctrl)
    qtbot.addWidget(editor)
    editor.set_key("talent.moral")
    _type(editor.edit, "坚持立德树人")
    qtbot.waitUntil(lambda: ctrl.session.narrative(2025, "talent.moral") != "", timeout=3000)
    with Session.open(report_path, readonly=True) as reopened:
        assert reopened.narrative(2025, "talent.moral") == "坚持立德树人"
    assert editor.count_label.text() == "6 字 / 建议 150–2500 字"


def test_section_editor_consecutive_saves_are_one_undo_step(ctrl):
    ctrl.push(SetNarrativeCommand(ctrl, "talent.moral", "一是"))
    ctrl.push(SetNarrativeCommand(ctrl, "talent.moral", "一是加强思政"))
    assert ctrl.undo_stack.count() == 1
    ctrl.undo_stack.undo()
    assert ctrl.session.narrative(2025, "talent.moral") == ""


def test_section_editor_preview_renders_bound_fields(ctrl, qtbot):
    editor = NarrativeEditor(ctrl)
    qtbot.addWidget(editor)
    editor.set_key("talent.moral")
    editor.edit.setPlainText("毕业生{{[1.1]}}人。")
    editor.preview_button.setChecked(True)
    assert editor.preview.toPlainText() == "毕业生500人。"
