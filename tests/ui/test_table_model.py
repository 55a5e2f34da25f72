from PySide6.QtCore import Qt

from vqdesk.core.findings import Finding, Place
from vqdesk.ui.table_model import DERIVED_BG, FIXED, REFUSED_BG, TINTS, StandardTableModel


def _cell(model, indicator_id, column="value"):
    return model.index(model.indicator_row(indicator_id), model.column_of(column))


def test_table_model_has_one_row_per_indicator_and_value_columns(ctrl):
    model = StandardTableModel(ctrl, 2)
    table = ctrl.edition.table(2)
    assert (model.rowCount(), model.columnCount()) == (len(table.rows), FIXED + 3)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == \
        ["序号", "指标", "单位", "2025年", "调查人次", "调查方式"]


def test_table_model_indents_sub_items_in_display_only(ctrl):
    model = StandardTableModel(ctrl, 1)
    name = model.index(model.indicator_row("1.2c"), 1).data()
    assert name == "\u3000\u3000\u3000\u3000升入本科人数"


def test_table_model_derived_cells_show_computed_value_and_are_read_only(ctrl, qtbot):
    model = StandardTableModel(ctrl, 3)
    cell = _cell(model, "3.1")
    assert (cell.data(), model.copy_text(cell)) == ("ƒ 15.00:1", "15.00:1")
    assert cell.data(Qt.ItemDataRole.BackgroundRole).color() == DERIVED_BG
    assert not model.flags(cell) & Qt.ItemFlag.ItemIsEditable
    assert "生师比 = 全日制在校生人数" in cell.data(Qt.ItemDataRole.ToolTipRole)
    with qtbot.waitSignal(model.note) as blocker:
        assert model.setData(cell, "12") is False
    assert blocker.args[0][0].startswith("表3 生师比 由公式自动计算：生师比 = 全日制在校生人数")


def test_table_model_not_reported_cells_are_locked_and_say_so(ctrl):
    model = StandardTableModel(ctrl, 5)
    cell = _cell(model, "5.3a")
    assert cell.data() == "中职不填报"
    assert not model.flags(cell) & Qt.ItemFlag.ItemIsEditable


def test_table_model_set_data_goes_through_undo_stack(ctrl):
    model = StandardTableModel(ctrl, 1)
    cell = _cell(model, "1.1")
    assert model.setData(cell, "520")
    assert (ctrl.session.value(2025, "1.1").number, ctrl.undo_stack.count()) == (520, 1)
    ctrl.undo_stack.undo()
    assert (ctrl.session.value(2025, "1.1").number, cell.data()) == (500, "500")
    ctrl.undo_stack.redo()
    assert cell.data() == "520"


def test_table_model_rejected_value_stays_in_the_cell_and_off_the_stack(ctrl, qtbot):
    model = StandardTableModel(ctrl, 1)
    cell = _cell(model, "1.3")
    with qtbot.waitSignal(model.note) as blocker:
        assert model.setData(cell, "120") is False
    assert blocker.args[0][0].startswith("表1 毕业生本省去向落实率（%）：百分比应在 0-100 之间，而不是 120.0。已保留您输入的“120”")
    assert (cell.data(), cell.data(Qt.ItemDataRole.BackgroundRole).color(), ctrl.undo_stack.count()) == \
        ("120", REFUSED_BG, 0)
    assert cell.data(Qt.ItemDataRole.ToolTipRole).startswith("未保存：表1 毕业生本省去向落实率")
    assert ctrl.session.value(2025, "1.3") is None
    assert model.setData(cell, "95")
    assert (cell.data(), ctrl.session.value(2025, "1.3").number, model.pending) == ("95.00%", 95, {})


def test_table_model_tints_cells_with_findings(ctrl):
    model = StandardTableModel(ctrl, 1)
    ctrl.findings = [Finding("error", "R1", Place("indicator", table=1, indicator="1.2a"),
                             "表1 毕业去向落实人数 600 大于 毕业生人数 500")]
    ctrl.findings_changed.emit()
    cell = _cell(model, "1.2a")
    assert cell.data(Qt.ItemDataRole.BackgroundRole).color() == TINTS["error"]
    assert cell.data(Qt.ItemDataRole.ToolTipRole).endswith("【错误】表1 毕业去向落实人数 600 大于 毕业生人数 500")
    assert _cell(model, "1.1").data(Qt.ItemDataRole.BackgroundRole) is None


def test_hovering_an_indicator_shows_its_definition_from_the_edition(ctrl):
    model = StandardTableModel(ctrl, 1)
    indicator = ctrl.edition.indicator("1.2c")
    assert indicator.definition
    tip = _cell(model, "1.2c").data(Qt.ItemDataRole.ToolTipRole)
    assert f"口径：{indicator.definition}" in tip
