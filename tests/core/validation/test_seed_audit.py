"""The seeds' contradictions that no test had checked yet (Liangzhou 2023 I-9, I-14 … I-31; Benxi
2024 §8.3 #8-#10, #12-#16; Jinzhou 2025 §8.3 #18), entered as a school or a bureau would type them.

Each one the validator can answer is asserted with its exact finding, and beside it the seed's
consistent figures (or a sensible consistent variant) raise no error and no warning.  Numbers
and short labels are the seeds' (../shared/seeds/notes, copied here); the sentences around them
are the tests' own."""

from .conftest import add_table, add_text, loud, report_data, rules_of, set_records, set_value

UNIT_KINDS = ["text", "text", "number", "number", "number", "number"]
#: Liangzhou 表4 仪器设备统计表: 数量 and 生均值 of 2021 and 2022 (实习工位 5958 → 18568).
LZ_EQUIPMENT = [["教学仪器设备价值", "万元", 7494.33, 7993.33, 0.75, 0.78],
                ["实训室总面积", "平方米", 63542, 83659.2, 6.37, 8.15],
                ["实习工位", "个", 5958, 18568, 0.60, 1.81],
                ["纸质图书", "册", 389923, 420367, 39.12, 40.95],
                ["电子图书", "册", 102305, 158109, 10.26, 15.40]]
LZ_EQUIPMENT_COLUMNS = ["项目", "单位", "2021年数量", "2022年数量", "2021年生均值", "2022年生均值"]
#: Liangzhou 表3 办学资源总量及生均值 (校舍 +42.4 %, 占地 +12.3 %: large, but not a multiple).
LZ_RESOURCES = [["占地面积", "平方米", 590860.6, 663538.41, 59.28, 64.63],
                ["校舍建筑面积", "平方米", 256820.25, 365701.81, 25.76, 35.62],
                ["固定资产总值", "万元", 46994.21, 48079.74, 4.71, 4.68]]


# -- R13.table: a free table's count that more than doubles in one year -------------------------------

def test_liangzhou_practice_places_triple_in_one_year(data):
    """I-21 (P): 实习工位 5958 → 18568 (+211.6 %, ×3.1) from 2021 to 2022: a hint to confirm."""
    add_table(data, "basic.conditions", "仪器设备统计表", LZ_EQUIPMENT_COLUMNS, LZ_EQUIPMENT, kinds=UNIT_KINDS)
    assert rules_of(data, "R13.table") == [
        ("info", "R13.table", "表格“仪器设备统计表”“实习工位”行由 2021年的 5958 变为 2022年的 18568（+211.6%），"
                              "一年间变化较大，请核实是否录入有误或统计口径有变")]
    assert loud(data) == []


def test_liangzhou_growth_short_of_a_multiple_is_not_questioned(data):
    """I-22 (P): 校舍 +42.4 % and 占地 +12.3 % (表3), 电子图书 +54.5 % and 实训室 +31.7 % (表4 with a
    consistent 实习工位 of 17980 → 18568) are large but ordinary changes: no hint, no warning.  (Set
    against the year's 基建 money, the new 校舍 is a hint: R13.cost, test_seed_build_costs.py.)"""
    add_table(data, "basic.conditions", "办学资源总量及生均值", LZ_EQUIPMENT_COLUMNS, LZ_RESOURCES, kinds=UNIT_KINDS)
    consistent = [row if row[0] != "实习工位" else ["实习工位", "个", 17980, 18568, 1.80, 1.81] for row in LZ_EQUIPMENT]
    add_table(data, "basic.conditions", "仪器设备统计表", LZ_EQUIPMENT_COLUMNS, consistent, kinds=UNIT_KINDS)
    assert rules_of(data, "R13.table") == []
    assert loud(data) == []


def test_rates_and_ratios_change_by_points_not_multiples(data):
    """Benxi 表1.4.1's rows are rates and a ratio (兼职教师比例 2.5 → 6.3 is no slip of a multiple)."""
    add_table(data, "basic.teachers", "教师比例表", ["项目", "2023年", "2024年"],
              [["生师比", 4.96, 3.94], ["兼职教师比例（%）", 2.5, 6.3], ["培训满意度", 30, 95]])
    assert rules_of(data, "R13.table") == []


