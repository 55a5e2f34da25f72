"""插入 → 数据表格… asks which data the table shows (a list, or indicators over years), then adds
the table in one undo step."""

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from vqdesk.ui.blocks.table_source import TableSourceDialog


def _answer(choose_kind: str | None, accept: bool):
    def act():
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, TableSourceDialog) and w.isVisible())
        if choose_kind is not None:
            dialog.kind.setCurrentIndex(dialog.kind.findData(choose_kind))
            dialog.kind.activated.emit(dialog.kind.currentIndex())
        (dialog.accept if accept else dialog.reject)()
    QTimer.singleShot(0, act)


def _bound_tables(blocks_of):
    return [b for b in blocks_of() if b["kind"] == "table" and b.get("source")]


def test_insert_a_data_table_of_indicators_then_undo(window, part_key, blocks_of, qtbot):
    window.nav.select_key(part_key(window.ctrl, "basic.overview"))
    action = next(a for a in window.insert_actions if a.text() == "数据表格…")
    before = len(_bound_tables(blocks_of))
    _answer("indicators", accept=True)
    action.trigger()
    tables = _bound_tables(blocks_of)
    assert len(tables) == before + 1
    source = tables[-1]["source"]
    assert source["type"] == "indicators" and source["indicators"] and source["years"] == "recent"
    window.ctrl.undo_stack.undo()
    assert len(_bound_tables(blocks_of)) == before


def test_cancelling_the_data_table_dialog_adds_nothing(window, part_key, blocks_of, qtbot):
    window.nav.select_key(part_key(window.ctrl, "basic.overview"))
    action = next(a for a in window.insert_actions if a.text() == "数据表格…")
    before, steps = blocks_of(), window.ctrl.undo_stack.count()
    _answer(None, accept=False)
    action.trigger()
    assert blocks_of() == before and window.ctrl.undo_stack.count() == steps
