"""The seed reports as real users enter them: their consistent figures raise no error and no
warning (as they print them: 1700余, 330亩, 2024年, 2024.11.16-17, free 对接产业链, a 1,051-字 case),
and the contradictions the seed notes document are still found, with their numbers.

Figures are the seeds' (../shared/seeds/notes); the base year is the consistent report of
conftest, so each test changes only what the seed gives."""

from vqdesk.core.derive import Figures
from vqdesk.core.validation import validate

from .conftest import set_records, set_text, set_value, the_case

#: jinzhou-school-2025 表1 (the majors its 表2 counts, 表1 codes) and 表2 (男, 女 per major).
JINZHOU_MAJORS = [("660301", "机电技术应用"), ("660102", "机械加工技术"), ("660103", "数控技术应用"),
                  ("660105", "焊接技术应用"), ("700206", "汽车运用与维修"), ("700209", "新能源汽车维修"),
                  ("700207", "汽车车身修复"), ("710201", "计算机应用")]
JINZHOU_ENROLMENT = [("汽车运用与维修", 52, 0), ("新能源汽车维修", 30, 0), ("汽车车身修复", 1, 0),
                     ("数控技术应用", 30, 0), ("机械加工技术", 43, 0), ("焊接技术应用", 20, 0),
                     ("机电技术应用", 197, 15), ("计算机应用", 4, 1)]          # Σ 393
JINZHOU_CASE17_CHARS = 1051


def loud(findings):
    """Errors and warnings: what an office must read."""
    return [(f.severity, f.rule, f.message) for f in findings if f.severity in ("error", "warning")]


