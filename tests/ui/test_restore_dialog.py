"""文件 → 从备份恢复…: the list of automatic backups, restoring one, and the offer to restore
when a file cannot be opened."""

from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from vqdesk.core.session import Session
from vqdesk.core.store.backups import keep_count, list_backups
from vqdesk.ui.app import open_window
from vqdesk.ui.dialogs.restore_dialog import RestoreDialog, restore_from_backup
from vqdesk.ui.main_window import MainWindow


def _edit(path, value):
    with Session.open(path) as s:
        s.set_value(2025, "6.1", value)


def _value(path):
    with Session.open(path, readonly=True) as s:
        return s.value(2025, "6.1").number


def _choose_row(monkeypatch, row):
    """Stand-in for the user: pick a row and press 恢复所选备份 (the confirmation answers Yes)."""
    def exec_(dialog):
        dialog.table.selectRow(row)
        dialog.restore_button.click()
        return dialog.result()
    monkeypatch.setattr(RestoreDialog, "exec", exec_)


def _visible_windows():
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]


def test_the_dialog_lists_the_backups_newest_first(report_path, qtbot):
    dialog = RestoreDialog(report_path)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0 and not dialog.restore_button.isEnabled()
    assert dialog.empty.text() == "还没有备份。下次打开这个文件时会自动备份。"
    for value in (1201, 1202):
        _edit(report_path, value)
    dialog.load()
    assert dialog.table.rowCount() == 2 and dialog.restore_button.isEnabled() and dialog.empty.isHidden()
    cells = [dialog.table.item(0, col).text() for col in range(4)]
    assert cells[0] == list_backups(report_path)[0].label and cells[1].endswith(" KB")
    assert cells[2] == "测试职业学校 · 2025 年度"
    assert dialog.table.selectionModel().selectedRows()[0].row() == 0


def test_the_keep_count_is_set_in_the_dialog(report_path, qtbot):
    dialog = RestoreDialog(report_path)
    qtbot.addWidget(dialog)
    dialog.keep.setValue(4)
    assert keep_count() == 4


def test_restoring_from_the_window_reopens_the_file_with_the_backup(report_path, qtbot, monkeypatch):
    for value in (1201, 1202):
        _edit(report_path, value)            # backups: 1201, then the original 1200
    window = open_window(report_path)        # backs up 1202
    qtbot.addWidget(window)
    window.show()
    _choose_row(monkeypatch, 2)
    restore_from_backup(window)
    (new,) = _visible_windows()
    qtbot.addWidget(new)
    assert new is not window and window.ctrl.session.db is None
    assert new.ctrl.data.values[("6.1", "value")].number == 1200
    assert new.statusBar().currentMessage() == "已恢复“测试学校.vqd”，恢复前的内容已保存为备份。"
    assert [_value(b.path) for b in list_backups(report_path)][:2] == [1200, 1202], \
        "reopening backed up the restored content; the content before the restore is kept"
    new.close()


def test_another_report_file_can_be_the_source(report_path, tmp_path, qtbot, monkeypatch):
    other = tmp_path / "U盘上的副本.vqd"
    Session.create(other, school="另一所学校", year=2025, edition_id="liaoning-2023").close()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(other), "")))
    dialog = RestoreDialog(report_path)
    qtbot.addWidget(dialog)
    dialog.restore_other()
    assert dialog.restored == other and dialog.result() == QDialog.DialogCode.Accepted
    with Session.open(report_path, readonly=True) as s:
        assert s.profile(2025)["name"] == "另一所学校"


def test_a_bad_source_is_reported_and_the_dialog_stays(report_path, tmp_path, qtbot, monkeypatch, _quiet_qt):
    bad = tmp_path / "坏.vqd"
    bad.write_text("不是报告", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(bad), "")))
    dialog = RestoreDialog(report_path)
    qtbot.addWidget(dialog)
    dialog.restore_other()
    assert dialog.restored is None and not dialog.released, "checked before the window lets go of the file"
    assert _quiet_qt[-1][1][2] == "文件“坏.vqd”不是 vqdesk 报告文件（格式无法识别）。"
    assert _value(report_path) == 1200


def test_cancelling_leaves_the_window_as_it_was(report_path, qtbot, monkeypatch):
    window = open_window(report_path)
    qtbot.addWidget(window)
    monkeypatch.setattr(RestoreDialog, "exec", lambda dialog: 0)
    restore_from_backup(window)
    assert window.ctrl.session.db is not None and window.ctrl.data.values[("6.1", "value")].number == 1200
    window.close()


def test_a_file_that_cannot_be_opened_offers_its_backups(report_path, qtbot, monkeypatch, _quiet_qt):
    _edit(report_path, 1201)
    report_path.write_bytes(report_path.read_bytes()[:8192])  # damaged
    _choose_row(monkeypatch, 0)
    window = open_window(report_path)
    qtbot.addWidget(window)
    assert window.ctrl.data.values[("6.1", "value")].number == 1200
    assert _quiet_qt == [], "asked (and answered) instead of a dead-end warning"
    window.close()


def test_without_backups_a_damaged_file_only_gets_the_message(tmp_path, qtbot, _quiet_qt):
    path = tmp_path / "坏.vqd"
    path.write_bytes(b"SQLite format 3\x00" + bytes(5000))
    assert open_window(path) is None
    (kind, args), = _quiet_qt
    assert kind == "warning" and args[1] == "无法打开" and args[2].startswith("文件“坏.vqd”")