# -- R16.amount / R17.punct: slips of the pen in texts ---------------------------------------------------

def test_benxi_an_amount_that_writes_wan_twice(data):
    """Benxi #12: “5 万余万元” (1.4.2) reads neither as 5万余元 nor as 5余万元."""
    add_text(data, "basic.teachers", "学校多方筹措资金5万余万元，用于教师培训。")
    assert rules_of(data, "R16.amount") == [
        ("warning", "R16.amount", "“1.4 教师队伍”写有“5万余万元”，数量单位“万”写了两次，读不出金额是多少，"
                                  "请改正（如“5万余元”）")]


def test_benxi_approximate_amounts_are_well_formed(data):
    """Benxi #13: “2000多万元”, “700余人次”, “98%以上”, “5万余元” are approximate, not malformed."""
    add_text(data, "support.conditions", "学校投入2000多万元建设实训基地，筹措5万余元，开展培训700余人次，"
                                         "年入学巩固率98%以上。")
    assert rules_of(data, "R16.amount", "R17.punct") == []
    assert loud(data) == []


def test_liangzhou_doubled_full_stop_and_half_width_commas(data):
    """I-28: “。。” (L167) and ASCII commas between Chinese characters (L201-L203)."""
    add_text(data, "talent.moral", "学校开展主题教育活动。。学生积极参加,成效明显,家长满意。")
    assert rules_of(data, "R17.punct") == [
        ("info", "R17.punct", "“2.1 立德树人”有重复的标点：“主题教育活动。。学生积极参加”，请删去一个"),
        ("info", "R17.punct", "“2.1 立德树人”在中文之间用了半角逗号或分号：“极参加,成效明”、“效明显,家长满”，"
                              "请改用全角“，”“；”")]
    assert loud(data) == []


def test_ellipses_dashes_and_figures_with_thousands_commas_are_not_slips(data):
    """An ellipsis, a dash, a figure written 12,591.1 and an English name keep their marks."""
    add_text(data, "support.funding", "总投入12,591.1万元——其中财政性教育经费7245.91万元……"
                                      "合作企业有ABC Co., Ltd.等。")
    assert rules_of(data, "R17.punct", "R16.amount") == []


# -- R16.per-student: a 生均 figure against its total and the students -----------------------------------
#: Benxi 表7.2 财政投入 (the seed's 2023 and 2024 as this file's 2024 and 2025): 生均拨款 0.24 万元.
BX_FUNDING_COLUMNS = ["项目", "2024年", "2025年", "变化率"]
BX_FUNDING_KINDS = ["text", "number", "number", "text"]


def test_benxi_per_student_grant_fits_no_base(data):
    """Benxi #9: 生均拨款 0.24 万元 while 财政拨款收入 3771.70 万元 ÷ 在校生 780 = 4.84 万元 (no unit fits)."""
    set_value(data, "6.1", 780)
    add_table(data, "support.funding", "财政投入数据表", BX_FUNDING_COLUMNS,
              [["财政拨款收入（万元）", 3281.78, 3771.70, "14.93%"], ["生均拨款（万元）", 0.24, 0.24, "0"]],
              kinds=BX_FUNDING_KINDS)
    assert rules_of(data, "R16.per-student") == [
        ("warning", "R16.per-student", "表格“财政投入数据表”“生均拨款（万元）”2025年为 0.24，而“财政拨款收入（万元）”"
                                       "3771.7 ÷ 在校生 780 = 4.84，单位换算后也对不上：请核对生均的口径（按哪个总数、"
                                       "哪些学生计算），或在表注中说明")]


