"""More of the seeds' contradictions, found as a school enters them (texts, free tables, the six
tables), and their consistent figures passing: rates recomputed from the counts stated beside
them, rates no whole number of people can give, shares of a stated base.

Numbers and short labels are the seeds' (../shared/seeds/notes: jinzhou-school-2025 §4, §7,
§8.3; liangzhou-district-2023 I-6, I-7, I-10), copied here; the sentences are the tests' own."""

import pytest

from vqdesk.core.errors import EditionError
from vqdesk.core.validation.rate_vocab import read_vocabulary, vocabulary

from .conftest import (add_record, add_table, add_text, block, give_ids, loud, node, rules_of, set_records, set_value,
                       update_record)

#: 表5 近两年升学 (年份, 报考, 录取, 升学率).
JZ_FURTHER = [["2024年", 236, 191, 80.93], ["2025年", 174, 155, 89]]


def further_table(data):
    add_table(data, "talent.moral", "近两年升学情况统计表", ["年份", "报考人数", "录取人数", "升学率（%）"], JZ_FURTHER)


def graduates(data):
    """1.1's counts of the 2025 graduates, as the six tables hold them (567, 434, 330; the 104
    employed by industry and place as test_seed_reports enters them)."""
    for ind_id, value in {"1.1": 567, "1.2a": 434, "1.2b": 330, "1.2c": 13, "1.5a": 104, "1.5b": 4, "1.5c": 60,
                          "1.5d": 40, "4.1a": 104, "4.1b": 60, "4.1c": 70, "4.1d": 40, "4.1e": 30}.items():
        set_value(data, ind_id, value)


# -- rates recomputed from the counts the report states ----------------------------------------------

def test_jinzhou_rates_that_fit_one_of_their_definitions_pass(data):
    """就业率 76.54 % = 去向落实 434 ÷ 567; 对口就业率 97.12 % = 101 of the 104 employed (434 − 330);
    升学率 89 % is not 升学 330 ÷ 毕业生 567 (58.2 %) but fits 表5's 录取 155 ÷ 报考 174 (89.08 %)."""
    graduates(data)
    further_table(data)
    add_text(data, "basic.overview", "2025届毕业生567人，毕业去向落实434人，其中升学330人；就业率76.54%，"
                                     "对口就业率97.12%，升学率89%。")
    assert loud(data) == []


def test_jinzhou_a_further_study_rate_no_definition_gives(data):
    """§8.3 #5: 升学率 80.93 % ≠ 330 ÷ 567 = 58.20 % and ≠ 表5's 2025 录取 ÷ 报考 = 155 ÷ 174 = 89.08 %."""
    graduates(data)
    further_table(data)
    add_text(data, "basic.overview", "2025届毕业生567人，毕业去向落实434人，其中升学330人，升学率80.93%。")
    assert rules_of(data, "R16.rate") == [
        ("warning", "R16.rate", "“1.1 概况”写有升学率 80.93%，与报告所列人数不符：按“升学 ÷ 毕业生”为 330 ÷ 567 = 58.20%；"
                                "按“录取 ÷ 报考”为 155 ÷ 174 = 89.08%（表格“近两年升学情况统计表”“2025年”行）。"
                                "请核对，并写明该比率的分子和分母")]


def test_jinzhou_an_employment_rate_no_count_gives(data):
    """§8.3 #6: 就业率 90.81 % is not 去向落实 434 ÷ 567 (76.54 %), nor 就业 104 (434 − 330) ÷ 567, nor
    104 ÷ (567 − 330)."""
    graduates(data)
    add_text(data, "basic.overview", "2025届毕业生567人，毕业去向落实434人，其中升学330人，就业率90.81%。")
    assert rules_of(data, "R16.rate") == [
        ("warning", "R16.rate", "“1.1 概况”写有就业率 90.81%，与报告所列人数不符：按“去向落实 ÷ 毕业生”为 434 ÷ 567 = 76.54%；"
                                "按“就业 ÷ 毕业生”为 104 ÷ 567 = 18.34%（= 去向落实 434 − 升学 330）；"
                                "按“就业 ÷ （毕业生 − 升学）”为 104 ÷ （567 − 330） = 43.88%（= 去向落实 434 − 升学 330）。"
                                "请核对，并写明该比率的分子和分母")]


# -- rates no whole number of people gives ------------------------------------------------------------

def test_jinzhou_a_matching_employment_rate_out_of_104_employed(data):
    """§8.3 #7: 对口就业率 97.67 % of the 104 employed (434 − 330) would be 101.58 people; 101 and 102
    give 97.12 % and 98.08 %."""
    graduates(data)
    add_text(data, "basic.overview", "2025届毕业生567人，毕业去向落实434人，其中升学330人，对口就业率97.67%。")
    assert rules_of(data, "R16.rate") == [
        ("warning", "R16.rate", "“1.1 概况”写有对口就业率 97.67%，与报告所列人数不符：“对口就业 ÷ 就业”的分母为 104"
                                "（= 去向落实 434 − 升学 330），没有哪个整数人数能得出 97.67%"
                                "（101 ÷ 104 = 97.12%，102 ÷ 104 = 98.08%）。请核对，并写明该比率的分子和分母")]


