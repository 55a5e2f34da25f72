"""The seeds' figures as a report holds them in its texts and free tables, not only in the six
tables and the lists: the checks the seed notes list as passing raise no error and no warning,
and the contradictions they document are found, with both numbers (or both spellings) named.

Numbers and short labels are the seeds' (../shared/seeds/notes, copied here); the sentences
around them are the tests' own."""


from .conftest import add_record, add_table, add_text, block, give_ids, loud, node, rules_of, set_records, set_value

NUMBER = ["text", "number", "number", "number"]






# -- jinzhou-school-2025 ------------------------------------------------------------------------------
#: 表5 近两年升学 (年份, 报考, 录取, 升学率), 表6 实习单位 (岗位), 表10 学徒制 (总课时).
JZ_FURTHER = [["2024年", 236, 191, 80.93], ["2025年", 174, 155, 89]]
JZ_POSITIONS = [["单位甲", 150], ["单位乙", 150], ["单位丙", 16], ["合计", 316]]
JZ_ENROLMENT = [["汽车运用与维修", 52, 0, 52], ["数控技术应用", 30, 0, 30], ["机电技术应用", 197, 15, 212],
                ["计算机应用", 4, 1, 5]]


def jinzhou_tables(data):
    add_table(data, "talent.moral", "近两年升学情况统计表", ["年份", "报考人数", "录取人数", "升学率（%）"], JZ_FURTHER)
    add_table(data, "talent.moral", "2025年实习推荐单位名单表", ["单位名称", "提供岗位数量"], JZ_POSITIONS)
    add_table(data, "basic.overview", "在校生各专业人数明细表", ["专业", "男生人数", "女生人数", "总数"], JZ_ENROLMENT)
    add_table(data, "basic.overview", "教师队伍构成情况", ["教师类型", "数量（人）"],
              [["专业课教师", 74], ["专职教师", 85]])          # 专职 = this report's 专任 (85)


def test_jinzhou_consistent_texts_and_tables_pass(data):
    """表5's rates follow 录取/报考 (191/236 = 80.93; 155/174 printed 89), the text quotes each year's
    rate, 表6's 合计 316 is its rows' sum, 表2's 总数 is 男 + 女 in every row, and the 专职教师 of
    表3 is the stored 专任教师."""
    jinzhou_tables(data)
    add_text(data, "talent.moral", "2024年升学率为80.93%，2025年升学率为89%，技术类实习岗位共316个。")
    assert loud(data) == []


def test_jinzhou_the_text_quotes_last_years_rate_for_this_year(data):
    """§8.3 #3: 1.1 gives 升学率 80.93% for 2025, but 表5's 2025 row is 89 (80.93 is 2024's)."""
    jinzhou_tables(data)
    add_text(data, "basic.overview", "学校毕业生升学率为80.93%。")
    assert rules_of(data, "R16.twice") == [
        ("warning", "R16.twice", "表格“近两年升学情况统计表”“2025年”行“升学率（%）”写有升学率 89%，"
                                 "而“1.1 概况”为 80.93%，同一数字前后不一致，请核对")]


def test_jinzhou_a_typed_total_that_is_one_row(data):
    """§8.3 #8: 表10 总课时 合计 1060, though both projects have 1060 hours (1060 + 1060)."""
    add_table(data, "service.industry", "2025年度企业新型学徒制培训项目明细表", ["项目", "培训人数", "总课时"],
              [["项目一", 40, 1060], ["项目二", 35, 1060], ["合计", 75, 1060]])
    assert rules_of(data, "R2.table") == [
        ("warning", "R2.table", "表格“2025年度企业新型学徒制培训项目明细表”第3行（合计）的“总课时”为 1060，"
                                "但它合计的各行之和为 2120")]


