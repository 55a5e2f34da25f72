from PySide6.QtCore import Qt

from vqdesk.ui.grid_keys import parse_tsv
from vqdesk.ui.record_model import RecordListModel


def _names(ctrl):
    return [r.data.get("name") for r in ctrl.session.records(2025, "majors")]


def test_record_paste_of_a_block_with_a_header_appends_rows(ctrl):
    model = RecordListModel(ctrl, "majors")
    block = "专业代码\t专业名称\t所属专业类\t学制\r\n700101\t工业机器人技术应用\t自动化类\t三年制\r\n" \
            "730101\t会计事务\t财务会计类\t3年\r\n"
    batch, added, refused, notes = model.paste_rows(parse_tsv(block), 0, 0, append=True)
    assert (added, refused, notes, batch.text()) == ([3, 4], [], [], "粘贴 新增 2 行")
    assert (model.rowCount(), _names(ctrl)) == (4, ["机电技术应用", "计算机应用", "工业机器人技术应用", "会计事务"])
    assert ctrl.session.records(2025, "majors")[3].data["duration"] == "三年制"
    assert ctrl.undo_stack.count() == 1
    ctrl.undo_stack.undo()
    assert _names(ctrl) == ["机电技术应用", "计算机应用"]


def test_record_paste_adds_the_good_rows_and_names_the_refused_one(ctrl):
    model = RecordListModel(ctrl, "majors")
    batch, added, refused, _ = model.paste_rows(parse_tsv("700101\t工业机器人\t自动化类\t三年制\n7301\t会计事务\t\t三年制"),
                                                0, 0, append=True)
    assert (added, [n for n, _ in refused]) == ([3], [2])
    assert "“7301”格式不对" in refused[0][1]
    assert (model.rowCount(), ctrl.undo_stack.count(), batch.text()) == (3, 1, "粘贴 新增 1 行")


def test_record_paste_where_every_row_is_refused_leaves_no_undo_step(ctrl):
    model = RecordListModel(ctrl, "majors")
    _, added, refused, _ = model.paste_rows(parse_tsv("7301\t会计事务\t\t三年制"), 0, 0, append=True)
    assert (added, len(refused), ctrl.undo_stack.count(), model.rowCount()) == ([], 1, 0, 2)


def test_record_edit_undo_and_redo(ctrl):
    model = RecordListModel(ctrl, "majors")
    cell = model.index(1, 1)
    assert model.setData(cell, "计算机网络技术")
    assert cell.data(Qt.ItemDataRole.DisplayRole) == "计算机网络技术"
    ctrl.undo_stack.undo()
    assert _names(ctrl)[1] == "计算机应用"
    ctrl.undo_stack.redo()
    assert _names(ctrl)[1] == "计算机网络技术"


def test_record_remove_and_undo_restores_row_in_place(ctrl):
    from vqdesk.ui.commands import RemoveRecordCommand, SetRecordFieldCommand
    first = ctrl.session.records(2025, "majors")[0]
    ctrl.push(RemoveRecordCommand(ctrl, "majors", first.id))
    assert _names(ctrl) == ["计算机应用"]
    ctrl.undo_stack.undo()
    assert _names(ctrl) == ["机电技术应用", "计算机应用"]
    restored = ctrl.session.records(2025, "majors")[0]
    ctrl.push(SetRecordFieldCommand(ctrl, "majors", restored.id, "remark", "省级示范"))
    ctrl.undo_stack.undo()   # the field edit
    ctrl.undo_stack.undo()   # nothing left to undo but the removal's own undo already happened
    assert ctrl.session.records(2025, "majors")[0].data.get("remark") is None