# -- shares of a base ------------------------------------------------------------------------------------
#: liangzhou-district-2023 3.6.1: 教职工 683, 专任教师 589; 高级 125 and 中级 204 printed 22.8 / 37.2 %
#: (÷ 548 = 683 − 135 民办 teachers); 专业课 364 (61.8 %) and 双师型 244 (41.4 %) of the 589.

def test_liangzhou_shares_of_the_teachers_that_fit_their_base_pass(data):
    set_value(data, "6.4b", 683)
    set_value(data, "6.4c", 589)
    set_records(data, "teacher_structure", [{"category": "专业课", "count": 364, "dual_qualified": 244, "senior_title": 125},
                                            {"category": "文化课", "count": 225, "dual_qualified": 0, "senior_title": 0}])
    add_text(data, "basic.teachers", "全区教职工683人，专任教师589人，其中专业课教师364人，占61.8%；"
                                     "“双师型”教师244人，占专任教师的41.4%；高级职称125人，占教师总数的21.2%。")
    assert loud(data) == [] and rules_of(data, "R16.rounding") == []


def test_liangzhou_title_shares_of_another_base_than_the_teachers_named(data):
    """I-10: 125 ÷ 589 = 21.22 % and 204 ÷ 589 = 34.63 %; 22.8 % and 37.2 % fit only 548–549."""
    add_text(data, "basic.teachers", "全区专任教师589人。专任教师中，正、副高级职称125人，占教师总数的22.8%；"
                                     "中级职称204人，占37.2%。")
    assert rules_of(data, "R16.share", "R16.rounding") == [
        ("warning", "R16.share", "“1.4 教师队伍”写有“正、副高级职称125人”占 22.8%、“中级职称204人”占 37.2%（基数为“教师总数”），"
                                 "但专任教师为 589 人：125 ÷ 589 = 21.22%、204 ÷ 589 = 34.63%；这些比例只与 548–549 人的基数相符，"
                                 "而不是专任教师 589 人。请核对所用基数")]


#: liangzhou 2.4: 直接就业 320; 就业满意度 56 / 126 / 120 (17.5, 39.4, 37.5 %) and the rest 5.5 %;
#: 学校推荐 68 (21.2 %), 其他渠道 252 (78.8 %).
LZ_SATISFACTION = ("直接就业学生320人，其中比较满意56人，占17.5%；满意126人，占39.4%；非常满意120人，占37.5%；"
                   "无法评估和不满意的占{rest}%。")


def test_liangzhou_a_remainder_share_that_fits_its_count_passes(data):
    add_text(data, "service.employment", LZ_SATISFACTION.format(rest="5.6"))
    assert loud(data) == [] and rules_of(data, "R16.rounding") == []


def test_liangzhou_the_remainder_share_is_not_the_remaining_count(data):
    """I-6: 320 − (56 + 126 + 120) = 18 people, 5.63 %, printed 5.5 %; the shares make 99.9 %."""
    add_text(data, "service.employment", LZ_SATISFACTION.format(rest="5.5"))
    assert rules_of(data, "R16.share", "R16.rounding") == [
        ("warning", "R16.share", "“3.3 服务就业”写有“无法评估和不满意”占 5.5%，但按基数 320 人，其余 320 − （56 + 126 + 120） = "
                                 "18 人应占 5.63%（约 5.6%）；各项比例相加为 99.9%")]


def test_liangzhou_a_share_rounded_down_at_the_half_is_a_hint(data):
    """I-7: 68 ÷ 320 = 21.25 % printed 21.2 % (21.3 % rounded half up; 78.8 % is rounded half up)."""
    add_text(data, "service.employment", "直接就业学生320人，其中学校推荐就业68人，占21.2%；其他渠道就业252人，占78.8%。")
    assert rules_of(data, "R16.share", "R16.rounding") == [
        ("info", "R16.rounding", "“3.3 服务就业”写有“学校推荐就业68人”占 21.2%：68 ÷ 320 = 21.25%，四舍五入应为 21.3%，"
                                 "与其他比例的舍入方式不一致")]


# -- 升学 and 录取 -----------------------------------------------------------------------------------------

def test_jinzhou_further_study_330_and_admissions_155_are_two_figures(data):
    """§8.3 #4: 1.1's 升学 330 against 表5's 2025 录取 155: 录取 (by the 升学班's exam) are a part of
    升学, so the report is asked where the 175 others come from; not a contradiction."""
    further_table(data)
    add_text(data, "basic.overview", "2025届毕业生升学人数330人。")
    assert rules_of(data, "R16.part") == [
        ("info", "R16.part", "表格“近两年升学情况统计表”“2025年”行写有本年度录取 155 人，“1.1 概况”写有升学 330 人："
                             "录取只是升学的一部分，其余 175 人的升学途径（如五年制转段、注册入学）请在文中说明；"
                             "若两者指同一批学生，请核对")]