def test_jinzhou_dual_share_71_6_and_80_in_one_report(data):
    """§8.3 #10: 双师型 71.6% in 1.1 and 80% in 案例21, for the same year (no counts to compute it)."""
    set_records(data, "teacher_structure", [])
    add_text(data, "basic.overview", "专业教师“双师型”比例达71.6%。")
    add_text(data, "support.policy", "政策实施一年来，双师型教师比例提升到80%。")
    assert rules_of(data, "R16.twice") == [
        ("warning", "R16.twice", "“7.2 政策落实”写有双师型比例 80%，而“1.1 概况”为 71.6%，同一数字前后不一致，请核对")]


def test_jinzhou_captions_years_against_their_rows(data):
    """§8.3 #14-15: 表13 “2025 年度新增” holds a 2023 renewal.  表4's “2024 年” competition and 表11's
    sessions of Nov 2024 both fall in the 2025 report's data period (Sep 2024 - Aug 2025): a school
    year is named by either of its calendar years, so neither is a finding."""
    add_table(data, "talent.skills", "2024年辽宁省学生技能大赛汇总表", ["赛项名称", "奖项等级"], [["汽车维修", "三等奖"]],
              kinds=["text", "text"])
    add_table(data, "integration.mechanism", "2025年度新增深度校企合作项目一览表", ["合作企业", "签约时间"],
              [["企业甲", "2025.05.19"], ["企业乙", "2023年"]], kinds=["text", "text"])
    add_table(data, "service.region", "2025年度社会考试服务项目一览表", ["时间", "人次"],
              [["2024.11.16-17", 132], ["2025.05.24-25", 158]], kinds=["text", "number"])
    assert rules_of(data, "R15.caption") == [
        ("warning", "R15.caption", "表格“2025年度新增深度校企合作项目一览表”标题写的是2025 年度（2024-09-01 至 "
                                   "2025-08-31），但第2行的“签约时间”为 2023年，不在其中")]


def test_jinzhou_major_names_of_table_2_named_with_the_major_they_stand_for(data):
    """§8.3 #12: 表2 writes 机械加工技术应用 and 计算机技术应用 for 表1's 机械加工技术 and 计算机应用."""
    set_records(data, "majors", [{"code": "660102", "name": "机械加工技术", "duration": "三年制"},
                                 {"code": "710201", "name": "计算机应用", "duration": "三年制"},
                                 {"code": "700206", "name": "汽车运用与维修", "duration": "三年制"},
                                 {"code": "700209", "name": "新能源汽车维修", "duration": "三年制"}])
    set_records(data, "enrolment", [{"major": "机械加工技术应用", "grade": "一年级", "male": 43, "female": 0},
                                    {"major": "计算机技术应用", "grade": "一年级", "male": 4, "female": 1},
                                    {"major": "新能源汽车运用与维修", "grade": "一年级", "male": 30, "female": 0}])
    assert [m for r, m in loud(data) if r == "R18.major" and "分专业在校生" in m] == [
        "名单“分专业在校生”第1行：专业“机械加工技术应用”不在“专业设置”名单中，可能是“机械加工技术”的另一种写法，"
        "请统一，或在名录中登记为别名",
        "名单“分专业在校生”第2行：专业“计算机技术应用”不在“专业设置”名单中，可能是“计算机应用”的另一种写法，"
        "请统一，或在名录中登记为别名",
        # contained in both 新能源汽车维修 and 汽车运用与维修: the one it shares its start with
        "名单“分专业在校生”第3行：专业“新能源汽车运用与维修”不在“专业设置”名单中，可能是“新能源汽车维修”的另一种写法，"
        "请统一，或在名录中登记为别名"]


