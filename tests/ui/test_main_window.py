from vqdesk.core.findings import Place
from vqdesk.ui.app import open_window
from vqdesk.ui.pages.records_page import RecordsPage
from vqdesk.ui.pages.section_page import SectionPage
from vqdesk.ui.pages.table_page import TablePage


def test_window_opens_on_a_file_and_switches_pages(report_path, qtbot, part_key):
    window = open_window(report_path)
    qtbot.addWidget(window)
    assert window.windowTitle() == "测试职业学校 2025年度 — 测试学校.vqd — 中职质量年报助手"
    window.nav.select_key(part_key(window.ctrl, "basic.overview"))
    page = window.current_page()
    assert (type(page), page.title.text(), page.text_frames()[0].editor.edit.to_text()) == \
        (SectionPage, "1.1 概况", "学校创办于一九六二年。")
    window.nav.select_key(part_key(window.ctrl, "basic"))          # a chapter lists its sections
    assert window.current_page().children_list.item(0).text() == "1.1 概况　10 字"
    window.nav.select_key(("table", 3))
    assert (type(window.current_page()), window.current_page().title.text()) == (TablePage, "表3 教学资源表")
    window.close()


def test_window_navigates_to_the_place_of_a_finding(report_path, qtbot, part_key):
    window = open_window(report_path)
    qtbot.addWidget(window)
    window.navigate(Place("indicator", table=6, indicator="6.4c"))
    view = window.pages["table"].view
    assert (window.nav.current_key(), view.currentIndex().row()) == \
        (("table", 6), window.pages["table"].model.indicator_row("6.4c"))
    window.navigate(Place("record", list_id="majors", row=1, field="name"))
    page = window.current_page()
    assert (type(page), page.view.currentIndex().row(), page.view.currentIndex().column()) == (RecordsPage, 1, 1)
    moral = part_key(window.ctrl, "talent.moral")
    window.navigate(Place("node", node=moral[1], label="2.1 立德树人"))
    assert window.nav.current_key() == moral
    window.navigate(Place("preface", label="前言"))
    assert window.nav.current_key() == ("front",)
    window.close()


def test_window_navigates_to_a_case_block(report_path, qtbot, part_key):
    window = open_window(report_path)
    qtbot.addWidget(window)
    moral = part_key(window.ctrl, "talent.moral")
    case = window.ctrl.session.add_block(moral[1], {"kind": "case", "title": "思政进车间", "blocks": []})
    window.ctrl.reload()
    window.navigate(Place("block", node=moral[1], block=case.id, label="案例"))
    assert (window.nav.current_key(), window.pages["cases"].case_id) == (("cases",), case.id)
    window.close()


def test_window_switches_year_and_rebuilds(report_path, qtbot):
    from vqdesk.core.session import Session
    with Session.open(report_path) as s:
        s.add_year(2024, edition_id="national-2024")
    window = open_window(report_path)
    qtbot.addWidget(window)
    assert window.ctrl.year == 2025
    window.set_year(2024)
    assert (window.year_label.text(), window.nav.topLevelItem(2).text(0)) == ("2024 年度", "一、人才培养")   # numbered as that edition numbers chapters
    window.close()


def test_window_on_the_sample_report_shows_every_page(sample_copy, qtbot, _quiet_qt):
    window = open_window(sample_copy)
    qtbot.addWidget(window)
    for key in window.nav.keys():
        window.nav.select_key(key)
    assert (window.ctrl.data.profile["name"], _quiet_qt) == ("示例市机电工程学校", [])
    window.close()


def test_redo_answers_ctrl_y_as_in_word_and_ctrl_shift_z(report_path, qtbot):
    from PySide6.QtGui import QKeySequence
    window = open_window(report_path)
    qtbot.addWidget(window)
    keys = {k.toString() for k in window.a_redo.shortcuts()}
    assert {"Ctrl+Y", "Ctrl+Shift+Z"} <= keys
    assert window.a_undo.shortcut() == QKeySequence("Ctrl+Z")
    window.close()
