"""An import is planned before it is written: cells old -> new and list rows added, changed and
removed, per sheet; the mode decides whether rows the workbook lacks are removed."""

import hashlib

from vqdesk.cli import main
from vqdesk.core.excel import export_workbook
from vqdesk.core.excel.plan import MODE_UPDATE, MODE_WORKBOOK

from .conftest import YEAR

EXTRA = {"code": "710201", "name": "计算机应用", "duration": "三年制"}


def _changed_since_export(filled, tmp_path):
    """A workbook of the filled report, then the report edited: 1.1 retyped, a third major added,
    the second major's remark changed."""
    path = export_workbook(filled.snapshot(YEAR), tmp_path / "book.xlsx")
    filled.set_value(YEAR, "1.1", 999)
    filled.add_record(YEAR, "majors", EXTRA)
    second = filled.records(YEAR, "majors")[1]
    filled.update_record(second.id, "remark", "改过")
    return path


def test_plan_lists_cells_and_rows_and_writes_nothing(filled, tmp_path):
    path = _changed_since_export(filled, tmp_path)
    before = filled.snapshot(YEAR, with_history=False)
    content, plan = filled.plan_workbook_import(YEAR, path, mode=MODE_WORKBOOK)
    assert content.report.errors == []
    assert [(c.indicator_id, c.column, c.old, c.new) for c in plan.cells] == [("1.1", "value", 999, 100)]
    majors = next(c for c in plan.lists if c.list_id == "majors")
    assert ([r.data for r in majors.removed], majors.added, [(ch.position, ch.fields) for ch in majors.changed]) == \
        ([EXTRA], [], [(1, {"remark": ("改过", "=1+1 备注")})])
    assert [c.list_id for c in plan.lists] == ["majors"]
    assert plan.by_sheet()["专业设置"] == ["名单“专业设置”第 2 行修改：备注 改过 → =1+1 备注",
                                         "名单“专业设置”删除第 3 行：710201、计算机应用、三年制"]
    assert plan.summary() == "将修改指标 1 项；名单新增 0 行、修改 1 行、删除 1 行（以工作簿为准）。"
    after = filled.snapshot(YEAR, with_history=False)
    assert (after.values, after.records) == (before.values, before.records)


def test_update_mode_keeps_rows_the_workbook_lacks(filled, tmp_path):
    path = _changed_since_export(filled, tmp_path)
    _, plan = filled.plan_workbook_import(YEAR, path, mode=MODE_UPDATE)
    majors = next(c for c in plan.lists if c.list_id == "majors")
    assert (majors.removed, len(majors.changed)) == ([], 1)
    filled.apply_import_plan(YEAR, plan)
    assert [r.data.get("name") for r in filled.records(YEAR, "majors")] == ["机电技术应用", "汽车运用与维修", "计算机应用"]
    assert filled.value(YEAR, "1.1").number == 100


def test_workbook_mode_removes_them(filled, tmp_path):
    path = _changed_since_export(filled, tmp_path)
    _, plan = filled.plan_workbook_import(YEAR, path, mode=MODE_WORKBOOK)
    filled.apply_import_plan(YEAR, plan)
    assert [r.data.get("name") for r in filled.records(YEAR, "majors")] == ["机电技术应用", "汽车运用与维修"]


def test_a_new_row_in_the_workbook_is_added(filled, tmp_path):
    filled.add_record(YEAR, "majors", EXTRA)
    path = export_workbook(filled.snapshot(YEAR), tmp_path / "book.xlsx")
    filled.remove_record(filled.records(YEAR, "majors")[2].id)
    _, plan = filled.plan_workbook_import(YEAR, path)
    assert [(c.list_id, c.added) for c in plan.lists] == [("majors", [EXTRA])]
    assert plan.cells == []


def test_an_imported_number_in_a_computed_cell_is_a_reported_value(filled, tmp_path):
    """专业数量 (3.4b) counts the majors list; a workbook saying 4 beside a 2-row list plans a
    reported value, never a change of the list."""
    from openpyxl import load_workbook
    path = export_workbook(filled.snapshot(YEAR), tmp_path / "book.xlsx")
    wb = load_workbook(path)
    ws = wb["表3 教学资源表"]
    row = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 2).value == "专业数量*")
    ws.cell(row, 4).value = 4
    wb.save(path)
    _, plan = filled.plan_workbook_import(YEAR, path)
    assert [(c.indicator_id, c.old, c.new, c.derived) for c in plan.cells] == [("3.4b", None, 4, True)]
    assert plan.cells[0].describe() == "表3 专业数量报送值：（空） → 4"
    filled.apply_import_plan(YEAR, plan)
    assert (filled.value(YEAR, "3.4b").number, filled.value(YEAR, "3.4b").source) == (4, "import")


def test_cli_dry_run_prints_the_removal_and_changes_nothing(filled, tmp_path, capsys):
    path = _changed_since_export(filled, tmp_path)
    filled.close()
    report = tmp_path / "filled.vqd"
    digest = hashlib.sha256(report.read_bytes()).hexdigest()
    code = main(["import", str(report), str(path), "--dry-run", "--mode", "workbook"])
    out = capsys.readouterr().out
    assert code == 0
    assert "名单“专业设置”删除第 3 行：710201、计算机应用、三年制" in out
    assert "表1 毕业生人数：999 → 100" in out
    assert hashlib.sha256(report.read_bytes()).hexdigest() == digest
    assert main(["import", str(report), str(path)]) == 0          # update mode: the row stays
    out = capsys.readouterr().out
    assert "删除第" not in out and "删除 0 行" in out
    assert "表3 专业数量报送值：（空） → 2" in out    # the list keeps 3 rows: the workbook's 2 is reported
