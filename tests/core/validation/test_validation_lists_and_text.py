"""Record lists (R15 dates, R18 names, duplicates, certificates, codes) and the report's texts
(R16: numbers typed in text agree with the data, bound fields print)."""

from dataclasses import replace

import pytest

from vqdesk.core.findings import Finding, Place
from vqdesk.core.validation import validate

from .conftest import add_master, add_record, node, set_text, the_case, update_record


def row(list_id, index, field=None):
    return Place(kind="record", list_id=list_id, row=index, field=field)


def text_of(data, part, label):
    """The place of the text block of the heading carrying `part`."""
    heading = node(data, part)
    text = next(b for b in heading.blocks if b.kind == "text")
    return Place(kind="block", node=heading.id, block=text.id, label=label)


# -- R15 -------------------------------------------------------------------------------------------

def test_records_date_before_the_period_is_warning(data):
    add_record(data, "student_awards", {"date": "2024-06-15", "competition": "市技能大赛",
                                                "event": "车加工", "level": "市级", "grade": "二等奖"})
    assert validate(data) == [
        Finding("warning", "R15", row("student_awards", 1, "date"),
                "名单“学生技能大赛获奖”第2行：获奖日期 2024-06-15 不在报告期 2024-09-01 至 2025-08-31 内")]


def test_records_dates_shortly_after_the_period_are_allowed(data):
    update_record(data, "student_awards", 0, "date", "2025-11-30")     # 91 days after 31 August
    assert validate(data) == []
    update_record(data, "student_awards", 0, "date", "2025-12-02")
    assert [f.rule for f in validate(data)] == ["R15"]


# -- the lists' own rules ------------------------------------------------------------------------------

def test_records_duplicate_rows_are_warning(data):
    add_record(data, "partners", {"organisation": "测试装备制造有限公司 ", "status": "续约"})
    assert validate(data) == [
        Finding("warning", "R18.duplicate", row("partners", 1),
                "名单“校企合作”第2行与第1行重复（合作企业“测试装备制造有限公司”）")]


def test_records_certified_not_above_graduates(data):
    update_record(data, "certificates", 0, "certified", 120)
    assert validate(data) == [
        Finding("error", "R1.certificates", row("certificates", 0, "certified"),
                "名单“证书获取”第1行：获证人数 120 大于毕业生人数 100")]


def test_records_major_codes_are_unique(data):
    update_record(data, "majors", 2, "code", "700206")
    assert validate(data) == [
        Finding("error", "R18.code", row("majors", 2, "code"), "名单“专业设置”第3行：专业代码 700206 与第2行重复")]


# -- R18 -------------------------------------------------------------------------------------------

def test_records_alias_of_a_master_name_is_info(data):
    add_record(data, "internships", {"organisation": "测试装备公司", "positions": 20})
    add_master(data, "organisation", "测试装备制造有限公司", aliases=["测试装备公司"])
    assert validate(data) == [
        Finding("info", "R18.alias", row("internships", 0, "organisation"),
                "名单“实习单位”第1行：实习单位“测试装备公司”是“测试装备制造有限公司”的别称，"
                "建议统一写作“测试装备制造有限公司”")]


def test_records_two_spellings_of_one_name_in_a_list(data):
    add_record(data, "internships", {"organisation": "示例汽车服务公司", "positions": 20})
    add_record(data, "internships", {"organisation": "示例汽车服务公司（ 4S 店）", "positions": 5})
    add_record(data, "internships", {"organisation": "示例汽车服务公司(4S店)", "positions": 5})
    assert validate(data) == [
        Finding("warning", "R18.duplicate", row("internships", 2),
                "名单“实习单位”第3行与第2行重复（实习单位“示例汽车服务公司(4S店)”）"),
        Finding("warning", "R18.spelling", row("internships", 2, "organisation"),
                "名单“实习单位”第3行：实习单位“示例汽车服务公司(4S店)”与其他行的“示例汽车服务公司（ 4S 店）”"
                "是同一名称的不同写法，请统一")]


def test_records_enrolment_majors_must_be_offered(data):
    update_record(data, "enrolment", 5, "major", "计算机网络技术")
    assert validate(data) == [
        Finding("warning", "R18.major", row("enrolment", 5, "major"),
                "名单“分专业在校生”第6行：专业“计算机网络技术”不在“专业设置”名单中")]


def test_records_enrolment_major_written_as_alias_is_offered(data):
    add_master(data, "major", "计算机应用", aliases=["计算机应用技术"])
    update_record(data, "enrolment", 5, "major", "计算机应用技术")   # resolved to the master name on entry
    assert validate(data) == []


# -- R16 -------------------------------------------------------------------------------------------