def test_jinzhou_organisation_spellings_across_lists(data):
    """§8.3 #37: 川达集团 / 川达事业集团, and 中信锦州金属 股份有限公司 / 有限责任公司."""
    add_record(data, "internships", {"organisation": "川达集团", "positions": 16})
    add_record(data, "partners", {"organisation": "川达事业集团", "status": "新签"})
    add_record(data, "partners", {"organisation": "中信锦州金属股份有限公司", "status": "续约"})
    add_record(data, "internships", {"organisation": "中信锦州金属有限责任公司", "positions": 20})
    assert [m for r, m in loud(data) if r == "R18.variant"] == [
        "名单“实习单位”第1行：实习单位“川达集团”与名单“校企合作”第2行的“川达事业集团”像是同一单位的不同写法，"
        "请统一，或在名录中登记为别名",
        "名单“实习单位”第2行：实习单位“中信锦州金属有限责任公司”与名单“校企合作”第3行的“中信锦州金属股份有限公司”"
        "像是同一单位的不同写法，请统一，或在名录中登记为别名"]


# -- anshan-city-2023 ---------------------------------------------------------------------------------
#: 数据表 1-4 (per school: 占地, 校舍, 专任教师, 仪器设备 万元), the merged school's row in parentheses.
AS_CONDITIONS = [
    ["广播电视", 60343, 33600, 130, 1441.0932], ["信息工程", 81060, 31728, 140, 1390],
    ["交通运输", 40100, 26800, 81, 1200], ["现代服务", 125000, 122743, 103, 1766.9],
    ["工程技术", 233285.02, 42790.26, 78, 1847.99], ["钢铁", 75687, 72515.89, 132, 4527.6882],
    ["卫生", 160000, 52000, 112, 1184.69], ["体育运动", 442770.22, 115979.88, 11, 67.98],
    ["艺术", 4008, 4008, 10, 62.6], ["海城中专", 78634, 24397, 99, 393],
    ["海城卫生", "(78634)", "(24397)", "(99)", "(393)"], ["台安", 92575.95, 24577, 62, 1041.8867],
    ["岫岩", 67225.18, 31428.87, 60, 947], ["通关", 40326.42, 24000, 60, 310]]
AS_HEADERS = ["学校名称", "校园占地面积(平方米)", "校舍建筑面积(平方米)", "专任教师", "仪器设备总值(万元)"]
#: 数据表 1-2 (2021-2023: 专任教师, 双师型教师), 数据表 6-2 / 6-3 (实训实习工位).
AS_TEACHERS = [["专任教师", 1114, 1070, 1126], ["双师型教师", 465, 418, 480]]


def test_anshan_consistent_figures_pass(data):
    """§8.1: 毕业生 3839 in the text = stored = 数据表 3-1 合计; 专任教师 1126 in the text = 数据表 1-2's
    2023 column; 仪器设备 Σ 16180.83 printed 16181 in the 合计 row."""
    set_value(data, "1.1", 3839)
    set_value(data, "6.4b", 1515)
    set_value(data, "6.4c", 1126)
    set_records(data, "teacher_structure", [
        {"category": "专业课", "count": 700, "dual_qualified": 480, "senior_title": 300},
        {"category": "文化课", "count": 426, "dual_qualified": 0, "senior_title": 248}])
    add_text(data, "basic.teachers", "全市中职学校专任教师1126人，双师型教师480人。全市中职毕业生3839人。")
    add_table(data, "basic.teachers", "近三年鞍山市中职学校教师队伍", ["项目", "2021年", "2022年", "2023年"], AS_TEACHERS)
    add_table(data, "service.employment", "中职学校各专业就业情况汇总", ["专业大类", "毕业生数"],
              [["装备制造大类", 1200], ["医药卫生大类", 1500], ["财经商贸大类", 1139], ["合计", 3839]])
    add_table(data, "basic.conditions", "鞍山市中职学校办学条件（设备）", [AS_HEADERS[0], AS_HEADERS[4]],
              [[r[0], r[4]] for r in AS_CONDITIONS] + [["合计", 16181]])
    assert loud(data) == []