def test_per_student_figures_in_the_totals_unit_or_in_yuan_pass(data):
    """The same table with a consistent 生均 (3771.70 万元 ÷ 1200 = 3.14 万元 = 31431 元), and Liangzhou
    表3's 占地面积 663538.41 ÷ its own 在校生 row 10266 = 64.63 (2022, not the report year)."""
    add_table(data, "support.funding", "财政投入数据表", BX_FUNDING_COLUMNS,
              [["财政拨款收入（万元）", 3281.78, 3771.70, "14.93%"], ["生均拨款（万元）", 2.73, 3.14, "15.0%"],
               ["生均拨款（元）", 27348, 31431, "14.9%"]], kinds=BX_FUNDING_KINDS)
    add_table(data, "basic.conditions", "办学资源总量及生均值", ["项目", "2021年", "2022年"],
              [["在校生", 9968, 10266], ["占地面积（平方米）", 590860.6, 663538.41], ["生均占地面积（平方米）", 59.28, 64.63]])
    assert rules_of(data, "R16.per-student") == []
    assert loud(data) == []


def test_a_per_student_figure_of_one_of_two_parts_is_not_paired(data):
    """生均图书 with 纸质图书 and 电子图书 beside it: which total it shares out is not for us to guess."""
    add_table(data, "basic.conditions", "图书情况", ["项目", "2025年"],
              [["纸质图书（册）", 40000], ["电子图书（册）", 30000], ["生均图书（册）", 58.3]])
    assert rules_of(data, "R16.per-student") == []


# -- R16.delta: what a 变化率 beside two years means ----------------------------------------------------
#: Benxi 表1.3.3 (shares of one school's students, 2023 and 2024; its 变化率 row is 2024 − 2023).
BX_INTAKE_COLUMNS = ["项目", "应届初中毕业", "往届初中毕业", "高中起点", "男性", "女性", "巩固率"]
BX_INTAKE = [["2023年%", 89.4, 9.0, 2.5, 21.1, 78.9, 91.5], ["2024年%", 89.7, 7.4, 2.9, 21.8, 78.2, 88.2]]
BX_INTAKE_CHANGE = [0.3, -1.6, 0.4, 0.7, -0.7, -3.3]
#: Liangzhou 表5 生均达标情况: 年增幅 = 2022 ÷ 2021 − 1 of the printed (rounded) values.
LZ_STANDARDS = [["生均占地面积", "平方米", 59.28, 64.63, 33, "+31.63", "+95.8%", "+9%"],
                ["生均建筑面积", "平方米", 25.76, 35.62, 20, "+15.62", "+78.1%", "+38.3%"],
                ["生均仪器设备值", "万元", 0.75, 0.78, 0.3, "+0.48", "+160%", "+4%"],
                ["生均纸质图书", "册", 39.12, 40.95, 30, "+10.95", "+36.5%", "+4.7%"],
                ["生均计算机", "台", 0.25, 0.27, 0.15, "+0.12", "+80%", "+8%"]]


def benxi_funding(data, change="14.93%"):
    add_table(data, "support.funding", "财政投入数据表", ["项目", "2023年", "2024年", "变化率"],
              [["财政拨款收入（万元）", 3281.78, 3771.70, change], ["生均拨款（万元）", 0.24, 0.24, "0"]],
              kinds=BX_FUNDING_KINDS)


def test_benxi_one_label_for_points_and_for_relative_change(data):
    """Benxi #8: 表1.3.3's 变化率 is 2024 − 2023 in points (巩固率 91.5 → 88.2: −3.3), 表7.2's is
    relative ((3771.70 − 3281.78) ÷ 3281.78 = 14.93%)."""
    add_table(data, "basic.students", "生源结构与巩固率", BX_INTAKE_COLUMNS, BX_INTAKE + [["变化率%", *BX_INTAKE_CHANGE]])
    benxi_funding(data)
    assert rules_of(data, "R16.delta") == [
        ("warning", "R16.delta", "表格“生源结构与巩固率”的“变化率”是两年数值之差（百分点），表格“财政投入数据表”的“变化率”"
                                 "却是相对变化率：同一列名两种含义，请把差值一列改称“变化（百分点）”")]


