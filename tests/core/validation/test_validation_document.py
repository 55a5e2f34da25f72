"""R17 on the report's own document: required parts present and filled, suggested parts left to
the school, lengths counted over a heading and the headings below it, the preface; places name
what the user sees, never internal keys."""

from dataclasses import replace

import pytest

from vqdesk.core.document.model import Node
from vqdesk.core.findings import Finding, Place
from vqdesk.core.validation import validate

from .conftest import NARRATIVE, block, document, give_ids, node, report_data, set_text


def heading(data, part, label):
    return Place(kind="node", node=node(data, part).id, label=label)


def remove(data, part):
    """Drop the heading carrying `part` from the outline."""
    target = node(data, part)
    for n in [None, *data.document.nodes()]:
        siblings = data.document.outline if n is None else n.children
        if target in siblings:
            siblings.remove(target)
            return


# -- required and suggested parts ------------------------------------------------------------------

def test_suggested_sections_renamed_or_dropped_are_silent(data):
    """A Liaoning report that renamed 2.4 技能成才 and dropped 2.5 职业发展 is complete."""
    node(data, "talent.skills").title = "技能成才与竞赛"
    remove(data, "talent.career")
    assert validate(data) == []


def test_suggested_section_that_lost_its_edition_part_is_silent(data):
    node(data, "talent.skills").edition_part = None       # the school's own heading now
    assert validate(data) == []


def test_missing_required_chapter_is_reported_on_the_outline(data):
    remove(data, "challenges")
    assert validate(data) == [
        Finding("error", "R17.missing", Place(kind="outline", part="challenges", label="报告大纲"),
                "缺少必需部分“面临挑战”，请在大纲中添加")]


def test_required_chapter_moved_elsewhere_is_still_present(data):
    challenges = node(data, "challenges")
    remove(data, "challenges")
    node(data, "support").children.append(challenges)     # now 7.7 面临挑战: still carried
    assert validate(data) == []


def test_empty_required_chapter_is_reported_with_its_number(data):
    node(data, "challenges").blocks = []
    assert validate(data) == [
        Finding("error", "R17.empty", heading(data, "challenges", "8 面临挑战"), "“8 面临挑战”是必需部分，尚未填写")]


def test_required_chapter_is_filled_by_any_heading_below_it(data):
    intl = node(data, "intl")
    for section in intl.children[1:]:
        section.blocks = []
    assert validate(data) == []
    intl.children[0].blocks = []
    assert validate(data) == [
        Finding("error", "R17.empty", heading(data, "intl", "5 国际合作"), "“5 国际合作”是必需部分，尚未填写")]


def test_required_chapter_with_tables_but_no_text_is_warning(data):
    for section in node(data, "integration").children:
        set_text(data, section.edition_part, "")
    assert validate(data) == [
        Finding("warning", "R17.text", heading(data, "integration", "6 产教融合"),
                "“6 产教融合”是必需部分，只有表格、图表、图片或案例，还没有正文")]


def test_required_section_must_be_carried_and_filled(data):
    """An edition may mark a section required (`required = true`): then it is checked as a chapter is."""
    talent = data.edition.chapter("talent")
    sections = (replace(talent.sections[0], required=True), *talent.sections[1:])
    data.edition = replace(data.edition, chapters=tuple(
        replace(c, sections=sections) if c is talent else c for c in data.edition.chapters))
    set_text(data, "talent.moral", "")
    assert validate(data) == [
        Finding("error", "R17.empty", heading(data, "talent.moral", "2 人才培养 › 2.1 立德树人"),
                "“2.1 立德树人”是必需部分，尚未填写")]
    remove(data, "talent.moral")
    assert validate(data) == [
        Finding("error", "R17.missing", Place(kind="outline", part="talent.moral", label="报告大纲"),
                "缺少必需部分“立德树人”，请在大纲中添加")]


def test_new_report_reports_each_required_chapter_once():
    data = report_data()
    findings = [f for f in validate(data) if f.place.kind in ("node", "outline", "preface")]
    assert [(f.rule, f.place.label) for f in findings] == [
        ("R17.empty", "前言"), ("R17.empty", "4 文化传承"), ("R17.empty", "5 国际合作"),
        ("R17.empty", "8 面临挑战"),
        ("R17.text", "1 基本情况"), ("R17.text", "2 人才培养"), ("R17.text", "3 服务贡献"),
        ("R17.text", "6 产教融合"), ("R17.text", "7 发展保障")]


