"""Counts of one thing written in two places with different scopes (Anshan 2023 I20, I26): two
cumulative totals of one thing (R16.cumulative) and two approximate counts of one noun, or a
conjunction's count below one of its nouns (R16.approx) are hints; consistent counts, totals as
of different years and exact counts of a part raise nothing.

Numbers and short labels are the seed's (../shared/seeds/notes/anshan-city-2023.md, copied here);
the sentences around them are the tests' own."""

import pytest

from vqdesk.core.errors import EditionError
from vqdesk.core.validation import number_scopes

from .conftest import add_text, block, give_ids, loud, node, rules_of


def add_case(data, part, title, text):
    node(data, part).blocks.append(block({"kind": "case", "title": title,
                                          "blocks": [{"kind": "text", "text": text}]}))
    give_ids(data.document)


# -- R16.cumulative -----------------------------------------------------------------------------------

XINJIANG_TRAINED = "学校落实东西部协作行动计划，累计为新疆培养内地中职班学生 1686 人。"


def test_two_cumulative_totals_for_xinjiang_that_differ(data):
    """I20: 1686 trained (3.4) against 近 1200 trained and delivered (案例 5-2): 1686 is outside
    1080–1200, so the two totals count different things, or one is wrong."""
    add_text(data, "service.livelihood", XINJIANG_TRAINED)
    add_case(data, "intl.community", "内地新疆中职班",
             "截至 2025 年，学校累计为新疆地区培养输送技能人才近 1200 人，多次获评民族团结进步集体。")
    assert rules_of(data, "R16.cumulative") == [
        ("info", "R16.cumulative",
         "案例“内地新疆中职班”写有“累计为新疆地区培养输送技能人才近 1200 人”（即 1080–1200），而“3.4 服务民生”"
         "写有“累计为新疆培养内地中职班学生 1686 人”：同一件事的两个累计数对不上，请写明各自统计的是什么"
         "（如培养还是输送）、自何年起累计")]


def test_cumulative_totals_that_can_agree_or_count_other_things_raise_nothing(data):
    """近 1700 covers 1686; a total as of 2020 is another year's; 培训 of 企业职工 is another thing
    (another verb, no common term), and so is 资助 for 新疆 (a common term, another verb); 1060 课时
    said twice is one figure."""
    add_text(data, "service.livelihood", XINJIANG_TRAINED + "学校累计为企业培训职工 1200 人，累计为新疆地区资助学生 500 人。")
    add_case(data, "intl.community", "内地新疆中职班",
             "截至 2025 年，学校累计为新疆地区培养输送技能人才近 1700 人。截至 2020 年，累计为新疆地区培养"
             "输送技能人才近 1200 人。")
    add_text(data, "service.industry", "学校为合作企业培养高级电工，累计完成培训课时 1060 课时。")
    add_text(data, "integration.teachers", "校企共建培训基地，累计完成培训课时 1060 课时。")
    assert rules_of(data, "R16.cumulative") == []
    assert loud(data) == []


# -- R16.approx: approximate counts ---------------------------------------------------------------------

def test_two_approximate_counts_of_enterprises_that_cannot_overlap(data):
    """I26: 800 余家企业 (6.1) and 600 余家企业 (6.2): 800–899 and 600–699 cannot be one count."""
    add_text(data, "integration.mechanism", "推动工业园区和骨干企业等 800 余家企业与职业院校深度对接。")
    add_text(data, "integration.resources", "全市组建职教集团，与 600 余家企业开展校企合作。")
    assert rules_of(data, "R16.approx") == [
        ("info", "R16.approx",
         "“6.2 产教资源共建”写有“600余家企业”（即 600–699），而“6.1 产教机制共筑”写有“800余家企业”（即 800–899）："
         "两个约数的范围不重叠，请分别写明统计的范围（如仅中职学校，还是全部职业院校；哪一年）")]


