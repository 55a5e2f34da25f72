"""新建报告, 新建年度, 插入数据字段 and 指标说明, used through the real window as a user would."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from vqdesk.core.session import Session
from vqdesk.ui import file_actions
from vqdesk.ui.app import open_window
from vqdesk.ui.dialogs.field_picker import FieldPickerDialog, TokenRole
from vqdesk.ui.dialogs.indicator_help import IndicatorHelpDialog
from vqdesk.ui.dialogs.new_report import NewReportDialog
from vqdesk.ui.dialogs.new_year import NewYearDialog


def _filled_and_accepted(cls, fill):
    """Make `cls.exec` fill the dialog the way a user would and press the accept button."""
    def exec_(dialog):
        fill(dialog)
        dialog._accept() if hasattr(dialog, "_accept") else dialog.accept()
        return dialog.result()
    return exec_


def _windows():
    from vqdesk.ui.main_window import MainWindow
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]


def test_new_report_creates_the_file_with_the_chosen_edition_and_opens_it(report_path, tmp_path, qtbot, monkeypatch):
    window = open_window(report_path)
    qtbot.addWidget(window)
    window.show()
    target = tmp_path / "新 学校.vqd"

    def fill(dialog):
        dialog.school.setText("示例县职业教育中心")
        dialog.year.setValue(2024)
        dialog.edition.setCurrentIndex(dialog.edition.findData("gansu-2023"))
        dialog.path.setText(str(target))
    monkeypatch.setattr(NewReportDialog, "exec", _filled_and_accepted(NewReportDialog, fill))
    file_actions.new_report(window)
    with Session.open(target, readonly=True) as s:
        assert (s.years(), s.report(2024).edition_id) == ([2024], "gansu-2023")
        assert s.profile(2024) == {"name": "示例县职业教育中心", "province": "甘肃省"}
    opened = _windows()
    assert [w.ctrl.session.path for w in opened] == [target], "the new file's window replaced the old one"
    for w in opened:
        w.close()


def test_new_report_without_a_school_name_stays_open_and_asks_for_it(qtbot):
    dialog = NewReportDialog()
    qtbot.addWidget(dialog)
    dialog._accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.school.placeholderText() == "请填写学校名称"
    assert dialog.level.currentData() == "school"
    dialog.edition.setCurrentIndex(dialog.edition.findData("regional-city-2024"))
    assert dialog.level.currentData() == "city", "the edition's level follows the edition"


def test_new_report_refuses_an_existing_file_without_touching_it(report_path, qtbot, monkeypatch):
    window = open_window(report_path)
    qtbot.addWidget(window)
    before = report_path.read_bytes()
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))

    def fill(dialog):
        dialog.school.setText("另一所学校")
        dialog.path.setText(str(report_path))
    monkeypatch.setattr(NewReportDialog, "exec", _filled_and_accepted(NewReportDialog, fill))
    file_actions.new_report(window)
    assert warned and "已存在" in warned[0]
    window.close()
    assert report_path.read_bytes() == before


def test_new_year_copies_the_profile_and_the_chosen_lists_and_switches_to_it(report_path, qtbot, monkeypatch):
    window = open_window(report_path)
    qtbot.addWidget(window)

    def fill(dialog):
        assert dialog.year.value() == 2026 and dialog.source.currentData() == 2025
        for list_id, check in dialog.lists.items():
            check.setChecked(list_id == "majors")
    monkeypatch.setattr(NewYearDialog, "exec", _filled_and_accepted(NewYearDialog, fill))
    file_actions.new_year(window)
    session = window.ctrl.session
    assert session.years() == [2025, 2026] and window.ctrl.year == 2026
    assert len(session.records(2026, "majors")) == len(session.records(2025, "majors")) > 0
    assert session.values(2026) == {}
    assert session.profile(2026)["name"] == "测试职业学校"
    window.close()


def test_field_picker_filters_shows_current_values_and_returns_the_token(ctrl, qtbot):
    dialog = FieldPickerDialog(ctrl.figures)
    qtbot.addWidget(dialog)
    dialog.search.setText("全日制在校生")
    shown = [dialog.proxy.index(r, 0).data() for r in range(dialog.proxy.rowCount())]
    assert shown and all("全日制在校生" in s for s in shown)
    assert any(s.endswith("=　1200") for s in shown)
    dialog.list.setCurrentIndex(dialog.proxy.index(0, 0))
    assert dialog.token() == dialog.proxy.index(0, 0).data(TokenRole)
    assert dialog.token().startswith("{{") and dialog.token().endswith("}}")


def test_indicator_help_explains_the_chosen_indicator_and_filters_by_name(ctrl, qtbot):
    dialog = IndicatorHelpDialog(ctrl.edition)
    qtbot.addWidget(dialog)
    table3 = next(dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())
                  if dialog.tree.topLevelItem(i).text(0).startswith("表3"))
    ratio = next(table3.child(j) for j in range(table3.childCount()) if "生师比" in table3.child(j).text(0))
    dialog.tree.setCurrentItem(ratio)
    assert "生师比" in dialog.text.toPlainText()
    dialog.search.setText("满意度")
    visible = [table3.child(j) for j in range(table3.childCount()) if not table3.child(j).isHidden()]
    assert visible == [] and ratio.isHidden()
    assert ratio.data(0, Qt.ItemDataRole.UserRole) == "3.1"
