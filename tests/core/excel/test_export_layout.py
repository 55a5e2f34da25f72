"""The exported workbook looks like the official tables and behaves like a real spreadsheet."""

import pytest
from openpyxl import load_workbook

from vqdesk.core.excel import export_workbook
from vqdesk.core.findings import Finding, Place

from .conftest import YEAR, filled_session


@pytest.fixture(scope="module")
def workbook(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("layout")
    filled = filled_session(tmp_path / "filled.vqd")
    findings = [Finding("error", "R1", Place("indicator", table=1, indicator="1.2c"),
                        "表1 升入本科人数 1600 大于 毕业生升学人数 1500"),
                Finding("warning", "R6", Place("record", list_id="majors", row=1, field="code"), "=专业代码重复")]
    path = export_workbook(filled.snapshot(YEAR), tmp_path / "out.xlsx", findings=findings, app_version="0.1.0")
    filled.close()
    return load_workbook(path)


def row_of(ws, label):
    return next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 2).value == label)


def test_export_sheets_in_order(workbook):
    assert workbook.sheetnames == [
        "封面", "表1 人才培养质量计分卡", "表2 满意度调查表", "表3 教学资源表", "表4 服务贡献表",
        "表5 国际影响表", "表6 落实政策表", "专业设置", "分专业在校生", "学生技能大赛获奖", "教师比赛获奖",
        "校企合作", "实习单位", "证书获取", "社会培训", "办学条件", "教师结构", "经费收入", "校验结果", "_vqdesk"]
    assert all(len(name) <= 31 for name in workbook.sheetnames)


def test_export_cover_names_school_year_and_edition(workbook):
    ws = workbook["封面"]
    cover = {ws.cell(r, 1).value: ws.cell(r, 2).value for r in range(3, ws.max_row + 1)}
    assert cover["学校名称"] == "测试市机电工程学校"
    assert cover["学校标识码"] == "4121000001"
    assert cover["报告年度"] == "2025年度"
    assert cover["报告模板"] == "辽宁省中职学校质量年度报告（8章版）"
    assert cover["数据统计期间"] == "2024-09-01—2025-08-31"
    assert cover["应用程序版本"] == "vqdesk 0.1.0"


def test_export_table_header_row(workbook):
    ws = workbook["表2 满意度调查表"]
    assert ws["A1"].value == "表2 满意度调查表"
    assert [c.value for c in ws[2]] == ["序号", "指标", "单位", "2025年", "调查人次", "调查方式"]


def test_export_seq_is_one_merged_cell_per_group(workbook):
    ws = workbook["表1 人才培养质量计分卡"]
    merged = sorted(str(r) for r in ws.merged_cells.ranges)
    # 表1: 序号2 covers 落实/升学/本科 (rows 4-6), 序号5 the 三次产业 group (rows 9-12)
    assert merged == ["A1:D1", "A4:A6", "A9:A12"]
    assert [ws.cell(r, 1).value for r in range(3, 15)] == [1, 2, None, None, 3, 4, 5, None, None, None, 6, 7]


def test_export_sub_rows_indented_by_alignment_not_spaces(workbook):
    ws = workbook["表1 人才培养质量计分卡"]
    names = {ws.cell(r, 2).value: ws.cell(r, 2).alignment.indent for r in range(3, 15)}
    assert names["毕业去向落实人数"] == 0
    assert names["毕业生升学人数"] == 1
    assert names["升入本科人数"] == 2
    assert all(not name.startswith(" ") for name in names)


def test_export_starred_names_and_units(workbook):
    ws = workbook["表3 教学资源表"]
    assert [ws.cell(3, c).value for c in (2, 3)] == ["生师比*", ":1"]
    assert [ws.cell(4, c).value for c in (2, 3)] == ["双师素质专任教师比例*", "%"]


def test_export_numbers_are_numbers_with_formats(workbook):
    ws = workbook["表1 人才培养质量计分卡"]
    count = ws.cell(row_of(ws, "毕业生人数*"), 4)
    percent = ws.cell(row_of(ws, "毕业生本省去向落实率"), 4)
    money = ws.cell(row_of(ws, "月收入"), 4)
    assert (count.value, count.number_format, count.data_type) == (100, "0", "n")
    assert (percent.value, percent.number_format) == (61, "0.00")
    assert (money.value, money.number_format) == (1005.25, "0.00")


