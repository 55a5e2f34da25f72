"""Free tables of Liangzhou 2023 (I-18, I-19): a growth worked out from rounded values (R13.rounded)
and a sports meet inside a table of skills-contest results (R16.mixed) are hints; growths the
printed values fix closely, and medals of a skills contest, raise nothing.

Numbers and short labels are the seed's (../shared/seeds/notes/liangzhou-district-2023.md, copied
here)."""

import pytest

from vqdesk.core.errors import EditionError
from vqdesk.core.validation import mixed_contests

from .conftest import add_table, block, give_ids, loud, node, rules_of

# -- R13.rounded ---------------------------------------------------------------------------------------

COLUMNS = ["项目", "单位", "2021 年", "2022 年", "国家标准", "超标数值", "超标幅度", "年增幅"]
KINDS = ["text", "text", "number", "number", "number", "text", "text", "text"]
#: 表5 生均达标情况, as printed.
PER_STUDENT = [
    ["生均占地面积", "m²", 59.28, 64.63, 33, "+ 31.63", "+ 95.8%", "+ 9%"],
    ["生均建筑面积", "m²", 25.76, 35.62, 20, "+ 15.62", "+ 78.1%", "+ 38.3%"],
    ["生均仪器设备值", "万元", 0.75, 0.78, 0.3, "+ 0.48", "+ 160%", "+ 4%"],
    ["生均纸质图书", "册", 39.12, 40.95, 30, "+ 10.95", "+ 36.5%", "+ 4.7%"],
    ["生均计算机", "台", 0.25, 0.27, 0.15, "+ 0.12", "+ 80%", "+ 8%"],
]


def test_growths_worked_out_from_values_printed_to_two_decimals(data):
    """I-18: 0.78 ÷ 0.75 − 1 = 4 %, but 0.75 and 0.78 fix the growth only within 2.6 %–5.4 %
    (unrounded 3.56 %); 0.25 → 0.27 leaves 3.9 %–12.2 %.  59.28 → 64.63 fixes 9.01 %–9.04 %, and
    the other two rows are as close: nothing for them."""
    add_table(data, "basic.conditions", "生均达标情况", COLUMNS, PER_STUDENT, kinds=KINDS)
    assert rules_of(data, "R13.rounded") == [
        ("info", "R13.rounded",
         "表格“生均达标情况”“生均仪器设备值”行的“年增幅”+4%是按印出的 2021年 0.75、2022年 0.78 算出的；"
         "这两个数四舍五入后，实际增幅可能在 2.6% 至 5.4% 之间：请用未经四舍五入的数值（总值 ÷ 人数）计算增幅，"
         "或把两年的数值多保留几位小数"),
        ("info", "R13.rounded",
         "表格“生均达标情况”“生均计算机”行的“年增幅”+8%是按印出的 2021年 0.25、2022年 0.27 算出的；"
         "这两个数四舍五入后，实际增幅可能在 3.9% 至 12.2% 之间：请用未经四舍五入的数值（总值 ÷ 人数）计算增幅，"
         "或把两年的数值多保留几位小数")]


def test_growths_the_printed_values_fix_raise_nothing(data):
    """The same rows printed with enough decimals (0.7532 → 0.7800 gives the unrounded 3.56 %), and
    an unchanged value with 变化率 0 (Benxi 表7.2 生均拨款 0.24 → 0.24, most often a fixed
    standard), and counts, exact as printed (2 → 3 个 is +50%): no hint, and no error or warning
    either."""
    rows = [list(r) for r in PER_STUDENT]
    rows[2][2:4], rows[2][7] = [0.7532, 0.78], "+ 3.56%"
    rows[4][2:4], rows[4][7] = [0.2513, 0.2673], "+ 6.37%"
    add_table(data, "basic.conditions", "生均达标情况", COLUMNS, rows, kinds=KINDS)
    add_table(data, "support.funding", "财政投入数据表", ["项目", "2023年", "2024年", "变化率"],
              [["财政拨款收入（万元）", 3281.78, 3771.70, "14.93%"], ["生均拨款（万元）", 0.24, 0.24, "0"],
               ["省级专业群（个）", 2, 3, "50%"]],
              kinds=["text", "number", "number", "text"])
    assert rules_of(data, "R13.rounded") == []
    assert loud(data) == []


