"""R6/R7 edition cross-checks, R8 survey respondents, R12 geography, R13 year-over-year, R14."""

from dataclasses import replace

import pytest

from vqdesk.core.findings import Finding, Place
from vqdesk.core.formula import Formula
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


# -- every bound from both sides (issue 21) --------------------------------------------------------

@pytest.mark.parametrize("students, flagged", [(1199, True), (1200, False), (1201, True)])
def test_consistency_equality_check_fails_on_either_side(data, students, flagged):
    set_value(data, "6.1", students)
    assert [(f.rule, f.message) for f in validate(data) if f.rule.startswith("R6")] == ([
        ("R6.enrolment-matches-6.1", f"表6 全日制在校生人数 {students} 与分专业在校生合计 1200 不一致")]
        if flagged else [])


@pytest.mark.parametrize("placed, flagged", [(279, True), (280, False), (281, False)])
def test_consistency_at_most_check_holds_at_equality(data, placed, flagged):
    set_value(data, "1.2a", placed)    # 升学 150 + 就业 130 = 280
    assert [f.rule for f in validate(data)] == (["R6.placement-splits"] if flagged else [])


def at_least(data, left, right):
    """The edition's placement check turned round into `left >= right`, placed on the report."""
    check = replace(data.edition.checks[3], id="at-least", left=Formula.parse(left), op=">=",
                    right=Formula.parse(right),
                    severity="warning", message="{left} 小于 {right}", place="")
    data.edition = replace(data.edition, checks=(check,))


@pytest.mark.parametrize("placed, flagged", [(279, False), (280, False), (281, True)])
def test_consistency_at_least_check_holds_at_equality(data, placed, flagged):
    at_least(data, "[1.2b] + [1.5a]", "[1.2a]")
    set_value(data, "1.2a", placed)
    assert validate(data) == ([Finding("warning", "R6.at-least", Place(kind="report"), f"280 小于 {placed}")]
                              if flagged else [])


def test_consistency_check_with_a_blank_side_is_not_judged(data):
    set_value(data, "1.2a", "")        # 280 ≤ (blank) is not known to fail
    assert [f.rule for f in validate(data) if f.rule.startswith("R6")] == []


def test_consistency_respondents_equal_to_population_or_parent_are_fine(data):
    set_value(data, "2.3", 110, column="respondents")      # 教职工 110
    set_value(data, "2.1c", 1100, column="respondents")    # 在校生满意度 asked 1100
    assert validate(data) == []
    set_value(data, "2.3", 111, column="respondents")
    set_value(data, "2.1c", 1101, column="respondents")
    assert [(f.rule, f.place) for f in validate(data)] == [
        ("R8.subgroup", cell("2.1c", 2, "respondents")), ("R8.population", cell("2.3", 2, "respondents"))]


@pytest.mark.parametrize("asked, flagged", [(400, False), (401, True)])
def test_consistency_recent_graduate_survey_may_reach_the_three_cohorts(data, asked, flagged):
    for year, graduates in ((YEAR - 3, 50), (YEAR - 2, 50), (YEAR - 1, 300)):
        set_value(add_year(data, year), "1.1", graduates)
    set_value(data, "2.2c", asked, column="respondents")
    set_value(data, "2.2a", 1000, column="respondents")
    assert [(f.rule, f.place) for f in validate(data)] == (
        [("R8.population", cell("2.2c", 2, "respondents"))] if flagged else [])


def test_consistency_recent_graduate_survey_unbounded_without_all_three_cohorts(data):
    for year in (YEAR - 2, YEAR - 1):           # 2022 is not in the file
        set_value(add_year(data, year), "1.1", 10)
    assert [f for f in validate(data) if f.rule.startswith("R8")] == []


@pytest.mark.parametrize("west, flagged", [(59, True), (60, False), (61, False)])
def test_consistency_geography_allows_west_equal_to_local(data, west, flagged):
    set_value(data, "4.1c", west)      # A类 留在当地 60
    assert [(f.rule, f.place) for f in validate(data)] == ([("R12", cell("4.1c", 4))] if flagged else [])


