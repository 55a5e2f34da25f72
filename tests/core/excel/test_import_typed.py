"""Import of workbooks people typed themselves: messy names, numbers written as text, mistakes."""

from datetime import datetime

import pytest
from openpyxl import Workbook

from vqdesk.core.errors import InputError, VqdeskError
from vqdesk.core.excel import ImportProblem, import_workbook

from .conftest import YEAR

T1 = "表1 人才培养质量计分卡"


def typed_workbook(path, table1_rows, extra=None):
    """表1 as a person types it: a title, a blank row, a header with 指标名称, merged-looking 序号."""
    wb = Workbook()
    ws = wb.active
    ws.title = T1
    ws.append(["表1 人才培养质量计分卡"])
    ws.append([])
    ws.append(["序号", "指标名称", "单位", "2025年"])
    for row in table1_rows:
        ws.append(row)
    if extra:
        extra(wb)
    wb.save(path)
    return path


MESSY_TABLE1 = [
    [1, "毕业生人数 *", "人", "1,234"],
    [2, "毕业去向落实人数", "人", 1200],
    [None, "其中：毕业生升学人数", "人", "５００"],
    [None, "其中:升入本科人数", "人", 100],
    [3, "毕业生本省去向落实率", "％", "95%"],
    [4, "月收入", "元", 3500.5],
    [5, "毕业生面向三次\n产业就业人数", "人", 600],
    [None, "面向第一产业", "人", " 10 "],
    [6, "自主创业率", "%", "９.５"],
]


def messy_extras(wb):
    ws = wb.create_sheet("Sheet3")
    ws.append(["表3 教学资源表"])
    ws.append(["序号", "指标", "单位", "2025年"])
    ws.append([6, "专业教学资源库数", "个", 9])
    ws.append([None, "其中：国家级数量*", "个", 1])
    ws.append([None, "接入国家智慧教育平台数量", "个", 1])
    ws.append([None, "省级数量", "个", 3])
    ws.append([None, "接入国家智慧教育平台数量", "个", 2])
    ws.append([8, "虚拟仿真实训基地数", "个", 4])
    ws.append([None, "国家级数量", "个", 0])
    ws.append([None, "接入国家智慧教育平台数量", "个", 0])
    ws.append([10, "互联网出口带宽", "Mbps", "1,000"])
    ws4 = wb.create_sheet("服务贡献表")
    ws4.append(["序号", "指标", "单位", "2025 年"])
    ws4.append([1, "毕业生初次就业人数", "人", 580])
    ws4.append([None, "A类：留在当地就业", "人", 400])
    ws4.append([None, "B类:到西部和东北地区就业", "人", 450])


def values(session):
    return {key: v.content for key, v in session.values(YEAR).items()}


def test_import_messy_hand_typed_workbook(blank, tmp_path):
    path = typed_workbook(tmp_path / "typed.xlsx", MESSY_TABLE1, messy_extras)
    report = import_workbook(blank, YEAR, path)
    assert report.errors == []
    assert report.applied is True
    assert values(blank) == {
        ("1.1", "value"): 1234, ("1.2a", "value"): 1200, ("1.2b", "value"): 500, ("1.2c", "value"): 100,
        ("1.3", "value"): 95, ("1.4", "value"): 3500.5, ("1.5a", "value"): 600, ("1.5b", "value"): 10, ("1.6", "value"): 9.5,
        ("3.6a", "value"): 9, ("3.6b", "value"): 1, ("3.6c", "value"): 1, ("3.6d", "value"): 3,
        ("3.6e", "value"): 2, ("3.8a", "value"): 4, ("3.8b", "value"): 0, ("3.8c", "value"): 0,
        ("3.10", "value"): 1000, ("4.1a", "value"): 580, ("4.1b", "value"): 400, ("4.1c", "value"): 450}
    assert report.values_imported == 21


def test_import_lists_missing_rows_and_tables_as_warnings(blank, tmp_path):
    path = typed_workbook(tmp_path / "typed.xlsx", MESSY_TABLE1[:2])
    report = import_workbook(blank, YEAR, path)
    assert {p.severity for p in report.problems} == {"warning"}
    assert ImportProblem(T1, "", "表1 人才培养质量计分卡：工作表中没有这些指标行，保持原值不变：毕业生升学人数、"
                         "升入本科人数、毕业生本省去向落实率、月收入、毕业生面向三次产业就业人数、面向第一产业、"
                         "面向第二产业、面向第三产业、自主创业率、毕业三年晋升比例", "warning") in report.problems
    assert ImportProblem("", "", "工作簿中找不到表2 满意度调查表，该表未导入", "warning") in report.problems


def test_import_ratio_written_with_colon(blank, tmp_path):
    def table3(wb):
        ws = wb.create_sheet("表3")
        ws.append(["序号", "指标", "单位", "2025年"])
        ws.append([1, "生师比", "：1", "11.17:1"])
    report = import_workbook(blank, YEAR, typed_workbook(tmp_path / "t.xlsx", [], table3))
    assert (report.errors, values(blank)) == ([], {("3.1", "value"): 11.17})


