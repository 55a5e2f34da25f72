"""Ctrl+Z after renaming a heading in place (F2 in the tree) undoes the rename — from the tree,
and from a text block, where Ctrl+Z is the app's 撤销 too (typing first becomes a step)."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit


def _rename_with_f2(window, qtbot, key, title):
    window.nav.select_key(key)
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_F2)
    editor = window.nav.viewport().findChild(QLineEdit)
    editor.setText(title)
    count = window.ctrl.undo_stack.count()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.ctrl.undo_stack.count() == count + 1)


def _ctrl_z(qtbot):
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def test_ctrl_z_after_f2_undoes_the_rename(window, qtbot, part_key):
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)          # the window's own shortcuts are live
    key = part_key(window.ctrl, "basic.overview")
    _rename_with_f2(window, qtbot, key, "学校简介")
    assert window.ctrl.data.document.node(key[1]).title == "学校简介"
    assert QApplication.focusWidget() is window.nav                     # not an editor on the page
    _ctrl_z(qtbot)
    assert window.ctrl.data.document.node(key[1]).title == "概况"
    QTest.keySequence(window.nav, QKeySequence(QKeySequence.StandardKey.Redo))
    assert window.ctrl.data.document.node(key[1]).title == "学校简介"


def test_ctrl_z_in_a_text_block_is_the_apps_undo(window, qtbot, part_key):
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)          # the window's own shortcuts are live
    key = part_key(window.ctrl, "basic.overview")
    _rename_with_f2(window, qtbot, key, "学校简介")
    edit = window.pages["node"].column.frames[0].editor.edit
    edit.setFocus()
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(edit, "abc")                                        # not saved yet (typing pauses first)
    _ctrl_z(qtbot)                                                      # saved, then undone as one step
    node = window.ctrl.data.document.node(key[1])
    assert (node.text(), node.title, edit.toPlainText()) == ("学校创办于一九六二年。", "学校简介", "学校创办于一九六二年。")
    _ctrl_z(qtbot)                                                      # then the rename
    assert window.ctrl.data.document.node(key[1]).title == "概况"
    _ctrl_z(qtbot)                                                      # nothing left: the text stays
    assert edit.toPlainText() == "学校创办于一九六二年。"
