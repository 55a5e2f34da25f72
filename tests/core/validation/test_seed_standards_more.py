"""More of the seeds' contradictions (issue #17): a per-school 达标 table against the schools'
conditions, a grant's amount per student against its national standard, a table's declared unit
against the measure word the text gives its figures, and a 平均 rate that is the pooled ratio.

Numbers and short labels are the seeds' (../shared/seeds/notes, copied here); the sentences
around them are the tests' own."""

import pytest

from vqdesk.core.errors import EditionError
from vqdesk.core.validation import grants

from .conftest import add_table, add_text, block, build_report, give_ids, loud, node, report_data, rules_of, set_records

# -- anshan-city-2023: 数据表 7-1 against 数据表 1-4 -----------------------------------------------
#: 数据表 1-4 (学校名称, 校园占地面积, 校舍建筑面积, 专任教师, 生师比, 仪器设备总值(万元), 生均图书).
AS_SCHOOLS = [
    ["鞍山市信息工程学校", 81060, 31728, 140, 9, 1390, 40],
    ["鞍山市体育运动学校", 442770.22, 115979.88, 11, 18, 67.98, 63],
    ["鞍山市艺术学校", 4008, 4008, 10, 3, 62.6, 27],
    ["海城市中等职业技术专业学校", 78634, 24397, 99, 9, 393, 31],
    ["海城市卫生中等专业学校", "(78634)", "(24397)", "(99)", "(9)", "(393)", "(31)"],
    ["台安县职业教育中心", 92575.95, 24577, 62, 17, 1041.8867, 33],
    ["岫岩满族自治县职业教育中心", 67225.18, 31428.87, 60, 20, 947, 31],
    ["鞍山市通关职业学校", 40326.42, 24000, 60, 7, 310, 100]]
AS_CONDITION_HEADERS = ["学校名称", "校园占地面积(平方米)", "校舍建筑面积(平方米)", "专任教师", "生师比",
                        "仪器设备总值(万元)", "生均图书(册)"]
#: 数据表 7-1 (序号 left out): 学校名称, 规划分类, 是否达标; 台安 spelled as 7-1 spells it.
AS_STATUS = [["鞍山市信息工程学校", "继续举办", "是"], ["鞍山市体育运动学校", "继续举办", "是"],
             ["鞍山市艺术学校", "合并", "否"], ["台安县职教中心", "继续举办", "是"],
             ["鞍山市通关职业学校", "继续举办", "是"], ["岫岩满族自治县职业教育中心", "继续举办", "是"],
             ["海城市卫生中等专业学校", "合并", "是"], ["海城市中等职业技术专业学校", "合并", "是"]]
AS_STATUS_CAPTION = "鞍山市职业学校办学条件达标情况"
AS_CONDITIONS_CAPTION = "鞍山市中职学校办学条件"


def anshan_tables(data, status=AS_STATUS, schools=AS_SCHOOLS, headers=AS_CONDITION_HEADERS):
    add_table(data, "basic.conditions", AS_CONDITIONS_CAPTION, headers, schools)
    add_table(data, "support.policy", AS_STATUS_CAPTION, ["学校名称", "规划分类", "是否达标"], status,
              kinds=["text", "text", "text"])


def test_anshan_schools_marked_as_meeting_the_standards_that_do_pass(data):
    """Every school marked 是 meets each standard the conditions table gives (岫岩 exactly at 生师比
    20 and 专任教师 60, 通关 exactly at 校舍 24000); 艺术 fails and is marked 否; 海城卫生's
    parenthesised (merged) figures are not numbers to judge."""
    schools = [r for r in AS_SCHOOLS if r[0] != "鞍山市体育运动学校"]
    status = [r for r in AS_STATUS if r[0] != "鞍山市体育运动学校"]
    anshan_tables(data, status, schools)
    assert loud(data) == []


