"""R5 kinds and units, R1/R2/R3/R9 hierarchy, R4/R7 derived values."""

from dataclasses import replace

import pytest

from vqdesk.core.findings import Finding, Place
from vqdesk.core.model import Value
from vqdesk.core.validation import validate

from .conftest import add_record, set_value, update_record


def cell(ind_id, table, column="value"):
    return Place(kind="indicator", table=table, indicator=ind_id, column=column)


# -- R5 ------------------------------------------------------------------------------------------

def test_kinds_percentage_above_100_is_error(data):
    data.values[("1.6", "value")] = Value(number=120.5, source="import")
    assert validate(data) == [
        Finding("error", "R5.percent", cell("1.6", 1), "表1 自主创业率 为百分比，应在 0 到 100 之间，现为 120.50%")]


def test_kinds_count_must_be_a_non_negative_integer(data):
    data.values[("5.6", "value")] = Value(number=2.5, source="import")
    data.values[("5.5", "value")] = Value(number=-3, source="import")
    assert validate(data) == [
        Finding("error", "R5.count", cell("5.5", 5), "表5 专任教师赴国外指导和开展培训时间 应为非负整数，现为 -3"),
        Finding("error", "R5.count", cell("5.6", 5), "表5 在国外组织担任职务的专任教师数 应为非负整数，现为 2.50")]


def test_kinds_money_must_not_be_negative(data):
    data.values[("4.7", "value")] = Value(number=-48.6, source="import")
    assert validate(data) == [
        Finding("error", "R5.money", cell("4.7", 4), "表4 非学历培训到账经费 金额（万元）不能为负数，现为 -48.60")]


def test_kinds_text_in_a_numeric_cell(data):
    data.values[("6.8", "value")] = Value(text="若干", source="import")
    findings = validate(data)
    assert findings[0] == Finding("error", "R5.number", cell("6.8", 6), "表6 与企业共建开放型区域产教融合实践中心 应填写数值，现为“若干”")


def test_kinds_survey_respondents_are_counts(data):
    data.values[("2.5", "respondents")] = Value(number=800.5, source="import")
    assert validate(data) == [
        Finding("error", "R5.count", cell("2.5", 2, "respondents"), "表2 家长满意度调查人次 应为非负整数，现为 800.50")]


def test_kinds_record_numbers_and_codes(data):
    rows = data.records["enrolment"]
    rows[0] = replace(rows[0], data=dict(rows[0].data, female=-50))
    majors = data.records["majors"]
    majors[2] = replace(majors[2], data=dict(majors[2].data, code="71020"))
    findings = [f for f in validate(data) if f.rule == "R5.record"]
    assert findings == [
        Finding("error", "R5.record", Place(kind="record", list_id="majors", row=2, field="code"),
                "名单“专业设置”第3行：专业代码“71020”格式不对，应为6 位数字"),
        Finding("error", "R5.record", Place(kind="record", list_id="enrolment", row=0, field="female"),
                "名单“分专业在校生”第1行：女生不能为负数，现为 -50")]


# -- R1 / R2 / R3 / R9 -----------------------------------------------------------------------------

def test_hierarchy_sub_item_above_parent_is_error(data):
    set_value(data, "1.2c", 160)      # 升入本科 160 > 升学 150
    assert validate(data) == [
        Finding("error", "R1", cell("1.2c", 1), "表1 升入本科人数 160 大于 表1 毕业生升学人数 150")]


def test_hierarchy_rows_in_men_and_xueshi_have_their_own_parents(data):
    set_value(data, "3.5c", 200)      # 200 门 > 120 门; 1600 学时 ≤ 6400 学时 is fine
    assert validate(data) == [
        Finding("error", "R1", cell("3.5c", 3), "表3 课证融通课程数（门） 200 大于 表3 教学计划内课程总数（门） 120")]


def test_hierarchy_percent_row_under_count_row_is_skipped(data):
    set_value(data, "6.5a", 50)       # 体质测评合格率 92.5 % under 50 people: not a sub-count
    assert validate(data) == []


def test_hierarchy_partition_must_sum_exactly(data):
    set_value(data, "1.5d", 60)
    assert validate(data) == [
        Finding("error", "R2", cell("1.5a", 1),
                "表1 毕业生面向三次产业就业人数 130 不等于各分项之和：面向第一产业 10 + 面向第二产业 70 + "
                "面向第三产业 60 = 140")]


def test_hierarchy_partition_summing_below_its_total_is_an_error_too(data):
    set_value(data, "1.5d", 40)
    assert [(f.rule, f.message) for f in validate(data)] == [
        ("R2", "表1 毕业生面向三次产业就业人数 130 不等于各分项之和：面向第一产业 10 + 面向第二产业 70 + "
               "面向第三产业 40 = 120")]


