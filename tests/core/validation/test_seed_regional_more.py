"""More of the seeds' contradictions (anshan-city-2023, liangzhou-district-2023, benxi-city-2024):
figures at two dates, implausible parts, per-school tables against the bureau's school registry,
one subject with two numbers, counts of designated schools, the 前言's parts, blank 合计 cells.
Each has its consistent counterpart that raises no error and no warning.

Numbers, school names and short labels are the seeds' (../shared/seeds/notes, copied here); the
sentences around them are the tests' own."""

import pytest

from vqdesk.core.errors import EditionError
from vqdesk.core.validation import validate, vocabulary

from .conftest import block, give_ids, node

#: 数据表 3-1 (截止8月底, by 专业大类): 毕业生, 直接就业, 对口就业, 升学, 未就业 (rows with no graduates left out).
AS_EMPLOYMENT = [
    ["农林牧渔大类", 448, 179, 44, 253, 16], ["资源环境与安全大类", 11, 1, 0, 10, 0], ["土木建筑大类", 140, 15, 1, 115, 10],
    ["装备制造大类", 370, 89, 53, 245, 36], ["生物与化工大类", 75, 0, 0, 59, 16], ["轻工纺织大类", 16, 1, 1, 11, 4],
    ["交通运输大类", 260, 69, 21, 185, 6], ["电子与信息大类", 568, 127, 38, 417, 24],
    ["医药卫生大类", 987, 760, 0, 218, 9], ["财经商贸大类", 208, 61, 25, 140, 7], ["旅游大类", 168, 86, 74, 80, 2],
    ["文化艺术大类", 65, 18, 15, 46, 1], ["新闻传播大类", 73, 4, 4, 62, 7], ["教育与体育大类", 450, 156, 59, 268, 26]]
AS_EMPLOYMENT_COLUMNS = ["专业类别", "毕业生数", "直接就业人数", "对口就业人数", "升学人数", "未就业人数"]


def rules_of(data, *rules):
    return [(f.severity, f.rule, f.message) for f in validate(data) if f.rule in rules]


def loud(data):
    return [(f.rule, f.message) for f in validate(data) if f.severity in ("error", "warning")]


def add_text(data, part, text):
    node(data, part).blocks.append(block({"kind": "text", "text": text}))
    give_ids(data.document)


def add_table(data, part, caption, columns, rows, kinds=None):
    kinds = kinds or ["text"] + ["number"] * (len(columns) - 1)
    node(data, part).blocks.append(block({"kind": "table", "caption": caption, "columns": columns,
                                          "column_kinds": kinds, "rows": rows}))
    give_ids(data.document)


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
            "designations": {"issuers": ["教育部"], "endings": ["学校"]}}
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
