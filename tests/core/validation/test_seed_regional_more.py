"""More of the seeds' contradictions (anshan-city-2023, liangzhou-district-2023, benxi-city-2024):
figures at two dates, implausible parts, per-school tables against the bureau's school registry,
one subject with two numbers, counts of designated schools, the 前言's parts, blank 合计 cells.
Each has its consistent counterpart that raises no error and no warning.

Numbers, school names and short labels are the seeds' (../shared/seeds/notes, copied here); the
sentences around them are the tests' own."""

import pytest

from vqdesk.core.aggregate.schools import attribute_key, attribute_rows
from vqdesk.core.errors import EditionError
from vqdesk.core.validation import vocabulary

from .conftest import add_table, add_text, block, give_ids, loud, node, report_data, rules_of, set_records
from .test_seed_contradictions import AS_CONDITIONS, AS_HEADERS, BX_COLUMNS, BX_SCHOOLS

#: 数据表 3-1 (截止8月底, by 专业大类): 毕业生, 直接就业, 对口就业, 升学, 未就业 (rows with no graduates left out).
AS_EMPLOYMENT = [
    ["农林牧渔大类", 448, 179, 44, 253, 16], ["资源环境与安全大类", 11, 1, 0, 10, 0], ["土木建筑大类", 140, 15, 1, 115, 10],
    ["装备制造大类", 370, 89, 53, 245, 36], ["生物与化工大类", 75, 0, 0, 59, 16], ["轻工纺织大类", 16, 1, 1, 11, 4],
    ["交通运输大类", 260, 69, 21, 185, 6], ["电子与信息大类", 568, 127, 38, 417, 24],
    ["医药卫生大类", 987, 760, 0, 218, 9], ["财经商贸大类", 208, 61, 25, 140, 7], ["旅游大类", 168, 86, 74, 80, 2],
    ["文化艺术大类", 65, 18, 15, 46, 1], ["新闻传播大类", 73, 4, 4, 62, 7], ["教育与体育大类", 450, 156, 59, 268, 26]]
AS_EMPLOYMENT_COLUMNS = ["专业类别", "毕业生数", "直接就业人数", "对口就业人数", "升学人数", "未就业人数"]






def employment_rows(medical_matching=0):
    return [r if r[0] != "医药卫生大类" else [r[0], r[1], r[2], medical_matching, r[4], r[5]] for r in AS_EMPLOYMENT]


# -- 1. anshan I6: employment figures at two dates ----------------------------------------------------

def employment_table(data, matching=600):
    add_table(data, "service.employment", "中职学校各专业就业情况汇总（截止8月底）", AS_EMPLOYMENT_COLUMNS,
              employment_rows(matching))


def test_anshan_employment_as_of_december_and_as_of_august(data):
    """I6: the text gives 直接就业 1664 / 升学 2151 / 99.37% 截至12月, after the period's end
    (2025-08-31 here), while 数据表 3-1 (截止8月底) sums to 1566 and 2109."""
    employment_table(data)
    add_text(data, "service.employment", "截至12月，全市中职毕业生直接就业1664人，升学2151人，整体就业率99.37%。")
    table = "表格“中职学校各专业就业情况汇总（截止8月底）”"
    assert rules_of(data, "R15.asof", "R16.asof") == [
        ("warning", "R15.asof", "“3.3 服务就业”写的是“截至12月”（2025-12-31）的数字：直接就业 1664、升学 2151、就业率 99.37%，"
                                "这一时点在报告期 2024-09-01 至 2025-08-31 之后：请改用报告期末的数据，或注明时点与口径"),
        ("warning", "R16.asof", f"“3.3 服务就业”写有截至2025-12-31的直接就业 1664，而{table}“直接就业人数”各行之和为截至"
                                "2025-08-31的 1566：同一数字用了两个时点，请统一为报告期末（2025-08-31）的数据，或分别注明"),
        ("warning", "R16.asof", f"“3.3 服务就业”写有截至2025-12-31的升学 2151，而{table}“升学人数”各行之和为截至"
                                "2025-08-31的 2109：同一数字用了两个时点，请统一为报告期末（2025-08-31）的数据，或分别注明")]


def test_anshan_employment_as_of_the_end_of_august_passes(data):
    """The consistent variant: the text quotes the table's end-of-August figures (1566, 2109), or
    gives them with no date at all."""
    employment_table(data)
    add_text(data, "service.employment", "截至8月底，全市中职毕业生直接就业1566人，升学2109人。")
    add_text(data, "service.employment", "毕业生直接就业1566人，升学2109人。")
    assert loud(data) == []


def test_rows_of_years_are_not_added_up(data):
    """A table of three years 截止8月底 states no total of its 升学人数 (2109 + … is no figure)."""
    add_table(data, "service.employment", "近三年毕业生升学情况（截止8月底）", ["年份", "升学人数"],
              [["2023年", 1900], ["2024年", 2000], ["2025年", 2109]])
    add_text(data, "service.employment", "截至8月底，毕业生升学2109人。截至2025年6月，毕业生升学2100人。")
    assert [m for _, r, m in rules_of(data, "R16.asof")] == [
        "“3.3 服务就业”写有截至2025-08-31的升学 2109，而“3.3 服务就业”为截至2025-06-30的 2100：同一数字用了两个时点，"
        "请统一为报告期末（2025-08-31）的数据，或分别注明"]


def test_a_caption_dated_after_the_period(data):
    """A table 截至 a day after the period's end dates all its figures there."""
    add_table(data, "service.employment", "毕业生去向（截至2025年12月31日）", ["去向", "人数"], [["直接就业", 120]])
    assert rules_of(data, "R15.asof") == [
        ("warning", "R15.asof", "表格“毕业生去向（截至2025年12月31日）”的标题写明“截至2025年12月31日”（2025-12-31），"
                                "这一时点在报告期 2024-09-01 至 2025-08-31 之后：请改用报告期末的数据，或注明时点与口径")]


# -- 2. anshan I7: none of 760 直接就业 is 对口 --------------------------------------------------------

