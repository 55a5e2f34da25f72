"""Heading numbers and case labels follow the report's own settings."""

import pytest

from vqdesk.core.document.codec import parse_document
from vqdesk.core.document.numbering import case_labels, chinese_numeral, fill, numbered_titles, numeral_value, titled
from vqdesk.core.document.settings import default_settings
from vqdesk.core.editions import get_edition


def _doc(settings):
    obj = {"format": "vqdesk-content", "version": 1, "settings": settings, "outline": [
        {"title": "基本情况", "blocks": [{"kind": "case", "title": "甲"}], "children": [
            {"title": "概况", "children": [{"title": "沿革", "children": [{"title": "建校"}]}]}]},
        {"title": "人才培养", "children": [{"title": "立德树人", "blocks": [{"kind": "case", "title": "乙"},
                                                                         {"kind": "case", "title": "丙"}]}]}]}
    doc = parse_document(obj, default_settings(get_edition("liaoning-2023"), 2025))
    for i, (_, _, node) in enumerate(doc.walk()):
        node.id = i
    for i, (_, block) in enumerate(doc.blocks()):
        block.id = 100 + i
    return doc


@pytest.mark.parametrize("numbering, titles", [
    ({}, ["1 基本情况", "1.1 概况", "1.1.1 沿革", "（1）建校", "2 人才培养", "2.1 立德树人"]),
    ({"chapter": "{cn}、", "section": "（{cn}）", "level3": "{n}.", "level4": "（{n}）"},
     ["一、基本情况", "（一）概况", "1.沿革", "（1）建校", "二、人才培养", "（一）立德树人"]),
])
def test_headings_are_numbered_by_the_reports_patterns(numbering, titles):
    assert list(numbered_titles(_doc({"numbering": numbering})).values()) == titles


@pytest.mark.parametrize("cases, labels", [
    ({}, ["【案例 1-1】", "【案例 2-1】", "【案例 2-2】"]),
    ({"label": "案例{cn}", "numbering": "flat"}, ["案例一", "案例二", "案例三"]),
    ({"label": "案例分享 {n}", "numbering": "flat"}, ["案例分享 1", "案例分享 2", "案例分享 3"]),
])
def test_case_labels_follow_the_pattern_and_scope(cases, labels):
    assert list(case_labels(_doc({"cases": cases})).values()) == labels


def test_chinese_numerals():
    assert [chinese_numeral(n) for n in (1, 10, 12, 20, 21, 99, 100, 105, 110, 123)] == \
        ["一", "十", "十二", "二十", "二十一", "九十九", "一百", "一百零五", "一百一十", "一百二十三"]


@pytest.mark.parametrize("n, text", [(1, "一"), (9, "九"), (10, "十"), (12, "十二"), (20, "二十"),
                                     (21, "二十一")])
def test_chinese_numerals_of_headings_up_to_twenty_one(n, text):
    assert chinese_numeral(n) == text


@pytest.mark.parametrize("pattern, n, above, label", [
    ("{n}", 2, (), "2"), ("{cn}、", 2, (), "二、"), ("{chapter}.{n}", 3, (2,), "2.3"),
    ("（{cn}）", 3, (2,), "（三）"), ("{chapter}.{section}.{n}", 1, (2, 3), "2.3.1"), ("（{n}）", 4, (2, 3, 1), "（4）")])
def test_heading_numbers_follow_their_pattern(pattern, n, above, label):
    assert fill(pattern, n, above) == label


def test_numbered_title_has_a_space_only_after_a_bare_number():
    assert [titled("2.1", "立德树人"), titled("一、", "人才培养"), titled("（一）", "思政课程"),
            titled("", "学校特色")] == ["2.1 立德树人", "一、人才培养", "（一）思政课程", "学校特色"]


def test_an_unnumbered_case_has_no_label_and_does_not_take_a_number():
    doc = _doc({"cases": {"label": "案例 {n}", "numbering": "flat"}})
    doc.outline[1].children[0].blocks[0].data["numbered"] = False
    assert list(case_labels(doc).values()) == ["案例 1", "", "案例 2"]


@pytest.mark.parametrize("text, value", [("一", 1), ("九", 9), ("十", 10), ("十二", 12), ("二十", 20), ("二十一", 21),
                                         ("12", 12), ("一十", 0), ("十十", 0), ("十一十", 0), ("十三一", 0), ("", 0), ("甲", 0)])
def test_numeral_value_reads_what_chinese_numeral_writes(text, value):
    """One reader of run-in heading numbers for the PDF and validation; malformed ones are 0."""
    assert numeral_value(text) == value
