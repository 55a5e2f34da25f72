"""Feedback within a frame: a grid edit updates the findings panel, the status bar and the
navigation tree in the same turn of the event loop (no pause), with the findings a full
validation of the file gives; narrative typing alone waits for a pause in the typing."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from vqdesk.core.session import Session
from vqdesk.core.validation import validate
from vqdesk.ui.app import open_window
from vqdesk.ui.commands_document import SetTextCommand
from vqdesk.ui.findings_panel import FindingsPanel

R1 = "表1 升入本科人数 150 大于 表1 毕业生升学人数 100"


def _panel_messages(window):
    model = window.findChild(FindingsPanel).model
    return [model.index(r, 2).data() for r in range(model.rowCount())]


def test_a_grid_edit_updates_the_panel_and_the_tree_at_once(report_path, qtbot):
    with Session.open(report_path) as s:
        s.set_value(2025, "1.2b", 100)
    window = open_window(report_path)
    qtbot.addWidget(window)
    window.nav.select_key(("table", 1))
    model = window.pages["table"].model
    cell = model.index(model.indicator_row("1.2c"), model.column_of("value"))
    assert R1 not in _panel_messages(window)
    errors = sum(f.severity == "error" for f in window.ctrl.findings)
    assert model.setData(cell, "150", Qt.ItemDataRole.EditRole)
    QApplication.processEvents()            # one turn of the event loop, no waiting
    assert R1 in _panel_messages(window)
    assert window.ctrl.findings == validate(window.ctrl.session.snapshot(2025))
    tree_item = window.nav._items[("table", 1)]
    assert "错误 1 处" in tree_item.toolTip(0)
    assert f"错误 {errors + 1}<" in window.count_label.text()
    window.ctrl.undo_stack.undo()
    QApplication.processEvents()
    assert R1 not in _panel_messages(window)
    assert window.ctrl.findings == validate(window.ctrl.session.snapshot(2025))
    window.close()


def test_narrative_typing_waits_for_a_pause_then_validates_what_was_typed(report_path, qtbot):
    window = open_window(report_path)
    qtbot.addWidget(window)
    ctrl = window.ctrl
    node = ctrl.session.part_node(2025, "basic.overview")
    claim = "学校有在校生1700余人。"
    ctrl.push(SetTextCommand(ctrl, ("node", node.id), claim))
    QApplication.processEvents()
    assert not any("1700余" in f.message for f in ctrl.findings)     # still typing
    qtbot.waitUntil(lambda: any("1700余" in f.message for f in ctrl.findings), timeout=3000)
    assert ctrl.findings == validate(ctrl.session.snapshot(2025))
    window.close()


def test_a_fault_in_a_rule_is_reported_in_chinese_without_the_program_s_own_words(ctrl, monkeypatch):
    from vqdesk.core.validation import live

    def broken(self, data):
        raise KeyError("internal_key_name")
    monkeypatch.setattr(live.LiveValidation, "__init__", broken)
    ctrl._live = None
    messages = []
    ctrl.error.connect(messages.append)
    ctrl.validate_now()
    assert ctrl.findings == []
    assert messages == ["校验时程序出错，本次没有列出问题；您的修改已经保存。详情已写入日志，请联系技术支持。"]