def test_anshan_no_matching_employment_among_760(data):
    """I7: 医药卫生大类 has 760 直接就业 and 0 对口就业; the other rows with 0 对口 have at most one
    直接就业 (资源环境与安全 1, 生物与化工 0), which is no surprise."""
    add_table(data, "service.employment", "中职学校各专业就业情况汇总", AS_EMPLOYMENT_COLUMNS, employment_rows())
    assert rules_of(data, "R1.table") == [
        ("warning", "R1.table", "表格“中职学校各专业就业情况汇总”第9行“医药卫生大类”的“对口就业人数”为 0，而“直接就业人数”为 760："
                                "一个也没有，不太可能，请核实")]


def test_a_part_larger_than_its_whole_and_the_consistent_rows(data):
    """对口就业 can never exceed 直接就业; every row of the seed keeps 对口 ≤ 直接 (a plausible 600 of
    760 for 医药卫生 passes)."""
    add_table(data, "service.employment", "中职学校各专业就业情况汇总", AS_EMPLOYMENT_COLUMNS, employment_rows(600))
    assert loud(data) == []
    node(data, "service.employment").blocks[-1].data["rows"][3][3] = 98          # 装备制造: 98 of 89
    assert rules_of(data, "R1.table") == [
        ("warning", "R1.table", "表格“中职学校各专业就业情况汇总”第4行“装备制造大类”的“对口就业人数” 98 多于“直接就业人数” 89："
                                "前者是后者的一部分，不能更多")]


# -- the vocabulary file ------------------------------------------------------------------------------

def test_the_vocabulary_is_checked_on_load():
    good = {"asof": [{"key": "升学", "names": ["升学人数"], "kind": "count"}],
            "part_of": [{"part": ["对口就业"], "whole": ["直接就业"], "min_whole": 30}],
            "school_names": {"shortenings": [{"short": "中专", "full": "中等专业学校"}], "higher_education": ["大学"]},
            "designations": {"issuers": ["教育部"], "endings": ["学校"], "kinds": ["试点"]}}
    assert vocabulary.parse(good).asof_key("升学人数（人）").key == "升学"
    for broken, message in (
            ({"asof": [{"key": "升学", "names": ["升学人数"], "kind": "sum"}]}, "asof[0]：每项应有 key，kind 为 count 或 rate"),
            ({"asof": good["asof"] * 2}, "asof[1]：名称“升学人数”已属于另一项"),
            ({"part_of": [{"part": ["对口就业"], "whole": ["直接就业"], "min_whole": 0}]}, "part_of[0]：min_whole 应为正整数"),
            ({"part_of": [{"part": [], "whole": ["直接就业"], "min_whole": 3}]}, "part_of[0]：“part”应为非空的文字列表"),
            ({"school_names": {"shortenings": [{"short": "中专"}], "higher_education": ["大学"]}},
             "school_names.shortenings[0]：每项应有 short 和 full")):
        with pytest.raises(EditionError) as caught:
            vocabulary.parse({**good, **broken})
        assert str(caught.value) == f"模板文件 cross-checks.toml 有误：{message}"
    assert vocabulary.vocabulary().part_of[0].min_whole == 30          # the shipped file loads


# -- 3. anshan I11, I15: per-school tables against the bureau's registry --------------------------------
#: §1.1's registry of the 14 中职 schools, with the aliases a bureau would register.
AS_SCHOOLS = ["鞍山市广播电视学校", "鞍山市信息工程学校", "鞍山市交通运输学校", "鞍山市现代服务学校", "鞍山市工程技术学校",
              "鞍山市钢铁学校", "鞍山卫生学校", "鞍山市体育运动学校", "鞍山市艺术学校", "海城市中等职业技术专业学校",
              "海城市卫生中等专业学校", "台安县职业教育中心", "岫岩满族自治县职业教育中心", "鞍山市通关职业学校"]
#: 数据表 2-2: institution (number of sub-projects); 2 colleges first, 3 of the 14 schools missing.
AS_PLANS = [("鞍山职业技术学院", 23), ("鞍山师范学院", 6), ("鞍山市广播电视学校", 2), ("鞍山市信息工程学校", 6),
            ("鞍山市交通运输学校", 9), ("鞍山市现代服务学校", 6), ("鞍山市工程技术学校", 11), ("鞍山市钢铁学校", 12),
            ("鞍山卫生学校", 10), ("海城市中等职业技术专业学校", 8), ("海城市卫生中等专业学校", 4), ("台安县职业教育中心", 6),
            ("岫岩满族自治县职业教育中心", 10)]


def city(aliases=None):
    data = report_data("regional-city-2024", level="city")
    set_records(data, "schools", [{"school": s, **({"aliases": aliases[s]} if aliases and s in aliases else {})}
                                  for s in AS_SCHOOLS])
    return data


def plans_table(data, rows):
    add_table(data, "support.projects", "鞍山市现代职业教育质量提升计划项目总体规划", ["序号", "学校名称（子项目数）", "子项目内容"],
              [[str(i + 1), f"{name}（{n}）", f"建设子项目{n}个"] for i, (name, n) in enumerate(rows)],
              kinds=["text", "text", "text"])


def test_anshan_plan_table_lists_two_colleges_and_leaves_out_three_schools():
    """I11: 数据表 2-2 lists 鞍山职业技术学院 and 鞍山师范学院 (高职, 本科) in a 中职 report, and 11 of the
    14 schools: 体育运动, 艺术 and 通关 are not in it."""
    data = city()
    plans_table(data, AS_PLANS)
    table = "表格“鞍山市现代职业教育质量提升计划项目总体规划”"
    assert rules_of(data, "R18.school") == [
        ("warning", "R18.school", f"{table}第1行的“鞍山职业技术学院（23）”不在辖区学校名单中，像是高等院校：本报告是中职学校的报告，"
                                  "请确认它是否应列入"),
        ("warning", "R18.school", f"{table}第2行的“鞍山师范学院（6）”不在辖区学校名单中，像是高等院校：本报告是中职学校的报告，"
                                  "请确认它是否应列入"),
        ("info", "R18.school", f"{table}列出了辖区 14 所学校中的 11 所，没有鞍山市体育运动学校、鞍山市艺术学校、鞍山市通关职业学校："
                               "请确认是否遗漏")]