def test_a_paragraphs_total_of_admissions_is_its_count(data):
    """2.2.2 lists colleges one by one (“其中13人考入…，38人…，25人…”) and then “合计155人考入”:
    the 录取 it states is 155, not the first college's 13."""
    add_text(data, "basic.overview", "2025届毕业生升学人数330人。")
    add_text(data, "talent.growth", "升学班174名学生报考，其中13人考入甲职业技术学院，38人考入乙职业学院，25人考入"
                                    "丙职业技术学院，合计155人考入省内42所大专院校。")
    assert [m for _, _, m in rules_of(data, "R16.part")] == [
        "“2.3 多样成长”写有本年度录取 155 人，“1.1 概况”写有升学 330 人：录取只是升学的一部分，其余 175 人的升学途径"
        "（如五年制转段、注册入学）请在文中说明；若两者指同一批学生，请核对"]


def test_admissions_above_further_study_contradict(data):
    further_table(data)
    add_text(data, "basic.overview", "2025届毕业生升学人数150人。")
    assert rules_of(data, "R16.part") == [
        ("warning", "R16.part", "表格“近两年升学情况统计表”“2025年”行写有本年度录取 155 人，多于“1.1 概况”写的升学 150 人；"
                                "录取是升学的一部分，请核对")]


def test_admissions_that_are_all_of_further_study_pass(data):
    further_table(data)
    add_text(data, "basic.overview", "2025届毕业生升学人数155人。")
    assert rules_of(data, "R16.part") == []


# -- a major's graduates and its students ---------------------------------------------------------------
#: 表2 在校生各专业人数明细表 (专业, 男, 女, 总数) and 表15 证书获取 (专业, 毕业生, 证书, 获取人数, 获取率).
JZ_STUDENTS = [["汽车运用与维修", 52, 0, 52], ["数控技术应用", 30, 0, 30], ["焊接技术应用", 20, 0, 20],
               ["机电技术应用", 197, 15, 212]]
JZ_CERTIFICATES = [["机电技术应用", 120, "电工（中级/高级）", 118, 98.3], ["数控技术应用", 85, "数控车工（中级/高级）", 82, 96.5],
                   ["汽车运用与维修", 75, "汽车维修工（中级）", 72, 96.0], ["焊接技术应用", 40, "焊工（中级）", 38, 95.0]]


def _majors_tables(data, students):
    add_table(data, "basic.overview", "在校生各专业人数明细表", ["专业", "男生人数", "女生人数", "总数"], students)
    add_table(data, "integration.education", "2025届毕业生主要专业证书获取情况统计表",
              ["专业名称", "毕业生人数", "目标X证书", "证书获取人数", "获取率（%）"], JZ_CERTIFICATES,
              kinds=["text", "number", "text", "number", "percent"])


def test_jinzhou_graduates_within_each_majors_students_pass(data):
    """表15's graduates against an in-school table of all three grades (about 3 × a cohort)."""
    _majors_tables(data, [[m, 3 * g, 10, 3 * g + 10] for m, g, *_ in JZ_CERTIFICATES])
    assert loud(data) == []


def test_jinzhou_graduates_of_a_major_above_all_its_students(data):
    """§8.3 #11: 数控 85, 汽修 75, 焊接 40 graduates against 表2's 30, 52, 20 in school (机电 120 ≤ 212)."""
    _majors_tables(data, JZ_STUDENTS)
    where = "表格“2025届毕业生主要专业证书获取情况统计表”中"
    tail = "；毕业生应是在校生的一部分，请核对两处的统计范围（如在校生是否只统计了一个年级）"
    assert [m for _, _, m in rules_of(data, "R16.major")] == [
        f"{where}“数控技术应用”专业的毕业生 85 人，多于表格“在校生各专业人数明细表”中该专业的在校生 30 人{tail}",
        f"{where}“汽车运用与维修”专业的毕业生 75 人，多于表格“在校生各专业人数明细表”中该专业的在校生 52 人{tail}",
        f"{where}“焊接技术应用”专业的毕业生 40 人，多于表格“在校生各专业人数明细表”中该专业的在校生 20 人{tail}"]
    assert {s for s, _, _ in rules_of(data, "R16.major")} == {"warning"}


def test_a_majors_graduates_in_the_lists_above_its_students(data):
    """The same check on the lists 证书获取 and 分专业在校生 (计算机应用 has 400 in school)."""
    set_records(data, "certificates", [{"cohort": 2025, "major": "计算机应用", "graduates": 450,
                                        "certificate": "计算机操作员（中级）", "certified": 400}])
    assert [m for _, _, m in rules_of(data, "R16.major")] == [
        "名单“证书获取”第1行中“计算机应用”专业的毕业生 450 人，多于名单“分专业在校生”中该专业的在校生 400 人；"
        "毕业生应是在校生的一部分，请核对两处的统计范围（如在校生是否只统计了一个年级）"]


