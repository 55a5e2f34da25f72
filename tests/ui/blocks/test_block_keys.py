"""Keys inside the blocks are the blocks' own where the window also has a shortcut: Ctrl+V in an
empty free table pastes the block from Excel (not the window's 粘贴), F2 on a photo edits its
caption (not the heading's title)."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtWidgets import QAbstractItemView, QLineEdit

from vqdesk.ui.blocks.photo_files import add_photo_files
from vqdesk.ui.blocks.table_block import new_free_table


def _active(window, qtbot):
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)          # the window's own shortcuts are live


def _ctrl_v_into_new_table(window, add_block, blocks_of, qtbot, ref: str, text: str) -> dict:
    """Ctrl+V of a copied block into a new, empty free table; the table as stored."""
    _active(window, qtbot)
    grid = add_block(new_free_table(ref)).editor.grid
    grid.setFocus()
    grid.setCurrentCell(grid.rowCount() - 2, 0)
    QGuiApplication.clipboard().setText(text)
    qtbot.keyClick(grid, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    return next(b for b in blocks_of() if b.get("ref") == ref)


def test_ctrl_v_in_an_empty_free_table_takes_the_pasted_block(window, add_block, blocks_of, qtbot):
    table = _ctrl_v_into_new_table(window, add_block, blocks_of, qtbot, "t9", "专业\t人数\n汽修\t30\n焊接\t20\n")
    assert (table["columns"], table["rows"]) == (["专业", "人数"], [["汽修", 30], ["焊接", 20]])


#: Anshan 数据表 1-2 as Excel copies it: merged upper headers are their text and blanks, the years
#: below them, the figures underneath.
TWO_ROW_HEADER = ("教职员工总数\t专任教师总数（人）\t\t\t双师型教师人数（人）\t\t\n"
                  "\t2021\t2022\t2023\t2021\t2022\t2023\n"
                  "1515\t1114\t1070\t1126\t465\t418\t480\n")


def test_a_block_with_a_merged_upper_header_keeps_both_header_rows(window, add_block, blocks_of, qtbot):
    table = _ctrl_v_into_new_table(window, add_block, blocks_of, qtbot, "t10", TWO_ROW_HEADER)
    assert table["columns"] == ["教职员工总数", "2021", "2022", "2023", "2021", "2022", "2023"]
    assert table["header_groups"] == [{"label": "", "span": 1}, {"label": "专任教师总数（人）", "span": 3},
                                      {"label": "双师型教师人数（人）", "span": 3}]
    assert table["rows"] == [[1515, 1114, 1070, 1126, 465, 418, 480]]      # no row of years


def test_a_block_whose_second_row_holds_figures_has_one_header_row(window, add_block, blocks_of, qtbot):
    """A blank header cell over a row of figures is a column without a name, not a merged header."""
    table = _ctrl_v_into_new_table(window, add_block, blocks_of, qtbot, "t11",
                                   "项目\t数量\t\n合作企业\t12\t家\n实训基地\t7\t个\n")
    assert (table["columns"], table["header_groups"]) == (["项目", "数量", "列3"], [])
    assert table["rows"] == [["合作企业", 12, "家"], ["实训基地", 7, "个"]]


def test_f2_on_a_photo_edits_its_caption(window, add_block, qtbot, tmp_path):
    _active(window, qtbot)
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
