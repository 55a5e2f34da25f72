"""More of the seeds' contradictions written in texts and free tables (issue 17): a case about
earlier years, a year copied in a multi-year table, one award counted twice, a table's columns a
text's list leaves out, one figure under two labels.  Each is found with the seed's numbers, and
the seed's consistent figures (or a sensible consistent variant) raise no error and no warning.

Numbers and short labels are the seeds' (../shared/seeds/notes, copied here); the sentences
around them are the tests' own."""

import dataclasses

from .conftest import add_table, add_text, block, give_ids, loud, node, rules_of, set_value, update_record


# -- liangzhou-district-2023 I-31: a case about 2020–2021 in the report on 2022 --------------------

def liangzhou_year(data):
    """Liangzhou's report year 2023 on the data of calendar 2022 (its lists' dates moved there)."""
    data.report = dataclasses.replace(data.report, year=2023, period_start="2022-01-01", period_end="2022-12-31")
    update_record(data, "student_awards", 0, "date", "2022-05-20")
    update_record(data, "trainings", 0, "date_start", "2022-11-10")


def add_case(data, part, title, *texts):
    node(data, part).blocks.append(block({"kind": "case", "title": title,
                                          "blocks": [{"kind": "text", "text": t} for t in texts]}))
    give_ids(data.document)


def test_liangzhou_a_case_about_the_two_years_before_the_data_year(data):
    """I-31: 案例 3 gives the medals of 2020-2021 (金 30, 银 41, 铜 44) in the report on 2022."""
    liangzhou_year(data)
    add_case(data, "service.region", "体校运动员勇创佳绩",
             "体校在2020-2021年期间选派运动员参加各级比赛，获得金牌30枚、银牌41枚、铜牌44枚。")
    assert rules_of(data, "R15.case") == [
        ("info", "R15.case", "案例“体校运动员勇创佳绩”写的是2020-2021年的成绩，早于本报告的数据期"
                             "（2022-01-01 至 2022-12-31）：案例应写本报告期的工作，请确认这些数字属于本年度，或改用本年度的事例")]
    assert loud(data) == []


def test_school_years_and_written_out_ranges_before_the_period(data):
    liangzhou_year(data)
    add_case(data, "service.region", "社会培训", "2020—2021学年共培训学员1200人次。",
             "2020年至2021年，学校承办技能鉴定18场。")
    assert [m for _, _, m in rules_of(data, "R15.case")] == [
        "案例“社会培训”写的是2020—2021学年、2020年至2021年的成绩，早于本报告的数据期（2022-01-01 至 2022-12-31）："
        "案例应写本报告期的工作，请确认这些数字属于本年度，或改用本年度的事例"]


def test_a_case_that_reaches_the_data_period_raises_nothing(data):
    """Background years beside this year's work: “自2019年以来……2022年”, a range up to 2022, a
    sentence with the earlier years' range but also 2022 (the seed's second sentence), a range
    without figures, and a school year that ends inside the period."""
    liangzhou_year(data)
    add_case(data, "service.region", "体校运动员勇创佳绩",
             "自2019年以来，体校坚持以赛促训，2022年在省运会上获金牌19枚。",
             "2020-2022年，体校累计输送运动员86人。",
             "继2020-2021年的佳绩之后，2022年省运会上学校派出186名运动员参赛。",
             "体校在2020-2021年期间完成了场馆改造。",
             "2021—2022学年共培训学员1200人次。")
    assert rules_of(data, "R15.case") == []
    assert loud(data) == []


# -- benxi-city-2024 #14: 表1.4.1, one school's ratios over five years ---------------------------------
BX_YEARS = ["项目", "2018年", "2019年", "2020年", "2023年", "2024年"]
BX_RATIOS = [["生师比", 4.3, 4.36, 3.54, 4.96, 3.94],
             ["“双师型”教师比例（%）", 70.3, 70.3, 73, 97.1, 90.4],
             ["兼职教师比例（%）", 6.3, 5.8, 6.07, 5.3, 5.2],
             ["专任教师本科以上学历比例（%）", 86.9, 88.36, 88.31, 91.23, 90.12],
             ["专任教师硕士以上学历比例（%）", 13.5, 14.22, 14.28, 17.53, 16.86],
             ["专任教师高级职称教师比例（%）", 38.4, 41.81, 41.55, 38.66, 40.12]]