def test_anshan_school_names_spelled_in_variants():
    """I15: the awards table (数据表 2-1) writes 鞍山钢铁学校, 鞍山市交通运输校 and 台安县职教中心, the bases
    table (数据表 7-2) 台安职业教育中心 and 岫岩职业教育中心; each is named with the registry's name."""
    data = city()
    add_table(data, "talent.skills", "2023年辽宁省职业院校技能大赛获奖情况", ["序号", "学校", "奖项", "赛项"],
              [["1", "鞍山钢铁学校", "二等奖", "焊接技术"], ["2", "鞍山市交通运输校", "三等奖", "新能源汽车检测与维修"],
               ["3", "台安县职教中心", "二等奖", "网络布线"], ["4", "鞍山市钢铁学校", "三等奖", "焊接技术"]], kinds=["text"] * 4)
    add_table(data, "integration.resources", "2023年新建10家产教融合实训基地名单", ["序号", "学校", "项目名称"],
              [["1", "台安职业教育中心", "畜禽生产技术实习实训基地"], ["2", None, "机械加工实习实训基地"],
               ["3", "岫岩职业教育中心", "产教融合实训基地"]], kinds=["text"] * 3)
    awards, bases = "表格“2023年辽宁省职业院校技能大赛获奖情况”", "表格“2023年新建10家产教融合实训基地名单”"
    advice = "请统一，或在“辖区学校”中把它登记为该校的别名"
    assert rules_of(data, "R18.school") == [
        ("info", "R18.school", f"{awards}第1行的学校“鞍山钢铁学校”与辖区学校名单中的“鞍山市钢铁学校”写法不同：{advice}"),
        ("info", "R18.school", f"{awards}第2行的学校“鞍山市交通运输校”与辖区学校名单中的“鞍山市交通运输学校”写法不同：{advice}"),
        ("info", "R18.school", f"{awards}第3行的学校“台安县职教中心”与辖区学校名单中的“台安县职业教育中心”写法不同：{advice}"),
        ("info", "R18.school", f"{bases}第1行的学校“台安职业教育中心”与辖区学校名单中的“台安县职业教育中心”写法不同：{advice}"),
        ("info", "R18.school", f"{bases}第3行的学校“岫岩职业教育中心”与辖区学校名单中的“岫岩满族自治县职业教育中心”写法不同："
                               f"{advice}")]


def test_registered_aliases_and_a_table_of_all_schools_pass():
    """The aliases registered (鞍山钢铁学校 for 鞍山市钢铁学校, 台安职教中心 for 台安县职业教育中心), the same
    tables raise nothing; nor does 数据表 7-1, which lists all 14 schools, or the plan table without
    the colleges and with the 3 schools."""
    data = city({"鞍山市钢铁学校": "鞍山钢铁学校", "鞍山市交通运输学校": "鞍山市交通运输校",
                 "台安县职业教育中心": "台安县职教中心、台安职业教育中心"})
    before = loud(data)          # an empty city report: its empty sections and cells
    add_table(data, "talent.skills", "技能大赛获奖情况", ["学校", "奖项"],
              [["鞍山钢铁学校", "二等奖"], ["鞍山市交通运输校", "三等奖"], ["台安职业教育中心", "二等奖"],
               ["鞍山钢铁学校、鞍山市交通运输校", "一等奖"]], kinds=["text"] * 2)
    add_table(data, "basic.conditions", "鞍山市中职学校办学条件达标工程情况", ["序号", "学校名称", "规划分类", "是否达标"],
              [[str(i + 1), s, "继续举办", "是"] for i, s in enumerate(AS_SCHOOLS)], kinds=["text"] * 4)
    plans_table(data, AS_PLANS[2:] + [("鞍山市体育运动学校", 2), ("鞍山市艺术学校", 1), ("鞍山市通关职业学校", 3)])
    assert rules_of(data, "R18.school") == []
    assert [f for f in loud(data) if f not in before] == []


def test_the_bureau_registers_aliases_as_a_school_attribute():
    """`vqdesk school-attribute 鞍山市钢铁学校:别名=鞍山钢铁学校` keeps the alias when the schools are
    aggregated again (the attribute rows keep what the bureau typed)."""
    assert attribute_key("别名") == "aliases"
    rows = attribute_rows([("鞍山市钢铁学校", {"code": "21001"})], [{"school": "鞍山市钢铁学校", "aliases": "鞍山钢铁学校"}])
    assert rows == [{"school": "鞍山市钢铁学校", "code": "21001", "aliases": "鞍山钢铁学校"}]


# -- 4. anshan I9, I21: one subject, two numbers --------------------------------------------------------

def add_case(data, part, title, text):
    node(data, part).blocks.append(block({"kind": "case", "title": title, "blocks": [{"kind": "text", "text": text}]}))
    give_ids(data.document)


def test_anshan_a_model_named_432_and_then_433(data):
    """I9: 案例 2-5 names its evaluation model “432” (4 主体, 3 阶段, 2 结合) and writes “433” next."""
    add_case(data, "talent.growth", "动态评价体系助力成才成长",
             "学校构建“432”动态评价模式，评价主体为学校、企业、家长和学生。“433”即四类主体、三个阶段、两个结合。")
    assert rules_of(data, "R16.subject") == [
        ("info", "R16.subject", "案例“动态评价体系助力成才成长”中既写“432”又写“433”：只差一位数字，像是同一名称的笔误，请统一")]


def test_anshan_one_programme_with_400_and_148_people(data):
    """I21: the village-cadre programme has 400 人 in one case and 148 名 in the next, both under one
    heading (in the seed the second case calls them 两委班子, which no rule can tell is the same)."""
    add_case(data, "service.region", "服务农村 职业学校在行动", "海城市职教中心开办400人的村干部学历提升班，送教下乡。")
    add_case(data, "service.region", "服务美丽乡村 中职学校提供人力支持", "村干部学历提升班现有学员148名，均为农村两委班子成员。")
    assert rules_of(data, "R16.subject") == [
        ("info", "R16.subject", "“3.1 服务东北振兴”中“村干部学历提升班”有两个人数：400人（案例“服务农村 职业学校在行动”）和 148名"
                                "（案例“服务美丽乡村 中职学校提供人力支持”）：若是同一项目，请统一；若不是，请写明两者的区别")]


def test_one_name_and_one_count_written_twice_pass(data):
    """The same model name twice, one programme with one count twice, two programmes with their own
    counts, and a near name in another section: no hint."""
    add_case(data, "talent.growth", "动态评价体系助力成才成长", "学校构建“432”动态评价模式。“432”即四类主体、三个阶段、两个结合。")
    add_text(data, "talent.moral", "学校推行“433”德育工作法。")
    add_text(data, "service.region", "开办400人的村干部学历提升班。村干部学历提升班现有学员400人。电工技能培训班培训学员120人。")
    assert rules_of(data, "R16.subject") == []
    assert loud(data) == []


