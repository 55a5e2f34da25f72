"""报告设置: the report's settings in one dialog; 确定 is one undo step."""

from PySide6.QtWidgets import QDialog

from vqdesk.ui.dialogs.report_settings import ReportSettingsDialog
from vqdesk.ui.dialogs.settings_numbering import HEADING_PRESETS, example_lines



def _preset(combo, text):
    index = combo.findText(text)
    assert index >= 0, f"{text} not offered: {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def _choose(combo, data):
    combo.setCurrentIndex(combo.findData(data))


def test_the_menu_opens_the_dialog_on_the_current_settings(window, monkeypatch):
    opened = []
    monkeypatch.setattr(ReportSettingsDialog, "exec", lambda self: opened.append(self) or 0)
    action = next(a for m in window.menuBar().actions() if m.text() == "报告(&R)"
                  for a in m.menu().actions() if a.text() == "报告设置…")
    action.trigger()
    window.nav.select_key(("front",))
    window.pages["front"].settings_button.click()
    assert len(opened) == 2
    dialog = opened[0]
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == ["封面与声明", "前言、目录与附件", "编号"]
    assert dialog.cover.title_shown.text() == "印为：测试职业学校中等职业教育质量年度报告（2025年度）"
    assert dialog.numbering.heading_row.combo.currentText() == "1 / 1.1 / 1.1.1 / （1）"
    assert dialog.changes() == {}, "opening and closing changes nothing"


def test_changing_numbering_cases_and_front_matter_is_one_undo_step(window):
    session, ctrl = window.ctrl.session, window.ctrl
    before = session.settings(2025)
    chapter = ctrl.data.document.outline[0]
    window.nav.select_key(("node", chapter.id))
    dialog = ReportSettingsDialog(ctrl, window)
    n = dialog.numbering
    _preset(n.heading_row.combo, "一、 / （一） / 1. / （1）")
    _choose(n.table_scope, "per_section")
    _preset(n.case_row.combo, "案例一")
    _choose(n.case_scope, "flat")
    dialog.cover.declaration.setChecked(False)
    _choose(dialog.matter.preface, "撰写说明")
    assert n.example.text().splitlines() == [
        "标题：二、人才培养　（一）立德树人　1.思政课程　（2）课程思政",
        "表格：表 2.1.3 近两年升学情况", "图片：图 2-3 在校生人数变化", "案例：案例四 思政进车间"]
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted

    after = session.settings(2025)
    assert after["numbering"] | {} == before["numbering"] | {
        "chapter": "{cn}、", "section": "（{cn}）", "level3": "{n}.", "tables": "per_section"}
    assert after["cases"] == before["cases"] | {"label": "案例{cn}", "numbering": "flat"}
    assert after["declaration"]["enabled"] is False and after["preface"]["title"] == "撰写说明"
    assert window.nav.topLevelItem(1).text(0) == "封面与声明（撰写说明）"
    assert window.nav.topLevelItem(2).text(0) == "一、基本情况"
    assert window.nav.topLevelItem(2).child(0).text(0) == "（一）概况"
    assert window.pages["node"].title.text() == "一、基本情况", "the open heading's title follows"

    assert ctrl.undo_stack.count() == 1 and ctrl.undo_stack.undoText() == "修改报告设置"
    ctrl.undo_stack.undo()
    assert session.settings(2025) == before
    assert window.nav.topLevelItem(2).text(0) == "1 基本情况"
    assert window.nav.topLevelItem(1).text(0) == "封面与声明（前言）"
    ctrl.undo_stack.redo()
    assert session.settings(2025) == after


def test_case_labels_follow_the_settings(window):
    ctrl = window.ctrl
    moral = ctrl.session.part_node(2025, "talent.moral")
    ctrl.session.add_block(moral.id, {"kind": "case", "title": "思政进车间",
                                      "blocks": [{"kind": "text", "text": "车间里的思政课。"}]})
    ctrl.reload()
    window.nav.select_key(("node", moral.id))
    [frame] = [f for f in window.pages["node"].column.frames if f.editor.__class__.__name__ == "CaseBlockEditor"]
    assert frame.editor.label.text() == "【案例 2-1】"
    dialog = ReportSettingsDialog(ctrl, window)
    _preset(dialog.numbering.case_row.combo, "案例 1")
    dialog.accept()
    assert frame.editor.label.text() == "案例 1"