def test_anshan_sports_school_marked_as_meeting_the_standards_it_fails(data):
    """§8.3, I19: 数据表 7-1 marks 鞍山市体育运动学校 是, but 数据表 1-4 gives it 专任教师 11 (< 60)
    and 仪器设备总值 67.98 万元 (< 300 万元)."""
    anshan_tables(data)
    assert rules_of(data, "R16.status") == [(
        "warning", "R16.status",
        "表格“鞍山市职业学校办学条件达标情况”中“鞍山市体育运动学校”的“是否达标”为“是”，但表格“鞍山市中职学校办学条件”中"
        "该校“专任教师”为 11 人（专任教师数标准：不低于 60 人）、“仪器设备总值(万元)”为 67.98 万元"
        "（仪器设备总值标准：不低于 300 万元），未达到办学条件标准：如该校适用艺术、体育等类别的专门标准，请在报告中说明；"
        "否则请核对达标情况或该校数据")]


def test_a_conditions_column_in_yuan_is_converted_to_the_standards_wan_yuan(data):
    """仪器设备总值 in 元: 679800 元 is 67.98 万元, still short of 300 万元; 3930000 元 is 393 万元."""
    headers = ["学校名称", "专任教师数", "仪器设备总值（元）"]
    schools = [["鞍山市体育运动学校", 61, 679800], ["海城市中等职业技术专业学校", 99, 3930000]]
    anshan_tables(data, [AS_STATUS[1], AS_STATUS[7]], schools, headers)
    assert [m for _, _, m in rules_of(data, "R16.status")] == [
        "表格“鞍山市职业学校办学条件达标情况”中“鞍山市体育运动学校”的“是否达标”为“是”，但表格“鞍山市中职学校办学条件”中"
        "该校“仪器设备总值（元）”为 67.98 万元（仪器设备总值标准：不低于 300 万元），未达到办学条件标准：如该校适用艺术、"
        "体育等类别的专门标准，请在报告中说明；否则请核对达标情况或该校数据"]



def test_a_status_table_that_gives_the_figures_itself(data):
    """学校 / 专任教师 / 是否达标 in one table: its own 专任教师 11 is short of 60."""
    add_table(data, "support.policy", "各校达标情况", ["学校名称", "专任教师", "是否达标"],
              [["鞍山市体育运动学校", 11, "是"], ["鞍山市通关职业学校", 60, "是"]], kinds=["text", "number", "text"])
    assert [m for _, _, m in rules_of(data, "R16.status")] == [
        "表格“各校达标情况”中“鞍山市体育运动学校”的“是否达标”为“是”，但同一表格中该校“专任教师”为 11 人"
        "（专任教师数标准：不低于 60 人），未达到办学条件标准：如该校适用艺术、体育等类别的专门标准，请在报告中说明；"
        "否则请核对达标情况或该校数据"]


def test_a_city_report_matches_schools_through_the_bureaus_registered_aliases():
    """The status table writes 市体校, an alias the bureau registered for 鞍山市体育运动学校."""
    data = report_data("regional-city-2024", level="city")
    set_records(data, "schools", [{"school": "鞍山市体育运动学校", "aliases": "市体校"}, {"school": "鞍山市信息工程学校"}])
    add_table(data, "basic.conditions", AS_CONDITIONS_CAPTION, AS_CONDITION_HEADERS, AS_SCHOOLS[:2])
    add_table(data, "support.projects", AS_STATUS_CAPTION, ["学校名称", "规划分类", "是否达标"],
              [["市体校", "继续举办", "是"], ["鞍山市信息工程学校", "继续举办", "是"]], kinds=["text"] * 3)
    assert [m.split("，未达到")[0] for _, _, m in rules_of(data, "R16.status")] == [
        "表格“鞍山市职业学校办学条件达标情况”中“市体校”的“是否达标”为“是”，但表格“鞍山市中职学校办学条件”中该校"
        "“专任教师”为 11 人（专任教师数标准：不低于 60 人）、“仪器设备总值(万元)”为 67.98 万元（仪器设备总值标准：不低于 300 万元）"]