def test_headings_the_school_added_need_no_content_and_keep_no_bounds(data):
    own = Node(title="学校特色", edition_part=None, blocks=[block({"kind": "text", "text": "简述。"})])
    data.document.outline.insert(1, own)
    node(data, "talent").children.append(Node(title="劳动教育"))
    give_ids(data.document)
    assert validate(data) == []


# -- lengths ---------------------------------------------------------------------------------------

def test_short_text_counts_characters_without_punctuation(data):
    set_text(data, "basic.overview", "学校位于示例市， 创建于 1962 年。\n")
    assert validate(data) == [
        Finding("info", "R17.short", heading(data, "basic.overview", "1 基本情况 › 1.1 概况"),
                "“1.1 概况”正文 15 字，少于模板要求的 150 字")]


def test_bound_field_counts_as_its_rendered_text(data):
    # 141 characters of prose plus the 9 of “测试市职业技术学校” reach the minimum of 150 exactly
    text = "{{profile.name}}" + "学校坚持立德树人根本任务" * 11 + "推动改革深化发展走在前列"[:9]
    set_text(data, "basic.overview", text)
    assert validate(data) == []
    set_text(data, "basic.overview", text[:-1])
    assert [f.message for f in validate(data)] == ["“1.1 概况”正文 149 字，少于模板要求的 150 字"]


def test_length_counts_the_headings_below_and_says_so(data):
    moral = node(data, "talent.moral")
    set_text(data, "talent.moral", "")
    moral.children.append(Node(title="思政课程", blocks=[block({"kind": "text", "text": NARRATIVE})]))
    give_ids(data.document)
    assert validate(data) == []
    moral.children[0].blocks[0].data["text"] = "学校开齐开足思政课程。"
    assert validate(data) == [
        Finding("info", "R17.short", heading(data, "talent.moral", "2 人才培养 › 2.1 立德树人"),
                "“2.1 立德树人”及其下级标题正文共 10 字，少于模板要求的 150 字")]


def test_long_text_is_a_hint_since_section_lengths_are_only_suggested(data):
    set_text(data, "challenges", "面临挑战" * 751)
    assert validate(data) == [
        Finding("info", "R17.long", heading(data, "challenges", "8 面临挑战"),
                "“8 面临挑战”正文 3004 字，超过模板上限 3000 字")]


def test_bounds_follow_the_part_whatever_the_heading_is_called(data):
    node(data, "basic.overview").title = "学校概况"
    set_text(data, "basic.overview", "学校位于示例市。")
    assert [(f.place.label, f.message) for f in validate(data)] == [
        ("1 基本情况 › 1.1 学校概况", "“1.1 学校概况”正文 7 字，少于模板要求的 150 字")]


def test_numbers_in_labels_follow_the_report_numbering(data):
    data.settings["numbering"].update(chapter="{cn}、", section="（{cn}）")
    remove(data, "talent.career")                                  # 2.6 数字赋能 moves up
    set_text(data, "talent.digital", "数字校园。")
    assert [(f.place.label, f.message) for f in validate(data)] == [
        ("二、人才培养 › （五）数字赋能", "“（五）数字赋能”正文 4 字，少于模板要求的 150 字")]


# -- preface ---------------------------------------------------------------------------------------

def test_preface_has_its_own_bounds(data):
    data.settings["preface"]["text"] = "本报告全面反映学校办学质量。"
    assert validate(data) == [
        Finding("info", "R17.short", Place(kind="preface", label="前言"), "“前言”正文 13 字，少于模板要求的 100 字")]


def test_preface_under_another_title_and_empty_is_error(data):
    data.settings["preface"].update(title="撰写说明", text="")
    assert validate(data) == [
        Finding("error", "R17.empty", Place(kind="preface", label="撰写说明"),
                "“撰写说明”尚未填写（不需要时可在报告设置中取消）")]


def test_report_without_preface_is_not_asked_for_one(data):
    data.settings["preface"].update(title=None, text="")
    assert validate(data) == []