def test_anshan_total_row_and_three_teacher_counts(data):
    """§8.4 I1, I2: 数据表 1-4 合计 (1611015, 630568, 1138) is not its rows' sum (1501014.79,
    606567.9, 1078), and its 1138 专任教师 contradicts the 1126 of the text and the stored cell."""
    set_value(data, "6.4c", 1126)
    add_text(data, "basic.teachers", "全市中职学校专任教师1126人。")
    add_table(data, "basic.conditions", "鞍山市中职学校办学条件", AS_HEADERS,
              AS_CONDITIONS + [["合计", 1611015, 630568, 1138, 16181]])
    found = loud(data)
    assert [m for r, m in found if r == "R2.table"] == [
        "表格“鞍山市中职学校办学条件”第15行（合计）的“校园占地面积(平方米)”为 1611015，但它合计的各行之和为 1501014.79",
        "表格“鞍山市中职学校办学条件”第15行（合计）的“校舍建筑面积(平方米)”为 630568，但它合计的各行之和为 606567.9",
        "表格“鞍山市中职学校办学条件”第15行（合计）的“专任教师”为 1138，但它合计的各行之和为 1078"]
    assert [m for r, m in found if r == "R16.twice"] == [
        "表格“鞍山市中职学校办学条件”合计行“专任教师”写有专任教师 1138，而表6 专任教师总数为 1126，同一数字前后不一致，请核对"]


def test_anshan_staff_and_workstations_written_two_ways(data):
    """§8.4 I3, I5, I4: 教职工 1578 (text) vs 1515 (数据表 1-2); 工位 11525 (数据表 6-2) vs 11838
    (数据表 6-3's 2023 column); 中职招生 6327 (text, 中职 + 技工) vs 5409 (数据表 1-1)."""
    data.values.pop(("6.4b", "value"))
    add_text(data, "basic.teachers", "全市中职学校现有教职工1578人，中职学校招生6327人。")
    add_table(data, "basic.teachers", "近三年教师队伍", ["项目", "2021年", "2022年", "2025年"], [["教职工", 1490, 1502, 1515]])
    add_table(data, "basic.students", "办学规模", ["指标", "数量"], [["中职学校招生数", 5409]])
    add_table(data, "integration.resources", "实习资源情况", ["项目", "数量"], [["实训实习工位", 11525]])
    add_table(data, "integration.resources", "实训资源三年变化情况", ["项目", "2023年", "2024年", "2025年"],
              [["实训实习工位", 10800, 11200, 11838]])
    assert sorted(m for r, m in loud(data) if r == "R16.twice") == sorted([
        "表格“近三年教师队伍”“教职工”行“2025年”列写有教职工 1515，而“1.4 教师队伍”为 1578，同一数字前后不一致，请核对",
        "表格“办学规模”“中职学校招生数”行写有招生 5409，而“1.4 教师队伍”为 6327，同一数字前后不一致，请核对",
        "表格“实训资源三年变化情况”“实训实习工位”行“2025年”列写有实训工位 11838，而表格“实习资源情况”“实训实习工位”行为 "
        "11525，同一数字前后不一致，请核对"])


# -- liangzhou-district-2023 ------------------------------------------------------------------------
#: Table 6 (参加, 合格, 合格率 by test), the 就业 shares by industry (0.6 / 21.9 / 72.1).
LZ_TESTS = [["文化课", 9290, 8233, 88.62], ["专业技能", 8497, 8070, 94.97], ["体质测评", 8198, 7742, 94.44]]


def test_liangzhou_consistent_pass_rates_pass(data):
    """Table 6's rates are 合格/参加 (8070/8497 = 94.97), and a text that quotes them agrees; 体质
    测评 94.44 is the stored 学生体质测评合格率."""
    set_value(data, "6.5b", 94.44)
    add_table(data, "talent.experience", "学生学业水平测试情况", ["测试", "参加人数", "合格人数", "合格率（%）"], LZ_TESTS)
    add_text(data, "talent.experience", "专业技能课合格率94.97%，文化课合格率88.62%。")
    assert loud(data) == []


