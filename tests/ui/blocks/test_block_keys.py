"""Keys inside the blocks are the blocks' own where the window also has a shortcut: Ctrl+V in an
empty free table pastes the block from Excel (not the window's 粘贴), F2 on a photo edits its
caption (not the heading's title)."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtWidgets import QAbstractItemView, QLineEdit

from vqdesk.ui.blocks.photo_files import add_photo_files
from vqdesk.ui.blocks.table_block import new_free_table


def test_ctrl_v_in_an_empty_free_table_takes_the_pasted_block(window, add_block, blocks_of, qtbot):
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)          # the window's own shortcuts are live
    frame = add_block(new_free_table("t9"))
    grid = frame.editor.grid
    grid.setFocus()
    grid.setCurrentCell(grid.rowCount() - 2, 0)
    QGuiApplication.clipboard().setText("专业\t人数\n汽修\t30\n焊接\t20\n")
    qtbot.keyClick(grid, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    table = next(b for b in blocks_of() if b.get("ref") == "t9")
    assert (table["columns"], table["rows"]) == (["专业", "人数"], [["汽修", 30], ["焊接", 20]])


def test_f2_on_a_photo_edits_its_caption(window, add_block, qtbot, tmp_path):
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)          # the window's own shortcuts are live
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    image.save(str(tmp_path / "a.png"))
    node_id = add_block({"kind": "text", "text": "正文。"}).column.node_id
    block_id = add_photo_files(window.ctrl, node_id, [str(tmp_path / "a.png")])
    photos = window.pages["node"].column.frame_of(block_id).editor.list
    photos.setFocus()
    photos.setCurrentRow(0)
    qtbot.keyClick(photos, Qt.Key.Key_F2)
    assert photos.state() == QAbstractItemView.State.EditingState
    assert window.nav.viewport().findChild(QLineEdit) is None          # the tree is not renaming
