"""Regression tests: contradictions found in real published reports (the seed reports’ notes)
must be caught.  Figures are the seeds'; each test rebuilds just enough of the report."""

from vqdesk.core.findings import Finding, Place
from vqdesk.core.validation import validate

from .conftest import node, set_records, set_text, set_value

def cell(ind_id, table, column="value"):
    return Place(kind="indicator", table=table, indicator=ind_id, column=column)


def teachers(rows):
    return [{"category": c, "count": n, "dual_qualified": d, "senior_title": 0} for c, n, d in rows]


def test_seed_jinzhou_teacher_categories_110_do_not_make_124(data):
    """jinzhou-school-2025 表3: 74 + 19 + 7 + 10 = 110 ≠ 专职教师 124."""
    set_value(data, "6.4b", 150)
    set_value(data, "6.4c", 124)
    set_records(data, "teacher_structure", teachers(
        [("专业课", 74, 60), ("文化课", 19, 0), ("思政课", 7, 0), ("体育课", 10, 0)]))
    assert validate(data) == [
        Finding("warning", "R6.teachers-match-6.4c", cell("6.4c", 6), "表6 专任教师总数 124 与教师结构合计 110 不一致")]


def test_seed_jinzhou_narrative_students_1700_vs_393(data):
    """jinzhou-school-2025 §1.1: “全日制学历教育在校生1700余人”, while 表2 per major sums to 393."""
    set_value(data, "6.1", 393)
    text = set_text(data, "basic.overview", "学校占地面积较大，全日制学历教育在校生1700余人。" + "学校办学特色鲜明。" * 20)
    findings = [f for f in validate(data) if f.rule.startswith("R16")]
    assert findings == [
        Finding("warning", "R16.number",
                Place(kind="block", node=node(data, "basic.overview").id, block=text.id,
                      label="1 基本情况 › 1.1 概况"),
                "“1.1 概况”写有“在校生1700余人”（即 1700–1799），但表6 全日制在校生人数为 393，建议改用数据字段 {{[6.1]}}")]


def test_seed_liangzhou_students_10391_vs_10266(data):
    """liangzhou-district-2023 I-1: 中职在校生 10391 in Table 2 vs 10266 in Table 9 (per major)."""
    set_value(data, "6.1", 10391)
    set_records(data, "enrolment", [
        {"major": "机电技术应用", "grade": "一年级", "male": 2000, "female": 1422},
        {"major": "汽车运用与维修", "grade": "一年级", "male": 3000, "female": 422},
        {"major": "计算机应用", "grade": "一年级", "male": 1711, "female": 1711}])
    findings = [f for f in validate(data) if f.rule.startswith("R6")]
    assert findings == [
        Finding("warning", "R6.enrolment-matches-6.1", cell("6.1", 6),
                "表6 全日制在校生人数 10391 与分专业在校生合计 10266 不一致")]


def test_seed_undergraduate_admissions_above_further_study(data):
    """升入本科 1600 > 毕业生升学 1500: a 其中 item above its parent."""
    set_value(data, "1.1", 3000)
    set_value(data, "1.2a", 2900)
    set_value(data, "1.2b", 1500)
    set_value(data, "1.2c", 1600)
    assert validate(data) == [
        Finding("error", "R1", cell("1.2c", 1), "表1 升入本科人数 1600 大于 表1 毕业生升学人数 1500")]


def test_seed_benxi_dual_qualified_share_and_ratio_disagree_with_counts(data):
    """benxi-city-2024 §8.3 #3 and #5: 双师型 90.4 % ≠ 155/172 = 90.12 %; 生师比 3.94 ≠ 780/172 = 4.53."""
    set_value(data, "6.4b", 200)
    set_value(data, "6.4c", 172)
    set_value(data, "6.1", 780)
    set_records(data, "teacher_structure", teachers(
        [("专业课", 120, 120), ("文化课", 37, 35), ("思政课", 6, 0), ("体育课", 5, 0), ("美育课", 4, 0)]))
    set_value(data, "3.2", 90.4, source="import")
    set_value(data, "3.1", "3.94:1", source="import")
    findings = [f for f in validate(data) if f.rule == "R4"]
    assert findings == [
        Finding("error", "R4", cell("3.1", 3),
                "表3 生师比 填写为 3.94:1，按基础数据计算应为 4.53:1（生师比 = 全日制在校生人数（表6）÷ 专任教师总数（表6））"
                "；请改正基础数据（名单或表中的基础指标），或在表中右键此格选择“以报送值为准”或“使用计算值”"),
        Finding("error", "R4", cell("3.2", 3),
                "表3 双师素质专任教师比例 填写为 90.40%，按基础数据计算应为 90.12%"
                "（双师素质专任教师比例 = 双师素质专任教师数（教师结构）÷ 专任教师总数 × 100%）"
                "；请改正基础数据（名单或表中的基础指标），或在表中右键此格选择“以报送值为准”或“使用计算值”")]


def test_seed_benxi_rounding_84_7_is_not_84_62(data):
    """benxi-city-2024 §8.3 #4: 商贸 双师型 84.7 % ≠ 88/104 = 84.62 % (84.615… rounds to 84.6)."""
    set_value(data, "6.4c", 104)
    set_records(data, "teacher_structure", teachers([("专业课", 80, 80), ("文化课", 24, 8)]))
    set_value(data, "3.2", 84.7, source="import")
    assert [f.rule for f in validate(data) if f.rule == "R4"] == ["R4"]
    set_value(data, "3.2", 84.6, source="import")
    assert [f.rule for f in validate(data) if f.rule == "R4"] == []