BX_TABLE = "表格“市机电工程学校教师比例表”"


def test_benxi_a_year_copied_and_mixed_decimals_in_the_table_of_ratios(data):
    """§8.3 #14: 双师型 70.3 in 2018 and 2019; 4.3 beside 4.36, 73 beside 70.3 in one row."""
    add_table(data, "basic.teachers", "市机电工程学校教师比例表", BX_YEARS, BX_RATIOS)
    assert rules_of(data, "R14.copied", "R14.decimals") == [
        ("info", "R14.copied", f"{BX_TABLE}““双师型”教师比例（%）”行2018年、2019年同为 70.3，而其他年份不同："
                               "后一年的数字可能照抄了上一年，请核实"),
        ("info", "R14.decimals", f"{BX_TABLE}中同一指标各年的小数位数不一致：“生师比”行 4.3、4.36、3.54、4.96、3.94；"
                                 "““双师型”教师比例（%）”行 70.3、70.3、73、97.1、90.4等 6 项，请统一保留的小数位数")]
    assert loud(data) == []


def test_ratios_with_one_precision_counts_that_repeat_and_a_rate_that_holds_pass(data):
    """Two decimals everywhere (0 and 100 are written whole), a 100% rate kept for years, counts
    of 1 and 2 repeating, a rate the same in every year, and years as rows."""
    add_table(data, "basic.teachers", "市机电工程学校教师比例表", BX_YEARS,
              [["生师比", 4.31, 4.36, 3.54, 4.96, 3.94], ["“双师型”教师比例（%）", 69.85, 70.32, 73.05, 97.14, 90.42],
               ["就业率（%）", 100, 100, 98.52, 100, 99.05], ["省级教学成果奖（项）", 1, 1, 2, 1, 1],
               ["巩固率（%）", 96.5, 96.5, 96.5, 96.5, 96.5]])
    add_table(data, "basic.teachers", "生源结构", ["年份", "本市生源占比（%）", "招生专业数"],
              [["2022年", 85.2, 12], ["2023年", 86.4, 12], ["2024年", 84.9, 13]])
    assert rules_of(data, "R14.copied", "R14.decimals") == []
    assert loud(data) == []


def test_a_year_copied_in_a_table_of_years_as_rows(data):
    add_table(data, "basic.teachers", "生源结构", ["年份", "本市生源占比（%）", "招生专业数"],
              [["2022年", 85.2, 12], ["2023年", 85.2, 12], ["2024年", 84.9, 13]])
    assert rules_of(data, "R14.copied", "R14.decimals") == [
        ("info", "R14.copied", "表格“生源结构”“本市生源占比（%）”列2022年、2023年同为 85.2，而其他年份不同："
                               "后一年的数字可能照抄了上一年，请核实")]


# -- jinzhou-school-2025 #18: one teaching-competition award, 1 项 in 表14 and 两组 in 2.3.2 ---------
JZ_TEAMS = ["建设维度", "主要举措", "参与人数", "建设成效"]


def jinzhou_team_table(data, outcome):
    add_table(data, "integration.education", "现代学徒制“双导师”教学团队建设成效表", JZ_TEAMS,
              [["团队能力提升", "联合申报课题、参加教学能力大赛", "混编团队 4 组", outcome]], kinds=["text"] * 4)


def test_jinzhou_one_award_counted_once_as_1_and_once_as_two_groups(data):
    add_text(data, "integration.teachers", "2024年省教师教学能力比赛，两组教师均获二等奖。")
    add_text(data, "integration.teachers", "2025年省教师教学能力比赛获一等奖2项、三等奖1项。")
    jinzhou_team_table(data, "获省级教学能力大赛二等奖 1 项，市级课题立项 2 项")
    assert rules_of(data, "R16.award") == [
        ("info", "R16.award", "表格“现代学徒制“双导师”教学团队建设成效表”“团队能力提升”行写有省级教学能力比赛二等奖 1 项，"
                              "而“6.4 产教双师共培”写有两组均获二等奖：同一奖项的数量前后不一致（2 与 1），请核对；若是不同的奖项，请写明区别")]
    assert loud(data) == []


