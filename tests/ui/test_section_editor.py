from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from vqdesk.core.session import Session
from vqdesk.ui.commands_document import SetTextCommand
from vqdesk.ui.pages.narrative_editor import NarrativeEditor


def _type(widget, text):
    """Key presses carrying Chinese text (QTest.keyClicks accepts ASCII only)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def test_section_editor_typing_saves_the_headings_text_to_the_file(ctrl, report_path, qtbot, part_key):
    editor = NarrativeEditor(ctrl)
    qtbot.addWidget(editor)
    key = part_key(ctrl, "talent.moral")
    editor.set_key(key)
    _type(editor.edit, "坚持立德树人")
    qtbot.waitUntil(lambda: ctrl.session.node_text(key[1]) != "", timeout=3000)
    with Session.open(report_path, readonly=True) as reopened:
        assert reopened.node_text(key[1]) == "坚持立德树人"
        assert reopened.part_node(2025, "talent.moral").text() == "坚持立德树人"
    assert editor.count_label.text() == "6 字 / 建议 150–2500 字"


def test_section_editor_counts_the_sub_headings_text_against_the_editions_bounds(ctrl, part_key):
    key = part_key(ctrl, "basic.overview")
    child = ctrl.session.add_node(2025, key[1], "办学历史")
    ctrl.session.set_node_text(child.id, "学校创办于一九六二年。" * 15)
    ctrl.reload()
    editor = NarrativeEditor(ctrl)
    editor.set_key(key)
    assert editor.count_label.text() == "10 字（含下级标题共 160 字） / 建议 150–2500 字"
    assert editor.count_label.property("outside") is False


def test_section_editor_shows_and_replaces_the_migrated_text(ctrl, part_key):
    editor = NarrativeEditor(ctrl)
    key = part_key(ctrl, "basic.overview")
    editor.set_key(key)
    assert editor.edit.toPlainText() == "学校创办于一九六二年。"
    editor.edit.setPlainText("学校创办于一九六二年，位于示例市。")
    editor.save()
    assert ctrl.session.node_text(key[1]) == "学校创办于一九六二年，位于示例市。"
    assert [b.kind for b in ctrl.data.document.node(key[1]).blocks].count("text") == 1   # edited in place


def test_section_editor_consecutive_saves_are_one_undo_step(ctrl, part_key):
    key = part_key(ctrl, "talent.moral")
    ctrl.push(SetTextCommand(ctrl, key, "一是"))
    ctrl.push(SetTextCommand(ctrl, key, "一是加强思政"))
    assert ctrl.undo_stack.count() == 1
    ctrl.undo_stack.undo()
    assert ctrl.session.node_text(key[1]) == ""


def test_preface_editor_edits_the_preface_setting(ctrl):
    editor = NarrativeEditor(ctrl)
    editor.set_key(("front",))
    editor.edit.setPlainText("本报告依据……编写。")
    editor.save()
    assert ctrl.session.settings(2025)["preface"]["text"] == "本报告依据……编写。"
    ctrl.undo_stack.undo()
    assert ctrl.session.settings(2025)["preface"]["text"] == ""
    assert editor.edit.toPlainText() == ""


def test_section_editor_preview_renders_bound_fields(ctrl, qtbot, part_key):
    editor = NarrativeEditor(ctrl)
    qtbot.addWidget(editor)
    editor.set_key(part_key(ctrl, "talent.moral"))
    editor.edit.setPlainText("毕业生{{[1.1]}}人。")
    editor.preview_button.setChecked(True)
    assert editor.preview.toPlainText() == "毕业生500人。"