def test_text_number_in_a_heading_differs_from_table(data):
    set_text(data, "basic.students", "学校现有全日制在校生1700余人。" + "学生结构持续优化。" * 20)
    assert validate(data) == [
        Finding("warning", "R16.number", text_of(data, "basic.students", "1 基本情况 › 1.3 学生结构"),
                "“1.3 学生结构”写有“在校生1700余人”（即 1700–1799），但表6 全日制在校生人数为 1200，建议改用数据字段 {{[6.1]}}")]


@pytest.mark.parametrize("written, flagged", [("1100余", True), ("1200余", False), ("1199余", False),
                                              ("1300余", True), ("1000余", False), ("1500余", True)])
def test_an_approximate_number_is_a_range_bounded_on_both_sides(data, written, flagged):
    """“1200余” is 1,200–1,299, “1199余” 1,199–1,208, “1000余” 1,000–1,999: 1,200 students fit; “1300余” does not."""
    set_text(data, "basic.students", f"学校现有全日制在校生{written}人。" + "学生结构持续优化。" * 20)
    assert [f.rule for f in validate(data)] == (["R16.number"] if flagged else [])


def test_text_numbers_that_agree_are_silent(data):
    # exact, “余” (1,200 to 1,299), “约” (within 5 %), another year's figure, another quantity
    text = ("学校现有在校生1200人，专任教师85名，教职工总数为110人。全校在校生1,200余人。"
            "毕业生约310人。2022年在校生900人。毕业生升学人数150人。" + "学生结构持续优化。" * 20)
    set_text(data, "basic.students", text)
    assert validate(data) == []


def test_text_number_in_a_case(data):
    case = the_case(data)
    body = case.children[0]
    body.data["text"] += "本年度毕业生320人。"
    assert validate(data) == [
        Finding("warning", "R16.number",
                Place(kind="block", node=node(data, "talent.skills").id, block=body.id, label="案例：以赛促学提升技能"),
                "案例“以赛促学提升技能”写有“毕业生320人”，但表1 毕业生人数为 300，建议改用数据字段 {{[1.1]}}")]


def test_text_number_in_the_preface(data):
    data.settings["preface"]["text"] += "学校现有专任教师90名。"
    assert validate(data) == [
        Finding("warning", "R16.number", Place(kind="preface", label="前言"),
                "“前言”写有“专任教师90名”，但表6 专任教师总数为 85，建议改用数据字段 {{[6.4c]}}")]


def test_text_in_a_heading_the_school_added_is_checked_too(data):
    chapter = node(data, "talent")
    set_text(data, "talent", "本章介绍人才培养。全校在校生1500人。")      # the chapter's introduction
    assert [(f.rule, f.place.label) for f in validate(data)] == [("R16.number", "2 人才培养")]
    chapter.edition_part = None
    assert [(f.rule, f.place.label) for f in validate(data)] == [
        ("R17.missing", "报告大纲"), ("R16.number", "2 人才培养")]


def test_text_broken_or_blank_bound_field_is_warning(data):
    base = "学生结构持续优化。" * 20
    set_text(data, "basic.students", base + "在校生{{[9.9]}}人，网址{{profile.website}}。")
    place = text_of(data, "basic.students", "1 基本情况 › 1.3 学生结构")
    assert validate(data) == [
        Finding("warning", "R16.field", place, "“1.3 学生结构”中的数据字段无法显示：数据字段引用的指标“9.9”不存在"),
        Finding("warning", "R16.field", place,
                "“1.3 学生结构”中的数据字段无法显示：数据字段“profile.website”引用的学校信息未填写")]


def test_records_dates_follow_the_reports_own_period(data):
    data.report = replace(data.report, period_start="2025-01-01", period_end="2025-12-31")
    assert [(f.rule, f.place.list_id, f.message) for f in validate(data)] == [
        ("R15", "trainings", "名单“社会培训”第1行：开始日期 2024-11-10 不在报告期 2025-01-01 至 2025-12-31 内")]


# -- every bound from both sides (issue 21) --------------------------------------------------------

@pytest.mark.parametrize("written, stored, inside", [
    # a day: the period is 2024-09-01 to 2025-08-31, and 92 days more (to 1 December) at the end
    ("2024-08-31", "2024-08-31", False), ("2024-09-01", "2024-09-01", True),
    ("2025-12-01", "2025-12-01", True), ("2025-12-02", "2025-12-02", False),
    # a month is inside when any of its days is
    ("2024-08", "2024-08", False), ("2024-09", "2024-09", True),
    ("2025-12", "2025-12", True), ("2026-01", "2026-01", False),
    # a year likewise
    ("2023", "2023", False), ("2024", "2024", True), ("2025", "2025", True), ("2026", "2026", False),
    # a range likewise: it overlaps the period or it does not
    ("2024-07-01至2024-08-31", "2024-07-01 至 2024-08-31", False),
    ("2024-08-01至2024-09-01", "2024-08-01 至 2024-09-01", True),
    ("2025-12-01至2026-01-10", "2025-12-01 至 2026-01-10", True),
    ("2025-12-02至2026-01-10", "2025-12-02 至 2026-01-10", False)])