def test_liangzhou_swapped_rates_graduates_satisfaction_and_part_time_teachers(data):
    """I-4 (专业技能 94.44 vs 94.97), I-8 (用人单位满意度 88.9 vs 95.07), I-2 (毕业生 2603 vs 2602,
    no stored count) and I-11 (兼职教师 129 vs 91)."""
    data.values.pop(("1.1", "value"))
    set_value(data, "2.4", 95.07)
    set_value(data, "6.5b", 94.44)
    add_table(data, "talent.experience", "学生学业水平测试情况", ["测试", "参加人数", "合格人数", "合格率（%）"], LZ_TESTS)
    add_text(data, "talent.experience", "专业技能课合格率94.44%。毕业生2603人。兼职教师129人。")
    add_text(data, "service.employment", "全区毕业生2602人，用人单位满意度达到88.9%。聘请兼职教师91人。")
    assert sorted(m for r, m in loud(data) if r == "R16.twice") == sorted([
        "表格“学生学业水平测试情况”“专业技能”行“合格率（%）”写有专业技能合格率 94.97%，而“2.2 在校体验”为 94.44%，"
        "同一数字前后不一致，请核对",
        "“3.3 服务就业”写有用人单位满意度 88.9%，而表2 用人单位满意度为 95.07%，同一数字前后不一致，请核对",
        "“3.3 服务就业”写有毕业生 2602，而“2.2 在校体验”为 2603，同一数字前后不一致，请核对",
        "“3.3 服务就业”写有兼职教师 91，而“2.2 在校体验”为 129，同一数字前后不一致，请核对"])


def test_liangzhou_shares_of_employment_by_industry_do_not_make_100(data):
    """I-3: 0.6 + 21.9 + 72.1 = 94.6 %, the 第三产业 share should be 77.5 %."""
    add_table(data, "service.employment", "直接就业学生产业分布", ["产业", "人数", "占比（%）"],
              [["第一产业", 2, 0.6], ["第二产业", 70, 21.9], ["第三产业", 248, 72.1]], kinds=["text", "number", "percent"])
    assert rules_of(data, "R2.share") == [
        ("warning", "R2.share", "表格“直接就业学生产业分布”的“占比（%）”各行相加为 94.6%，构成比例之和应为 100%")]
    data.document.find_part("service.employment").blocks[-1].data["rows"][2][2] = 77.5
    assert rules_of(data, "R2.share") == []


# -- benxi-city-2024 ------------------------------------------------------------------------------------
#: 表1.1 (合计 first; 毕业生, 招生, 在校生, 教职工, 专任, 双师型; areas left blank in the 合计 row).
BX_SCHOOLS = [["合计", 1340, 1904, 5121, 868, 669, 442, None, None],
              ["桓仁", 136, 177, 457, 79, 70, 50, 90671, 31000], ["本溪县", 187, 286, 663, 118, 91, 50, 54070, 25760],
              ["商贸", 102, 84, 258, 152, 104, 88, 100310, 67774], ["卫生", 545, 875, 2339, 161, 120, 37, 160000, 77686],
              ["化学", 169, 252, 624, 172, 112, 62, 140000, 77522], ["机电", 201, 230, 780, 186, 172, 155, 164000, 122000]]
BX_COLUMNS = ["学校名称", "毕业生数", "招生数", "在校生数", "教职工合计", "其中专任教师", "其中双师型教师", "学校占地面积",
              "学校建筑面积"]
#: 表1.3.3 (生源层次 ×3, 年龄结构 ×2, 性别结构 ×2 for 2023 and 2024, and the 变化率 row).
BX_INTAKE = [["2023年%", 89.4, 9.0, 2.5, 94.1, 5.9, 21.1, 78.9], ["2024年%", 89.7, 7.4, 2.9, 94.5, 2.7, 21.8, 78.2],
             ["变化率%", 0.3, -1.6, 0.4, 0.4, -3.2, 0.7, -0.7]]
BX_GROUPS = [{"label": "项目", "span": 1}, {"label": "生源层次", "span": 3}, {"label": "年龄结构", "span": 2},
             {"label": "性别结构", "span": 2}]