# -- 5. liangzhou I-12: 1+X pilot schools, 1 所 counted and 2 named ------------------------------------
#: 表1 (schools, 性质, 隶属, the honours that matter here), with the short names the narrative uses.
LZ_SCHOOLS = [
    {"school": "甘肃省理工中等专业学校", "nature": "公办", "affiliation": "省教育厅", "aliases": "省理工中专",
     "honours": "国家级重点中等职业学校；国家中等职业教育改革发展示范学校；甘肃省“双优”中职学校"},
    {"school": "武威师范学校", "nature": "公办", "affiliation": "市教育局", "aliases": "武威师范"},
    {"school": "武威市体育运动学校", "nature": "公办", "affiliation": "市文旅局", "aliases": "武威体校、武威市体校"},
    {"school": "凉州区职业中等专业学校", "nature": "公办", "affiliation": "区教育局", "aliases": "凉州区职业中专、区职业中专",
     "honours": "国家中等职业教育改革发展示范学校；教育部首批 1+X 证书制度试点院校；甘肃省“双优”中职学校"},
    {"school": "武威信息工程职业学校", "nature": "民办", "affiliation": "市教育局"},
    {"school": "武威生物制药技术学校", "nature": "民办", "affiliation": "市教育局", "aliases": "武威生物制药"},
    {"school": "凉州兴宇职业技术学校", "nature": "民办", "affiliation": "区教育局", "aliases": "凉州兴宇职校"},
    {"school": "武威科技中等专业学校", "nature": "民办", "affiliation": "区教育局", "aliases": "武威科技中专"},
    {"school": "凉州区万荣艺术学校", "nature": "民办", "affiliation": "区教育局"}]
LZ_STRUCTURE = ("全区共有中等职业学校9所，其中公办4所、民办5所；国家中等职业教育改革发展示范学校2所，"
                "教育部1+X证书制度试点学校1所，甘肃省“双优”中职学校2所。")


def district():
    data = report_data("gansu-district-2023", level="district")
    set_records(data, "schools", LZ_SCHOOLS)
    return data


def test_liangzhou_one_pilot_school_counted_and_two_named():
    """I-12: 1.1 counts 1 所 1+X 试点 school (表1 marks 凉州区职业中专 only); 4.5 names 省理工中专 and
    凉州区职业中专 as 1+X 试点院校."""
    data = district()
    add_text(data, "basic.overview", LZ_STRUCTURE)
    add_text(data, "service.special", "省理工中专和凉州区职业中专作为全国1+X证书制度试点院校，共开展12个专业的证书试点。")
    assert rules_of(data, "R7.schools") == [
        ("warning", "R7.schools", "“1.1 办学规模”写有“教育部1+X证书制度试点学校1所”，而“4.5 具有地域特色的服务”称"
                                  "甘肃省理工中等专业学校、凉州区职业中等专业学校为1+X证书制度试点（2 所）：请核对所数的学校")]


def test_liangzhou_counts_of_designated_schools_that_agree_pass():
    """The consistent variant: 4.5 names only 凉州区职业中专 as the 1+X pilot, and the 2 示范 and 2 双优
    schools of 1.1 are the two 表1 marks; nothing is added to the district report's findings."""
    data = district()
    before = loud(data)
    add_text(data, "basic.overview", LZ_STRUCTURE)
    add_text(data, "service.special", "凉州区职业中专作为全国1+X证书制度试点院校，共开展12个专业的证书试点。")
    assert rules_of(data, "R7.schools") == []
    assert [f for f in loud(data) if f not in before] == []


# -- 6. liangzhou I-13: the 前言 announces 国际合作, the outline has no such part ---------------------------

def preface(data, text):
    data.settings["preface"]["text"] = text


def test_liangzhou_preface_announces_a_part_the_outline_lacks():
    """I-13: the 前言 lists 学生发展、教学改革、国际合作、服务贡献、政策保障、面临挑战 (six parts); the
    7-chapter outline has no 国际合作 and no text speaks of it."""
    data = district()
    preface(data, "本报告依据辖区9所中等职业学校的质量年度报告编制，报告内容包含学生发展、教学改革、国际合作、服务贡献、"
                  "政策保障、面临挑战等六个部分。")
    add_text(data, "teaching.methods", "各校深化教学改革，推行项目教学。")
    assert rules_of(data, "R17.preface") == [
        ("warning", "R17.preface", "“前言”说报告包含“国际合作”，但大纲中没有这一部分，正文也没有写到：请补上，或改写“前言”")]


def test_a_preface_whose_parts_are_all_there_passes():
    """The parts named as the outline's chapters (学生发展 in 学生发展质量, 政策保障 beginning as
    政策落实质量 does, the last two joined by 和): nothing."""
    data = district()
    before = loud(data)
    preface(data, "报告内容包括基本情况、学生发展、教育教学、服务贡献、政策保障、面临挑战和应对措施等七个部分。")
    assert rules_of(data, "R17.preface") == []
    assert [f for f in loud(data) if f not in before and f[0] != "R17.empty"] == []      # the preface is filled
    preface(data, "报告内容包括学生发展、服务贡献和国际合作三个方面。")
    assert [m for _, _, m in rules_of(data, "R17.preface")] == [
        "“前言”说报告包含“国际合作”，但大纲中没有这一部分，正文也没有写到：请补上，或改写“前言”"]


# -- 7. benxi §8.3 #2: the 合计 row leaves the areas blank ------------------------------------------------

def test_benxi_total_row_with_blank_area_cells(data):
    """#2: 表1.1's 合计 row (printed first) fills 毕业生 … 双师型 but leaves 学校占地面积 and 学校建筑面积
    blank, while all six schools give them (Σ 709051 and 401742)."""
    add_table(data, "basic.students", "本溪市2024年中等职业学校基本情况", BX_COLUMNS, BX_SCHOOLS)
    assert rules_of(data, "R2.blank") == [
        ("warning", "R2.blank", "表格“本溪市2024年中等职业学校基本情况”第1行（合计）的“学校占地面积”、“学校建筑面积”空着，"
                                "而表中各行在这些列都填有数字（各行之和为 709051、401742）：请填上合计，或写“—”表示不合计")]


