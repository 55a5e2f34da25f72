"""R6/R7 edition cross-checks, R8 survey respondents, R12 geography, R13 year-over-year, R14."""

import pytest

from vqdesk.core.findings import Finding, Place
from vqdesk.core.validation import validate

from .conftest import YEAR, add_record, add_year, set_value

def cell(ind_id, table, column="value"):
    return Place(kind="indicator", table=table, indicator=ind_id, column=column)


def test_consistency_edition_check_compares_table_with_list(data):
    set_value(data, "6.1", 1250)
    findings = [f for f in validate(data) if f.rule.startswith("R6")]
    assert findings == [
        Finding("warning", "R6.enrolment-matches-6.1", cell("6.1", 6),
                "表6 全日制在校生人数 1250 与分专业在校生合计 1200 不一致")]


def test_consistency_edition_check_with_inequality(data):
    set_value(data, "1.2a", 270)       # 升学 150 + 就业 130 = 280 > 270 落实
    assert validate(data) == [
        Finding("error", "R6.placement-splits", cell("1.2a", 1), "升学人数与就业人数之和 280 大于 毕业去向落实人数 270")]


def test_consistency_respondents_not_above_population(data):
    set_value(data, "2.3", 120, column="respondents")     # 教职工 110
    assert validate(data) == [
        Finding("error", "R8.population", cell("2.3", 2, "respondents"),
                "表2 教职工满意度调查人次 120 大于被调查群体 表6 教职工总数 110")]


def test_consistency_student_survey_bounded_by_enrolment(data):
    set_value(data, "2.1a", 1300, column="respondents")   # 在校生 1200
    assert validate(data) == [
        Finding("error", "R8.population", cell("2.1a", 2, "respondents"),
                "表2 在校生满意度调查人次 1300 大于被调查群体 表6 全日制在校生人数 1200")]


def test_consistency_recent_graduate_survey_bounded_by_this_years_graduates(data):
    set_value(data, "2.2b", 310, column="respondents")    # 毕业生 300; 2.2a asked 400
    assert validate(data) == [
        Finding("error", "R8.population", cell("2.2b", 2, "respondents"),
                "表2 应届毕业生满意度调查人次 310 大于被调查群体 表1 毕业生人数 300")]


def test_consistency_subgroup_respondents_not_above_parent(data):
    set_value(data, "2.1c", 1150, column="respondents")   # 在校生满意度 asked 1100
    assert validate(data) == [
        Finding("error", "R8.subgroup", cell("2.1c", 2, "respondents"),
                "表2 课外育人满意度调查人次 1150 大于 表2 在校生满意度调查人次 1100")]


def test_consistency_parents_survey_has_no_population_bound(data):
    set_value(data, "2.5", 5000, column="respondents")
    assert validate(data) == []


def test_consistency_northeast_school_counts_local_jobs_as_northeast(data):
    set_value(data, "4.1c", 50)        # A类 60 > B类 50 in 辽宁
    assert validate(data) == [
        Finding("warning", "R12", cell("4.1c", 4),
                "学校位于辽宁省，留在当地就业也属于到西部和东北地区就业，表4 B类:到西部和东北地区就业 50 "
                "应不小于 表4 A类:留在当地就业 60")]


@pytest.mark.parametrize("province", ["甘肃省", "新疆维吾尔自治区", "黑龙江省", "广西壮族自治区"])
def test_consistency_geography_applies_in_every_northeast_and_west_province(data, province):
    data.profile["province"] = province
    set_value(data, "4.1c", 50)
    assert [f.rule for f in validate(data)] == ["R12"]


def test_consistency_geography_does_not_apply_in_the_east(data):
    data.profile["province"] = "浙江省"
    set_value(data, "4.1c", 50)
    assert validate(data) == []


def test_consistency_year_over_year_jump_is_warning(data):
    previous = add_year(data, YEAR - 1)
    set_value(previous, "6.1", 700)    # 700 -> 1200: +71.4 %
    set_value(previous, "6.4c", 80)    # 80 -> 85: small
    set_value(previous, "3.5c", 10)    # 10 -> 30: +200 % but only 20 more
    findings = [f for f in validate(data) if f.rule == "R13"]
    assert findings == [
        Finding("warning", "R13", cell("6.1", 6),
                "表6 全日制在校生人数 由 2024 年的 700 变为 2025 年的 1200，变化 +71.4%，变化较大，请核实")]


def test_consistency_year_over_year_compares_computed_counts(data):
    previous = add_year(data, YEAR - 1, copy_lists=["majors"])
    for row in range(22):
        add_record(previous, "majors", {"code": f"{700000 + row}", "name": f"专业{row}", "duration": "三年制"})
    findings = [f for f in validate(data) if f.rule == "R13"]
    assert findings == [
        Finding("warning", "R13", cell("3.4b", 3),
                "表3 专业数量 由 2024 年的 25 变为 2025 年的 3，变化 -88.0%，变化较大，请核实")]


def test_consistency_many_identical_round_values_is_info(data):
    for ind_id in ("5.1a", "5.1b", "5.1c", "5.2a", "5.2d"):
        set_value(data, ind_id, 10)
    findings = [f for f in validate(data) if f.rule == "R14"]
    assert findings == [
        Finding("info", "R14", cell("5.1a", 5),
                "表5 国际影响表中有 5 项数值都是 10（接收国外留学生专业数、接收国外留学生人数、接收国外访学教师人数、"
                "开发并被国外采用的职业教育标准数量、开发并被国外采用的职业教育资源数量），像是占位数字，请核实")]


def test_consistency_the_same_integer_amid_decimals_is_a_warning(data):
    """A placeholder in a real report: one integer typed into several amounts of a table whose
    other amounts carry decimals (表6: 320.5, 150.2, 16.8 …)."""
    for ind_id in ("6.7", "6.9d", "6.10a"):
        set_value(data, ind_id, 50)
    assert [f for f in validate(data) if f.rule == "R14"] == [
        Finding("warning", "R14", cell("6.7", 6),
                "表6 落实政策表中有 3 项数值都是 50（企业提供的校内实践教学设备值、年支付行业导师课酬、"
                "年实习专项经费），而表中其他数值带有小数，像是占位数字，请核实")]


def test_consistency_the_same_decimal_in_several_indicators_is_a_hint(data):
    for ind_id in ("4.2a", "4.2b", "4.3"):
        set_value(data, ind_id, 12.5)
    assert [(f.severity, f.rule, f.place.indicator) for f in validate(data) if f.rule == "R14"] == [
        ("info", "R14", "4.2a")]


def test_consistency_small_counts_repeated_are_no_placeholder(data):
    """表3 holds many counts of 1 or 2 (省级数量, 国家级数量 …): counts are not compared with decimals."""
    for ind_id in ("3.6d", "3.6e", "3.7d", "3.7e", "3.8d", "3.8e"):
        set_value(data, ind_id, 1)
    assert [f for f in validate(data) if f.rule == "R14"] == []