def test_the_unrounded_growth_beside_rounded_values_is_no_wrong_figure(data):
    """Done as R13.rounded asks (3.56 % from the totals, beside the printed 0.75 → 0.78), the growth
    is within what the printed values allow (2.6 %–5.4 %): R16.delta accepts it, and R13.rounded
    has nothing more to say of that row."""
    rows = [list(r) for r in PER_STUDENT]
    rows[2][7] = "+ 3.56%"
    add_table(data, "basic.conditions", "生均达标情况", COLUMNS, rows, kinds=KINDS)
    assert rules_of(data, "R16.delta") == []
    assert [m for _, _, m in rules_of(data, "R13.rounded") if "生均仪器设备值" in m] == []


# -- R16.mixed -----------------------------------------------------------------------------------------

PRIZES = ["一等奖", "二等奖", "三等奖"]
MEDALS = ["金牌", "银牌", "铜牌"]


def add_results(data, caption, groups, rows):
    """表8: one column of labels, then three columns under each upper header."""
    columns = ["项目"] + [c for _, under in groups for c in under]
    node(data, "talent.skills").blocks.append(block({
        "kind": "table", "caption": caption, "columns": columns,
        "column_kinds": ["text"] + ["number"] * (len(columns) - 1), "rows": rows,
        "header_groups": [{"label": "", "span": 1}] + [{"label": g, "span": len(u)} for g, u in groups]}))
    give_ids(data.document)


def test_a_sports_meet_among_skills_contest_results(data):
    """I-19: 表8 “学生技能大赛成绩（单位：人）” holds 省第十五届运动会 金牌 19, 银牌 18, 铜牌 27."""
    add_results(data, "2025年学生技能大赛成绩（单位：人）",
                [("省级技能大赛", PRIZES), ("市级技能大赛", PRIZES), ("省第十五届运动会", MEDALS)],
                [["人数", 28, 28, 61, 371, 644, 957, 19, 18, 27]])
    assert rules_of(data, "R16.mixed") == [
        ("info", "R16.mixed",
         "表格“2025年学生技能大赛成绩（单位：人）”是技能大赛的成绩，却含有“省第十五届运动会”一栏（金牌、银牌、铜牌）："
         "体育赛事不是技能大赛，请另列一表，或把标题改为涵盖两者（如“技能大赛和体育比赛成绩”）")]


def test_a_sports_row_in_a_skills_contest_table(data):
    add_table(data, "talent.skills", "2025年职业技能竞赛获奖统计", ["赛项", "一等奖", "二等奖"],
              [["汽车维修", 2, 3], ["田径运动会", 4, 1]])
    assert rules_of(data, "R16.mixed") == [
        ("info", "R16.mixed",
         "表格“2025年职业技能竞赛获奖统计”是技能大赛的成绩，却含有“田径运动会”行：体育赛事不是技能大赛，"
         "请另列一表，或把标题改为涵盖两者（如“技能大赛和体育比赛成绩”）")]


def test_medals_of_a_skills_contest_and_a_sports_table_of_its_own_raise_nothing(data):
    """金牌 alone is no sport (世界技能大赛 gives medals); the meet in a table captioned for sports
    is where it belongs, and so it is under a caption that covers both."""
    add_results(data, "2025年学生技能大赛成绩（单位：人）",
                [("省级技能大赛", PRIZES), ("市级技能大赛", PRIZES), ("世界技能大赛", MEDALS)],
                [["人数", 28, 28, 61, 371, 644, 957, 1, 0, 0]])
    add_results(data, "2025年学生体育比赛成绩（单位：枚）", [("省第十五届运动会", MEDALS)], [["奖牌数", 19, 18, 27]])
    add_results(data, "2025年学生技能大赛和体育比赛成绩", [("省级技能大赛", PRIZES), ("省第十五届运动会", MEDALS)],
                [["获奖数", 28, 28, 61, 19, 18, 27]])
    assert rules_of(data, "R16.mixed") == []
    assert loud(data) == []


def test_a_sports_schools_row_of_skills_results_raises_nothing(data):
    """Anshan 数据表 2-1 lists awards by school: 鞍山市体育运动学校's are skills results too."""
    add_table(data, "talent.skills", "2023年中职学生技能大赛获奖情况", ["学校", "奖项", "赛项名称"],
              [["测试市体育运动学校", "二等奖", "酒店服务"], ["测试市工程技术学校", "一等奖", "工程测量"]],
              kinds=["text"] * 3)
    assert rules_of(data, "R16.mixed") == []


def test_the_sports_words_load_and_a_malformed_list_is_refused():
    assert mixed_contests.words().sports.search("省第十五届运动会")
    assert not mixed_contests.words().sports.search("金牌")
    with pytest.raises(EditionError) as caught:
        mixed_contests.parse({"contests": ["技能大赛"], "sports": ["球"]})
    assert str(caught.value) == "模板文件 sports-words.toml 有误：sports：应为非空的文字列表，每项至少 2 个字"
