"""Cases wherever they stand (R17: title, length of their text) and the document's blocks (R19:
what a table, a chart or a photo refers to exists; photos have captions)."""

from dataclasses import replace

import pytest

from vqdesk.core.document.model import Node
from vqdesk.core.findings import Finding, Place
from vqdesk.core.validation import validate

from .conftest import block, give_ids, node, the_case


def at(data, part, item, label):
    return Place(kind="block", node=node(data, part).id, block=item.id, label=label)


def add(data, part, obj):
    """A block appended under the heading carrying `part`, with its store id."""
    new = block(obj)
    node(data, part).blocks.append(new)
    give_ids(data.document)
    return new


CASE = "案例：以赛促学提升技能"


# -- cases -----------------------------------------------------------------------------------------

def test_case_over_the_recommended_limit_is_a_hint_on_liaoning_2023(data):
    """The 1,000-字 cap is a recommendation of the later notices, no longer a hard rule."""
    case = the_case(data)
    case.children[0].data["text"] = "案例正文" * 251
    assert validate(data) == [
        Finding("info", "R17.case.long", at(data, "talent.skills", case, CASE),
                "案例“以赛促学提升技能”正文 1004 字，超过模板建议的上限 1000 字")]


def test_case_over_a_hard_limit_is_an_error_where_the_edition_says_so(data):
    data.edition = replace(data.edition, cases=replace(data.edition.cases, max_severity="error"))
    case = the_case(data)
    case.children[0].data["text"] = "案例正文" * 251
    assert validate(data) == [
        Finding("error", "R17.case.long", at(data, "talent.skills", case, CASE),
                "案例“以赛促学提升技能”正文 1004 字，超过模板上限 1000 字")]


def test_short_case_is_a_hint(data):
    case = the_case(data)
    case.children[0].data["text"] = "学生获得省赛一等奖。"
    assert validate(data) == [
        Finding("info", "R17.case.short", at(data, "talent.skills", case, CASE),
                "案例“以赛促学提升技能”正文 9 字，少于模板要求的 150 字")]


def test_case_length_counts_its_text_blocks_only(data):
    case = the_case(data)
    text = case.children[0].data["text"]
    case.children[0].data["text"] = text[:100]
    case.children.append(block({"kind": "table", "caption": "获奖情况", "columns": ["赛项"], "rows": [["机器人"]] * 40}))
    case.children.append(block({"kind": "text", "text": text[100:200]}))
    give_ids(data.document)
    assert validate(data) == []


def test_case_needs_a_title(data):
    case = the_case(data)
    case.data["title"] = " "
    assert validate(data) == [
        Finding("error", "R17.case.title", at(data, "talent.skills", case, "2 人才培养 › 2.4 技能成才 › 案例（无标题）"),
                "“2.4 技能成才”中有一个案例没有标题")]


def test_empty_case_is_error(data):
    case = the_case(data)
    case.children = [c for c in case.children if c.kind != "text"]
    assert validate(data) == [
        Finding("error", "R17.case.empty", at(data, "talent.skills", case, CASE), "案例“以赛促学提升技能”还没有正文")]


def test_cases_under_headings_the_school_added_are_checked(data):
    own = Node(title="劳动教育", blocks=[block({"kind": "case", "title": "劳动周", "blocks": [
        {"kind": "text", "text": "学生参加劳动周。"}]})])
    node(data, "talent").children.insert(0, own)
    give_ids(data.document)
    assert validate(data) == [
        Finding("info", "R17.case.short",
                Place(kind="block", node=own.id, block=own.blocks[0].id, label="案例：劳动周"),
                "案例“劳动周”正文 7 字，少于模板要求的 150 字")]


# -- tables and charts -----------------------------------------------------------------------------

def test_table_of_an_unknown_list_is_error(data):
    table = add(data, "basic.majors", {"kind": "table", "caption": "实训基地",
                                       "source": {"type": "list", "list": "bases"}})
    assert validate(data) == [
        Finding("error", "R19.table", at(data, "basic.majors", table, "1 基本情况 › 1.2 专业设置 › 表格“实训基地”"),
                "表格“实训基地”无法显示：模板中没有名单“bases”")]


def test_table_of_an_unknown_field_or_indicator_is_error(data):
    add(data, "basic.majors", {"kind": "table", "caption": "专业", "source": {
        "type": "list", "list": "majors", "fields": ["code", "founded"]}})
    add(data, "basic.students", {"kind": "table",
                                 "source": {"type": "indicators", "indicators": ["6.1", "6.99"]}})
    assert [(f.rule, f.place.label, f.message) for f in validate(data)] == [
        ("R19.table", "1 基本情况 › 1.2 专业设置 › 表格“专业”", "表格“专业”无法显示：名单“专业设置”没有字段“founded”"),
        ("R19.table", "1 基本情况 › 1.3 学生结构 › 表格", "表格“（无标题）”无法显示：模板中没有指标“6.99”")]