def test_points_named_as_points_and_relative_growth_pass(data):
    """The same two tables with the points row named 变化（百分点）, and Liangzhou 表5's 年增幅 (+9%,
    +38.3%, +4%, +4.7%, +8%: relative, of the printed values): no hint, no warning."""
    add_table(data, "basic.students", "生源结构与巩固率", BX_INTAKE_COLUMNS,
              BX_INTAKE + [["变化（百分点）", *BX_INTAKE_CHANGE]])
    benxi_funding(data)
    add_table(data, "basic.conditions", "生均达标情况",
              ["项目", "单位", "2021年", "2022年", "国家标准", "超标数值", "超标幅度", "年增幅"], LZ_STANDARDS,
              kinds=["text", "text", "number", "number", "number", "text", "text", "text"])
    assert rules_of(data, "R16.delta") == []
    assert loud(data) == []


def test_a_rate_label_over_points_is_a_hint(data):
    add_table(data, "basic.students", "生源结构与巩固率", BX_INTAKE_COLUMNS, BX_INTAKE + [["变化率%", *BX_INTAKE_CHANGE]])
    assert rules_of(data, "R16.delta") == [
        ("info", "R16.delta", "表格“生源结构与巩固率”的“变化率”是两年数值之差（百分点），不是变化率，建议改称“变化（百分点）”")]


def test_a_change_that_is_neither_relative_nor_points(data):
    benxi_funding(data, change="19.93%")
    assert rules_of(data, "R16.delta") == [
        ("warning", "R16.delta", "表格“财政投入数据表”“财政拨款收入（万元）”的“变化率”为 19.93%，而 2023年 3281.78、"
                                 "2024年 3771.7 的相对变化为 14.93%，差值为 +489.92，两者都对不上，请核对")]


# -- R1.text: the 其中 items of an amount in a text ------------------------------------------------------

def test_benxi_income_whose_first_part_is_already_the_whole(data):
    """Benxi #10: 行政事业类收入 3771.70 = 财政拨款收入 3771.70, and 国家助学金拨款 6.4 beside it."""
    add_text(data, "support.funding", "2025年学校行政事业类收入3771.70万元，其中财政拨款收入3771.70万元，"
                                      "国家助学金拨款6.4万元。")
    assert rules_of(data, "R1.text") == [
        ("warning", "R1.text", "“7.3 经费保障”写有行政事业类收入 3771.70万元，其中财政拨款收入已是 3771.70万元（等于总数），"
                               "又列出国家助学金拨款 6.4万元：后者若在总数之内就与前者重叠，若不在就不是“其中”，"
                               "合计 3778.1万元，请说明构成")]


def test_liangzhou_funding_parts_within_the_total_and_overlapping_counts_pass(data):
    """I-23: 总投入 12591.1, 其中 财政性 7245.91 and 专项 5108.6 (12354.51, within it; whether 专项 is
    part of 财政性 the figures cannot say); and head counts of overlapping kinds (女教师, 高级职称,
    双师型: 120 of 85 together, each within)."""
    add_text(data, "support.funding", "2022年中等职业教育总投入12591.1万元，其中财政性教育经费7245.91万元，"
                                      "专项资金5108.6万元。")
    add_text(data, "basic.teachers", "学校有专任教师85人，其中女教师50人，高级职称30人，双师型教师40人。")
    assert rules_of(data, "R1.text") == []
    assert loud(data) == []


def test_a_part_larger_than_its_whole(data):
    add_text(data, "basic.teachers", "学校有专任教师85人，其中女教师90人。")
    assert rules_of(data, "R1.text") == [
        ("warning", "R1.text", "“1.4 教师队伍”写有专任教师 85人，其中女教师 90人，比总数还大，请核对")]


# -- R15.scope: a district's report giving the city's totals --------------------------------------------

def test_liangzhou_district_report_writes_city_totals(data):
    """I-15: “全市…教职工总数为683人” and “全市…毕业生总数 2602 人” in 凉州区's (a district's) report."""
    district = report_data("gansu-district-2023", level="district")
    add_text(district, "basic.overview", "全市中等职业学校教职工总数为683人，专任教师589人。"
                                         "全市中等职业教育毕业生总数 2602 人。")
    assert rules_of(district, "R15.scope") == [
        ("warning", "R15.scope", "“1.1 办学规模”写有“全市中等职业学校教职工总数为…”：区（县）的报告写的是全市的总数，"
                                 "请确认它是本区（县）的数字并改称“全区”或“全县”，或说明是全市的数字"),
        ("warning", "R15.scope", "“1.1 办学规模”写有“全市中等职业教育毕业生总数…”：区（县）的报告写的是全市的总数，"
                                 "请确认它是本区（县）的数字并改称“全区”或“全县”，或说明是全市的数字")]