def test_one_award_counted_alike_and_awards_of_other_years_or_grades_pass(data):
    """两组 = 2 项 (Chinese numerals read); 2025's 一等奖 2 项 and 三等奖 1 项 are other grades; a
    二等奖 of another year, of the city's contest, and awards without a count are not compared."""
    add_text(data, "integration.teachers", "2024年省教师教学能力比赛，两组教师均获二等奖。")
    add_text(data, "integration.teachers", "2025年省教师教学能力比赛获一等奖2项、三等奖1项，2023年获二等奖3项。")
    add_text(data, "talent.skills", "在市级教学能力比赛中获二等奖5项，团队获得省级教学能力大赛二等奖。")
    jinzhou_team_table(data, "获省级教学能力大赛二等奖 2 项，市级课题立项 2 项")
    assert rules_of(data, "R16.award") == []
    assert loud(data) == []


# -- liangzhou-district-2023 I-9: 表7's ten 满意度 and the text's list of nine -----------------------
LZ_KINDS = ["在校生满意度", "课堂育人满意度", "课外育人满意度", "思想政治课教学满意度", "公共基础课教学满意度",
            "专业课教学满意度", "应届毕业生满意度", "教职工满意度", "用人单位满意度", "家长满意度"]
#: 在校生满意度 is 97.90 in the seed, above both of its parts 97.84 and 97.05 (R9 names that): 97.50 here.
LZ_RATES = [97.50, 97.84, 97.05, 98.20, 95.51, 96.65, 97.56, 97.72, 95.07, 97.75]
LZ_LISTED = ("在校生满意度97.50%、课堂育人满意度97.84%、课外育人满意度97.05%、思想政治课教学满意度98.20%、"
             "公共基础课教学满意度95.51%、专业课教学满意度96.65%，应届毕业生满意度97.56%，家长满意度97.75%、"
             "用人单位满意度95.07%")


def liangzhou_satisfaction(data, rates=LZ_RATES):
    """表7 under 2.2, and the six tables' 满意度 as Liangzhou gives them (its one graduates' figure
    for both 毕业生 rows)."""
    for ind_id, value in zip(("2.1a", "2.1b", "2.1c", "2.1d", "2.1e", "2.1f", "2.2b", "2.3", "2.4", "2.5"), LZ_RATES):
        set_value(data, ind_id, value)
    set_value(data, "2.2a", 97.56)
    set_value(data, "2.2c", 97.56)
    add_table(data, "talent.experience", "学生满意度调查", LZ_KINDS, [list(rates)], kinds=["percent"] * 10)


def test_liangzhou_the_texts_list_of_satisfaction_leaves_out_one_column(data):
    """I-9: the text writes nine of 表7's ten 满意度 out; 教职工满意度 97.72% is not among them.  The
    sentence that names kinds the table does not have (理论学习, 生活) is a list of its own."""
    liangzhou_satisfaction(data)
    add_text(data, "talent.experience", "学校调查了理论学习满意度、专业学习满意度、生活满意度、教职工满意度、"
                                        f"家长满意度等，各项满意度均在95%以上。调查显示，{LZ_LISTED}。")
    assert rules_of(data, "R16.listed", "R16.all-above") == [
        ("info", "R16.listed", "“2.2 在校体验”列举了表格“学生满意度调查”中 10 项满意度的 9 项，未提到教职工满意度（97.72%）："
                               "请补上，或说明为何不列")]
    assert loud(data) == []