def test_blank_total_cells_of_text_rate_and_empty_columns_pass(data):
    """No question for a text column (学校类别), a rate (升学率), a column blank in every row (备注
    数), or a total written “—”."""
    add_table(data, "basic.students", "各校培训与升学情况", ["学校", "类别", "培训人数", "升学率（%）", "备注数", "占地面积"],
              [["桓仁", "职业高中", 136, 80.5, None, 90671], ["本溪县", "职业高中", 187, 75.2, None, 54070],
               ["合计", None, 323, None, None, "—"]], kinds=["text", "text", "number", "number", "number", "number"])
    assert rules_of(data, "R2.blank") == []
    assert loud(data) == []


# -- anshan I8: a unit other than the row's ------------------------------------------------------
#: 数据表 3-2 服务项目情况: 名称, 数量 as typed (the number with its unit).
AS_SERVICES = [[1, "非学历培训项目", "33 个"], [2, "非学历培训学时", "15396 学时"], [3, "开展社会培训人次", "33532 人"],
               [4, "教师参与社会公益人次", "1010 次"], [5, "学生参与社会公益人次", "2145 次"],
               [6, "东西部对口帮扶人数", "1060 人"], [7, "对口扶贫人数", "83 名"]]


def _services(data, rows):
    node(data, "service.livelihood").blocks.append(block({
        "kind": "table", "caption": "鞍山市中职学校服务项目情况", "columns": ["序号", "名称", "数量"],
        "column_kinds": ["number", "text", "text"], "rows": rows}))
    give_ids(data.document)


def test_anshan_visits_written_as_people_and_as_times(data):
    _services(data, AS_SERVICES)
    assert rules_of(data, "R16.unit") == [
        ("info", "R16.unit", f"表格“鞍山市中职学校服务项目情况”“{label}”行写的是“{cell}”，而这一项的单位是“人次”："
                             f"人次与{unit}不是同一个量，请核对单位或改正名称")
        for label, cell, unit in (("开展社会培训人次", "33532 人", "人"), ("教师参与社会公益人次", "1010 次", "次"),
                                  ("学生参与社会公益人次", "2145 次", "次"))]


def test_units_that_match_their_rows_or_name_none_pass(data):
    """33 个 under a label naming no unit, 15396 学时 under …学时, 1060 人 and 83 名 under …人数, and
    a bracketed unit in the column (“数量（人次）”) matched by its cells."""
    _services(data, [r for r in AS_SERVICES if r[0] not in (3, 4, 5)])
    add_table(data, "service.livelihood", "社会培训", ["项目", "数量（人次）"], [["社会培训", "33532 人次"]],
              kinds=["text", "text"])
    assert rules_of(data, "R16.unit") == []
    data.document.find_part("service.livelihood").blocks[-1].data["rows"][0][1] = "33532 人"
    assert [m for _, _, m in rules_of(data, "R16.unit")] == [
        "表格“社会培训”“社会培训”行写的是“33532 人”，而这一项的单位是“人次”：人次与人不是同一个量，请核对单位或改正名称"]


# -- anshan I10 and I18: a row listed twice, one area typed twice -----------------------------------
#: 数据表 6-1 产教融合政策清单 (序号, 名称, 发文单位): rows 7 = 8 and 10 = 11 of the seed, with titles of the tests' own.
AS_POLICIES = [[7, "市产教融合实施方案", "市政府"], [8, "市产教融合实施方案", "市政府"], [9, "校企合作促进办法", "市教育局"],
               [10, "现代学徒制试点通知", "市教育局"], [11, "现代学徒制试点通知", "市教育局"]]


def test_anshan_policies_listed_twice(data):
    add_table(data, "integration.resources", "鞍山市产教融合政策清单", ["序号", "政策名称", "发文单位"], AS_POLICIES,
              kinds=["number", "text", "text"])
    assert rules_of(data, "R18.duplicate") == [
        ("warning", "R18.duplicate", "表格“鞍山市产教融合政策清单”第2行与第1行内容相同（市产教融合实施方案、市政府）："
                                     "同一条目列了两次，请删去一行或改正"),
        ("warning", "R18.duplicate", "表格“鞍山市产教融合政策清单”第5行与第4行内容相同（现代学徒制试点通知、市教育局）："
                                     "同一条目列了两次，请删去一行或改正")]


def test_anshan_art_school_land_and_floor_area_both_4008(data):
    add_table(data, "basic.conditions", "鞍山市中职学校办学条件", AS_HEADERS[:3], [r[:3] for r in AS_CONDITIONS[:10]])
    assert rules_of(data, "R2.same") == [
        ("info", "R2.same", "表格“鞍山市中职学校办学条件”“艺术”的“校园占地面积(平方米)”和“校舍建筑面积(平方米)”都是 4008："
                            "两个面积相同，可能是把一个数填了两次，请核对")]


def test_distinct_rows_and_areas_pass(data):
    """Rows that share a 发文单位 or a title but not both, and schools whose areas differ either way."""
    add_table(data, "integration.resources", "政策清单", ["序号", "政策名称", "发文单位"],
              [[1, "市产教融合实施方案", "市政府"], [2, "市产教融合实施方案", "省政府"], [3, "校企合作促进办法", "市政府"]],
              kinds=["number", "text", "text"])
    add_table(data, "basic.conditions", "办学条件", AS_HEADERS[:3], [["甲", 40000, 52000], ["乙", 78634, 24397]])
    assert rules_of(data, "R18.duplicate", "R2.same") == []


# -- anshan I22 and I23: a policy and an enterprise named two ways -----------------------------------

def _enterprises_and_policies(data, text):
    add_table(data, "integration.resources", "产教融合企业", ["序号", "企业名称", "合作内容"],
              [[9, "辽宁华冶集团发展有限公司", "共建实训基地"], [10, "鞍钢集团有限公司", "订单培养"]],
              kinds=["number", "text", "text"])
    add_table(data, "integration.resources", "鞍山市产教融合政策清单", ["序号", "政策名称", "发文单位"],
              [[5, "鞍山市推动现代职业教育高质量发展的实施方案", "市政府"]], kinds=["number", "text", "text"])
    add_text(data, "integration.resources", text)


