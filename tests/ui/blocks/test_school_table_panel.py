"""A regional report's per-school table of indicators: the indicators picked from the edition's
tables, 合计 (the region's own figure) or 平均, and 排名 among the chosen ones — one undo step each."""

from PySide6.QtCore import Qt

from vqdesk.core.session import Session
from vqdesk.ui.app import open_window
from vqdesk.ui.commands_blocks import AddBlockCommand

FIGURES = [("甲校", "6.1", 1000), ("甲校", "3.2", 80), ("乙校", "6.1", 2000), ("乙校", "3.2", 70)]


def _choose(combo, key):
    combo.setCurrentIndex(combo.findData(key))
    combo.activated.emit(combo.currentIndex())


def test_a_per_school_table_picks_indicators_total_and_rank(tmp_path, qtbot):
    path = tmp_path / "市.vqd"
    with Session.create(path, school="示例市", year=2025, edition_id="regional-city-2024") as s:
        for school, figure, value in FIGURES:
            s.add_record(2025, "school_figures", {"school": school, "figure": figure, "value": value})
        node = s.document(2025).outline[0]
        s.set_value(2025, "6.1", 3000)
    window = open_window(path)
    qtbot.addWidget(window)
    ctrl = window.ctrl
    window.nav.select_key(("node", node.id))
    command = AddBlockCommand(ctrl, node.id, {"kind": "table", "ref": "s", "source": {"type": "schools",
                                                                                    "indicators": ["6.1"]}})
    assert ctrl.push(command)
    editor = window.pages["node"].column.frame_of(command.first_id).editor
    panel = editor.panel

    def source():
        """What the panel sets (the core fills in the per-school table's other settings)."""
        full = ctrl.data.document.block(command.first_id).data["source"]
        return {k: full.get(k) for k in ("type", "indicators", "total", "rank", "numbered")}

    _choose(panel.indicators.group, 3)
    panel.indicators.item_of("3.2").setCheckState(Qt.CheckState.Checked)
    _choose(panel.total, "sum")
    _choose(panel.rank, "6.1")                        # the 排名 choices follow the indicators picked
    assert source() == {"type": "schools", "indicators": ["6.1", "3.2"], "total": "sum", "rank": "6.1",
                        "numbered": True}
    assert [editor.preview.item(r, 1).text() for r in range(3)] == ["甲校", "乙校", "合计"]
    assert editor.preview.item(2, 2).text() == "3000" and editor.preview.item(0, 4).text() == "2"
    _choose(panel.indicators.group, 6)
    panel.indicators.item_of("6.1").setCheckState(Qt.CheckState.Unchecked)
    assert source()["indicators"] == ["3.2"] and source()["rank"] is None   # a rank by a figure left out goes
    for _ in range(4):
        ctrl.undo_stack.undo()
    assert source() == {"type": "schools", "indicators": ["6.1"], "total": None, "rank": None, "numbered": True}
    window.close()