def test_hierarchy_incomplete_partition_falls_back_to_sub_item_checks(data):
    set_value(data, "3.6f", "")
    set_value(data, "3.6d", 5)
    findings = validate(data)
    assert [(f.rule, f.place.indicator) for f in findings] == [
        ("R1", "3.6d"), ("R17.indicator", "3.6f")]
    assert findings[0].message == "表3 专业教学资源库数·省级数量 5 大于 表3 专业教学资源库数 4"


def test_hierarchy_overlapping_categories_are_not_summed(data):
    # A+B+C+D = 60+95+70+30 = 255 > 130 employed: allowed, the categories overlap (R3)
    assert validate(data) == []
    set_value(data, "4.1d", 131)
    assert validate(data) == [
        Finding("error", "R3", cell("4.1d", 4),
                "表4 C类:到中小微企业等基层就业 131 大于 表4 毕业生初次就业人数 130（各类别可以重叠，只与总数比较，不相加）")]


def test_hierarchy_overall_satisfaction_within_its_components(data):
    set_value(data, "2.1a", 97.5)     # components 94.10 and 96.30
    assert validate(data) == [
        Finding("warning", "R9", cell("2.1a", 2),
                "表2 在校生满意度 97.50% 是各分项的总体水平，应在 94.10% 与 96.30% 之间"
                "（课堂育人满意度 94.10%、课外育人满意度 96.30%）")]


def test_hierarchy_overall_satisfaction_below_its_components_is_flagged_too(data):
    set_value(data, "2.1a", 93.0)
    assert [(f.rule, f.place.indicator) for f in validate(data)] == [("R9", "2.1a")]


# -- R4 / R7 ---------------------------------------------------------------------------------------

def test_derived_typed_value_differs_from_computed(data):
    # 双师素质 40 of 85 专任教师 = 47.06 %; an imported 52 % is wrong
    set_value(data, "3.2", 52, source="import")
    assert validate(data) == [
        Finding("error", "R4", cell("3.2", 3),
                "表3 双师素质专任教师比例 填写为 52.00%，按基础数据计算应为 47.06%"
                "（双师素质专任教师比例 = 双师素质专任教师数（教师结构）÷ 专任教师总数 × 100%）"
                "；请改正基础数据（名单或表中的基础指标），或在表中右键此格选择“以报送值为准”或“使用计算值”")]


def test_derived_typed_value_within_rounding_is_accepted(data):
    set_value(data, "3.2", 47.06, source="import")     # 47.0588…
    set_value(data, "3.1", "14.1:1", source="import")  # 14.1176…
    assert validate(data) == []


def test_derived_rounding_tolerance_follows_the_typed_decimals(data):
    set_value(data, "3.1", "14.2:1", source="import")  # 14.12 is not 14.2
    assert [f.message for f in validate(data)] == [
        "表3 生师比 填写为 14.20:1，按基础数据计算应为 14.12:1（生师比 = 全日制在校生人数（表6）÷ 专任教师总数（表6））"
        "；请改正基础数据（名单或表中的基础指标），或在表中右键此格选择“以报送值为准”或“使用计算值”"]


def test_derived_typed_count_must_equal_list_length(data):
    set_value(data, "3.4b", 5, source="import")
    assert validate(data) == [
        Finding("error", "R7", cell("3.4b", 3), "表3 专业数量 填写为 5，但名单“专业设置”有 3 行"
                "；请改正基础数据（名单或表中的基础指标），或在表中右键此格选择“以报送值为准”或“使用计算值”")]


# -- every bound from both sides (issue 21) --------------------------------------------------------

@pytest.mark.parametrize("number, flagged", [(0, False), (100, False), (-0.01, True), (100.01, True)])
def test_kinds_percentage_bounds_0_and_100_are_inside(data, number, flagged):
    data.values[("1.6", "value")] = Value(number=number, source="import")
    shown = {-0.01: "-0.01%", 100.01: "100.01%"}.get(number)
    assert validate(data) == ([Finding("error", "R5.percent", cell("1.6", 1),
                                       f"表1 自主创业率 为百分比，应在 0 到 100 之间，现为 {shown}")] if flagged else [])


def test_kinds_zero_is_a_count_and_an_amount(data):
    data.values[("5.5", "value")] = Value(number=0, source="import")
    data.values[("4.7", "value")] = Value(number=0, source="import")
    data.values[("3.10", "value")] = Value(number=0, source="import")
    assert validate(data) == []


