"""The grids behave like Excel and WPS, tried in the real window with keys (QTest sends them
through the window's shortcuts, as real keys go) and the real clipboard."""

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication

from vqdesk.ui.grid_keys import menu_action
from vqdesk.ui.record_model import REFUSED_BG as LIST_REFUSED_BG
from vqdesk.ui.table_model import REFUSED_BG


@pytest.fixture
def window(active_window):
    return active_window


def _focus():
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def _type(qtbot, text: str):
    """Keys into whatever has the focus (the grid, then the editor it opened); Chinese characters
    arrive as an input method delivers them, as key events with text and no key code."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(_focus(), ch)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(_focus(), QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def _key(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(_focus(), key, modifier)
    QApplication.processEvents()          # Qt commits an editor on Enter in a queued call


def _list(window, list_id="majors"):
    window.nav.select_key(("list", list_id))
    page = window.current_page()
    page.view.setFocus()
    return page


def _table(window, no):
    window.nav.select_key(("table", no))
    page = window.current_page()
    page.view.setFocus()
    return page


def _cell(page, indicator_id, column="value"):
    return page.model.index(page.model.indicator_row(indicator_id), page.model.column_of(column))


def _majors(window):
    return [r.data for r in window.ctrl.session.records(2025, "majors")]


def test_tab_and_enter_in_a_record_list(window, qtbot, qtlog):
    page = _list(window)
    view = page.view
    view.setCurrentIndex(page.model.index(0, 2))           # 所属专业类 of the first major
    _type(qtbot, "装备制造大类")
    _key(qtbot, Qt.Key.Key_Tab)
    assert (view.currentIndex().row(), view.currentIndex().column()) == (0, 3)
    _type(qtbot, "5年")                                      # 学制, an everyday spelling, replacing 三年制
    _key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is view                # also out of a combo box's line edit
    _type(qtbot, "智能制造")
    _key(qtbot, Qt.Key.Key_Return)                           # back to the run's first column, next row
    assert (view.currentIndex().row(), view.currentIndex().column()) == (1, 2)
    assert _majors(window)[0] == {"code": "660301", "name": "机电技术应用", "category": "装备制造大类",
                                  "duration": "五年制（3+2）", "group": "智能制造"}
    assert page.model.pending == {}
    _key(qtbot, Qt.Key.Key_Tab)                               # Tab without an editor moves too
    _key(qtbot, Qt.Key.Key_Return)
    assert (view.currentIndex().row(), view.currentIndex().column()) == (1, 2)
    assert not [r for r in qtlog.records if "commitData" in r.message]
    assert window.ctrl.undo_stack.count() == 3


def test_a_multi_column_paste_into_table_2(window, qtbot):
    page = _table(window, 2)
    page.view.setCurrentIndex(_cell(page, "2.1a"))
    QGuiApplication.clipboard().setText("96\t300\t线上问卷\n95.5\t280\t线下\n")
    _key(qtbot, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    s = window.ctrl.session
    assert [(s.value(2025, i).content, s.value(2025, i, "respondents").content, s.value(2025, i, "method").content)
            for i in ("2.1a", "2.1b")] == [(96, 300, "线上问卷"), (95.5, 280, "线下")]
    assert window.ctrl.undo_stack.undoText() == "粘贴 6 个单元格"
    assert page.note.label.text() == "已粘贴 6 个单元格。"
    window.ctrl.undo_stack.undo()
    assert s.value(2025, "2.1a") is None


def test_a_paste_with_the_indicator_column_is_matched_by_label(window, qtbot):
    page = _table(window, 2)
    page.view.setCurrentIndex(_cell(page, "2.1a"))
    QGuiApplication.clipboard().setText("指标\t单位\t2025年\t调查人次\t调查方式\t备注\n"
                                        "课外育人满意度\t%\t91\t200\t访谈\t多余\n"
                                        "在校生满意度\t%\t97\t\t\t\n不存在的指标\t%\t1\t\t\t\n")
    _key(qtbot, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    s = window.ctrl.session
    assert (s.value(2025, "2.1c").number, s.value(2025, "2.1c", "method").text, s.value(2025, "2.1a").number) == \
        (91, "访谈", 97)
    assert window.ctrl.undo_stack.count() == 1 and window.ctrl.undo_stack.undoText() == "粘贴 4 个单元格"
    assert page.note.label.text() == "已粘贴 4 个单元格；有 1 列超出表格的范围，未粘贴；表中没有这些指标，未粘贴：不存在的指标。"


def test_a_multi_column_paste_into_a_list_overwrites_and_adds(window, qtbot):
    page = _list(window)
    page.view.setCurrentIndex(page.model.index(1, 0))
    QGuiApplication.clipboard().setText("710202\t计算机网络技术\t计算机类\t三年\n"
                                        "730101\t会计事务\t财务会计类\t3\n7301\t错误代码\t\t三年制\n")
    _key(qtbot, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert _majors(window)[1:] == [
        {"code": "710202", "name": "计算机网络技术", "category": "计算机类", "duration": "三年制"},
        {"code": "730101", "name": "会计事务", "category": "财务会计类", "duration": "三年制"}]
    note = page.note.label.text()
    assert note.startswith("已新增第 3 行；已修改 3 个单元格；粘贴内容的第 3 行未添加：专业设置·专业代码“7301”格式不对")
    assert window.ctrl.undo_stack.undoText() == "粘贴 3 个单元格，新增 1 行"
    window.ctrl.undo_stack.undo()
    assert [m["name"] for m in _majors(window)] == ["机电技术应用", "计算机应用"]


def test_ctrl_x_cuts_in_one_undo_step(window, qtbot):
    page = _table(window, 1)
    page.view.setCurrentIndex(_cell(page, "1.1"))
    _key(qtbot, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    assert (QGuiApplication.clipboard().text(), window.ctrl.session.value(2025, "1.1")) == ("500\n", None)
    assert window.ctrl.undo_stack.undoText() == "剪切 1 个单元格"
    window.ctrl.undo_stack.undo()
    assert window.ctrl.session.value(2025, "1.1").number == 500


def test_fill_down_and_sort_with_undo(window, qtbot):
    page = _list(window)
    view = page.view
    view.setCurrentIndex(page.model.index(0, 4))
    _type(qtbot, "智能制造")
    _key(qtbot, Qt.Key.Key_Return)
    view.setCurrentIndex(page.model.index(1, 4))
    _key(qtbot, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)          # from the row above
    assert [m.get("group") for m in _majors(window)] == ["智能制造", "智能制造"]
    assert window.ctrl.undo_stack.undoText() == "向下填充 1 个单元格"
    window.ctrl.undo_stack.undo()
    assert [m.get("group") for m in _majors(window)] == ["智能制造", None]

    view.horizontalHeader().sectionClicked.emit(0)            # 专业代码 ascending: already so
    assert window.ctrl.undo_stack.undoText() == "向下填充 1 个单元格" or window.ctrl.undo_stack.canRedo()
    view.horizontalHeader().sectionClicked.emit(0)            # again: descending, the list itself
    assert [m["code"] for m in _majors(window)] == ["710201", "660301"]
    assert page.model.index(0, 0).data() == "710201"
    assert window.ctrl.undo_stack.undoText() == "按“专业代码”降序排序"
    window.ctrl.undo_stack.undo()
    assert [m["code"] for m in _majors(window)] == ["660301", "710201"]

    view.setCurrentIndex(page.model.index(0, 1))             # the menu's 排序 → 降序 on 专业名称
    view.customContextMenuRequested.emit(view.visualRect(page.model.index(0, 1)).center())
    menu_action(view.last_menu, "降序（按此列）").trigger()
    view.last_menu.close()
    assert [m["name"] for m in _majors(window)] == ["计算机应用", "机电技术应用"]


def test_a_refused_value_is_kept_for_correction(window, qtbot, _quiet_qt):
    page = _table(window, 1)
    cell = _cell(page, "1.1")
    page.view.setCurrentIndex(cell)
    _type(qtbot, "abc")
    _key(qtbot, Qt.Key.Key_Return)
    assert (cell.data(), cell.data(Qt.ItemDataRole.BackgroundRole).color()) == ("abc", REFUSED_BG)
    assert window.ctrl.session.value(2025, "1.1").number == 500
    assert "已保留您输入的“abc”" in page.note.label.text() and page.note.isVisible()
    assert "abc" in window.statusBar().currentMessage()
    assert cell.data(Qt.ItemDataRole.ToolTipRole).startswith("未保存：")
    assert (_quiet_qt, window.ctrl.undo_stack.count()) == ([], 0)              # no modal, no step
    page.view.setCurrentIndex(cell)
    _key(qtbot, Qt.Key.Key_F2)                                                  # F2 edits the kept text
    editor = QApplication.focusWidget()
    assert (editor.text(), editor.hasSelectedText(), editor.cursorPosition()) == ("abc", False, 3)
    editor.setText("520")
    _key(qtbot, Qt.Key.Key_Return)
    assert (window.ctrl.session.value(2025, "1.1").number, cell.data(), page.model.pending) == (520, "520", {})


def test_a_refused_value_in_a_list_is_kept_too(window, qtbot):
    page = _list(window)
    cell = page.model.index(0, 0)
    page.view.setCurrentIndex(cell)
    _type(qtbot, "12")
    _key(qtbot, Qt.Key.Key_Return)
    assert (cell.data(), cell.data(Qt.ItemDataRole.BackgroundRole).color()) == ("12", LIST_REFUSED_BG)
    assert _majors(window)[0]["code"] == "660301"
    assert "6 位数字" in page.note.label.text()


def test_typing_into_a_computed_cell_explains_it(window, qtbot):
    page = _table(window, 3)
    page.view.setCurrentIndex(_cell(page, "3.1"))
    _type(qtbot, "5")
    assert page.note.label.text().startswith("表3 生师比 由公式自动计算：")
    assert window.ctrl.undo_stack.count() == 0


def test_a_fraction_in_a_percent_cell_asks_whether_a_percentage_was_meant(window, qtbot):
    page = _table(window, 1)
    page.view.setCurrentIndex(_cell(page, "1.3"))
    _type(qtbot, "0.95")
    _key(qtbot, Qt.Key.Key_Return)
    assert page.note.label.text() == "毕业生本省去向落实率 填写为 0.95%（不到 1%）。是否指 95%？"
    assert page.note.button.text() == "改为 95%"
    page.note.button.click()
    assert window.ctrl.session.value(2025, "1.3").number == 95
    assert not page.note.isVisible()


def test_a_reported_value_in_a_computed_cell_resolved_both_ways(window, qtbot):
    """专业数量 (3.4b) counts the list: an imported 4 beside 2 majors is an error with two ways out."""
    ctrl = window.ctrl
    ctrl.session.set_value(2025, "3.4b", 4, source="import")
    ctrl.reload()
    finding = [f for f in ctrl.findings if f.place.indicator == "3.4b"]
    assert [f.severity for f in finding] == ["error"]
    assert "或在表中右键此格选择“以报送值为准”或“使用计算值”" in finding[0].message
    page = _table(window, 3)
    cell = _cell(page, "3.4b")
    assert cell.data() == "ƒ 2（报送 4）"

    def choose(text):
        page.view.setCurrentIndex(cell)
        page.view.customContextMenuRequested.emit(page.view.visualRect(cell).center())
        menu_action(page.view.last_menu, text).trigger()
        page.view.last_menu.close()
        ctrl.validate_now()
        return [f.severity for f in ctrl.findings if f.place.indicator == "3.4b"]

    assert choose("以报送值为准") == ["warning"]
    assert (cell.data(), ctrl.figures.printed("3.4b")) == ("ƒ 4（填报）", "4（填报）")
    ctrl.undo_stack.undo()
    assert choose("使用计算值") == []
    assert (ctrl.session.value(2025, "3.4b"), cell.data()) == (None, "ƒ 2")
    ctrl.undo_stack.undo()                                   # or fix the list: two more majors
    for code, name in (("700206", "汽车运用与维修"), ("730101", "会计事务")):
        ctrl.session.add_record(2025, "majors", {"code": code, "name": name, "duration": "三年制"})
    ctrl.reload()
    assert [f for f in ctrl.findings if f.place.indicator == "3.4b"] == []


def test_a_paste_where_every_cell_is_refused_adds_no_undo_step(window, qtbot, _quiet_qt):
    page = _table(window, 1)
    page.view.setCurrentIndex(_cell(page, "1.1"))
    QGuiApplication.clipboard().setText("abc\n-5\n")
    _key(qtbot, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert (window.ctrl.undo_stack.count(), _quiet_qt) == (0, [])
    assert [_cell(page, i).data() for i in ("1.1", "1.2a")] == ["abc", "-5"]
    assert [window.ctrl.session.value(2025, i).number for i in ("1.1", "1.2a")] == [500, 480]
    assert page.note.label.text().startswith("2 个单元格的值未被接受（红色标出，保留在格中待改正），如：表1 毕业生人数（人）：")


def test_a_double_click_on_a_computed_cell_explains_it(window, qtbot):
    page = _table(window, 3)
    cell = _cell(page, "3.1")
    qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=page.view.visualRect(cell).center())
    assert page.note.label.text().startswith("表3 生师比 由公式自动计算：")