# -- liangzhou-district-2023: 国家助学金 per student (I-24) ---------------------------------------
def lz_aid(amount: str) -> str:
    return (f"2022年全区中职学生全部享受免学费政策，发放资金1693.34万元；共有3259名学生获得国家助学金，"
            f"拨付资金{amount}万元。校内奖助学金发放10.8万元，惠及学生261人。")


def test_liangzhou_grant_paid_at_its_standard_raises_nothing(data):
    """652 万元 for 3259 students is 2001 元 each: the standard (2000, or 2300 from spring 2025)."""
    add_text(data, "support.funding", lz_aid("652"))
    assert loud(data) == []
    assert rules_of(data, "R16.grant") == []
    year_2023 = report_data(year=2023)
    add_text(year_2023, "support.funding", lz_aid("652"))
    assert rules_of(year_2023, "R16.grant") == []


def test_liangzhou_grant_per_student_far_below_the_standard():
    """7.3 I-24: 362.8 万元 ÷ 3259 = 1113 元 per student, against an average of 2000 元 a year
    (a 2023 report: data period 2022-09 to 2023-08)."""
    year_2023 = report_data(year=2023)
    add_text(year_2023, "support.funding", lz_aid("362.8"))
    assert rules_of(year_2023, "R16.grant") == [(
        "info", "R16.grant",
        "“7.3 经费保障”写国家助学金 362.8 万元、3259 名学生，即每生 1113 元，远低于中职国家助学金平均资助标准"
        "（每生每年 2000 元）：如为一个学期的发放额、或学生数另有口径，请在文中说明；否则请核对金额和人数")]


def test_the_grant_standard_follows_the_reports_data_period(data):
    """The standard in force when the data period starts: 2000 元 for a 2025 report (data from
    2024-09), 2300 元 (from the spring term of 2025) for a 2026 report; a payment per semester
    written per semester (每生每学期1000元) is not a total."""
    said = lz_aid("362.8") + "3259名学生的国家助学金按每生每学期1000元发放。"
    year_2026 = report_data(year=2026)
    for report in (data, year_2026):
        add_text(report, "support.funding", said)
    assert [m for report in (data, year_2026) for _, _, m in rules_of(report, "R16.grant")] == [
        "“7.3 经费保障”写国家助学金 362.8 万元、3259 名学生，即每生 1113 元，远低于中职国家助学金平均资助标准"
        f"（每生每年 {standard} 元）：如为一个学期的发放额、或学生数另有口径，请在文中说明；否则请核对金额和人数"
        for standard in (2000, 2300)]


def test_anshan_grants_counted_in_payments_or_paid_at_the_standard_raise_nothing(data):
    """§8.1 R21: 国家奖学金 10.2 万元 for 17 students is 6000 元 each; 国家助学金 451 万元 for 4510
    人次 counts payments (one a term), not students."""
    add_text(data, "support.funding", "全市国家助学金资助4510人次，资助资金451万元。中职国家奖学金获奖学生17人，"
                                      "资助金额10.2万元。")
    assert rules_of(data, "R16.grant") == []


def test_a_grants_amount_in_the_next_clause_is_still_the_grants(data):
    """“资助资金” names the grant's money, not another aid."""
    add_text(data, "support.funding", "国家助学金惠及学生3259名，资助资金362.8万元。")
    assert [m.split("，远低于")[0] for _, _, m in rules_of(data, "R16.grant")] == [
        "“7.3 经费保障”写国家助学金 362.8 万元、3259 名学生，即每生 1113 元"]


