"""文件 → 另存为副本, 导出 Excel and 导入 Excel (with its preview), through the real window: the
file dialogs answer with a path, the message boxes are recorded (tests/ui/conftest.py)."""

import sqlite3

from openpyxl import load_workbook
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from vqdesk.core.excel import export_workbook
from vqdesk.core.session import Session
from vqdesk.ui import file_actions
from vqdesk.ui.app import open_window
from vqdesk.ui.commands import SetRecordFieldCommand
from vqdesk.ui.dialogs.import_preview import ImportPreviewDialog


def _window(path, qtbot):
    window = open_window(path)
    qtbot.addWidget(window)
    return window


def _save_to(monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), "")))


def _open(monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))


def _preview(monkeypatch, answer, mode="update"):
    """The real preview dialog, shown and answered: `seen` gets its lines and summary."""
    seen = []

    def exec_(dialog):
        dialog.set_mode(mode)
        seen.append((dialog.summary.text(), dialog.lines(), dialog.import_button.isEnabled()))
        return QDialog.DialogCode.Accepted if answer else QDialog.DialogCode.Rejected
    monkeypatch.setattr(ImportPreviewDialog, "exec", exec_)
    return seen


def _majors(window):
    return [r.data for r in window.ctrl.session.records(2025, "majors")]


def test_save_copy_writes_a_report_file_with_the_same_content(report_path, tmp_path, qtbot, monkeypatch):
    window = _window(report_path, qtbot)
    window.ctrl.session.set_value(2025, "1.1", 512)
    _save_to(monkeypatch, tmp_path / "副本.vqd")
    file_actions.save_copy(window)
    with Session.open(tmp_path / "副本.vqd", readonly=True) as copy:
        assert (copy.value(2025, "1.1").number, [r.data["name"] for r in copy.records(2025, "majors")]) == \
            (512, ["机电技术应用", "计算机应用"])
    assert window.statusBar().currentMessage() == f"已另存副本：{tmp_path / '副本.vqd'}"
    assert sqlite3.connect(tmp_path / "副本.vqd").execute("PRAGMA integrity_check").fetchone() == ("ok",)
    window.close()


def test_export_excel_writes_the_tables_and_lists(report_path, tmp_path, qtbot, monkeypatch):
    window = _window(report_path, qtbot)
    done = []
    monkeypatch.setattr(file_actions, "_done", lambda w, title, out, notes=(): done.append((title, out)))
    _save_to(monkeypatch, tmp_path / "指标.xlsx")
    file_actions.export_excel(window)
    assert done == [("导出 Excel", str(tmp_path / "指标.xlsx"))]
    wb = load_workbook(tmp_path / "指标.xlsx")
    table1 = wb["表1 人才培养质量计分卡"]
    row = next(r for r in range(1, table1.max_row + 1) if table1.cell(r, 2).value == "毕业生人数*")
    assert table1.cell(row, 4).value == 500
    majors = [[c.value for c in r][1:3] for r in wb["专业设置"].iter_rows(min_row=3, max_row=4)]
    assert majors == [["660301", "机电技术应用"], ["710201", "计算机应用"]]
    window.close()


def _workbook_without_the_second_major(window, tmp_path):
    """A workbook saying 毕业生人数 480 (the report says 500) and lacking the second major."""
    session = window.ctrl.session
    session.set_value(2025, "1.1", 480)
    path = export_workbook(session.snapshot(2025), tmp_path / "book.xlsx")
    session.set_value(2025, "1.1", 500)
    window.ctrl.reload()
    wb = load_workbook(path)
    ws = wb["专业设置"]
    ws.delete_rows(4)                       # title, header, 机电技术应用: the workbook lacks 计算机应用
    wb.save(path)
    return path