def test_records_dates_at_each_precision_on_both_sides_of_the_period(data, written, stored, inside):
    update_record(data, "student_awards", 0, "date", written)
    assert validate(data) == ([] if inside else [
        Finding("warning", "R15", row("student_awards", 0, "date"),
                f"名单“学生技能大赛获奖”第1行：获奖日期 {stored} 不在报告期 2024-09-01 至 2025-08-31 内")])


def test_records_certified_may_equal_graduates(data):
    update_record(data, "certificates", 0, "certified", 100)
    assert validate(data) == []
    update_record(data, "certificates", 0, "certified", 101)
    assert [(f.rule, f.message) for f in validate(data)] == [
        ("R1.certificates", "名单“证书获取”第1行：获证人数 101 大于毕业生人数 100")]


def test_records_master_name_itself_is_no_alias(data):
    add_master(data, "organisation", "测试装备制造有限公司", aliases=["测试装备公司"])
    add_record(data, "internships", {"organisation": "测试装备制造有限公司", "positions": 20})
    assert validate(data) == []


def test_records_aliases_are_per_kind(data):
    """A major's alias is not an organisation's: “测试装备公司” stays as written in 实习单位, and
    without an organisation's master entry it is only named as a likely variant."""
    add_master(data, "major", "测试装备制造有限公司", aliases=["测试装备公司"])
    add_record(data, "internships", {"organisation": "测试装备公司", "positions": 20})
    assert [(f.rule, f.message) for f in validate(data)] == [
        ("R18.variant", "名单“实习单位”第1行：实习单位“测试装备公司”与名单“校企合作”第1行的“测试装备制造有限公司”"
                        "像是同一单位的不同写法，请统一，或在名录中登记为别名")]


def test_records_alias_and_master_name_in_one_list_are_two_spellings(data):
    add_master(data, "organisation", "测试装备制造有限公司", aliases=["测试装备公司"])
    add_record(data, "internships", {"organisation": "测试装备制造有限公司", "positions": 20})
    data.records["internships"].append(replace(data.records["internships"][0], id=2, position=1,
                                               data={"organisation": "测试装备公司", "positions": 5}))
    assert [(f.rule, f.place) for f in validate(data)] == [
        ("R18.spelling", row("internships", 1, "organisation")), ("R18.alias", row("internships", 1, "organisation"))]


def students(data, written):
    set_text(data, "basic.students", f"学校现有全日制在校生{written}人。" + "学生结构持续优化。" * 20)
    return [f.message for f in validate(data)]


def claim(written, about=""):
    return (f"“1.3 学生结构”写有“在校生{written}人”{about}，但表6 全日制在校生人数为 1200，"
            "建议改用数据字段 {{[6.1]}}")


@pytest.mark.parametrize("written, about", [
    ("1199", None), ("1200", ""), ("1201", None), ("1,200", ""),
    # N余 / N多 / N+: from N up to the next step of its last non-zero place
    ("1200余", ""), ("1201余", "（即 1201–1210）"), ("1191余", ""), ("1190余", "（即 1190–1199）"),
    ("1200多", ""), ("1201多", "（即 1201–1210）"), ("1191多", ""), ("1190多", "（即 1190–1199）"),
    ("1200+", ""), ("1201+", "（即 1201–1210）"), ("1191+", ""), ("1190+", "（即 1190–1199）"),
    # 约 N: within 5 % either way
    ("约1263", ""), ("约1264", "（即 1200.8–1327.2）"), ("约1143", ""), ("约1142", "（即 1084.9–1199.1）"),
    # 近 N: up to 10 % below N, never above
    ("近1200", ""), ("近1199", "（即 1079.1–1199）"), ("近1333", ""), ("近1334", "（即 1200.6–1334）"),
    # 超过 N: above N, up to half as much again
    ("超过1200", ""), ("超过1201", "（即 1201–1801.5）"), ("超过800", ""), ("超过799", "（即 799–1198.5）")])
def test_text_numbers_agree_up_to_each_end_of_their_range(data, written, about):
    """`about` is "" when the number agrees, None for an exact number that does not."""
    flagged = about is None or about != ""
    assert students(data, written) == ([claim(written, about or "")] if flagged else [])


def test_text_last_year_counts_as_this_school_year(data):
    """A 2025 report covers the school year 2024–2025: “2024年” is this year, “2023年” history."""
    assert students(data, "1100") == [claim("1100")]
    set_text(data, "basic.students", "2024年学校现有全日制在校生1100人。" + "学生结构持续优化。" * 20)
    assert [f.rule for f in validate(data)] == ["R16.number"]
    set_text(data, "basic.students", "2023年学校现有全日制在校生1100人。" + "学生结构持续优化。" * 20)
    assert validate(data) == []