def test_import_percent_formatted_cell_is_scaled_to_0_100(blank, tmp_path):
    def percent(wb):
        wb[T1]["D4"].number_format = "0%"
    report = import_workbook(blank, YEAR, typed_workbook(tmp_path / "t.xlsx", [[3, "毕业生本省去向落实率", "%", 0.95]],
                                                         percent))
    assert (report.errors, values(blank)) == ([], {("1.3", "value"): 95})


@pytest.mark.parametrize("cell, message", [
    ("abc", "表1 毕业生人数（人）：“abc”不是数值"),
    (-3, "表1 毕业生人数（人）：不能为负数（-3）"),
    (12.5, "表1 毕业生人数（人）：12.5 不是整数"),
    ("=SUM(1,2)", "表1 毕业生人数：单元格含公式但没有计算结果，请在 Excel 中打开、重新计算并保存后再导入，"
                  "或把公式粘贴为数值"),
    ("#DIV/0!", "表1 毕业生人数：单元格是错误值 #DIV/0!"),
    (datetime(2025, 3, 1), "表1 毕业生人数：单元格是日期（2025-03-01），这里应填写数值"),
])
def test_import_bad_number_cell_names_sheet_and_cell(blank, tmp_path, cell, message):
    path = typed_workbook(tmp_path / "t.xlsx", [[1, "毕业生人数", "人", cell]])
    report = import_workbook(blank, YEAR, path)
    assert report.errors == [ImportProblem(T1, "D4", message)]


def test_import_is_all_or_nothing_on_error(filled, tmp_path):
    before = values(filled)
    path = typed_workbook(tmp_path / "t.xlsx", [[1, "毕业生人数", "人", 999], [2, "毕业去向落实人数", "人", "很多"]])
    report = import_workbook(filled, YEAR, path)
    assert (report.applied, report.values_imported, len(report.errors)) == (False, 0, 1)
    assert values(filled) == before


def test_import_partial_writes_good_cells_and_lists_bad_ones(filled, tmp_path):
    before = values(filled)
    path = typed_workbook(tmp_path / "t.xlsx", [[1, "毕业生人数", "人", 999], [2, "毕业去向落实人数", "人", "很多"]])
    report = import_workbook(filled, YEAR, path, partial=True)
    assert (report.applied, report.values_imported) == (True, 1)
    assert report.errors == [ImportProblem(T1, "D5", "表1 毕业去向落实人数（人）：“很多”不是数值")]
    assert values(filled) == {**before, ("1.1", "value"): 999}
    assert filled.value(YEAR, "1.1").source == "import"


def test_import_not_reported_cell_text_skipped_number_rejected(blank, tmp_path):
    def table5(wb):
        ws = wb.create_sheet("表5 国际影响表")
        ws.append(["序号", "指标", "单位", "2025年"])
        ws.append([3, "在国外开办学校数", "所", "中职不填报"])
        ws.append([None, "专业数量", "个", 2])
    report = import_workbook(blank, YEAR, typed_workbook(tmp_path / "t.xlsx", [], table5))
    assert report.errors == [ImportProblem("表5 国际影响表", "D3",
                                           "表5 专业数量：此项为“中职不填报”，中职学校不应填写（读到“2”）")]


def test_import_year_column_must_match(blank, tmp_path):
    def two_years(wb):
        ws = wb.create_sheet("表6")
        ws.append(["序号", "指标", "单位", "2023年", "2024年"])
        ws.append([1, "全日制在校生人数", "人", 1000, 1100])
    report = import_workbook(blank, YEAR, typed_workbook(tmp_path / "t.xlsx", [], two_years))
    assert report.errors == [ImportProblem("表6", "B1", "表6 落实政策表：表头中没有“2025年”列（表头中的年份：2023年、2024年）")]


def test_import_record_list_by_header_labels(blank, tmp_path):
    def teachers(wb):
        ws = wb.create_sheet("教师结构")
        ws.append(["教师类别", "专任教师数（人）", "双师素质", "高级职称", "备用列"])
        ws.append(["专业课", 60, "40", 20, "x"])
        ws.append([None, None, None, None])
        ws.append(["文化课", "４０", 2, 12])
    report = import_workbook(blank, YEAR, typed_workbook(tmp_path / "t.xlsx", [], teachers))
    assert report.errors == []
    assert report.rows_imported == {"teacher_structure": 2}
    assert [r.data for r in blank.records(YEAR, "teacher_structure")] == [
        {"category": "专业课", "count": 60, "dual_qualified": 40, "senior_title": 20},
        {"category": "文化课", "count": 40, "dual_qualified": 2, "senior_title": 12}]


