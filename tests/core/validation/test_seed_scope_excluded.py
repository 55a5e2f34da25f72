"""R16.scope: Liangzhou 2023 I-17.  The report says 武威师范学校's 校园校舍 figures are not counted
(1.2) and shares the totals out over all 10266 students, the school's 928 among them (表3
办学资源总量及生均值: 占地 663538.41 → 64.63, 校舍 365701.81 → 35.62 平方米).  Figures are the seed's;
the sentences are the tests' own (2022 becomes the fixture's data year 2025)."""

from .conftest import add_text, block, give_ids, node, rules_of, set_value

COLUMNS = ["项目", "单位", "2024年", "2025年", "2024年", "2025年"]
GROUPS = [{"label": "", "span": 2}, {"label": "数量", "span": 2}, {"label": "生均值", "span": 2}]


def resources_table(data, land=64.63, floor=35.62, floor_now=365701.81):
    """表3 of two years (数量 and 生均值); `floor_now` the 校舍建筑面积 of the data year."""
    node(data, "basic.conditions").blocks.append(block({
        "kind": "table", "caption": "办学资源总量及生均值", "columns": COLUMNS, "header_groups": GROUPS,
        "column_kinds": ["text", "text", "number", "number", "number", "number"],
        "rows": [["占地面积", "平方米", 590860.6, 663538.41, 59.28, land],
                 ["校舍建筑面积", "平方米", 256820.25, floor_now, 25.76, floor],
                 ["固定资产总值", "万元", 46994.21, 48079.74, 4.71, 4.68]]}))
    give_ids(data.document)


def liangzhou(data, land=64.63, floor=35.62, excluded=True):
    set_value(data, "6.1", 10266)
    add_text(data, "basic.students", "在校生超过800人的学校1所：武威师范学校928人。")
    if excluded:
        add_text(data, "basic.conditions", "（武威师范学校隶属于武威职业学院办学，其办学条件中“校园校舍”相关数据不在统计之内。）")
    resources_table(data, land, floor)


def test_liangzhou_totals_without_a_school_over_all_students(data):
    liangzhou(data)
    table = "表格“办学资源总量及生均值”"
    why = "而“1.5 基本办学条件”写明武威师范学校的“校园校舍”数据不在统计之内：分母仍含该校的 928 人。"
    assert rules_of(data, "R16.scope") == [
        ("warning", "R16.scope", f"{table}“占地面积”的生均值 64.63 是 663538.41 ÷ 10266（全部在校生），{why}"
                                 "按统计在内的 9338 人计为 71.06；请统一口径，或在表注中说明"),
        ("warning", "R16.scope", f"{table}“校舍建筑面积”的生均值 35.62 是 365701.81 ÷ 10266（全部在校生），{why}"
                                 "按统计在内的 9338 人计为 39.16；请统一口径，或在表注中说明")]


def test_per_student_figures_over_the_students_counted_pass(data):
    """生均 over 9338 (71.06, 39.16), or no school left out of the totals: nothing to say."""
    liangzhou(data, land=71.06, floor=39.16)
    assert rules_of(data, "R16.scope") == []


def test_without_an_exclusion_the_base_of_all_students_is_right(data):
    liangzhou(data, excluded=False)
    assert rules_of(data, "R16.scope") == []


def test_a_school_named_without_its_students_is_not_guessed(data):
    set_value(data, "6.1", 10266)
    add_text(data, "basic.conditions", "武威师范学校的校园校舍数据未计入。")
    resources_table(data)
    assert rules_of(data, "R16.scope") == []


# -- R16.scope-mixed: left out of some figures, said to be in others ---------------------------------

DIGITAL = "各中等职业学校（含武威师范学校）推进数字化校园建设，建成录播室12间、交互式一体机教室86间。"


def test_liangzhou_the_school_is_in_the_digital_campus_figures(data):
    liangzhou(data)
    add_text(data, "talent.digital", DIGITAL)
    assert rules_of(data, "R16.scope-mixed") == [
        ("info", "R16.scope-mixed", "“1.5 基本办学条件”写明武威师范学校的“校园校舍”数据不在统计之内，“2.6 数字赋能”的数字"
                                    "却含武威师范学校：各项的统计范围不同，请在每张表的表注或正文中写明是否含该校")]


def test_a_school_left_out_everywhere_it_is_named_passes(data):
    liangzhou(data)
    add_text(data, "talent.digital", "各中等职业学校（不含武威师范学校）推进数字化校园建设，建成录播室12间。")
    assert rules_of(data, "R16.scope-mixed") == []


def test_a_school_said_to_be_included_with_no_exclusion_passes(data):
    liangzhou(data, excluded=False)
    add_text(data, "talent.digital", DIGITAL)
    assert rules_of(data, "R16.scope-mixed") == []
