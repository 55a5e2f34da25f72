"""A file someone else is editing opens read-only, says who has it, and cannot be changed."""

from PySide6.QtWidgets import QAbstractItemView, QApplication

from vqdesk.core.session import Session
from vqdesk.ui.app import open_window
from vqdesk.ui.main_window import MainWindow


def _open_read_only(report_path, qtbot):
    holder = Session.open(report_path)  # the other editor
    window = open_window(report_path)
    qtbot.addWidget(window)
    return holder, window


def test_a_file_being_edited_elsewhere_opens_read_only_with_a_notice(report_path, qtbot, _quiet_qt):
    holder, window = _open_read_only(report_path, qtbot)
    assert window.ctrl.session.readonly and _quiet_qt == [], "a notice in the window, no dialog"
    banner = window.read_only_banner.findChild(type(window.file_label)).text()
    assert banner == "只读：此文件正被本程序的另一个窗口打开。您可以查看、校验和导出，但不能修改。"
    assert window.windowTitle() == "测试职业学校 2025年度 — 测试学校.vqd（只读） — 中职质量年报助手"
    assert window.statusBar().findChild(type(window.file_label), "readOnlyLabel").text() == "只读"
    assert not any(a.isEnabled() for a in (window.a_import, window.a_new_year, window.a_restore))
    assert window.a_validate.isEnabled() and window.a_export_pdf.isEnabled()
    window.close()
    holder.close()


def test_nothing_can_be_edited_in_a_read_only_window(report_path, qtbot, _quiet_qt, part_key):
    holder, window = _open_read_only(report_path, qtbot)
    window.nav.select_key(part_key(window.ctrl, "basic.overview"))
    assert not window.a_rename.isEnabled() and not window.current_page().new_sub.isEnabled()
    frame = window.current_page().text_frames()[0]
    assert frame.editor.edit.isReadOnly() and not frame.remove_button.isEnabled()
    assert not any(a.isEnabled() for a in window.insert_actions)
    window.nav.select_key(("list", "majors"))
    page = window.current_page()
    assert page.view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert not any(b.isEnabled() for b in page.buttons.values())
    window.nav.select_key(("table", 6))
    assert window.current_page().view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    profile = window.pages["profile"]
    assert all(e.isReadOnly() if hasattr(e, "isReadOnly") else not e.isEnabled()
               for e in profile.editors.values())
    assert not window.pages["photos"].acceptDrops()
    # A way round the widgets (a paste, a shortcut) still cannot write: the session refuses.
    assert window.pages["table"].set_value("6.1", 999) is False
    assert _quiet_qt[-1][1][2] == "文件“测试学校.vqd”以只读方式打开，不能修改。"
    window.close()
    holder.close()
    with Session.open(report_path, readonly=True) as s:
        assert s.value(2025, "6.1").number == 1200


def test_once_the_other_editor_has_closed_the_banner_reopens_for_editing(report_path, qtbot):
    holder, window = _open_read_only(report_path, qtbot)
    holder.close()
    button = window.read_only_banner.findChild(type(window.pages["table"].sub_button))
    assert button.text() == "对方关闭后，重新以可编辑方式打开"
    button.click()
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    assert [w.ctrl.session.readonly for w in windows] == [False]
    qtbot.addWidget(windows[0])
    assert window.ctrl.session.db is None, "the read-only window closed"
    windows[0].close()


def test_a_report_in_a_read_only_place_opens_as_a_viewer_that_says_why(report_path, qtbot, monkeypatch, _quiet_qt):
    from vqdesk.core import session as session_module
    monkeypatch.setattr(session_module, "writable_place", lambda path: False)       # e.g. a CD
    from vqdesk.core.store import database
    monkeypatch.setattr(database, "writable_place", lambda path: False)
    window = open_window(report_path)
    qtbot.addWidget(window)
    assert window.ctrl.session.readonly
    banner = window.read_only_banner.findChild(type(window.file_label)).text()
    assert banner.startswith("文件“测试学校.vqd”所在的位置只读") and "请把文件复制到可写的文件夹" in banner
    from PySide6.QtWidgets import QPushButton
    assert window.read_only_banner.findChildren(QPushButton) == [], "nothing to wait for: no reopen button"
    assert not window.a_import.isEnabled()
    window.close()


def test_a_recovered_crash_is_told_once_when_the_file_opens(report_path, qtbot, monkeypatch):
    import subprocess
    import sys
    subprocess.run([sys.executable, "-c", "import os, sqlite3, sys\n"
                    "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
                    "c.execute('PRAGMA cache_size = 1'); c.execute('BEGIN IMMEDIATE')\n"
                    "c.execute(\"UPDATE record_rows SET data = json_set(data, '$.remark', hex(randomblob(3000)))\")\n"
                    "c.execute(\"UPDATE indicator_values SET number = 1\")\n"
                    "os._exit(0)", str(report_path)], check=True)
    told = []
    from PySide6.QtWidgets import QMessageBox
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    window = open_window(report_path)
    qtbot.addWidget(window)
    assert told == ["文件“测试学校.vqd”上次没有正常关闭，已自动恢复到最后一次保存的内容。"]
    assert window.ctrl.session.value(2025, "6.1").number == 1200
    window.close()


def test_a_lock_left_by_another_computer_can_be_taken_over_after_confirming(report_path, qtbot, monkeypatch):
    """On a share without OS locks, a crashed editor on another computer leaves its lock; the
    viewer offers to take over, and does so only after the user confirms."""
    import errno
    import json
    from PySide6.QtWidgets import QMessageBox, QPushButton
    from vqdesk.core.store import lock as lock_module

    def no_locks(fd):
        raise OSError(errno.ENOLCK, "No locks available")
    monkeypatch.setattr(lock_module, "_try_os_lock", no_locks)
    lock_module.lock_path(report_path).write_text(json.dumps(
        {"pid": 4242, "host": "PC-教务处", "user": "lisi", "since": "2025-06-01T09:30:00", "program": "中职质量年报助手"}),
        encoding="utf-8")
    window = open_window(report_path)
    qtbot.addWidget(window)
    assert window.ctrl.session.readonly
    button = next(b for b in window.read_only_banner.findChildren(QPushButton) if "接管" in b.text())
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: next(answers))
    button.click()                                      # 否: stays a viewer
    assert window.ctrl.session.readonly
    button.click()                                      # 是: reopened for editing
    (editor,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
                 and w.ctrl.session is not None and not w.ctrl.session.readonly]
    assert not editor.ctrl.session.readonly
    assert json.loads(lock_module.lock_path(report_path).read_text(encoding="utf-8"))["host"] != "PC-教务处"
    editor.close()