def test_the_student_aid_file_is_checked_on_load():
    with pytest.raises(EditionError) as caught:
        grants.parse({"others": ["免学费"], "grants": [
            {"name": "国家助学金", "spellings": ["国家助学金"], "per": "每生每年", "min_share": 0.6,
             "source": "标准", "standards": [{"since": "2015-09-01", "amount": 2000}]}]})
    assert str(caught.value) == "模板文件 student-aid.toml 有误：grants[0].standards[0]：应有日期 since 和正数 amount（元）"
    assert [g.name for g in grants.aid().grants] == ["国家助学金", "国家奖学金"]


# -- liangzhou-district-2023: 表8 in 人, its medals in 枚 (I-19) -----------------------------------
LZ_CONTESTS = ["项目", "一等奖", "二等奖", "三等奖", "一等奖", "二等奖", "三等奖", "金牌", "银牌", "铜牌"]
LZ_CONTEST_GROUPS = [{"label": "", "span": 1}, {"label": "省级技能大赛", "span": 3},
                     {"label": "市级技能大赛", "span": 3}, {"label": "省第十五届运动会", "span": 3}]


def lz_contests(data, measure: str, columns=LZ_CONTESTS):
    """表8 with its one row 人数, and a case text writing the medals with `measure`."""
    node(data, "talent.skills").blocks.append(block({
        "kind": "table", "caption": "2022年学生技能大赛成绩（单位：人）", "columns": columns,
        "column_kinds": ["text"] + ["number"] * 9, "header_groups": LZ_CONTEST_GROUPS,
        "rows": [["人数", 28, 28, 61, 371, 644, 957, 19, 18, 27]]}))
    give_ids(data.document)
    add_text(data, "talent.skills", f"在省第十五届运动会上，学校186名运动员参赛，获金牌19{measure}、银牌18{measure}、"
                                    f"铜牌27{measure}；省级技能大赛一等奖28人。")


def test_liangzhou_medals_written_in_the_tables_unit_raise_nothing(data):
    """The text counts the medals in the table's 人; or the medal columns name their own 枚."""
    lz_contests(data, "人")
    assert loud(data) == []
    assert rules_of(data, "R16.unit-word") == []


def test_medal_columns_that_name_their_own_unit_raise_nothing(data):
    lz_contests(data, "枚", LZ_CONTESTS[:7] + ["金牌（枚）", "银牌（枚）", "铜牌（枚）"])
    assert rules_of(data, "R16.unit-word") == []


def test_one_small_figure_written_with_another_measure_word_may_be_chance(data):
    """“一等奖3项” of some other contest beside a table's 一等奖 3 人: too little to say."""
    add_table(data, "talent.skills", "学生获奖情况（单位：人）", ["项目", "一等奖", "二等奖"], [["人数", 3, 12]])
    add_text(data, "talent.skills", "学校教师在教学能力比赛中获一等奖3项。")
    assert rules_of(data, "R16.unit-word") == []


def test_liangzhou_contest_table_in_people_whose_medals_the_text_counts_in_mei(data):
    """7.3 I-19: 表8 declares （单位：人）, its 运动会 columns are medals: 金牌 19 枚 in the text."""
    lz_contests(data, "枚")
    assert rules_of(data, "R16.unit-word") == [(
        "info", "R16.unit-word",
        "表格“2022年学生技能大赛成绩（单位：人）”的单位为“人”，而“2.4 技能成才”写金牌 19 枚、银牌 18 枚、铜牌 27 枚，"
        "与表中“金牌”“银牌”“铜牌”的数字相同：如这些数字计的是枚而不是人，请在表头注明各自的单位，或改正表格的单位")]


# -- liangzhou-district-2023: 文化课合格率 “平均” 88.62% = 8233 ÷ 9290 (I-26) ---------------------------
#: 表6's 2022 counts (文化课 参加 9290, 合格 8233; 体质测评 8198, 7742) shared out over three schools
#: (the seed gives no per-school rows): the schools' rates are 92.00, 86.67, 80.08 (文化课).
LZ_SCHOOL_COUNTS = [["学校甲", 5000, 4600, 4000, 3800], ["学校乙", 3000, 2600, 3000, 2842],
                    ["学校丙", 1290, 1033, 1198, 1100]]