# -- a document written elsewhere (vqdesk content --load) ------------------------------------------

def test_document_from_its_json_form_reports_by_title():
    doc = document("national-2024", [
        {"title": "人才培养", "edition_part": "talent",
         "blocks": [{"kind": "text", "text": "学校坚持立德树人。"}]},
        {"title": "学校发展规划", "edition_part": None, "blocks": []}])
    data = report_data("national-2024", document=doc)
    findings = [f for f in validate(data) if f.place.kind in ("node", "outline")]
    assert [(f.rule, f.place.describe(data.edition), f.message) for f in findings] == [
        ("R17.missing", "报告大纲", "缺少必需部分“服务贡献”，请在大纲中添加"),
        ("R17.missing", "报告大纲", "缺少必需部分“文化传承”，请在大纲中添加"),
        ("R17.missing", "报告大纲", "缺少必需部分“国际合作”，请在大纲中添加"),
        ("R17.missing", "报告大纲", "缺少必需部分“产教融合”，请在大纲中添加"),
        ("R17.missing", "报告大纲", "缺少必需部分“发展保障”，请在大纲中添加"),
        ("R17.missing", "报告大纲", "缺少必需部分“面临挑战”，请在大纲中添加")]


# -- every bound from both sides (issue 21) --------------------------------------------------------

def with_chapter(data, key, **changes):
    data.edition = replace(data.edition, chapters=tuple(
        replace(c, **changes) if c.key == key else c for c in data.edition.chapters))


@pytest.mark.parametrize("chars, rule", [(299, "R17.short"), (300, None), (3000, None), (3001, "R17.long")])
def test_chapter_text_length_bounds_are_inclusive(data, chars, rule):
    set_text(data, "challenges", "字" * chars)
    words = {"R17.short": f"“8 面临挑战”正文 {chars} 字，少于模板要求的 300 字",
             "R17.long": f"“8 面临挑战”正文 {chars} 字，超过模板上限 3000 字"}
    assert validate(data) == ([Finding("info", rule, heading(data, "challenges", "8 面临挑战"), words[rule])]
                              if rule else [])


@pytest.mark.parametrize("chars, flagged", [(2500, False), (2501, True)])
def test_section_text_up_to_its_maximum(data, chars, flagged):
    set_text(data, "basic.overview", "字" * chars)
    assert [(f.rule, f.message) for f in validate(data)] == (
        [("R17.long", f"“1.1 概况”正文 {chars} 字，超过模板上限 2500 字")] if flagged else [])


@pytest.mark.parametrize("severity", ["warning", "error"])
def test_length_findings_carry_the_edition_s_severity(data, severity):
    with_chapter(data, "challenges", length_severity=severity)
    set_text(data, "challenges", "字" * 3001)
    assert [(f.severity, f.rule) for f in validate(data)] == [(severity, "R17.long")]
    set_text(data, "challenges", "字" * 299)
    assert [(f.severity, f.rule) for f in validate(data)] == [(severity, "R17.short")]


@pytest.mark.parametrize("chars, rule", [(99, "R17.short"), (100, None), (800, None), (801, "R17.long")])
def test_preface_length_bounds_are_inclusive(data, chars, rule):
    data.settings["preface"]["text"] = "字" * chars
    words = {"R17.short": f"“前言”正文 {chars} 字，少于模板要求的 100 字",
             "R17.long": f"“前言”正文 {chars} 字，超过模板上限 800 字"}
    assert validate(data) == ([Finding("info", rule, Place(kind="preface", label="前言"), words[rule])]
                              if rule else [])


@pytest.mark.parametrize("severity", ["warning", "error"])
def test_preface_length_findings_carry_the_edition_s_severity(data, severity):
    data.edition = replace(data.edition, front_matter=replace(data.edition.front_matter,
                                                              preface_length_severity=severity))
    data.settings["preface"]["text"] = "字" * 801
    assert [(f.severity, f.rule) for f in validate(data)] == [(severity, "R17.long")]
    data.settings["preface"]["text"] = "字" * 99
    assert [(f.severity, f.rule) for f in validate(data)] == [(severity, "R17.short")]
