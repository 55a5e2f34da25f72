"""What validation shows of the document's places: heading numbers as the report prints them,
labels of headings and blocks, and the reading order findings are sorted by."""


from vqdesk.core.findings import Place
from vqdesk.core.validation.outline import Outline

from .conftest import document


def _doc():
    return document("liaoning-2023", [
        {"title": "基本情况", "edition_part": "basic", "children": [
            {"title": "概况", "edition_part": "basic.overview", "children": [
                {"title": "办学历史", "blocks": [{"kind": "text", "text": "历史。"}], "children": [
                    {"title": "建校", "blocks": []}]}]}]},
        {"title": "人才培养", "edition_part": "talent", "blocks": [
            {"kind": "text", "text": "概述。"},
            {"kind": "case", "title": "校企共育高技能人才", "blocks": [
                {"kind": "text", "text": "正文。"},
                {"kind": "table", "caption": "培养人数", "columns": ["年份"], "rows": [["2025"]]}]},
            {"kind": "case", "title": "", "blocks": []},
            {"kind": "chart", "chart": "bar", "caption": "",
             "data": {"labels": ["a"], "series": [{"name": "s", "values": [1]}]}},
            {"kind": "photos", "items": [{"photo": 1, "caption": "x"}]}]}])


def test_labels_of_headings_at_every_level():
    doc = _doc()
    outline = Outline(doc)
    assert [outline.path(n) for n in doc.nodes()] == [
        "1 基本情况", "1 基本情况 › 1.1 概况", "1 基本情况 › 1.1 概况 › 1.1.1 办学历史",
        "1 基本情况 › 1.1 概况 › 1.1.1 办学历史 › （1）建校", "2 人才培养"]
    assert outline.node_place(doc.nodes()[2]) == Place(kind="node", node=3,
                                                       label="1 基本情况 › 1.1 概况 › 1.1.1 办学历史")


def test_labels_and_names_of_blocks():
    doc = _doc()
    outline = Outline(doc)
    text, case, untitled, chart, photos = doc.outline[1].blocks
    assert [outline.block_label(b) for b in (text, case, *case.children, untitled, chart, photos)] == [
        "2 人才培养", "案例：校企共育高技能人才", "案例：校企共育高技能人才",
        "案例：校企共育高技能人才 › 表格“培养人数”", "2 人才培养 › 案例（无标题）", "2 人才培养 › 图表",
        "2 人才培养 › 图片"]
    assert [outline.name(b) for b in (text, case.children[0], untitled)] == [
        "“2 人才培养”", "案例“校企共育高技能人才”", "“2 人才培养”中的案例"]
    assert outline.block_place(case.children[1]) == Place(
        kind="block", node=doc.outline[1].id, block=case.children[1].id,
        label="案例：校企共育高技能人才 › 表格“培养人数”")


def test_reading_order_puts_a_headings_blocks_before_the_headings_below_it():
    doc = _doc()
    order = Outline(doc).order
    chapter = doc.outline[1]
    first_case_text = chapter.blocks[1].children[0]
    assert order[("node", 1)] < order[("node", 2)] < order[("block", 1)] < order[("node", 4)] \
        < order[("node", chapter.id)] < order[("block", chapter.blocks[0].id)] < order[("block", first_case_text.id)]