def test_anshan_an_enterprise_and_a_policy_written_two_ways(data):
    _enterprises_and_policies(data, "学校与辽宁华冶发展有限公司共建实训基地，与鞍钢集团有限公司开展订单培养。"
                                    "依据《鞍山市推动现代职业教育高质量发展实施意见》推进改革。")
    assert rules_of(data, "R18.mention") == [
        ("info", "R18.mention", "表格“鞍山市产教融合政策清单”写有《鞍山市推动现代职业教育高质量发展的实施方案》，“6.2 产教资源共建”"
                                "写有《鞍山市推动现代职业教育高质量发展实施意见》：若是同一份文件，请统一名称"),
        ("info", "R18.mention", "“6.2 产教资源共建”写作“辽宁华冶发展有限公司”，表格“产教融合企业”写作“辽宁华冶集团发展有限公司”："
                                "像是同一单位的不同写法，请统一")]


def test_names_written_as_in_the_tables_pass(data):
    """The full names as the tables write them, words around them (与…共建), and two documents whose
    titles differ in more than an ending."""
    _enterprises_and_policies(data, "学校与辽宁华冶集团发展有限公司共建实训基地，与鞍钢集团有限公司开展订单培养。"
                                    "依据《鞍山市推动现代职业教育高质量发展的实施方案》和《辽宁省职业教育条例》推进改革。")
    assert rules_of(data, "R18.mention") == []


# -- anshan I12 and I17: a caption's missing column, three industries in one cell ---------------------

def test_anshan_grade_table_without_grades_and_three_industries_in_one_row(data):
    add_table(data, "basic.overview", "中职学校质量年度报告合规性评价等级表", ["学校", "得分", "排名"],
              [["鞍山市钢铁学校", 96.8, 1], ["鞍山市工程技术学校", 95, 2], ["鞍山市交通运输学校", 86.5, 3]])
    add_table(data, "service.industry", "中职学校服务地方主导产业情况",
              ["服务主导产业", "与服务主导产业相适配的专业数量", "与主导产业相适配的在校生数量"],
              [["钢铁及深加工 菱镁 专用车及零部件", 21, 2237]])
    assert rules_of(data, "R19.caption", "R2.items") == [
        ("info", "R19.caption", "表格“中职学校质量年度报告合规性评价等级表”的标题写有“等级”，表中却没有“等级”一列：请补上这一列，或改正标题"),
        ("info", "R2.items", "表格“中职学校服务地方主导产业情况”一行写了几项（钢铁及深加工、菱镁、专用车及零部件），却只有一组数字："
                             "请分行列出，或注明数字是几项的合计")]


def test_a_grade_column_one_item_per_row_and_a_written_list_pass(data):
    """A 等级 column as the caption says, an industry per row, and exam types listed with “、”."""
    add_table(data, "basic.overview", "合规性评价等级表", ["学校", "得分", "等级"], [["鞍山市钢铁学校", 96.8, "优秀"]],
              kinds=["text", "number", "text"])
    add_table(data, "service.industry", "服务地方主导产业情况", ["服务主导产业", "专业数量", "在校生数量"],
              [["钢铁及深加工", 12, 1300], ["菱镁", 5, 520], ["专用车及零部件", 4, 417]])
    add_table(data, "service.livelihood", "社会考试服务", ["考试工种", "服务人次"], [["电焊工、数控车工、汽车维修工", 104]])
    assert rules_of(data, "R19.caption", "R2.items") == []


def test_a_term_holding_a_column_word_promises_no_column(data):
    """职业技能等级认定 is a kind of examination, not a column of grades (Jinzhou 表12)."""
    add_table(data, "service.livelihood", "职业技能等级认定考试信息表", ["日期", "考试工种", "人次"],
              [["2025.4.19-20", "电工", 177]], kinds=["text", "text", "number"])
    assert rules_of(data, "R19.caption") == []


def test_anshan_bases_table_lists_a_college_and_the_health_school_in_a_variant():
    """I11 (数据表 7-2 rows 9-10: 鞍山职业技术学院) and I15 (鞍山市卫生学校 for the registry's 鞍山卫生学校)."""
    data = city()
    add_table(data, "integration.resources", "2023年新建10家产教融合实训基地名单", ["序号", "学校", "项目名称"],
              [["1", "鞍山市卫生学校", "护理实训基地"], ["2", "鞍山市钢铁学校", "智能制造实训基地"],
               ["3", "鞍山职业技术学院", "冶金技术实训基地"]], kinds=["text"] * 3)
    bases = "表格“2023年新建10家产教融合实训基地名单”"
    assert rules_of(data, "R18.school") == [
        ("warning", "R18.school", f"{bases}第3行的“鞍山职业技术学院”不在辖区学校名单中，像是高等院校：本报告是中职学校的报告，"
                                  "请确认它是否应列入"),
        ("info", "R18.school", f"{bases}第1行的学校“鞍山市卫生学校”与辖区学校名单中的“鞍山卫生学校”写法不同："
                               "请统一，或在“辖区学校”中把它登记为该校的别名")]


def test_anshan_a_teachers_table_by_year_with_one_count_of_no_year(data):
    """I3: 数据表 1-2 gives 专任教师, 双师型 and 兼职 for 2021-2023, and 教职员工总数 1515 with no year."""
    node(data, "basic.teachers").blocks.append(block({
        "kind": "table", "caption": "近三年鞍山市中职学校教师队伍",
        "columns": ["教职员工总数", "2021", "2022", "2023", "2021", "2022", "2023"],
        "column_kinds": ["number"] * 7,
        "header_groups": [{"label": "", "span": 1}, {"label": "专任教师总数（人）", "span": 3},
                          {"label": "双师型教师人数（人）", "span": 3}],
        "rows": [[1515, 1114, 1070, 1126, 465, 418, 480]]}))
    give_ids(data.document)
    assert rules_of(data, "R19.year") == [
        ("info", "R19.year", "表格“近三年鞍山市中职学校教师队伍”的“教职员工总数”一列没有注明年份，而其他数字分年度列出："
                             "请写明它是哪一年的数字")]


def test_tables_by_year_with_labels_and_serials_pass(data):
    add_table(data, "basic.teachers", "近三年教师队伍", ["序号", "项目", "2021年", "2022年", "2023年"],
              [[1, "专任教师", 1114, 1070, 1126], [2, "双师型教师", 465, 418, 480]], kinds=["number", "text", "number",
                                                                                  "number", "number"])
    assert rules_of(data, "R19.year") == []