# -- a table of grades -----------------------------------------------------------------------------------
#: 表7 学生体测数据 (indicators down, years across): 2024 390 tested, 11 + 102 + 264 = 377 graded.
JZ_FITNESS = [["体测总人数", 390, 301], ["优秀人数", 11, 15], ["良好人数", 102, 111], ["及格人数", 264, 175]]


def _fitness(data, rows):
    add_table(data, "talent.growth", "2024-2025年度学生体测数据统计表", ["年度 指标", "2024年", "2025年"], rows)


def test_fitness_grades_that_add_up_and_cover_the_students_pass(data):
    """The 2024 column with its 13 不及格 (390), and 2025's 1180 tested of the 1200 in school."""
    _fitness(data, [["体测总人数", 390, 1180], ["优秀人数", 11, 150], ["良好人数", 102, 500], ["及格人数", 264, 500],
                    ["不及格人数", 13, 30]])
    add_table(data, "talent.growth", "2025年学生体质健康测试结果", ["年级", "测试人数", "优秀", "良好", "及格", "不及格"],
              [["一年级", 400, 60, 150, 170, 20], ["二年级", 390, 50, 160, 160, 20], ["三年级", 390, 40, 190, 150, 10]])
    assert loud(data) == []


def test_jinzhou_fitness_grades_leave_13_out_and_cover_few_students(data):
    """§8.3 #17: 2024's grades make 377 of 390 (no 不及格 row); 2025's 301 tested of 1700 in school."""
    set_value(data, "6.1", 1700)
    _fitness(data, JZ_FITNESS)
    where = "表格“2024-2025年度学生体测数据统计表”"
    assert rules_of(data, "R2.grades", "R2.coverage") == [
        ("warning", "R2.coverage", f"{where}中2025年的测试人数 301 人，只占表6 全日制在校生人数 1700 人的 17.7%；"
                                   "体质健康测试应每学年覆盖全体学生，请核对测试人数或说明原因"),
        ("warning", "R2.grades", f"{where}“2024年”列的优秀、良好、及格人数相加为 377，比测试人数 390 少 13 人"
                                 "（表中没有“不及格”），请补上这些人数")]


def test_fitness_grades_of_a_grade_row_that_do_not_add_up(data):
    add_table(data, "talent.growth", "2025年学生体质健康测试结果", ["年级", "测试人数", "优秀", "良好", "及格", "不及格"],
              [["一年级", 400, 60, 150, 170, 20], ["二年级", 390, 50, 160, 160, 30], ["三年级", 390, 40, 190, 150, 10]])
    assert [m for _, _, m in rules_of(data, "R2.grades", "R2.coverage")] == [
        "表格“2025年学生体质健康测试结果”“二年级”行的优秀、良好、及格、不及格人数相加为 400，与测试人数 390 不符，请核对"]


# -- the school's web address ---------------------------------------------------------------------------

def test_the_schools_address_written_as_the_profile_has_it_passes(data):
    """The profile's address in a text, and other sites (the ministry's, a partner's) beside it."""
    data.profile["publication_url"] = "https://www.jzjdgctx.com/"
    add_text(data, "support.policy", "学校网址：www.jzjdgctx.com；政策原文见 www.moe.gov.cn 和 www.jzjdjt.com。")
    assert loud(data) == []


def test_jinzhou_a_website_typed_one_letter_off_the_profiles(data):
    """§8.3 #23: 公开网址 https://www.jzjdgctx.com/ (profile) vs www.jzjdgcxx.com (typed on the back page)."""
    data.profile["publication_url"] = "https://www.jzjdgctx.com/"
    add_text(data, "support.policy", "学校网址：www.jzjdgcxx.com")
    assert rules_of(data, "R16.website") == [
        ("warning", "R16.website", "“7.2 政策落实”写有网址“www.jzjdgcxx.com”，与学校信息中的年报公开网址“https://www.jzjdgctx.com/”"
                                   "只差几个字符，请核对（正文可用数据字段 {{profile.publication_url}}，与学校信息一致）")]
    data.profile["website"] = "http://www.jzjdgcxx.com"
    assert rules_of(data, "R16.website")[0] == (
        "warning", "R16.website", "学校信息中的年报公开网址“https://www.jzjdgctx.com/”与学校网址“http://www.jzjdgcxx.com”只差几个字符，"
                                  "像是同一网址的笔误，请核对")


# -- one set of data under two captions -----------------------------------------------------------------
#: 表11 社会考试服务 and 表12 职业技能等级认定: the same six sessions, 794 人次.
JZ_SESSIONS = [["2024.11.16-17", "电工", 260], ["2024.11.30-12.1", "钳工", 97], ["2024.12.7-8", "电焊工、数控车工、汽车维修工", 104],
               ["2025.4.19-20", "电工", 177], ["2025.5.25", "钳工、数控车工、汽车维修工", 55], ["2025.6.14-15", "电工、焊工", 101]]