def test_a_list_of_all_columns_and_a_claim_the_table_bears_out_pass(data):
    """All ten figures written out; and three of a table's five schools named without figures
    (what is said of them is not a summary of the table)."""
    liangzhou_satisfaction(data)
    add_text(data, "talent.experience", f"各项满意度均在95%以上。调查显示，{LZ_LISTED}，教职工满意度97.72%。")
    add_table(data, "basic.overview", "学校基本情况", ["学校", "在校生数"],
              [["甲市工业学校", 200], ["甲市商贸学校", 300], ["甲市卫生学校", 250], ["甲市农业学校", 150],
               ["甲市艺术学校", 300]])
    add_text(data, "basic.overview", "甲市工业学校、甲市商贸学校、甲市卫生学校为省级示范校。")
    assert rules_of(data, "R16.listed", "R16.all-above") == []
    assert loud(data) == []


def test_satisfactions_of_kinds_the_six_tables_do_not_name_are_not_one_figure_twice(data):
    """课堂育人满意度 and 课外育人满意度 are two figures (R16.twice read both as “满意度”); a bare
    满意度 is still the school's and compared."""
    add_text(data, "talent.experience", "课堂育人满意度97.84%、课外育人满意度97.05%。")
    assert rules_of(data, "R16.twice") == []
    add_text(data, "service.employment", "毕业生对学校的满意度达到88.9%。")
    add_text(data, "service.region", "学校满意度为97.2%。")
    assert [m for _, _, m in rules_of(data, "R16.twice")] == [
        "“3.3 服务就业”写有满意度 88.9%，而“3.1 服务东北振兴”为 97.2%，同一数字前后不一致，请核对"]


def test_a_claim_that_every_satisfaction_is_above_a_bound_the_table_falls_short_of(data):
    liangzhou_satisfaction(data, LZ_RATES[:8] + [88.9, 97.75])
    add_text(data, "talent.experience", "各项满意度均在 95%以上，总体对学校工作满意。")
    assert rules_of(data, "R16.listed", "R16.all-above") == [
        ("warning", "R16.all-above", "“2.2 在校体验”写有“各项满意度均在95%以上”，但表格“学生满意度调查”中"
                                     "用人单位满意度（88.9%）低于 95%，请核对")]


# -- liangzhou-district-2023 I-16 and anshan-city-2023 I25: one figure under two labels ------------------
LZ_EMPLOYMENT = "直接就业320人，其中在本省就业的为243人，占直接就业学生的75.9%；到异地就业的为77人，占直接就业学生的24.1%。"


def test_liangzhou_one_share_of_employment_said_of_the_province_and_of_the_locality(data):
    """I-16: 75.9% of 直接就业 is 在本省就业 in 2.4 and 本地就业 in 4.2.1, and it 上升 from nothing said."""
    add_text(data, "talent.career", LZ_EMPLOYMENT)
    add_text(data, "service.region", "毕业生中直接就业320人；本地就业人数比例上升，占直接就业学生的75.9%。")
    assert rules_of(data, "R16.label", "R16.change") == [
        ("warning", "R16.label", "“3.1 服务东北振兴”写有“本地”占直接就业学生的 75.9%，而“2.5 职业发展”把同一比例写作"
                                 "“本省”占直接就业学生的 75.9%：“本地”与“本省”范围不同，请核对这一比例说的是哪里"),
        ("info", "R16.change", "“3.1 服务东北振兴”写有“本地就业人数比例上升”，但没有给出上年的数值，读者无法核对；"
                               "请写明上年的比例")]


def test_one_area_in_two_spellings_and_a_rise_from_last_years_share_pass(data):
    add_text(data, "talent.career", LZ_EMPLOYMENT)
    add_text(data, "service.region", "省内就业人数比例由上年的70.2%上升到75.9%，占直接就业学生的75.9%。")
    add_text(data, "service.employment", "当地就业的占毕业生的12%，与本地企业合作的占合作企业的24.1%。")
    add_text(data, "service.livelihood", "本地就业占毕业生的12%。")
    assert rules_of(data, "R16.label", "R16.change") == []
    assert loud(data) == []