def test_columns_comparing_the_years_or_a_standard_need_no_year(data):
    """Liangzhou 表5 (国家标准, 超标数值, 超标幅度, 年增幅) and Benxi's 变化率 compare the years."""
    add_table(data, "basic.conditions", "生均达标情况", ["项目", "2021 年", "2022 年", "国家标准", "超标数值", "超标幅度",
                                                     "年增幅"],
              [["生均占地面积", 59.28, 64.63, 33, 31.63, "+95.8%", "+9%"]],
              kinds=["text", "number", "number", "number", "number", "text", "text"])
    add_table(data, "support.funding", "财政投入数据表", ["项目", "2023年", "2024年", "变化率"],
              [["生均拨款", 0.24, 0.24, 0], ["财政投入", 3281.78, 3771.70, 14.93]])
    assert rules_of(data, "R19.year") == []


def test_anshan_a_teacher_written_in_the_students_cell():
    """I29: 数据表 2-1 row 4 writes “教师：王淑敏 学生：王烁炎” in 学生 and leaves 指导教师 empty."""
    data = city()
    add_table(data, "talent.skills", "2023年中职学生技能大赛获奖情况", ["序号", "学校", "奖项", "赛项名称", "学生", "指导教师"],
              [["3", "鞍山市交通运输学校", "二等奖", "汽车维修", "李明、张强", "赵刚"],
               ["4", "鞍山市广播电视学校", "三等奖", "数字产品检测与维护", "教师：王淑敏 学生：王烁炎", None]], kinds=["text"] * 6)
    assert rules_of(data, "R18.role") == [
        ("info", "R18.role", "表格“2023年中职学生技能大赛获奖情况”第2行的“学生”一栏写有“教师：王淑敏”："
                             "指导教师请填在指导教师一栏，不要算作学生")]


def test_benxi_school_table_whose_areas_have_no_unit(data):
    """Benxi #19: 表1.1's 学校占地面积 and 学校建筑面积 (90671, 31000 …) say neither 平方米 nor 亩."""
    add_table(data, "basic.conditions", "本溪市2024年中等职业学校基本情况", ["学校名称", "在校生数", "学校占地面积", "学校建筑面积"],
              [["桓仁", 457, 90671, 31000], ["本溪县", 663, 54070, 25760]])
    assert rules_of(data, "R16.unit-missing") == [
        ("info", "R16.unit-missing", "表格“本溪市2024年中等职业学校基本情况”的“学校占地面积”、“学校建筑面积”没有注明单位："
                                     "请在表头写明（如“占地面积（平方米）”“经费（万元）”），读者才知道数字的大小")]


def test_areas_and_money_with_their_units_and_counts_without_pass(data):
    add_table(data, "basic.conditions", "办学条件（单位：平方米）", ["学校", "占地面积", "建筑面积"], [["桓仁", 90671, 31000]])
    add_table(data, "basic.conditions", "经费投入", ["项目", "金额（万元）", "人数"], [["专项资金", 5108.6, 30]])
    add_table(data, "basic.conditions", "在校生", ["学校", "在校生数"], [["桓仁", 457]])
    assert rules_of(data, "R16.unit-missing") == []


def test_liangzhou_a_national_pilot_called_a_provincial_one():
    """I-12: 表1 gives 凉州区职业中专 “教育部首批 1+X 证书制度试点院校”; 7.2 has 区职业中专 do its
    “1+X 证书制度省级试点” work."""
    data = district()
    add_text(data, "measures", "落实1+X证书制度实施方案，区职业中专做好1+X证书制度省级试点工作，推动更多学校参与。")
    assert rules_of(data, "R7.level") == [
        ("info", "R7.level", "“7 应对措施”称凉州区职业中等专业学校的1+X证书制度试点为省级试点，而辖区学校名单中该校的荣誉是"
                             "“教育部首批1+X证书制度试点院校”（国家级）：请核对级别；如是两项不同的试点，请写明")]


def test_the_pilot_at_its_level_and_another_schools_provincial_pilot_pass():
    data = district()
    add_text(data, "measures", "区职业中专做好1+X证书制度试点工作；武威体校开展1+X证书制度省级试点。")
    assert rules_of(data, "R7.level") == []


def test_anshan_texts_name_schools_in_their_short_forms():
    """I15: the cases write 台安职教中心 and 岫岩县职教中心; “鞍山市职业学校” (all of them) and
    鞍山职业技术学院 (no 中职 school) are no variants, and a registered alias is fine."""
    data = city({"鞍山市钢铁学校": "鞍山钢铁学校"})
    add_text(data, "talent.skills", "组织台安职教中心学生参加技能大赛，鞍山钢铁学校学生获一等奖。岫岩县职教中心建设实训基地，"
                                    "鞍山职业技术学院参与指导，鞍山市职业学校办学条件全面达标。")
    assert rules_of(data, "R18.school") == [
        ("info", "R18.school", f"“2.4 技能成才”写作“{short}”，辖区学校名单中为“{name}”：请统一，或在“辖区学校”中把它登记为该校的别名")
        for short, name in (("台安职教中心", "台安县职业教育中心"), ("岫岩县职教中心", "岫岩满族自治县职业教育中心"))]


def test_anshan_a_short_form_only_the_place_links_to_the_registry():
    """I15: 案例 3-1 writes 海城市职教中心, which spells neither of the two 海城 schools of the registry."""
    data = city()
    add_text(data, "service.region", "海城市职教中心开办村干部学历提升班，送教下乡。")
    assert rules_of(data, "R18.school") == [
        ("info", "R18.school", "“3.1 服务东北振兴”写作“海城市职教中心”，辖区学校名单中没有这个名称，同一地方的学校是"
                               "“海城市中等职业技术专业学校”“海城市卫生中等专业学校”：请改用名单中的名称，或在“辖区学校”中把它"
                               "登记为所指学校的别名")]


def test_a_registered_short_form_and_a_place_of_many_schools_pass():
    """海城市职教中心 registered as an alias; 鞍山市第一职业学校 could be any of the ten 鞍山 schools."""
    data = city({"海城市中等职业技术专业学校": "海城市职教中心"})
    add_text(data, "service.region", "海城市职教中心开办村干部学历提升班。鞍山市第一职业学校组织学生参观。")
    assert rules_of(data, "R18.school") == []