def _intake(data):
    node(data, "basic.students").blocks.append(block({
        "kind": "table", "caption": "生源结构", "columns": ["项目", "应届初中毕业", "往届初中毕业", "高中起点", "15-20岁",
                                                           "20-25岁", "男性", "女性"],
        "column_kinds": ["text"] + ["percent"] * 7, "rows": BX_INTAKE, "header_groups": BX_GROUPS}))
    give_ids(data.document)


def test_benxi_consistent_school_table_passes(data):
    """§8.1 R1: 表1.1's 合计 row, printed first, is the sum of the six schools in every column
    (1340, 1904, 5121, 868, 669, 442, and the areas the seed leaves blank, §8.3 #2: see
    test_seed_regional_more)."""
    add_table(data, "basic.students", "本溪市2024年中等职业学校基本情况", BX_COLUMNS,
              [BX_SCHOOLS[0][:7] + [709051, 401742]] + BX_SCHOOLS[1:])
    assert loud(data) == []
    node(data, "basic.students").blocks[-1].data["rows"][0][3] = 5080         # the narrative's total
    assert rules_of(data, "R2.table") == [
        ("warning", "R2.table", "表格“本溪市2024年中等职业学校基本情况”第1行（合计）的“在校生数”为 5080，"
                                "但它合计的各行之和为 5121")]


def test_benxi_shares_of_two_distributions(data):
    """§8.3 #6-7: 生源层次 2023 sums to 100.9 %, 年龄结构 2024 to 97.2 %; the other groups and years
    make 100 and the 变化率 row (differences) is no distribution."""
    _intake(data)
    assert [m for _, _, m in rules_of(data, "R2.share")] == [
        "表格“生源结构”第1行“2023年%”的“生源层次”各项相加为 100.9%，构成比例之和应为 100%",
        "表格“生源结构”第2行“2024年%”的“年龄结构”各项相加为 97.2%，构成比例之和应为 100%"]


def test_benxi_overall_satisfaction_above_both_of_its_parts(data):
    """§8.3 #11: 在校生满意度 95.69 (2024) lies above 课堂 95.36 and 课外 94.64."""
    for ind_id, value in (("2.1a", 95.69), ("2.1b", 95.36), ("2.1c", 94.64)):
        set_value(data, ind_id, value)
    assert [m for r, m in loud(data) if r == "R9"] == [
        "表2 在校生满意度 95.69% 是各分项的总体水平，应在 94.64% 与 95.36% 之间（课堂育人满意度 95.36%、课外育人满意度 94.64%）"]


def test_jinzhou_dual_share_of_specialist_teachers_is_not_the_share_of_all(data):
    """§8.3 #9: “专业教师双师型比例 71.6%” (53 of 74 专业课 teachers) where the stored share is over
    all 124 专任教师 (53/124 = 42.74 %)."""
    set_value(data, "6.4c", 124)
    set_records(data, "teacher_structure", [
        {"category": "专业课", "count": 74, "dual_qualified": 53, "senior_title": 30},
        {"category": "文化课", "count": 50, "dual_qualified": 0, "senior_title": 20}])
    add_text(data, "basic.teachers", "专业教师“双师型”比例达71.6%。")
    assert [m for r, m in loud(data) if r == "R16.twice"] == [
        "“1.4 教师队伍”写有双师型比例 71.6%，而表3 双师素质专任教师比例为 42.74%，同一数字前后不一致，请核对"]