def jinzhou(data):
    """The figures jinzhou-school-2025 §8.1 lists as passing, entered as the report prints them."""
    set_records(data, "majors", [{"code": c, "name": n, "duration": "三年制"} for c, n in JINZHOU_MAJORS])
    # 表2 (393) is one grade only, unlabelled: the school-wide figure is the text's “1700余”
    set_records(data, "enrolment", [])
    set_records(data, "major_groups", [{"name": "装备制造专业群", "core_major": "机电技术应用",
                                        "chain": "智能制造装备产业链"}])       # not in the bureau's list
    set_value(data, "6.1", 1700)
    set_text(data, "basic.overview", "学校全日制学历教育在校生1700余人。" + "学校办学特色鲜明。" * 20)
    # 专任 124 ≤ 教职工 155; 升学 330 ≤ 去向落实 434 ≤ 毕业生 567
    for ind_id, value in {"6.4b": 155, "6.4c": 124, "1.1": 567, "1.2a": 434, "1.2b": 330, "1.2c": 13,
                          "1.5a": 104, "1.5b": 4, "1.5c": 60, "1.5d": 40, "4.1a": 104, "4.1b": 60,
                          "4.1c": 70, "4.1d": 40, "4.1e": 30, "6.5a": 301}.items():
        set_value(data, ind_id, value)
    # 专业课 74 of 124 (59.68 % ≈ the stated 60 %); 双师 53/74 = 71.6 % as the text says.  The report
    # leaves 14 teachers without a category: entered as 其他 so the list sums to 124.
    set_records(data, "teacher_structure", [
        {"category": "专业课", "count": 74, "dual_qualified": 53, "senior_title": 30},
        {"category": "文化课", "count": 19, "dual_qualified": 0, "senior_title": 8},
        {"category": "思政课", "count": 7, "dual_qualified": 0, "senior_title": 3},
        {"category": "体育课", "count": 10, "dual_qualified": 0, "senior_title": 4},
        {"category": "其他", "count": 14, "dual_qualified": 0, "senior_title": 5}])
    set_records(data, "conditions", [{"campus": "滨海校区", "land_area": "330亩", "building_area": 78000,
                                      "equipment_value": 5000}])
    # 表4 awards of 2024 (year only), 表11 sessions as date ranges, 表6 岗位 “100+”
    set_records(data, "student_awards", [
        {"date": "2024年", "competition": "辽宁省职业院校技能大赛", "event": "机器人系统集成", "level": "省级",
         "grade": "一等奖"},
        {"date": "2024.11", "competition": "辽宁省职业院校技能大赛", "event": "焊接技术", "level": "省级",
         "grade": "二等奖"}])
    set_records(data, "trainings", [
        {"date_start": "2024.11.16-17", "project": "电工", "kind": "职业技能等级认定", "participants": 132},
        {"date_start": "2025.05.24-25", "project": "焊工", "kind": "职业技能等级认定", "participants": 158}])
    set_records(data, "internships", [{"organisation": "锦州钒业有限责任公司", "positions": "100+"}])
    the_case(data).children[0].data["text"] = "实训" * (JINZHOU_CASE17_CHARS // 2) + "。成效"[:2]
    return data


def test_seed_jinzhou_consistent_figures_raise_no_error_and_no_warning(data):
    jinzhou(data)
    # the one figure the report cannot give (§8.2: no 工位 data): asked for, never invented
    assert loud(validate(data)) == [
        ("warning", "R17.indicator", "表3 生均校内实践教学工位数 由公式计算，所需数据尚未填写，报告中印“—”，"
                                     "请填写名单“办学条件”第1行的“校内实践教学工位”"
                                     "（生均校内实践教学工位数 = 校内实践教学工位数（办学条件）÷ 全日制在校生人数）")]


def test_seed_jinzhou_case17_of_1051_characters_is_at_most_a_hint(data):
    jinzhou(data)
    case17 = [f for f in validate(data) if f.rule == "R17.case.long"]
    assert [(f.severity, f.message) for f in case17] == [
        ("info", "案例“以赛促学提升技能”正文 1051 字，超过模板建议的上限 1000 字")]


def test_seed_jinzhou_real_values_are_kept_as_written(data):
    jinzhou(data)
    assert data.records["conditions"][0].get("land_area") == 220000.0          # 330 亩
    assert [r.get("date") for r in data.records["student_awards"]] == ["2024", "2024-11"]
    assert data.records["trainings"][0].get("date_start") == "2024-11-16/2024-11-17"
    assert data.records["internships"][0].get("positions") == "100+"
    hints = {(f.rule, f.message) for f in validate(data) if f.severity == "info"}
    assert ("R5.option", "名单“专业群及核心专业、对接产业链”第1行：对接产业链“智能制造装备产业链”不在常用选项中"
            "（先进装备制造、汽车及零部件、新能源、新一代信息技术、石化和精细化工、冶金新材料、现代农业、现代服务业、"
            "文化旅游、医药健康、其他），请确认") in hints


def test_seed_jinzhou_contradictions_are_still_found_with_their_numbers(data):
    jinzhou(data)
    # §8.3 #1: “在校生1700余人” against 表2's 393, taken as the school's total
    set_records(data, "enrolment", [{"major": m, "grade": "一年级", "male": a, "female": b}
                                    for m, a, b in JINZHOU_ENROLMENT])
    set_value(data, "6.1", 393)
    # §8.3 #2: 表3 categories 74 + 19 + 7 + 10 = 110 ≠ 124
    set_records(data, "teacher_structure", [
        {"category": "专业课", "count": 74}, {"category": "文化课", "count": 19},
        {"category": "思政课", "count": 7}, {"category": "体育课", "count": 10}])
    found = loud(validate(data))
    assert ("warning", "R16.number", "“1.1 概况”写有“在校生1700余人”（即 1700–1799），但表6 全日制在校生人数为 393，"
                                     "建议改用数据字段 {{[6.1]}}") in found
    assert ("warning", "R6.teachers-match-6.4c", "表6 专任教师总数 124 与教师结构合计 110 不一致") in found


def test_seed_jinzhou_a_session_of_2023_is_outside_the_period(data):
    """§8.3 #15: 表13 “2025 年度新增” holds a 2023 renewal; at year precision it is still caught."""
    jinzhou(data)
    set_records(data, "partners", [{"organisation": "中信锦州金属股份有限公司", "status": "续约", "sign_date": "2023年"}])
    assert [(f.rule, f.message) for f in validate(data) if f.rule == "R15"] == [
        ("R15", "名单“校企合作”第1行：签约日期 2023 不在报告期 2024-09-01 至 2025-08-31 内")]


# -- computed cells ------------------------------------------------------------------------------

def test_an_empty_majors_list_prints_the_number_of_majors_as_a_dash_and_names_the_list(data):
    set_records(data, "majors", [])
    figures = Figures(data)
    assert (figures.computed("3.4b"), figures.printed("3.4b")) == (None, "—")
    assert [(f.severity, f.message) for f in validate(data) if f.place.indicator == "3.4b"] == [
        ("warning", "表3 专业数量 由公式计算，所需数据尚未填写，报告中印“—”，请填写名单“专业设置”"
                    "（专业数量 = 专业设置名单的行数）")]


def test_a_typed_ratio_without_teacher_counts_prints_as_reported(data):
    set_value(data, "6.4c", "")
    set_value(data, "3.1", "13.7:1", source="import")
    figures = Figures(data)
    shown = figures.shown("3.1")
    assert (shown.value, shown.reported, shown.computed) == (13.7, True, None)
    assert figures.printed("3.1") == "13.70:1（填报）"
    hint = [(f.severity, f.message) for f in validate(data) if f.place.indicator == "3.1"]
    assert hint == [("info", "表3 生师比 印填报值 13.70:1，尚无法按公式核对，请填写表6 专任教师总数"
                             "（生师比 = 全日制在校生人数（表6）÷ 专任教师总数（表6））")]


def test_a_reported_value_the_school_chose_is_printed_and_r4_only_warns(data):
    set_value(data, "3.1", "14.5:1", source="reported")
    figures = Figures(data)
    assert (figures.printed("3.1"), round(figures.computed("3.1"), 2)) == ("14.50:1（填报）", 14.12)
    assert [(f.severity, f.rule) for f in validate(data) if f.place.indicator == "3.1"] == [("warning", "R4")]


def test_a_partial_list_gives_no_share(data):
    """双师 counted for one category only: the share would be made up, so it is not computed."""
    rows = [dict(r.data) for r in data.records["teacher_structure"]]
    del rows[1]["dual_qualified"]
    set_records(data, "teacher_structure", rows)
    figures = Figures(data)
    assert figures.computed("3.2") is None
    assert figures.missing("3.2") == ("名单“教师结构”第2行的“双师素质”",)


# -- the other seeds -------------------------------------------------------------------------------

def test_seed_liangzhou_consistent_students_and_contradiction(data):
    """liangzhou-district-2023: Table 9 per major sums to 10266 = narrative 在校生; Table 2's 10391
    is the contradiction (I-1)."""
    rows = [{"major": "机电技术应用", "grade": "一年级", "male": 3000, "female": 1422},
            {"major": "汽车运用与维修", "grade": "一年级", "male": 3000, "female": 422},
            {"major": "计算机应用", "grade": "一年级", "male": 1211, "female": 1211}]
    set_records(data, "enrolment", rows)
    set_value(data, "6.1", 10266)
    set_text(data, "basic.overview", "全区中等职业学校在校生10266人。" + "学校办学特色鲜明。" * 20)
    assert [r for _, r, _ in loud(validate(data))] == []
    set_value(data, "6.1", 10391)
    assert ("warning", "R6.enrolment-matches-6.1", "表6 全日制在校生人数 10391 与分专业在校生合计 10266 不一致") \
        in loud(validate(data))


def test_seed_anshan_teachers_1126_in_the_text_against_1078(data):
    """anshan-city-2023 I2: 专任教师 1126 (text) vs 1078 (数据表1-4 Σ)."""
    set_value(data, "6.4b", 1515)
    set_value(data, "6.4c", 1078)
    # per category the seed gives no 双师/高级 counts; the test's own, so the shares compute
    set_records(data, "teacher_structure", [
        {"category": "专业课", "count": 600, "dual_qualified": 480, "senior_title": 200},
        {"category": "文化课", "count": 478, "dual_qualified": 0, "senior_title": 150}])
    set_text(data, "basic.teachers", "全市中职学校专任教师1078人。" + "教师队伍结构持续优化。" * 20)
    assert loud(validate(data)) == []
    set_text(data, "basic.teachers", "全市中职学校专任教师1126人。" + "教师队伍结构持续优化。" * 20)
    assert [m for _, r, m in loud(validate(data)) if r == "R16.number"] == [
        "“1.4 教师队伍”写有“专任教师1126人”，但表6 专任教师总数为 1078，建议改用数据字段 {{[6.4c]}}"]


def test_seed_benxi_consistent_share_passes(data):
    """benxi-city-2024 §8.1: 双师型 shares that do follow from the counts pass (88/104 printed 84.6)."""
    set_value(data, "6.4c", 104)
    set_records(data, "teacher_structure", [
        {"category": "专业课", "count": 80, "dual_qualified": 80, "senior_title": 30},
        {"category": "文化课", "count": 24, "dual_qualified": 8, "senior_title": 6}])
    set_value(data, "3.2", 84.6, source="import")
    assert loud(validate(data)) == []