def test_the_wider_area_named_on_purpose_and_a_schools_report_pass(data):
    """全市 in a city-wide contest or as the base of a share is meant; the district's own total says 全区;
    a school's report may quote its city's totals."""
    district = report_data("gansu-district-2023", level="district")
    before = loud(district)
    add_text(district, "basic.overview", "全区中等职业学校教职工总数为683人。学生在全市中职学校技能大赛中获奖117人，"
                                         "占全市获奖人数的30%。")
    assert rules_of(district, "R15.scope") == []
    assert [f for f in loud(district) if f not in before] == []        # a text written, nothing new found
    add_text(data, "basic.overview", "全市中等职业学校在校生总数为10266人，我校占11.7%。")
    assert rules_of(data, "R15.scope") == []


# -- R16.standard: a 办学条件 figure short of the edition's standard ---------------------------------------

def benxi_county_conditions(data, books):
    """本溪县职教中心: 663 students, 54070 m² land, 25760 m² buildings, 1270 万元 equipment."""
    set_value(data, "6.1", 663)
    set_records(data, "conditions", [{"campus": "主校区", "land_area": 54070, "building_area": 25760,
                                      "equipment_value": 1270, "books": books, "computers": 300, "workstations": 600}])


def test_benxi_county_books_per_student_short_of_30(data):
    """Benxi #16: 13686 paper books ÷ 663 students = 20.6 册, against 30, while the text calls the
    conditions sufficient (the 30025 e-books do not count)."""
    benxi_county_conditions(data, books=13686)
    add_text(data, "basic.conditions", "学校有纸质图书13686册、电子图书30025册，能够满足学校教育教学需要。")
    assert rules_of(data, "R16.standard") == [
        ("info", "R16.standard", "生均图书为 20.64 册，未达到办学条件标准（不低于 30 册）：正文如称条件“满足需要”或“达标”，"
                                 "请据实改写")]


def test_conditions_that_meet_every_standard_pass(data):
    """The same school with 20000 books (30.2 per student) meets all nine standards."""
    benxi_county_conditions(data, books=20000)
    assert rules_of(data, "R16.standard") == []


#: Liangzhou 表5 生均达标情况 (2021, 2022, 国家标准, 年增幅 as printed).
LZ_STANDARDS = [["生均占地面积", 59.28, 64.63, 33, "+9%"], ["生均建筑面积", 25.76, 35.62, 20, "+38.3%"],
                ["生均仪器设备值", 0.75, 0.78, 0.3, "+4%"], ["生均纸质图书", 39.12, 40.95, 30, "+4.7%"],
                ["生均计算机", 0.25, 0.27, 0.15, "+8%"]]


def test_liangzhou_growth_printed_with_different_decimals(data):
    """I-18: 表5's 年增幅 is +9 %, +4 %, +8 % beside +38.3 % and +4.7 %."""
    add_table(data, "basic.conditions", "生均达标情况", ["项目", "2024年", "2025年", "国家标准", "年增幅"], LZ_STANDARDS,
              kinds=["text", "number", "number", "number", "text"])
    assert rules_of(data, "R14.decimals") == [
        ("info", "R14.decimals", "表格“生均达标情况”“年增幅”一列的小数位数不一致（+9%、+38.3%、+4%、+4.7%、+8%）："
                                 "请统一保留的小数位数")]


def test_growth_printed_alike_passes(data):
    rows = [r[:4] + [g] for r, g in zip(LZ_STANDARDS, ["+9.0%", "+38.3%", "+4.0%", "+4.7%", "+8.0%"])]
    add_table(data, "basic.conditions", "生均达标情况", ["项目", "2024年", "2025年", "国家标准", "年增幅"], rows,
              kinds=["text", "number", "number", "number", "text"])
    assert rules_of(data, "R14.decimals") == []
