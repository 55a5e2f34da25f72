"""R17.word: slips of the pen the seeds print.  Liangzhou 2023 I-28 (“做为” for 作为), Jinzhou 2025
§8.3 #40 (“专业人材培育方案”, “使学生在在学习过程中”), Anshan 2023 (“截止8月底” for 截至).  The list
of slips is data (resources/templates/common/word-slips.toml), checked on load."""

import pytest

from vqdesk.core.errors import EditionError
from vqdesk.core.validation import word_slips

from .conftest import add_text, loud, rules_of


def test_liangzhou_and_jinzhou_words_written_wrong(data):
    add_text(data, "talent.moral", "两所学校做为全国试点院校，修订专业人材培育方案。截止8月底，毕业生全部落实去向。")
    assert rules_of(data, "R17.word") == [
        ("info", "R17.word", "“2.1 立德树人”有写错的词：“两所学校做为全国试点院校”中的“做为”应为“作为”；"
                             "“修订专业人材培育方案”中的“人材”应为“人才”；"
                             "“截止8月底”中的“截止”应为“截至”"
                             "（“截至”后接时间点（截至8月底），“截止”表示到期停止（截止日期、报名截止））")]
    assert loud(data) == []


def test_jinzhou_a_preposition_typed_twice(data):
    add_text(data, "talent.moral", "劳动周使学生在在学习过程中体会劳动价值。")
    assert rules_of(data, "R17.word") == [
        ("info", "R17.word", "“2.1 立德树人”有连写两次的字：“劳动周使学生在在学习过程中体会劳”，请删去一个")]


def test_words_that_are_right(data):
    """Reduplicated words, 截止 as the end of a term, and the right forms of every listed slip."""
    add_text(data, "talent.moral", "学校实实在在为学生办实事，的的确确提升了满意度，是是非非分得清。"
                                   "报名截止日期为6月30日，报名截止后不再受理。常常开展活动，人人参与，等等。"
                                   "作为试点，培养人才，截至8月底全部就业，即使困难也一旦开始就再接再厉。")
    assert rules_of(data, "R17.word") == []


def test_the_list_is_checked_on_load():
    good = {"misused": [{"wrong": "做为", "right": "作为"}], "doubled": {"characters": "在的", "except": ["实实在在"]}}
    assert [s.right for s in word_slips.parse(good).misused] == ["作为"]
    for broken, message in (
            ({"misused": [{"wrong": "做为"}]}, "misused[0]：每项应有 wrong 和 right 两个不同的词"),
            ({"misused": good["misused"] * 2}, "misused[1]：“做为”已列过"),
            ({"misused": [{"wrong": "截止", "right": "截至", "next": "[0-9"}]}, "misused[0]：next 不是有效的正则表达式：'[0-9'"),
            ({"doubled": {"characters": 3}}, "doubled：characters 应为一串汉字")):
        with pytest.raises(EditionError) as caught:
            word_slips.parse(broken)
        assert str(caught.value) == f"模板文件 word-slips.toml 有误：{message}"


def test_the_shipped_list_loads():
    assert {s.wrong for s in word_slips.slips().misused} >= {"做为", "人材", "截止"}


def test_benxi_and_jinzhou_traditional_characters(data):
    """Benxi #22 “家長” (2.x), Jinzhou #41 “锦州康峽食品有限公司”."""
    add_text(data, "talent.moral", "教师、学生和家長共同参与。毕业生入职锦州康峽食品有限公司。")
    assert rules_of(data, "R17.word") == [
        ("info", "R17.word", "“2.1 立德树人”有繁体字：“学生和家長共同参与”中的“長”简体作“长”；"
                             "“毕业生入职锦州康峽食品有限公司”中的“峽”简体作“峡”")]


def test_the_traditional_list_is_checked_on_load():
    assert word_slips.parse_traditional(["# 注释", "长 長", "", "发 發髮"]) == {"長": "长", "發": "发", "髮": "发"}
    with pytest.raises(EditionError) as caught:
        word_slips.parse_traditional(["长 長", "发发 發"])
    assert str(caught.value) == "模板文件 traditional-chars.txt 有误：第 2 行：应为一个简化字、一个空格和它的繁体字"
    assert word_slips.traditional()["學"] == "学" and "学" not in word_slips.traditional()


def test_benxi_an_english_and_between_chinese_words(data):
    """Benxi #22: “and” twice (L252, L359); English names (CAD、PLC and Java) are left alone."""
    add_text(data, "talent.moral", "学生对所学专业 and 学校的满意度较高。课程包括 CAD and PLC 编程。")
    assert rules_of(data, "R17.word") == [
        ("info", "R17.word", "“2.1 立德树人”有写错的词：“学生对所学专业 and 学校的满意度较”中的英文“and”应为“和”")]


def test_liangzhou_a_major_with_its_first_character_twice(data):
    """I-28: “计\\n\\n计算机应用” across a page break reads “计计算机应用” once typed in one line."""
    add_text(data, "integration.education", "学校在计计算机应用专业开展1+X证书试点。")
    assert rules_of(data, "R17.word") == [
        ("info", "R17.word", "“6.3 产教协同育人”写有“计计算机应用”，多了一个“计”：应为“计算机应用”")]


def test_benxi_an_occupation_given_as_a_major(data):
    """#23: “设置了药物制剂工等相关专业”: 药物制剂工 is a 工种, the 专业 is 药品生产技术 or the like."""
    add_text(data, "basic.majors", "学校依据化工产业特色，设置了药物制剂工等相关专业，开设化工专业和机械加工专业。")
    assert rules_of(data, "R18.major") == [
        ("info", "R18.major", "“1.2 专业设置”把“药物制剂工”写作专业：“药物制剂工”是工种（职业）名称，专业请写"
                              "《中等职业教育专业目录》中的名称（如药品生产技术、焊接技术应用）")]


def test_jinzhou_a_fixed_phrase_with_a_character_left_out(data):
    """§8.3 #40: “立德树根本任务” for 立德树人根本任务; the phrase written right raises nothing."""
    add_text(data, "talent.moral", "学校牢牢把握立德树根本任务，深入推进思政课程建设。")
    add_text(data, "talent.experience", "学校落实立德树人根本任务，弘扬中华优秀传统文化。")
    assert rules_of(data, "R17.word") == [
        ("info", "R17.word", "“2.1 立德树人”有写错的词：“学校牢牢把握立德树根本任务”中的“立德树根本任务”少了一个字，"
                             "应为“立德树人根本任务”")]


def test_jinzhou_an_amount_called_both_spending_and_income(data):
    """§8.3 #40: “一般公共预算支出收入共计…”; a 收入支出表 heading is no slip."""
    add_text(data, "support.funding", "学校一般公共预算支出收入共计3200万元。学校编制收入支出表。")
    assert rules_of(data, "R17.word") == [
        ("info", "R17.word", "“7.3 经费保障”有写错的词：“学校一般公共预算支出收入共计3200万元”中的“支出收入”应为“收入或支出（只写其一）”"
                             "（两词意思相反，一个数不能既是收入又是支出）")]