def test_liangzhou_preface_promises_topics_the_report_never_speaks_of():
    """I-13: the 前言's highlights end with 推进国际交流与合作 and 开展劳动和职业启蒙教育; no text, heading
    or caption speaks of 国际 or 启蒙."""
    data = district()
    preface(data, "报告重点呈现提高职业教育质量、促进产教融合校企“双元”育人、推进国际交流与合作、"
                  "开展劳动和职业启蒙教育等方面工作的具体做法。")
    add_text(data, "measures", "各校着力提高职业教育质量，深化产教融合，推进校企“双元”育人，开展劳动教育。")
    assert rules_of(data, "R17.preface") == [
        ("info", "R17.preface", "“前言”说报告重点呈现“推进国际交流与合作”、“开展劳动和职业启蒙教育”，正文中却没有相关内容："
                                "请补上，或改写“前言”")]


def test_preface_highlights_the_report_speaks_of_pass():
    data = district()
    preface(data, "报告重点呈现提高职业教育质量、改善办学基础条件、推进国际交流与合作等方面工作。")
    add_text(data, "measures", "全区职业教育质量稳步提高，各校办学条件持续改善，基础设施不断完善；与国外院校开展国际交流合作。")
    assert rules_of(data, "R17.preface") == []


#: Liangzhou 表2 高中阶段教育结构统计 (普通高中: 学校数, 在校生数, 招生数; 中职: the same).
LZ_STRUCTURE_TABLE = {
    "kind": "table", "caption": "高中阶段教育结构统计",
    "columns": ["项目", "学校数（所）", "在校生数（人）", "招生数（人）", "学校数（所）", "在校生数（人）", "辖区内学校招生数（人）"],
    "column_kinds": ["text"] + ["number"] * 6,
    "header_groups": [{"label": "项目", "span": 1}, {"label": "普通高中", "span": 3}, {"label": "中等职业教育", "span": 3}],
    "rows": [["2021年", 9, 18093, 6153, 9, 9968, 3978], ["2022年", 9, 18105, 6004, 9, 10266, 3583]]}


def test_liangzhou_vocational_general_balance_claimed_while_the_share_falls():
    """I-25: “持续实现职普协调发展” while 表2's 中职 share of the intake fell 39.27 % → 37.37 %."""
    data = district()
    node(data, "basic").blocks.append(block(LZ_STRUCTURE_TABLE))
    add_text(data, "basic", "2022年高中阶段招生（含辖区外中职校入学学生）持续实现职普协调发展。")
    assert rules_of(data, "R16.claim") == [
        ("info", "R16.claim", "“1 基本情况”写“职普协调”，而表格“高中阶段教育结构统计”中中职招生占高中阶段招生的比例由 2021年的 "
                              "39.27% 降至 2022年的 37.37%：请给出支持这一说法的数据，或据实改写")]


def test_the_balance_claimed_with_a_rising_share_passes():
    data = district()
    rising = dict(LZ_STRUCTURE_TABLE, rows=[["2021年", 9, 18093, 6153, 9, 9968, 3583], ["2022年", 9, 18105, 6004, 9, 10266, 3978]])
    node(data, "basic").blocks.append(block(rising))
    add_text(data, "basic", "高中阶段招生持续实现职普协调发展。")
    assert rules_of(data, "R16.claim") == []


# -- benxi 1.4.1: two schools' figures in one sentence are two figures -------------------------------

def test_benxi_two_schools_dual_qualified_shares_are_not_one_figure_twice():
    """“如本溪市机电工程学校‘双师型’教师比例为 90.4%，本溪市商贸服务学校‘双师型’教师占比 84.7%”:
    each figure is its school's (R16.twice read both as the city's)."""
    data = report_data("regional-city-2024", level="city")
    add_text(data, "basic", "各校双师型教师比例较高。如本溪市机电工程学校“双师型”教师比例为90.4%，"
                            "本溪市商贸服务学校“双师型”教师占比84.7%。")
    assert rules_of(data, "R16.twice") == []


def test_one_schools_figure_written_two_ways_is_still_found():
    data = report_data("regional-city-2024", level="city")
    add_text(data, "basic", "本溪市机电工程学校“双师型”教师比例为90.4%。")
    add_text(data, "support", "如本溪市机电工程学校双师型教师比例达90.1%，本溪市商贸服务学校为84.7%。")
    assert [m for _, _, m in rules_of(data, "R16.twice")] == [
        "“7 发展保障”写有本溪市机电工程学校双师型比例 90.1%，而“1 基本情况”为 90.4%，同一数字前后不一致，请核对"]


def test_a_school_report_naming_itself_still_compares_its_figures(data):
    """The report's own school is the school the six tables speak of."""
    add_text(data, "basic.teachers", "测试市职业技术学校“双师型”教师比例为71.6%。")
    assert [m for _, _, m in rules_of(data, "R16.twice")] == [
        "“1.4 教师队伍”写有双师型比例 71.6%，而表3 双师素质专任教师比例为 47.06%，同一数字前后不一致，请核对"]


def test_anshan_a_bureaus_cases_tell_their_own_figures():
    """案例 3-3: one school's 电子商务 major “现已招生 100 多人”; 案例 3-2: the rural schools “共招生
    2317 人”: neither is the city's intake, and R16.twice read both as one figure."""
    data = city()
    add_case(data, "service", "以“专业”服务“行业”", "学校与电商企业合作开设电子商务专业，现已招生100多人。")
    add_case(data, "service", "服务美丽乡村 中职学校提供人力支持", "今年，农村地区职业学校目前共招生2317人。")
    assert rules_of(data, "R16.twice") == []


def test_a_bureaus_own_texts_are_still_compared():
    data = city()
    add_text(data, "basic", "全市中职学校招生6845人。")
    add_text(data, "talent", "全市中职学校招生6854人。")
    assert [m for _, _, m in rules_of(data, "R16.twice")] == [
        "“2 人才培养”写有招生 6854，而“1 基本情况”为 6845，同一数字前后不一致，请核对"]


def test_liangzhou_schools_sorted_by_size_are_no_total():
    """1.1.2: “在校生超过 2000 人的中等职业学校 2 所” beside 在校生 10266: a class of schools."""
    data = district()
    add_text(data, "basic", "全区中等职业学校在校生10266人。在校生超过2000人的中等职业学校2所，"
                            "超过800人的1所，其余各校均不足400人。")
    assert rules_of(data, "R16.twice") == []