def test_liangzhou_two_graduate_counts_of_one_cohort_in_one_table(data):
    """I-5: Table 6 gives 2021's 毕业人数 as 2027 (毕业率) and 2131 (双证书): one cohort, two counts."""
    node(data, "talent.experience").blocks.append(block({
        "kind": "table", "caption": "毕业与双证书情况", "columns": ["年份", "毕业人数", "毕业率（%）", "毕业人数", "双证书人数"],
        "column_kinds": ["text", "number", "number", "number", "number"],
        "header_groups": [{"label": "", "span": 1}, {"label": "毕业率", "span": 2}, {"label": "双证书", "span": 2}],
        "rows": [["2021年", 2027, 97.5, 2131, 2000], ["2022年", 2603, 98.1, 2583, 2400]]}))
    give_ids(data.document)
    assert [m for r, m in loud(data) if r == "R16.twice"] == [
        "表格“毕业与双证书情况”“2021年”行“毕业人数”写有毕业生（2021年） 2131，而表格“毕业与双证书情况”“2021年”行"
        "“毕业人数”为 2027，同一数字前后不一致，请核对",
        "表格“毕业与双证书情况”“2022年”行“毕业人数”写有毕业生（2022年） 2583，而表格“毕业与双证书情况”“2022年”行"
        "“毕业人数”为 2603，同一数字前后不一致，请核对"]


def test_a_majors_or_a_classes_rate_is_not_the_schools(data):
    """jinzhou §2.2.3 quotes a major's 就业率 beside the school's: two figures, not one written twice."""
    add_text(data, "service.employment", "数控技术应用专业就业率达100%，机电类毕业生120人。")
    add_text(data, "service.employment", "学校毕业生就业率为90.81%。")
    assert rules_of(data, "R16.twice") == rules_of(data, "R16.number") == []     # 机电类 120 is not 表1's 300
    add_text(data, "service.employment", "全校就业率为95%。")
    assert [m for _, _, m in rules_of(data, "R16.twice")] == [
        "“3.3 服务就业”写有就业率 95%，而“3.3 服务就业”为 90.81%，同一数字前后不一致，请核对"]



#: 表1.1 as printed: 类别 merged over its schools (blank below its first row), 合计 first.
BX_GROUPED = [[None, "合计", 1340, 1904, 5121, 868, 669, 442],
              ["职业高中", "桓仁", 136, 177, 457, 79, 70, 50], [None, "本溪县", 187, 286, 663, 118, 91, 50],
              [None, "商贸", 102, 84, 258, 152, 104, 88], ["普通中专", "卫生", 545, 875, 2339, 161, 120, 37],
              [None, "化学", 169, 252, 624, 172, 112, 62], [None, "机电", 201, 230, 780, 186, 172, 155]]


def _grouped(data):
    add_table(data, "basic.students", "本溪市2024年中等职业学校基本情况",
              ["类别", "学校名称", "毕业生数", "招生数", "在校生数", "教职工数", "专任教师", "双师型教师"], BX_GROUPED,
              kinds=["text", "text"] + ["number"] * 6)


def test_benxi_category_totals_in_the_text_agree_with_the_grouped_table(data):
    """§8.1 R1, R6: the 合计 row (under 学校名称) is the schools' sum, and a text quoting each
    category's sums (职业高中 1378 / 349 / 265) agrees: nothing, and no R16.number against 表6."""
    _grouped(data)
    add_text(data, "basic.students", "2024年，职业高中在校生1378人，教职工349人，专任教师265人。")
    assert loud(data) == []