def test_kinds_negative_amount_in_yuan_and_negative_quantity(data):
    data.values[("1.4", "value")] = Value(number=-1, source="import")
    data.values[("3.10", "value")] = Value(number=-0.5, source="import")
    assert validate(data) == [
        Finding("error", "R5.money", cell("1.4", 1), "表1 月收入 金额（元）不能为负数，现为 -1"),
        Finding("error", "R5.number", cell("3.10", 3), "表3 互联网出口带宽 不能为负数，现为 -0.50")]


def test_kinds_record_integer_field_with_decimals_or_text(data):
    update_record(data, "enrolment", 1, "female", 0)
    rows = data.records["enrolment"]
    rows[0] = replace(rows[0], data=dict(rows[0].data, female=50.5))
    rows[2] = replace(rows[2], data=dict(rows[2].data, male="很多"))
    findings = [f for f in validate(data) if f.rule == "R5.record"]
    assert findings == [
        Finding("error", "R5.record", Place(kind="record", list_id="enrolment", row=0, field="female"),
                "名单“分专业在校生”第1行：女生应为整数，现为 50.50"),
        Finding("error", "R5.record", Place(kind="record", list_id="enrolment", row=2, field="male"),
                "名单“分专业在校生”第3行：男生应为数值，现为“很多”")]


def test_kinds_record_approximate_number_where_the_list_allows_it(data):
    add_record(data, "internships", {"organisation": "测试装备制造有限公司", "positions": "100+"})
    assert validate(data) == []
    rows = data.records["internships"]
    rows[0] = replace(rows[0], data=dict(rows[0].data, positions="一百"))
    assert [(f.rule, f.message) for f in validate(data)] == [
        ("R5.record", "名单“实习单位”第1行：提供岗位数应为数值，现为“一百”")]


def test_kinds_record_choice_outside_its_options(data):
    rows = data.records["majors"]
    rows[0] = replace(rows[0], data=dict(rows[0].data, duration="七年制"))
    assert [(f.rule, f.place.field) for f in validate(data)] == [("R5.record", "duration")]


@pytest.mark.parametrize("part, parent, table", [("1.2c", "1.2b", 1), ("4.1d", "4.1a", 4)])
def test_hierarchy_sub_item_equal_to_its_parent_is_fine(data, part, parent, table):
    """R1 (升入本科 ≤ 升学) and R3 (C类 ≤ 初次就业): equal passes, one more fails."""
    total = data.values[(parent, "value")].number
    set_value(data, part, total)
    assert validate(data) == []
    set_value(data, part, total + 1)
    assert [(f.rule, f.place) for f in validate(data)] == [("R1" if table == 1 else "R3", cell(part, table))]


@pytest.mark.parametrize("third, flagged", [(49, True), (50, False), (51, True)])
def test_hierarchy_partition_off_by_one_either_way_is_an_error(data, third, flagged):
    set_value(data, "1.5d", third)
    assert [(f.rule, f.place) for f in validate(data)] == ([("R2", cell("1.5a", 1))] if flagged else [])


@pytest.mark.parametrize("overall, flagged", [(94.09, True), (94.1, False), (96.3, False), (96.31, True)])
def test_hierarchy_overall_score_may_equal_either_end_of_its_components(data, overall, flagged):
    set_value(data, "2.1a", overall)     # components 94.10 and 96.30
    assert [(f.rule, f.place) for f in validate(data)] == ([("R9", cell("2.1a", 2))] if flagged else [])


@pytest.mark.parametrize("typed, flagged", [
    ("47.05", True), ("47.06", False), ("47.07", True),     # 2 decimals: within 0.005 of 47.0588
    ("47", False), ("46", True), ("48", True),              # no decimals: within 0.5
    ("47.1", False), ("47.2", True)])                       # 1 decimal: within 0.05
def test_derived_tolerance_is_half_a_unit_of_the_typed_decimals_either_way(data, typed, flagged):
    set_value(data, "3.2", typed, source="import")
    assert [(f.rule, f.place) for f in validate(data)] == ([("R4", cell("3.2", 3))] if flagged else [])


@pytest.mark.parametrize("typed, flagged", [(2, True), (3, False), (4, True)])
def test_derived_typed_count_one_off_the_list_length_either_way(data, typed, flagged):
    set_value(data, "3.4b", typed, source="import")
    assert [(f.rule, f.message) for f in validate(data)] == ([
        ("R7", f"表3 专业数量 填写为 {typed}，但名单“专业设置”有 3 行；请改正基础数据（名单或表中的基础指标），或在表中右键此格选择“以报送值为准”或“使用计算值”")]
        if flagged else [])