def test_export_derived_cell_holds_computed_value_and_definition(workbook):
    ws = workbook["表3 教学资源表"]
    cell = ws.cell(row_of(ws, "专业数量*"), 4)
    assert cell.value == 2                     # two rows in 专业设置
    assert cell.comment.text == "计算方法：专业数量 = 专业设置名单的行数"
    ratio = ws.cell(3, 4)
    assert ratio.comment.text == ("计算方法：生师比 = 全日制在校生人数（表6）÷ 专任教师总数（表6）\n"
                                  "备注：按 9 月 1 日口径")


def test_export_not_reported_cells_print_text_greyed_and_locked(workbook):
    ws = workbook["表5 国际影响表"]
    cell = ws.cell(row_of(ws, "在国外开办学校数"), 4)
    assert cell.value == "中职不填报"
    assert cell.fill.fgColor.rgb == "00EDEDED"
    assert cell.protection.locked is True
    assert ws.cell(row_of(ws, "中外合作办学专业数"), 4).protection.locked is False
    assert ws.protection.sheet is False


def test_export_data_validation_on_input_cells(workbook):
    ws = workbook["表2 满意度调查表"]
    rules = {(dv.type, dv.operator, dv.formula1, dv.formula2): str(dv.sqref) for dv in ws.data_validations.dataValidation}
    assert rules[("decimal", "between", "0", "100")].split()[0] == "D3"
    assert rules[("whole", "greaterThanOrEqual", "0", None)].split()[0] == "E3"
    majors = workbook["专业设置"].data_validations.dataValidation
    assert [(dv.type, dv.formula1, dv.showDropDown) for dv in majors] == [
        ("list", '"三年制,五年制（3+2）,五年一贯制,其他"', False)]


def test_export_print_setup(workbook):
    ws = workbook["表1 人才培养质量计分卡"]
    assert ws.print_title_rows == "$1:$2"
    assert ws.freeze_panes == "A3"
    assert (ws.page_setup.paperSize, ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (9, 1, 0)
    assert ws.sheet_properties.pageSetUpPr.fitToPage is True
    assert ws.oddHeader.center.text == "表1 人才培养质量计分卡"


def test_export_column_width_counts_chinese_double(workbook):
    ws = workbook["表2 满意度调查表"]
    # the longest name, 公共基础课(不含思想政治课)教学满意度: 17 CJK, 2 ASCII, indent 1, padding 2
    assert ws.column_dimensions["B"].width == 17 * 2 + 2 + 2 * 1 + 2


def test_export_major_groups_sub_table_under_table_3(workbook):
    ws = workbook["表3 教学资源表"]
    header = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 2).value == "专业群名称")
    assert ws.cell(header - 2, 1).value == "专业群及核心专业、对接产业链"
    assert [[ws.cell(r, c).value for c in range(1, 5)] for r in range(header, header + 3)] == [
        ["序号", "专业群名称", "核心专业", "选择对接产业链"],
        [1, "智能制造专业群", "机电技术应用", "先进装备制造"],
        [2, "汽车服务专业群", "汽车运用与维修", "汽车及零部件"]]
    assert "专业群及核心专业、对接产业链" not in workbook.sheetnames


def test_export_record_list_header_has_units_and_typed_columns(workbook):
    ws = workbook["教师结构"]
    assert [c.value for c in ws[2]] == ["序号", "教师类别", "专任教师数（人）", "双师素质（人）", "高级职称（人）",
                                        "研究生学历（人）"]
    assert [(c.value, c.data_type) for c in ws[3]][1:3] == [("专业课", "s"), (60, "n")]
    awards = workbook["学生技能大赛获奖"]
    assert (awards["B3"].value.date().isoformat(), awards["B3"].number_format) == ("2024-11-16", "yyyy-mm-dd")


def test_export_findings_sheet(workbook):
    ws = workbook["校验结果"]
    assert [[c.value for c in row] for row in ws.iter_rows(min_row=2)] == [
        ["序号", "严重程度", "位置", "说明"],
        [1, "错误", "表1 升入本科人数", "表1 升入本科人数 1600 大于 毕业生升学人数 1500"],
        [2, "警告", "名单 专业设置 第2行 专业代码", "=专业代码重复"]]
    assert ws["D4"].data_type == "s"


def test_export_hidden_index_sheet(workbook):
    ws = workbook["_vqdesk"]
    assert ws.sheet_state == "hidden"
    rows = list(ws.iter_rows(values_only=True))
    assert rows[:5] == [("format", "vqdesk-workbook-1", None), ("edition", "liaoning-2023", None),
                        ("year", 2025, None), ("sheet", "row", "indicator"), ("表1 人才培养质量计分卡", 3, "1.1")]