TEXT3 = ["text", "text", "number"]


def test_two_tables_of_different_sessions_pass(data):
    add_table(data, "service.livelihood", "2025年度社会考试服务项目一览表", ["服务日期", "考试项目", "服务人次"],
              [["2024.10.12", "普通话水平测试", 320], ["2025.3.15", "计算机等级考试", 210], ["2025.6.7", "会计专业技术资格", 95]],
              kinds=TEXT3)
    add_table(data, "service.livelihood", "职业技能等级认定考试信息表", ["日期", "考试工种", "人次"], JZ_SESSIONS, kinds=TEXT3)
    assert loud(data) == [] and rules_of(data, "R16.same-data") == []


def test_jinzhou_one_set_of_sessions_under_two_captions(data):
    """§8.3 #16, #28: 表11 and 表12 hold the same six sessions (794 人次) as 社会考试 and as 等级认定."""
    add_table(data, "service.livelihood", "2025年度社会考试服务项目一览表", ["服务日期", "服务项目/考试工种", "服务人次"],
              [[d, f"{t}职业技能等级认定", n] for d, t, n in JZ_SESSIONS], kinds=TEXT3)
    add_table(data, "service.livelihood", "职业技能等级认定考试信息表", ["日期", "考试工种", "人次"], JZ_SESSIONS, kinds=TEXT3)
    assert rules_of(data, "R16.same-data") == [
        ("warning", "R16.same-data", "表格“职业技能等级认定考试信息表”的“人次”与表格“2025年度社会考试服务项目一览表”的“服务人次”逐行相同"
                                     "（260、97、104、177、55、101，合计 794）：同一组数据以两个标题出现。"
                                     "若是同一批人员，请只保留一张表，或在标题和正文中说明两者的关系")]


def test_jinzhou_one_table_printed_twice_is_a_hint(data):
    """§8.3 #28: 表1 and 表8, the majors list under two captions, cell for cell."""
    majors = [["660301", "机电技术应用", "自动化类"], ["660103", "数控技术应用", "机械设计制造类"],
              ["700206", "汽车运用与维修", "道路运输类"]]
    add_table(data, "basic.majors", "2025年专业设置情况一览表", ["专业代码", "专业", "所属专业类"], majors, kinds=["text"] * 3)
    add_table(data, "talent.growth", "锦州市机电工程学校2025年专业设置情况一览表", ["专业代码", "专业", "所属专业类"], majors,
              kinds=["text"] * 3)
    assert rules_of(data, "R16.same-data") == [
        ("info", "R16.same-data", "表格“锦州市机电工程学校2025年专业设置情况一览表”与表格“2025年专业设置情况一览表”的内容完全相同（3 行），"
                                  "同一数据印了两次；可删去一张，或在正文中引用前一张表")]


# -- claims that cannot be checked ------------------------------------------------------------------------

def test_spending_changes_and_multiples_with_their_figures_pass(data):
    """项目支出 beside the investment it pays for, changes with the figures they start from (a
    text's 60 %, a table row's 50 项 → 70 项), and 30 s → 10 s written as 提高到原来的3倍."""
    add_text(data, "support.funding", "本年度项目支出427万元，其中投资387万元建设汽车生产性实训基地。")
    add_text(data, "integration.education", "高级工获取率由2024年的60%提升10%，达到2025年的66%。")
    add_table(data, "support.conditions", "学校治理关键指标对比表", ["关键领域", "改革前", "改革后", "提升幅度"],
              [["制度文件", "50项", "70项", "完善度提升 40%"]], kinds=["text"] * 4)
    add_text(data, "integration.resources", "改造后单件加工时间由30秒缩短为10秒，效率提高到原来的3倍。")
    assert [f for f in rules_of(data, "R16.spending", "R16.change", "R16.times")] == []


def test_jinzhou_no_project_spending_but_project_investments(data):
    """§8.3 #19: 7.3 项目支出 0 万元; 1.3 cites 387 万元 and 40 万元 of projects (no year given)."""
    add_text(data, "support.funding", "2025年度学校基本支出2265.36万元，项目支出0万元。")
    add_text(data, "basic.conditions", "学校投资387万元建设汽车生产性实训基地，投入40万元建设焊接鉴定场地。")
    assert rules_of(data, "R16.spending") == [
        ("info", "R16.spending", "“7.3 经费保障”写有项目支出 0 万元，而正文写有项目投入（“1.5 基本办学条件”的 387万元、"
                                 "“1.5 基本办学条件”的 40万元）：若这些投入属于本年度，项目支出不应为 0；若属于往年，请在正文中写明年份")]
    add_text(data, "basic.conditions", "本年度投入12万元更新实训设备。")
    assert rules_of(data, "R16.spending")[0][:2] == ("warning", "R16.spending")