def test_anshan_135_training_bases_named_two_ways(data):
    """I25: 135 产教融合实训基地 in the text, 135 校内外实训基地 in the table of 校企合作."""
    add_text(data, "integration.resources", "全市共建成135个产教融合实训基地，组建6个职教集团。")
    add_table(data, "integration.mechanism", "校企合作情况", ["序号", "项目", "数量"],
              [[1, "校内外实训基地", "135 个"], [2, "职教集团", "6 个"]], kinds=["number", "text", "text"])
    assert rules_of(data, "R16.label") == [
        ("info", "R16.label", "表格“校企合作情况”“校内外实训基地”行写有135 个“校内外实训基地”，而“6.2 产教资源共建”写有135 个"
                              "“产教融合实训基地”：同一数字用了两个名称，请确认是否同一批实训基地，并统一名称")]


def test_one_name_for_one_count_small_counts_and_other_things_pass(data):
    add_text(data, "integration.resources", "全市共建成135个产教融合实训基地，组建6个职教集团，合作企业135家。")
    add_table(data, "integration.mechanism", "校企合作情况", ["序号", "项目", "数量（个）"],
              [[1, "产教融合实训基地", 135], [2, "职教集团", 6], [3, "校外职教集团", 6], [4, "实训室", 135]],
              kinds=["number", "text", "number"])
    assert rules_of(data, "R16.label") == []
    assert loud(data) == []


def test_the_area_words_are_checked_on_load():
    import pytest

    from vqdesk.core.errors import EditionError
    from vqdesk.core.validation.same_figure_labels import areas, parse_areas

    assert areas()["省内"] == areas()["本省"] != areas()["本地"]
    with pytest.raises(EditionError, match="“本地”已属于“本省”"):
        parse_areas({"areas": {"本省": ["本省", "本地"], "本地": ["本地"]}})
    with pytest.raises(EditionError, match="写法应为非空的文字列表"):
        parse_areas({"areas": {"本省": []}})


def test_two_areas_sharing_half_each_in_one_sentence_pass(data):
    """本省 and 省外 with 50.0% each: each share is said of the words since the share before it."""
    add_text(data, "talent.career", "在本省就业的为160人，占直接就业学生的50.0%，到省外就业的为160人，占直接就业学生的50.0%。")
    add_text(data, "service.region", "省外就业的占直接就业学生的50.0%。")
    assert rules_of(data, "R16.label") == []


def test_a_claim_that_every_satisfaction_is_above_a_bound_the_six_tables_fall_short_of(data):
    """No table under the heading: the claim is read against 表2's stored 满意度 (94.1 and 93.8)."""
    add_text(data, "talent.moral", "各项满意度均在95%以上。")
    assert rules_of(data, "R16.all-above") == [
        ("warning", "R16.all-above", "“2.1 立德树人”写有“各项满意度均在95%以上”，但表2 课堂育人满意度 94.10%、"
                                     "表2 公共基础课(不含思想政治课)教学满意度 93.80%低于 95%，请核对")]


def test_liangzhou_the_survey_listed_by_other_names_than_its_table(data):
    """I-9: the text lists 理论学习, 专业学习, 生活满意度 and the stray 在校生成满意度 beside 表7's
    教职工, 家长 and 用人单位满意度, whose other names are 课堂育人, 应届毕业生 …"""
    liangzhou_satisfaction(data)
    add_text(data, "talent.experience", "学校开展了在校生成满意度、理论学习满意度、专业学习满意度、生活满意度、教职工满意度、"
                                        "用人单位满意度、家长满意度调查。")
    [(severity, rule, message)] = rules_of(data, "R16.names")
    assert (severity, rule) == ("info", "R16.names")
    assert message.startswith("“2.2 在校体验”列出的“在校生成满意度”、“理论学习满意度”、“专业学习满意度”、“生活满意度”"
                              "在表格“学生满意度调查”中没有（表中为在校生满意度、课堂育人满意度、")
    assert message.endswith("）：同一调查请用同一组名称，或补上这些数据")


def test_a_list_with_the_tables_names_or_of_another_survey_passes(data):
    liangzhou_satisfaction(data)
    add_text(data, "talent.experience", "学校开展了教职工满意度、用人单位满意度、家长满意度调查。"
                                        "另开展了食堂满意度、宿舍满意度、图书馆满意度调查。")
    assert rules_of(data, "R16.names") == []