LZ_COUNT_COLUMNS = ["学校", "参加人数", "合格人数", "参加人数", "合格人数"]
LZ_COUNT_GROUPS = [{"label": "", "span": 1}, {"label": "文化课合格率", "span": 2}, {"label": "体质测评合格率", "span": 2}]


def lz_pass_counts(data, sentence: str, rows=LZ_SCHOOL_COUNTS):
    node(data, "talent.growth").blocks.append(block({
        "kind": "table", "caption": "各校学生基本素质评价指标", "columns": LZ_COUNT_COLUMNS,
        "column_kinds": ["text"] + ["number"] * 4, "header_groups": LZ_COUNT_GROUPS, "rows": rows}))
    give_ids(data.document)
    add_text(data, "talent.growth", sentence)


def test_liangzhou_overall_or_mean_pass_rates_named_as_such_raise_nothing(data):
    """总体 with the pooled 88.62%, 平均 with the schools' mean 86.25%; and 表6 as the seed prints
    it (one row per year) raises nothing."""
    lz_pass_counts(data, "全区学生文化课合格率总体达到88.62%，各校文化课合格率平均为86.25%。")
    assert loud(data) == []
    assert rules_of(data, "R16.pooled") == []
    by_year = build_report()
    lz_pass_counts(by_year, "学生文化课合格率平均达到88.62%。",
                   [["2021年", 8632, 7780, 8547, 8081], ["2022年", 9290, 8233, 8198, 7742]])
    assert rules_of(by_year, "R16.pooled") == []


def test_liangzhou_average_pass_rate_that_is_the_pooled_ratio(data):
    """7.3 I-26: “文化课合格率平均达到 88.62%” is 8233 ÷ 9290, not the mean of the schools' rates."""
    lz_pass_counts(data, "各学校注重学生基础知识的学习，学生文化课合格率平均达到88.62%。")
    assert rules_of(data, "R16.pooled") == [(
        "info", "R16.pooled",
        "“2.3 多样成长”写文化课合格率平均 88.62%，这是表格“各校学生基本素质评价指标”中合格人数之和除以参加人数之和"
        "（8233 ÷ 9290 = 88.62%），即总体的文化课合格率；表中 3 行各自文化课合格率的平均为 86.25%：请写明是总体文化课合格率，"
        "或改用各行的平均值")]


def test_an_average_rate_counted_from_flat_columns_of_a_table(data):
    """No header groups: the 合格 column of 文化课 beside the column it is counted out of."""
    add_table(data, "talent.growth", "各校文化课考核情况", ["学校", "文化课参加人数", "文化课合格人数"],
              [r[:3] for r in LZ_SCHOOL_COUNTS])
    add_text(data, "talent.growth", "全区学生文化课合格率平均为88.6%。")
    assert [m for _, _, m in rules_of(data, "R16.pooled")] == [
        "“2.3 多样成长”写文化课合格率平均 88.6%，这是表格“各校文化课考核情况”中文化课合格人数之和除以文化课参加人数之和"
        "（8233 ÷ 9290 = 88.62%），即总体的文化课合格率；表中 3 行各自文化课合格率的平均为 86.25%：请写明是总体文化课合格率，"
        "或改用各行的平均值"]


def test_an_average_that_is_both_the_pooled_ratio_and_the_mean_raises_nothing(data):
    """Schools of one size: 4600/5000 and 4000/5000 pool to 86.00%, and their rates' mean is 86.00%."""
    add_table(data, "talent.growth", "各校文化课考核情况", ["学校", "文化课参加人数", "文化课合格人数"],
              [["学校甲", 5000, 4600], ["学校乙", 5000, 4000]])
    add_text(data, "talent.growth", "全区学生文化课合格率平均为86.00%。")
    assert rules_of(data, "R16.pooled") == []