def test_chart_whose_table_was_removed_is_error(data):
    chart = next(b for b in node(data, "basic.teachers").blocks if b.kind == "chart")
    teachers = node(data, "basic.teachers")
    teachers.blocks = [b for b in teachers.blocks if b.kind != "table"]
    assert validate(data) == [
        Finding("error", "R19.chart",
                at(data, "basic.teachers", chart, "1 基本情况 › 1.4 教师队伍 › 图表“2025年专任教师类别构成”"),
                "图表“2025年专任教师类别构成”无法显示：找不到引用名为“teachers”的表格")]


def test_chart_of_unknown_indicators_is_error(data):
    chart = add(data, "talent.experience", {"kind": "chart", "chart": "bar", "caption": "满意度",
                                            "source": {"indicators": ["2.9"]}})
    assert validate(data) == [
        Finding("error", "R19.chart", at(data, "talent.experience", chart, "2 人才培养 › 2.2 在校体验 › 图表“满意度”"),
                "图表“满意度”无法显示：模板中没有指标“2.9”")]


def test_chart_with_its_own_numbers_needs_nothing_else(data):
    add(data, "talent.experience", {"kind": "chart", "chart": "pie", "caption": "构成",
                                    "data": {"labels": ["男", "女"],
                                             "series": [{"name": "人数", "values": [3, 2]}]}})
    assert validate(data) == []


# -- photos ----------------------------------------------------------------------------------------

def test_photo_missing_from_the_file_is_error(data):
    data.photos = [p for p in data.photos if p.id != 1]
    photos = next(b for b in node(data, "talent.skills").blocks if b.kind == "photos")
    assert validate(data) == [
        Finding("error", "R19.photo", at(data, "talent.skills", photos, "2 人才培养 › 2.4 技能成才 › 图片"),
                "“2.4 技能成才”中的图片“实训车间”不在报告文件中，请重新插入")]


def test_photo_without_caption_is_warning(data):
    data.photos[1] = replace(data.photos[1], caption="")
    photos = the_case(data).children[1]
    assert validate(data) == [
        Finding("warning", "R19.photo.caption", at(data, "talent.skills", photos, "案例：以赛促学提升技能 › 图片"),
                "图片“contest.png”没有图题（题注）")]


# -- every bound from both sides (issue 21) --------------------------------------------------------

@pytest.mark.parametrize("chars, rule", [(149, "R17.case.short"), (150, None), (1000, None), (1001, "R17.case.long")])
def test_case_length_bounds_are_inclusive(data, chars, rule):
    case = the_case(data)
    case.children[0].data["text"] = "字" * chars
    words = {"R17.case.short": f"案例“以赛促学提升技能”正文 {chars} 字，少于模板要求的 150 字",
             "R17.case.long": f"案例“以赛促学提升技能”正文 {chars} 字，超过模板建议的上限 1000 字"}
    assert validate(data) == ([Finding("info", rule, at(data, "talent.skills", case, CASE), words[rule])]
                              if rule else [])


@pytest.mark.parametrize("severity", ["warning", "error"])
def test_short_case_carries_the_edition_s_severity(data, severity):
    data.edition = replace(data.edition, cases=replace(data.edition.cases, min_severity=severity))
    the_case(data).children[0].data["text"] = "字" * 149
    assert [(f.severity, f.rule) for f in validate(data)] == [(severity, "R17.case.short")]


def test_case_over_a_warning_limit_is_called_a_recommendation(data):
    data.edition = replace(data.edition, cases=replace(data.edition.cases, max_severity="warning"))
    the_case(data).children[0].data["text"] = "字" * 1001
    assert [(f.severity, f.message) for f in validate(data)] == [
        ("warning", "案例“以赛促学提升技能”正文 1001 字，超过模板建议的上限 1000 字")]


def test_photo_with_a_blank_caption_is_warning_and_any_caption_is_enough(data):
    data.photos[0] = replace(data.photos[0], caption="  ")
    assert [(f.severity, f.rule) for f in validate(data)] == [("warning", "R19.photo.caption")]
    data.photos[0] = replace(data.photos[0], caption="图")
    assert validate(data) == []


def test_photo_item_without_a_photo_is_named_by_its_position(data):
    photos = next(b for b in node(data, "talent.skills").blocks if b.kind == "photos")
    photos.data["items"].append({"file": None})
    assert [f.message for f in validate(data)] == ["“2.4 技能成才”中的图片“第 2 张”不在报告文件中，请重新插入"]