def test_a_case_label_without_a_number_is_refused_and_nothing_changes(window, _quiet_qt):
    session, ctrl = window.ctrl.session, window.ctrl
    before = session.settings(2025)
    dialog = ReportSettingsDialog(ctrl, window)
    dialog.cover.declaration.setChecked(False)
    dialog.numbering.case_label.setText("【典型案例】")
    dialog.numbering.case_row.sync()
    assert dialog.numbering.case_row.combo.currentText() == "自定义"
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted, "the dialog stays open"
    assert dialog.message.text().startswith("“案例编号格式”：案例编号格式中应有 {n} 或 {cn}")
    assert any(kind == "warning" and "应有 {n} 或 {cn}" in args[2] for kind, args in _quiet_qt)
    assert dialog.tabs.currentWidget().widget() is dialog.numbering
    assert session.settings(2025) == before and ctrl.undo_stack.count() == 0


def test_cover_month_annex_years_and_back_cover(window):
    session, ctrl = window.ctrl.session, window.ctrl
    dialog = ReportSettingsDialog(ctrl, window)
    c, m = dialog.cover, dialog.matter
    c.dated.setChecked(True)
    c.date.setDate(c.date.date().fromString("2025-11-01", "yyyy-MM-dd"))
    m.levels.setValue(2)
    m.toc["figures"].setChecked(False)
    m.annex_years[2025].setChecked(False)
    m.writers.setText("张三、李四")
    dialog.accept()
    s = session.settings(2025)
    assert s["cover"]["date"] == "2025年11月"
    assert s["toc"] == {"levels": 2, "tables": True, "figures": False, "cases": True}
    assert s["annex"]["years"] == [] and s["back_cover"]["writers"] == "张三、李四"


def test_presets_print_the_labels_they_are_named_by():
    lines = [example_lines(dict(zip(("chapter", "section", "level3", "level4"), p),
                                tables="flat", figures="per_chapter", table_label="数据表", figure_label="图"),
                           {"label": "【案例 {chapter}-{n}】", "numbering": "per_chapter"})
             for p in HEADING_PRESETS]
    assert lines[2][0] == "标题：第二章 人才培养　一、立德树人　（一）思政课程　2.课程思政"
    assert lines[0][1:] == ["表格：数据表 7 近两年升学情况", "图片：图 2-3 在校生人数变化",
                            "案例：【案例 2-1】思政进车间"]


def test_unusual_stored_settings_open_unchanged(window):
    """No preface, no cover month, an annex year the file does not hold, numbering typed by hand."""
    ctrl = window.ctrl
    ctrl.session.set_settings(2025, {"preface": {"title": None}, "cover": {"date": ""},
                                     "annex": {"years": [2024, 2025]},
                                     "numbering": {"chapter": "第{n}部分", "table_label": "附表"}})
    ctrl.reload()
    dialog = ReportSettingsDialog(ctrl, window)
    assert dialog.changes() == {}
    assert not dialog.cover.date.isEnabled() and dialog.matter.preface.currentText() == "不写前言"
    assert dialog.matter.annex_years[2024].text() == "2024（文件中没有）"
    assert dialog.numbering.heading_row.combo.currentText() == "自定义"
    assert dialog.numbering.example.text().startswith("标题：第2部分 人才培养")


def test_a_read_only_report_shows_its_settings_but_cannot_change_them(report_path, qtbot):
    from vqdesk.core.session import Session
    from vqdesk.ui.controller import ReportController
    ctrl = ReportController(Session.open(report_path, readonly=True))
    try:
        dialog = ReportSettingsDialog(ctrl)
        qtbot.addWidget(dialog)
        assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
        assert dialog.message.text() == "只读：可以查看设置，但不能修改。"
    finally:
        ctrl.close()