def test_jinzhou_changes_without_a_base_are_hints(data):
    """§8.3 #20, #21: “高级工获取率较上年提升10%” with no data; 表17's percentages with no baseline."""
    add_text(data, "integration.education", "学校推进书证融通，高级工获取率较上年提升10%。")
    add_table(data, "support.conditions", "学校治理能力现代化建设关键指标对比表", ["关键领域", "改革前状态", "改革后状态", "提升幅度"],
              [["制度体系", "分散", "系统化", "完善度提升 40%"], ["决策效率", "流程较长", "权责清晰", "决策周期缩短 25%"]],
              kinds=["text"] * 4)
    assert rules_of(data, "R16.change") == [
        ("info", "R16.change", "“6.3 产教协同育人”写有“高级工获取率较上年提升10%”，但没有给出变化前后的数值，读者无法核对；"
                               "请写明基数（上年或改革前的数值），比率的变化请注明是百分点还是百分比"),
        ("info", "R16.change", "表格“学校治理能力现代化建设关键指标对比表”中的“完善度提升 40%”、“决策周期缩短 25%”"
                               "没有给出变化前后的数值和测算方法，读者无法核对；请补上基数")]


def test_jinzhou_efficiency_up_about_2_times_for_30_to_10_seconds(data):
    """§8.3 #22: 30 s → 10 s per piece is 3 times the output; “提升约2倍” holds only as +200 %."""
    add_text(data, "integration.resources", "改造后单件加工时间由30秒缩短至10秒，效率提升约2倍。")
    assert rules_of(data, "R16.times") == [
        ("info", "R16.times", "“6.2 产教资源共建”写有“提升约2倍”：30 秒与 10 秒之比为 3，即提高到原来的 3 倍（提高了 2 倍）。"
                              "“提升约2倍”既可读作变为2倍，也可读作增加了2倍，请写明")]
    add_text(data, "integration.resources", "改造后单件加工时间由30秒缩短至10秒，效率提升5倍。")
    assert rules_of(data, "R16.times")[0] == (
        "warning", "R16.times", "“6.2 产教资源共建”写有“提升5倍”，但30 秒与 10 秒之比为 3，即提高到原来的 3 倍（提高了 2 倍），请核对")


# -- the vocabulary file is checked on load -------------------------------------------------------------

def test_the_bundled_rate_definitions_load():
    vocab = vocabulary()
    assert [d.describe() for d in vocab.rates["就业率"].definitions] == [
        "去向落实 ÷ 毕业生", "就业 ÷ 毕业生", "就业 ÷ （毕业生 − 升学）"]
    assert vocab.counts["录取"].part_of == "升学" and vocab.bases["教师总数"] == "专任教师"


@pytest.mark.parametrize("text, problem", [
    ('counts = [{ key = "毕业生", spellings = ["毕业生"] }]\nrates = [{ key = "升学率", spellings = ["升学率"], '
     'definitions = ["升学 / 毕业生"] }]', "rates[0]：口径“升学 / 毕业生”中的“升学”未在 counts 中定义"),
    ('counts = [{ key = "毕业生", spellings = ["毕业生"] }]\nrates = [{ key = "升学率", spellings = ["升学率"], '
     'definitions = ["毕业生"] }]', "rates[0]：口径“毕业生”应写作“分子 / 分母”"),
    ('counts = [{ key = "毕业生", spellings = [] }]', "counts[0]：“spellings”应是非空的文字列表"),
    ('counts = [{ key = "毕业生", spellings = ["毕业生"], indicator = "毕业" }]',
     "counts[0]：“indicator”应是指标编号，如 1.1，而不是“毕业”"),
    ('distributions = [{ name = "体测", totals = ["测试人数"], parts = ["优秀", "良好"], min_coverage = 80 }]',
     "distributions[0]：“min_coverage”应是 0 到 1 之间的数"),
    ('counts = [', "TOML 格式错误"),
])
def test_a_broken_rate_definitions_file_is_refused_with_the_entry_named(tmp_path, text, problem):
    path = tmp_path / "rates-2023.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(EditionError) as caught:
        read_vocabulary(path)
    assert str(caught.value).startswith("模板文件 rates-2023.toml 有误：") and problem in str(caught.value)