def test_approximate_counts_that_overlap_or_are_exact_raise_nothing(data):
    """800 余 (800–899) and 近 900 (810–900) can be one count; 60 家企业 of one project is exact
    (a part, not compared); counts of another year are another year's; a count under half the
    other (100 余 against 800 余) is more likely its part than another scope."""
    add_text(data, "integration.mechanism", "推动骨干企业等 800 余家企业与职业院校深度对接。")
    add_text(data, "integration.resources", "与近 900 家企业开展校企合作，与 60 家企业共建实训基地。")
    add_text(data, "integration.education", "2020 年，全市与 600 余家企业开展校企合作。")
    add_text(data, "service.industry", "与 100 余家企业共建产业学院。")
    assert rules_of(data, "R16.approx") == []
    assert loud(data) == []


def test_approximate_counts_of_parts_raise_nothing(data):
    """A count said of a part (其中 500 余家) and one text's breakdown (40 余家 and 20 余家) are
    parts of a whole, not other scopes."""
    add_text(data, "integration.mechanism", "推动骨干企业等 800 余家企业与职业院校深度对接。")
    add_text(data, "integration.mechanism", "其中 500 余家企业派出兼职教师。")
    add_text(data, "service.industry", "学校与 40 余家企业开展合作，与 20 余家企业共建实训基地。")
    assert rules_of(data, "R16.approx") == []


# -- R16.approx: a conjunction's count -----------------------------------------------------------------

GROUPS = "全市组建装备制造等 6 个职教集团，推动专业与产业对接。"


def test_a_conjunction_counted_no_lower_than_its_part_is_consistent(data):
    """I26: 6 个职教集团 (6.2) and 职教集团和职教联盟 17 个 (案例 6-1): 17 ≥ 6, the alliances make the
    rest, so nothing is raised (the decision: only a smaller whole contradicts)."""
    add_text(data, "integration.resources", GROUPS)
    add_case(data, "integration.mechanism", "探索产教融合新机制", "全市成立职教集团和职教联盟 17 个，服务主导产业。")
    assert rules_of(data, "R16.approx") == []
    assert loud(data) == []


def test_a_conjunction_counted_below_its_part_is_a_hint(data):
    """职教集团和职教联盟 5 个 cannot hold 6 个职教集团."""
    add_text(data, "integration.resources", GROUPS)
    add_case(data, "integration.mechanism", "探索产教融合新机制", "全市成立职教集团和职教联盟 5 个，服务主导产业。")
    assert rules_of(data, "R16.approx") == [
        ("info", "R16.approx",
         "案例“探索产教融合新机制”写有“职教集团和职教联盟5个”，而“6.2 产教资源共建”写有“6个职教集团”："
         "职教集团和职教联盟合计不应少于其中的职教集团，请核对两处的数字和统计范围")]


# -- the vocabulary ------------------------------------------------------------------------------------

VOCABULARY = {"cumulative": {"verbs": ["培养"], "generic": ["学生"], "links": "为的"},
              "counted": {"家": ["企业"]}}


def test_the_vocabulary_file_loads():
    vocab = number_scopes.vocabulary()
    assert "培养" in vocab.verbs and "企业" in vocab.nouns["家"] and "新疆" not in vocab.generic


@pytest.mark.parametrize(("change", "message"), [
    ({"cumulative": None}, "cumulative：应列出 verbs、generic 和 links"),
    ({"cumulative": {**VOCABULARY["cumulative"], "verbs": ["培"]}}, "cumulative.verbs：应为非空的文字列表，每项至少 2 个字"),
    ({"cumulative": {**VOCABULARY["cumulative"], "generic": ["学生", "学生"]}}, "cumulative.generic：“学生”列了两次"),
    ({"counted": {"家家": ["企业"]}}, "counted.家家：量词应为一个字"),
    ({"counted": {}}, "counted：应列出各量词及其计数的名词"),
])
def test_a_malformed_vocabulary_is_refused_with_its_entry(change, message):
    with pytest.raises(EditionError) as caught:
        number_scopes.parse({**VOCABULARY, **change})
    assert str(caught.value) == f"模板文件 number-scopes.toml 有误：{message}"