def test_benxi_category_subtotals_of_the_text_differ_from_the_table(data):
    """§8.3 #1: the narrative's 职业高中 1366 / 392 / 296 and 普通中专 3714 / 558 / 462 against the
    table's 1378 / 349 / 265 and 3743 / 519 / 404."""
    _grouped(data)
    add_text(data, "basic.students", "2024年，职业高中在校生1366人，教职工392人，专任教师296人；"
                                     "2024年，普通中专在校生3714人，教职工558人，专任教师462人。")
    found = [m for r, m in loud(data) if r == "R16.twice"]
    where = "表格“本溪市2024年中等职业学校基本情况”中"
    assert found == [
        f"{where}“职业高中”各行的“在校生数”合计写有职业高中在校生（2024年） 1378，而“1.3 学生结构”为 1366，同一数字前后不一致，请核对",
        f"{where}“职业高中”各行的“教职工数”合计写有职业高中教职工（2024年） 349，而“1.3 学生结构”为 392，同一数字前后不一致，请核对",
        f"{where}“职业高中”各行的“专任教师”合计写有职业高中专任教师（2024年） 265，而“1.3 学生结构”为 296，同一数字前后不一致，请核对",
        f"{where}“普通中专”各行的“在校生数”合计写有普通中专在校生（2024年） 3743，而“1.3 学生结构”为 3714，同一数字前后不一致，请核对",
        f"{where}“普通中专”各行的“教职工数”合计写有普通中专教职工（2024年） 519，而“1.3 学生结构”为 558，同一数字前后不一致，请核对",
        f"{where}“普通中专”各行的“专任教师”合计写有普通中专专任教师（2024年） 404，而“1.3 学生结构”为 462，同一数字前后不一致，请核对"]


def test_liangzhou_rates_worked_out_on_2602_graduates_beside_a_stated_2603(data):
    """I-2: the text states 2603 graduates, but its 97.3 % (2531) and 84.97 % (2211) were worked out
    on 2602: over 2603 they are 97.23 % and 84.94 %."""
    data.values.pop(("1.1", "value"))
    set_value(data, "1.2a", 2531)
    set_value(data, "1.2b", 2211)
    add_text(data, "service.employment", "全区中等职业学校毕业生总人数为2603人，就业人数为2531人，就业率为97.3%。"
                                         "其中，升入高一级院校2211人，占总毕业人数的84.97%。")
    assert rules_of(data, "R16.rate", "R16.share") == [
        ("warning", "R16.rate", "“3.3 服务就业”写有就业率 97.3%，与报告所列人数不符：按“去向落实 ÷ 毕业生”为 2531 ÷ 2603 = 97.23%"
                                "（表1 毕业去向落实人数）；按“就业 ÷ 毕业生”为 2531 ÷ 2603 = 97.23%。请核对，并写明该比率的分子和分母"),
        ("warning", "R16.share", "“3.3 服务就业”写有“升入高一级院校2211人”占 84.97%（基数为“总毕业人数”），但毕业生为 2603 人："
                                 "2211 ÷ 2603 = 84.94%；这些比例只与 2602 人的基数相符，而不是毕业生 2603 人。请核对所用基数")]


def test_liangzhou_the_same_rates_on_the_2602_they_were_worked_out_on_pass(data):
    data.values.pop(("1.1", "value"))
    set_value(data, "1.2a", 2531)
    set_value(data, "1.2b", 2211)
    add_text(data, "service.employment", "全区中等职业学校毕业生总人数为2602人，就业人数为2531人，就业率为97.3%。"
                                         "其中，升入高一级院校2211人，占总毕业人数的84.97%。")
    assert rules_of(data, "R16.rate", "R16.share") == []


def test_liangzhou_physical_test_rate_swapped_with_the_skills_rate(data):
    """I-4: the text's 体质测评合格率 94.98 % is neither Table 6's 体质 7742/8198 = 94.44 % nor quite
    its 专业技能 8070/8497 = 94.97 %: the two rates were swapped, and one is 0.01 off."""
    set_value(data, "6.5b", 94.44)
    add_table(data, "talent.experience", "学生学业水平测试情况", ["测试", "参加人数", "合格人数", "合格率（%）"], LZ_TESTS)
    add_text(data, "talent.experience", "专业技能课合格率94.44%，体质测评合格率94.98%。")
    assert [m for r, m in loud(data) if r == "R16.twice"] == [
        "表格“学生学业水平测试情况”“专业技能”行“合格率（%）”写有专业技能合格率 94.97%，而“2.2 在校体验”为 94.44%，"
        "同一数字前后不一致，请核对",
        "“2.2 在校体验”写有体质测评合格率 94.98%，而表6 学生体质测评合格率为 94.44%，同一数字前后不一致，请核对"]
