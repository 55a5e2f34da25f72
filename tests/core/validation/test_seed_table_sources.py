"""R19.source: a bureau's typed tables name their sources (the regional editions' [sources]).
Anshan 2023 I28 (tables 1-4, 2-2, … with no source line), Benxi 2024 #17 (one source written
“中职学校统计数据” and “中职学校数据统计”; “(来源：…)” beside “（来源：…）”).  Captions are the seeds'."""

from .conftest import add_table, node, rules_of
from .test_seed_regional_more import city


def noted(data, caption, note):
    add_table(data, "basic.overview", caption, ["学校", "人数"], [["鞍山市钢铁学校", 120]], kinds=["text", "number"])
    node(data, "basic.overview").blocks[-1].data["note"] = note


def test_anshan_a_bureaus_table_with_no_source():
    data = city()
    noted(data, "鞍山市中职学校办学条件", "")
    assert rules_of(data, "R19.source") == [
        ("info", "R19.source", "表格“鞍山市中职学校办学条件”没有注明数据来源：请在表注中写明（如“来源：各校质量年报”）")]


def test_benxi_one_source_written_two_ways_and_two_kinds_of_brackets():
    data = city()
    noted(data, "各校在校生", "（来源：中职学校统计数据）")
    noted(data, "各校毕业生", "(来源：中职学校数据统计)")
    assert [m for _, _, m in rules_of(data, "R19.source")] == [
        "表格“各校毕业生”的来源写作“中职学校数据统计”，另有表格写作“中职学校统计数据”：同一来源请用同一写法",
        "1 个表格的来源用半角括号“(来源：…)”，1 个用全角“（来源：…）”：请统一为全角括号"]


def test_sources_written_alike_and_a_schools_report_pass(data):
    """The sources named one way; and a school's own report, whose edition asks for none."""
    bureau = city()
    noted(bureau, "各校在校生", "（来源：中职学校统计数据）")
    noted(bureau, "各校毕业生", "数据来源：中职学校统计数据")
    assert rules_of(bureau, "R19.source") == []
    noted(data, "学校概况", "")
    assert rules_of(data, "R19.source") == []