def test_two_bound_views_of_one_list_share_their_figures_by_design(data):
    """A stored figure shown in two tables bound to the data (a bureau's 各校办学规模 and 各校主要指标
    both show 在校生) is one number in two views, not one set of people presented as two things."""
    set_records(data, "teacher_structure", [
        {"category": "专业课", "count": 74, "dual_qualified": 53, "senior_title": 30},
        {"category": "文化课", "count": 40, "dual_qualified": 0, "senior_title": 18},
        {"category": "思政课", "count": 10, "dual_qualified": 8, "senior_title": 2}])
    for caption, fields in (("教师结构", ["category", "count", "senior_title"]), ("双师型教师", ["category", "count", "dual_qualified"])):
        node(data, "basic.teachers").blocks.append(block({"kind": "table", "caption": caption, "source": {
            "type": "list", "list": "teacher_structure", "fields": fields}}))
    give_ids(data.document)
    assert rules_of(data, "R16.same-data") == []
    add_table(data, "basic.teachers", "各类教师人数（填报）", ["类别", "人数"], [["专业课", 74], ["文化课", 40], ["思政课", 10]])
    found = rules_of(data, "R16.same-data")             # a typed copy of the figures is still questioned
    assert len(found) == 1 and found[0][2].startswith("表格“各类教师人数（填报）”的“人数”与表格“")


def test_jinzhou_a_share_of_124_teachers_no_whole_number_gives(data):
    """§8.3 #9: “双师型教师占比专任教师达到 71.6%” of the 124 专任教师 would be 88.78 teachers."""
    set_value(data, "6.4c", 124)
    add_text(data, "basic.teachers", "双师型教师占比专任教师达到71.6%。")
    assert rules_of(data, "R16.share") == [
        ("warning", "R16.share", "“1.4 教师队伍”写有“双师型教师”占 71.6%（基数为“专任教师”），但专任教师为 124 人"
                                 "（表6 专任教师总数）：没有哪个整数人数能得出 71.6%（88 ÷ 124 = 70.97%，89 ÷ 124 = 71.77%）。"
                                 "请核对比例或所用基数")]


def test_a_share_some_whole_number_of_the_base_gives_passes(data):
    set_value(data, "6.4c", 124)
    add_text(data, "basic.teachers", "双师型教师占比专任教师达到71.8%，高级职称教师占专任教师的24.2%。")
    assert rules_of(data, "R16.share") == []


def test_jinzhou_the_students_per_major_leave_out_two_joint_majors(data):
    """§8.3 #12: 表1 offers two majors run with 辽宁铁道职业技术学校 that 表2's students per major omit."""
    set_records(data, "majors", [{"code": "660301", "name": "机电技术应用", "duration": "三年制"},
                                 {"code": "700201", "name": "铁道运输服务", "duration": "三年制"},
                                 {"code": "700203", "name": "铁道信号施工与维护", "duration": "三年制"}])
    set_records(data, "enrolment", [{"major": "机电技术应用", "grade": "一年级", "male": 30, "female": 2}])
    assert rules_of(data, "R18.major") == [
        ("info", "R18.major", f"名单“专业设置”第{n}行：专业“{name}”在“分专业在校生”名单中没有在校生：如本年度未招生、"
                              "学生不在本校就读，可不理会；否则请补上")
        for n, name in ((2, "铁道运输服务"), (3, "铁道信号施工与维护"))]


def test_every_major_offered_with_its_students_passes(data):
    """The fixture's three majors all have students."""
    assert rules_of(data, "R18.major") == []


def test_jinzhou_a_college_written_as_a_school_and_a_company_with_a_word_more(data):
    """§8.3 #13, #37: 辽宁铁道职业技术学校 (表1) / 学院 (6.5); 天津富晟李尔汽车电器 / 电器电子有限公司."""
    add_record(data, "partners", {"organisation": "辽宁铁道职业技术学校", "status": "持续合作"})
    add_text(data, "integration.mechanism", "学校与辽宁铁道职业技术学院合作开设铁道信号施工与维护专业。")
    add_record(data, "partners", {"organisation": "天津富晟李尔汽车电器有限公司", "status": "新签"})
    add_record(data, "internships", {"organisation": "天津富晟李尔汽车电器电子有限公司", "positions": 5})
    assert rules_of(data, "R18.mention", "R18.variant") == [
        ("warning", "R18.variant", "名单“实习单位”第1行：实习单位“天津富晟李尔汽车电器电子有限公司”与名单“校企合作”第3行的"
                                   "“天津富晟李尔汽车电器有限公司”像是同一单位的不同写法，请统一，或在名录中登记为别名"),
        ("info", "R18.mention", "“6.1 产教机制共筑”写作“辽宁铁道职业技术学院”，名单“校企合作”写作“辽宁铁道职业技术学校”："
                                "像是同一单位的不同写法，请统一")]


def test_a_major_whose_students_are_written_in_a_variant_is_not_also_without_students(data):
    """表2's 计算机技术应用 is R18.major's variant of 计算机应用 (a warning), not a major without students."""
    update_record(data, "enrolment", 4, "major", "计算机技术应用")
    update_record(data, "enrolment", 5, "major", "计算机技术应用")
    assert [(s, m[:27]) for s, _, m in rules_of(data, "R18.major")] == [
        ("warning", "名单“分专业在校生”第5行：专业“计算机技术应用”不在"), ("warning", "名单“分专业在校生”第6行：专业“计算机技术应用”不在")]


