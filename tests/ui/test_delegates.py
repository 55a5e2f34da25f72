"""The cell editors of record lists (ui/delegates.py), one per field kind, opened with F2 in the
real window, typed into and committed with Enter."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit


ROWS = {   # a row in each list, so that every kind of field has a cell to edit
    "teacher_structure": {"category": "专业课", "count": 60},
    "internships": {"organisation": "示例机床厂", "positions": 20},
    "conditions": {"campus": "主校区", "land_area": 50000, "building_area": 30000, "equipment_value": 1500},
    "certificates": {"cohort": 2025, "major": "机电技术应用", "graduates": 40, "certificate": "电工", "certified": 38},
    "student_awards": {"competition": "省技能大赛", "event": "机电一体化", "level": "市级", "grade": "一等奖"},
    "partners": {"organisation": "示例机床厂", "status": "新签"},
}


@pytest.fixture
def window(report_path, request):
    from vqdesk.core.session import Session
    with Session.open(report_path) as s:
        s.add_master("organisation", "示例机床厂有限公司", aliases=["示例机床厂"])
        for list_id, row in ROWS.items():
            s.add_record(2025, list_id, row)
    return request.getfixturevalue("active_window")      # opened on the file as filled here


def _open_editor(window, qtbot, list_id, key):
    window.nav.select_key(("list", list_id))
    page = window.current_page()
    column = next(i for i, f in enumerate(page.model.fields) if f.key == key)
    page.view.setFocus()
    page.view.setCurrentIndex(page.model.index(0, column))
    qtbot.keyClick(page.view, Qt.Key.Key_F2)
    return QApplication.focusWidget()


def _commit(window, qtbot, editor, text, list_id, key):
    if isinstance(editor, QComboBox):
        editor.setEditText(text)
    else:
        editor.setText(text)
    focus = QApplication.focusWidget()
    assert focus is not None, "nothing has the keyboard focus"
    qtbot.keyClick(focus, Qt.Key.Key_Return)
    QApplication.processEvents()
    return window.ctrl.session.records(2025, list_id)[0].data.get(key)


@pytest.mark.parametrize("list_id, key, shown, typed, stored", [
    ("teacher_structure", "count", "60", "1,200", 1200),                          # int
    ("teacher_structure", "dual_qualified", "", "", None),                         # empty stays empty
    ("internships", "positions", "20", "100余", "100余"),                         # approximate int
    ("conditions", "land_area", "50000.00", "330亩", 220000),                    # area in 亩
    ("conditions", "equipment_value", "1500.00", "1520.75", 1520.75),            # money_wan
    ("certificates", "cohort", "2025", "2024届", 2024),                            # year
    ("student_awards", "date", "", "2024.11.16-17", "2024-11-16/2024-11-17"),      # date range
    ("student_awards", "students", "", "张三，李四 王五", "张三、李四、王五"),         # names
    ("majors", "category", "", "装备制造大类", "装备制造大类"),                       # text
])
def test_typed_editors_show_the_value_and_store_what_is_typed(window, qtbot, list_id, key, shown, typed, stored):
    editor = _open_editor(window, qtbot, list_id, key)
    assert (type(editor), editor.text()) == (QLineEdit, shown)
    assert _commit(window, qtbot, editor, typed, list_id, key) == stored


def test_a_choice_editor_lists_the_options_and_takes_an_everyday_spelling(window, qtbot):
    editor = _open_editor(window, qtbot, "student_awards", "level")
    combo = editor.parent() if isinstance(editor, QLineEdit) else editor
    assert isinstance(combo, QComboBox) and combo.isEditable()
    assert ([combo.itemText(i) for i in range(combo.count())], combo.currentText()) == \
        (["世界级", "国家级", "省级", "市级", "校级"], "市级")
    assert _commit(window, qtbot, combo, "省", "student_awards", "level") == "省级"


@pytest.mark.parametrize("list_id, key, names, typed, stored", [
    ("majors", "name", ["机电技术应用", "计算机应用"], "计算机网络技术", "计算机网络技术"),
    ("partners", "organisation", ["示例机床厂有限公司"], "示例机床厂", "示例机床厂有限公司"),   # by its alias
])
def test_name_editors_offer_the_master_list_and_names_in_use(window, qtbot, list_id, key, names, typed, stored):
    editor = _open_editor(window, qtbot, list_id, key)
    combo = editor.parent() if isinstance(editor, QLineEdit) else editor
    assert [combo.itemText(i) for i in range(combo.count())][:len(names)] == names
    assert combo.completer().filterMode() == Qt.MatchFlag.MatchContains
    assert _commit(window, qtbot, combo, typed, list_id, key) == stored