def test_import_preview_with_a_removed_row_then_undo(report_path, tmp_path, qtbot, monkeypatch, _quiet_qt):
    window = _window(report_path, qtbot)
    ctrl = window.ctrl
    book = _workbook_without_the_second_major(window, tmp_path)
    ctrl.push(SetRecordFieldCommand(ctrl, "majors", ctrl.session.records(2025, "majors")[0].id, "remark", "示范"))
    before = (ctrl.session.values(2025), _majors(window))
    _open(monkeypatch, book)

    seen = _preview(monkeypatch, answer=False, mode="workbook")
    file_actions.import_excel(window)                    # 取消: nothing happens
    summary, lines, enabled = seen[0]
    assert summary == "将修改指标 2 项；名单新增 0 行、修改 1 行、删除 1 行（以工作簿为准）。"
    assert lines == ["表1 人才培养质量计分卡（1 项）", "  表1 毕业生人数：500 → 480",
                     "表3 教学资源表（1 项）", "  表3 专业数量报送值：（空） → 2",      # the list will have 1 row
                     "专业设置（2 项）", "  名单“专业设置”第 1 行修改：备注 示范 → （空）",
                     "  名单“专业设置”删除第 2 行：710201、计算机应用、三年制"]
    assert enabled
    assert (ctrl.session.values(2025), _majors(window)) == before

    seen = _preview(monkeypatch, answer=True, mode="update")
    file_actions.import_excel(window)                    # 只更新和新增: the row stays
    assert not any("删除第" in line for line in seen[0][1])
    assert [m["name"] for m in _majors(window)] == ["机电技术应用", "计算机应用"]
    assert ctrl.session.value(2025, "1.1").number == 480
    ctrl.undo_stack.undo()

    seen = _preview(monkeypatch, answer=True, mode="workbook")
    file_actions.import_excel(window)
    assert [m["name"] for m in _majors(window)] == ["机电技术应用"]
    assert (ctrl.undo_stack.index(), ctrl.undo_stack.undoText()) == (2, "导入 Excel（4 处修改）")   # one step
    ctrl.undo_stack.undo()                               # ONE step brings cells and rows back
    assert (ctrl.session.values(2025).keys(), _majors(window)) == (before[0].keys(), before[1])
    assert ctrl.session.value(2025, "1.1").number == 500
    assert ctrl.undo_stack.undoText() == "修改 备注"                       # the history was kept
    assert _quiet_qt == []


def test_an_import_with_nothing_new_says_so_and_asks_nothing(report_path, tmp_path, qtbot, monkeypatch, _quiet_qt):
    window = _window(report_path, qtbot)
    book = export_workbook(window.ctrl.data, tmp_path / "same.xlsx")
    _open(monkeypatch, book)
    seen = _preview(monkeypatch, answer=True)
    file_actions.import_excel(window)
    assert seen == []                                       # no preview to confirm
    assert [(kind, args[2]) for kind, args in _quiet_qt] == [("information", "工作簿中没有与报告不同的内容，没有要导入的内容。")]
    assert window.ctrl.undo_stack.count() == 0


def test_an_import_of_an_unrelated_workbook_does_not_ask_to_import_the_rest(report_path, tmp_path, qtbot, monkeypatch,
                                                                            _quiet_qt):
    from openpyxl import Workbook
    window = _window(report_path, qtbot)
    wb = Workbook()
    wb.active.title = "购物清单"
    wb.active["A1"] = "苹果"
    wb.save(tmp_path / "无关.xlsx")
    _open(monkeypatch, tmp_path / "无关.xlsx")
    asked = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: asked.append(a)))
    file_actions.import_excel(window)
    assert asked == []
    [(kind, args)] = _quiet_qt
    assert kind == "information" and args[2].startswith("工作簿中没有与报告不同的内容，没有要导入的内容。")
    assert "工作簿中没有可导入的指标表或名单" in args[2]


def test_an_imported_new_row_is_undone_with_the_import(report_path, tmp_path, qtbot, monkeypatch):
    window = _window(report_path, qtbot)
    session = window.ctrl.session
    session.add_record(2025, "majors", {"code": "730101", "name": "会计事务", "duration": "三年制"})
    book = export_workbook(session.snapshot(2025), tmp_path / "three.xlsx")
    session.remove_record(session.records(2025, "majors")[2].id)
    window.ctrl.reload()
    _open(monkeypatch, book)
    seen = _preview(monkeypatch, answer=True)
    file_actions.import_excel(window)
    assert "  名单“专业设置”新增第 3 行：730101、会计事务、三年制" in seen[0][1]
    assert [m["name"] for m in _majors(window)] == ["机电技术应用", "计算机应用", "会计事务"]
    assert window.ctrl.session.records(2025, "majors")[2].source == "import"
    window.ctrl.undo_stack.undo()
    assert [m["name"] for m in _majors(window)] == ["机电技术应用", "计算机应用"]
    window.ctrl.undo_stack.redo()
    assert [m["name"] for m in _majors(window)] == ["机电技术应用", "计算机应用", "会计事务"]