def test_import_record_list_bad_choice_named(blank, tmp_path):
    def teachers(wb):
        ws = wb.create_sheet("教师结构")
        ws.append(["教师类别", "专任教师数（人）", "双师素质", "高级职称"])
        ws.append(["体育", 60, 40, 20])
    report = import_workbook(blank, YEAR, typed_workbook(tmp_path / "t.xlsx", [], teachers))
    assert report.errors == [ImportProblem("教师结构", "A2",
                                           "名单“教师结构”·教师类别：教师类别“体育”不在可选项中"
                                           "（专业课、文化课、思政课、体育课、美育课、其他）")]
    assert (report.applied, blank.records(YEAR, "teacher_structure")) == (False, [])


def test_import_failure_midway_leaves_file_untouched(filled, tmp_path, monkeypatch):
    before = values(filled)
    records_before = filled.records(YEAR, "teacher_structure")

    def teachers(wb):
        ws = wb.create_sheet("教师结构")
        ws.append(["教师类别", "专任教师数", "双师素质", "高级职称"])
        ws.append(["专业课", 1, 1, 1])

    def broken(*args, **kwargs):
        raise InputError("磁盘已满")
    for name in ("append_records", "update_record", "remove_records"):   # the list is written after the cells
        monkeypatch.setattr(filled, name, broken)
    report = import_workbook(filled, YEAR, typed_workbook(tmp_path / "t.xlsx", [[1, "毕业生人数", "人", 7]], teachers))
    assert (report.applied, report.errors) == (False, [ImportProblem("", "", "导入中止，报告文件未作任何修改：磁盘已满")])
    assert (values(filled), filled.records(YEAR, "teacher_structure")) == (before, records_before)


def test_import_rejects_a_file_that_is_not_a_workbook(blank, tmp_path):
    path = tmp_path / "notes.xlsx"
    path.write_text("not a zip", encoding="utf-8")
    with pytest.raises(VqdeskError, match="不是有效的 Excel 工作簿"):
        import_workbook(blank, YEAR, path)
    with pytest.raises(VqdeskError, match="另存为 .xlsx"):
        (tmp_path / "old.xls").write_bytes(b"x")
        import_workbook(blank, YEAR, tmp_path / "old.xls")


def test_import_problem_reads_as_place_and_message():
    assert str(ImportProblem(T1, "D5", "表1 毕业生人数（人）：“abc”不是数值")) == \
        "表1 人才培养质量计分卡!D5：表1 毕业生人数（人）：“abc”不是数值"
    assert str(ImportProblem("", "", "工作簿中找不到表2 满意度调查表，该表未导入", "warning")) == \
        "（提示）工作簿中找不到表2 满意度调查表，该表未导入"


def test_import_summary_for_rejected_and_applied_imports(filled, tmp_path):
    bad = typed_workbook(tmp_path / "bad.xlsx", [[1, "毕业生人数", "人", "很多"]])
    rejected = import_workbook(filled, YEAR, bad)
    assert rejected.summary().splitlines()[:2] == [
        "发现 1 个错误，未导入任何数据。请改正后重新导入，或选择只导入无误的部分。",
        "表1 人才培养质量计分卡!D4：表1 毕业生人数（人）：“很多”不是数值"]
    good = typed_workbook(tmp_path / "good.xlsx", [[1, "毕业生人数", "人", 90]])
    assert import_workbook(filled, YEAR, good).summary().splitlines()[0] == "已导入指标 1 项，名单 0 份共 0 行。"


def test_import_partial_keeps_list_row_without_the_bad_field(blank, tmp_path):
    def teachers(wb):
        ws = wb.create_sheet("教师结构")
        ws.append(["教师类别", "专任教师数（人）", "双师素质", "高级职称"])
        ws.append(["专业课", 60, "四十", 20])
    report = import_workbook(blank, YEAR, typed_workbook(tmp_path / "t.xlsx", [], teachers), partial=True)
    assert report.errors == [ImportProblem("教师结构", "C2", "名单“教师结构”·双师素质：“四十”不是数值")]
    assert (report.applied, report.rows_imported) == (True, {"teacher_structure": 1})
    assert [r.data for r in blank.records(YEAR, "teacher_structure")] == [
        {"category": "专业课", "count": 60, "senior_title": 20}]
    assert blank.records(YEAR, "teacher_structure")[0].source == "import"


def test_an_import_aborted_while_writing_counts_nothing_and_changes_nothing(blank, tmp_path, monkeypatch):
    """Values are written first, then lists; a list that fails at the last moment takes the
    values back with it, and the report counts nothing imported."""
    def teachers(wb):
        ws = wb.create_sheet("教师结构")
        ws.append(["教师类别", "专任教师数（人）", "双师素质", "高级职称"])
        ws.append(["专业课", 60, 40, 20])

    def refuse(*args, **kwargs):
        raise InputError("名单无法写入")
    path = typed_workbook(tmp_path / "t.xlsx", [("1", "毕业生人数", "人", 300)], teachers)
    monkeypatch.setattr(blank, "append_records", refuse)
    report = import_workbook(blank, YEAR, path)
    assert (report.applied, report.values_imported, report.rows_imported) == (False, 0, {})
    assert "导入中止，报告文件未作任何修改：名单无法写入" in report.summary()
    assert values(blank) == {}