#: 表15 2025 届毕业生主要专业证书获取情况统计表 (专业, 毕业生, 证书获取人数, 获取率, 同比变化).
JZ_CERTIFICATES = [["机电技术应用", 120, 118, "98.3%", "+2.1%"], ["数控技术应用", 85, 82, "96.5%", "+3.5%"],
                   ["汽车运用与维修", 75, 72, "96.0%", "+1.8%"], ["焊接技术应用", 40, 38, "95.0%", "+5.0%"]]


def test_jinzhou_a_change_in_percent_beside_a_rate_with_no_earlier_year(data):
    """§8.3 #20: 表15's 同比变化 +2.1% beside 获取率 98.3%, and no rate of the year before."""
    add_table(data, "integration.education", "2025届毕业生主要专业证书获取情况统计表",
              ["专业名称", "毕业生人数", "证书获取人数", "获取率", "同比变化"], JZ_CERTIFICATES,
              kinds=["text", "number", "number", "text", "text"])
    assert rules_of(data, "R16.delta") == [
        ("info", "R16.delta", "表格“2025届毕业生主要专业证书获取情况统计表”的“同比变化”（+2.1%、+3.5%、+1.8%等）在“获取率”旁，"
                              "却没有上年的数值：读者看不出这是百分点之差还是相对变化，也无法核对；请给出上年的数值，"
                              "并把列名写作“比上年（百分点）”或“增幅（%）”")]


def test_a_change_beside_both_years_or_in_points_passes(data):
    add_table(data, "integration.education", "证书获取率", ["专业名称", "2024年", "2025年", "同比变化（百分点）"],
              [["机电技术应用", 96.2, 98.3, 2.1]])
    add_table(data, "integration.education", "证书获取情况", ["专业名称", "获取率", "比上年（百分点）"],
              [["机电技术应用", 98.3, 2.1]])
    assert rules_of(data, "R16.delta") == []


def test_jinzhou_a_joint_major_the_majors_list_does_not_have(data):
    """§8.3 #13: 6.5 names three majors run with 辽宁铁道职业技术学院; 表1 lists two of them."""
    set_records(data, "majors", [{"code": "460303", "name": "智能控制技术", "duration": "三年制"},
                                 {"code": "460305", "name": "工业机器人技术", "duration": "三年制"},
                                 {"code": "660301", "name": "机电技术应用", "duration": "三年制"}])
    add_text(data, "integration.mechanism", "学校与高职院校共同开设铁道信号技术、工业机器人技术、智能控制技术三个专业。"
                                            "学校开设了机电技术应用、工业机器人技术等专业。")
    assert [m for _, _, m in rules_of(data, "R18.major") if "列出的专业" in m] == [
        "“6.1 产教机制共筑”列出的专业中“铁道信号技术”不在“专业设置”名单中：请补入名单，或改用名单中的专业名称"]


def test_jinzhou_a_duty_due_before_its_slot_ends(data):
    """§8.3 #38: 劳动周课表 “早上 8:10-8:35” with “8:30前完成”; “12:50-13:05” with “13:05前完成” fits."""
    add_table(data, "talent.moral", "劳动周课表", ["时间段", "任务内容", "具体要求"],
              [["早上 8:10-8:35", "打扫主楼梯及西侧楼梯卫生", "8:30前完成，结束后由组长检查。"],
               ["中午 12:50-13:05", "打扫主楼梯及西侧楼梯卫生", "12:50准时到位，13:05前完成。"]], kinds=["text"] * 3)
    assert rules_of(data, "R16.time") == [
        ("info", "R16.time", "表格“劳动周课表”第1行的时间是“8:10-8:35”，却要求“8:30前完成”：完成时间早于时段的结束，请核对")]


def test_jinzhou_a_share_rising_by_more_than_its_new_teachers(data):
    """§8.3 #10: 71.6 % → 80 % of 124 专任教师 is about 10 more, of 74 专业课 teachers about 6; 5 are named."""
    set_value(data, "6.4c", 124)
    set_records(data, "teacher_structure", [
        {"category": "专业课", "count": 74, "dual_qualified": 53, "senior_title": 30},
        {"category": "文化课", "count": 50, "dual_qualified": 0, "senior_title": 20}])
    add_text(data, "basic.teachers", "政策实施一年来，新取得高级“双师型”教师认证5人，学校“双师型”教师比例从71.6%提升至80%。")
    assert rules_of(data, "R16.rise") == [
        ("info", "R16.rise", "“1.4 教师队伍”写比例从 71.6% 升至 80%（+8.4 个百分点），按专任教师 124 人约需多出 10 人，"
                             "按专业课教师 74 人约需多出 6 人，而同句只写新增 5 人：请核对；如教师总数也有变化，请写明")]


def test_a_rise_the_new_teachers_can_make_passes(data):
    set_value(data, "6.4c", 124)
    add_text(data, "basic.teachers", "新取得“双师型”教师认证11人，学校“双师型”教师比例从71.6%提升至80%。")
    assert rules_of(data, "R16.rise") == []