def jumps(data, ind_id, then, now=None):
    previous = add_year(data, YEAR - 1)
    set_value(previous, ind_id, then)
    if now is not None:
        set_value(data, ind_id, now)
    return [f.message for f in validate(data) if f.rule == "R13"]


@pytest.mark.parametrize("then, change", [
    (800, None), (799, "+50.2%"),      # up: 1200 is 50 % more than 800; more than 50 % above 799
    (2400, None), (2401, "-50.0%")])   # down: 1200 is half of 2400; less than half of 2401
def test_consistency_year_over_year_relative_threshold_both_ways(data, then, change):
    assert jumps(data, "6.1", then) == ([
        f"表6 全日制在校生人数 由 2024 年的 {then} 变为 2025 年的 1200，变化 {change}，变化较大，请核实"]
        if change else [])


@pytest.mark.parametrize("then, flagged", [
    (10, False), (9, True),            # up by 20 (200 %) passes, by 21 does not: 30 门 now
    (50, False), (61, True)])          # down by 20 passes; 61 -> 30 is 31 fewer, above half of 61
def test_consistency_year_over_year_absolute_threshold_both_ways(data, then, flagged):
    assert len(jumps(data, "3.5c", then)) == flagged


@pytest.mark.parametrize("now, flagged", [(20, False), (21, True)])
def test_consistency_year_over_year_from_zero_needs_more_than_20(data, now, flagged):
    assert jumps(data, "5.5", 0, now) == (
        ["表5 专任教师赴国外指导和开展培训时间 由 2024 年的 0 变为 2025 年的 21，变化较大，请核实"] if flagged else [])


def test_consistency_year_over_year_down_by_more_than_20_and_half(data):
    assert jumps(data, "5.5", 32) == []           # 32 -> 12: 20 fewer
    data.history.clear()
    assert jumps(data, "5.5", 33) == [
        "表5 专任教师赴国外指导和开展培训时间 由 2024 年的 33 变为 2025 年的 12，变化 -63.6%，变化较大，请核实"]


def test_consistency_year_over_year_skips_graduates_after_a_year_without_any(data):
    previous = add_year(data, YEAR - 1)
    previous.report = replace(previous.report, has_graduates=False)
    set_value(previous, "1.1", 100)
    assert [f for f in validate(data) if f.rule == "R13"] == []
    previous.report = replace(previous.report, has_graduates=True)
    assert [f.place.indicator for f in validate(data) if f.rule == "R13"] == ["1.1"]


def test_consistency_year_over_year_ignores_rates(data):
    assert jumps(data, "1.6", 80.5) == []          # 80.5 % -> 1.2 %: not a count


@pytest.mark.parametrize("repeats, flagged", [(4, False), (5, True)])
def test_consistency_round_values_need_five_repeats(data, repeats, flagged):
    for ind_id in ("5.1a", "5.1b", "5.1c", "5.2a", "5.2d")[:repeats]:
        set_value(data, ind_id, 10)
    assert [(f.severity, f.place.indicator) for f in validate(data) if f.rule == "R14"] == (
        [("info", "5.1a")] if flagged else [])


@pytest.mark.parametrize("value, flagged", [(1, False), (2, True)])
def test_consistency_round_values_above_one_only(data, value, flagged):
    for ind_id in ("5.1a", "5.1b", "5.1c", "5.2a", "5.2d"):
        set_value(data, ind_id, value)
    assert [(f.severity, f.place.indicator) for f in validate(data) if f.rule == "R14"] == (
        [("info", "5.1a")] if flagged else [])


def test_consistency_two_identical_amounts_are_no_placeholder(data):
    for ind_id in ("6.7", "6.9d"):          # an integer amid decimals, twice only
        set_value(data, ind_id, 50)
    for ind_id in ("4.2a", "4.2b"):         # a decimal, twice only
        set_value(data, ind_id, 33.3)
    assert [f for f in validate(data) if f.rule == "R14"] == []
