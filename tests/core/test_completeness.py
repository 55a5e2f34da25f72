"""How complete a report year is: progress per heading of the document (and the preface), counted
as validation counts length."""

from vqdesk.core.completeness import DONE, EMPTY, STARTED, Progress, count_chars, narrative_progress
from vqdesk.core.document.model import Node

from .validation.conftest import NARRATIVE, block, build_report, give_ids, node, report_data, set_text


def test_count_chars_counts_hanzi_letters_and_digits_only():
    assert count_chars("学校位于示例市， 创建于 1962 年。\nABC") == 18


def test_progress_lists_the_preface_and_every_heading_in_reading_order():
    data = build_report()
    progress = narrative_progress(data)
    assert [p.title for p in progress[:4]] == ["前言", "1 基本情况", "1 基本情况 › 1.1 概况", "1 基本情况 › 1.2 专业设置"]
    assert progress[0] == Progress("preface", "前言", DONE, 352, 100)
    overview = node(data, "basic.overview")
    assert progress[2] == Progress("basic.overview", "1 基本情况 › 1.1 概况", DONE, 352, 150, overview.id)
    assert progress[1].done == 6 * 352          # a chapter counts the text of its sections
    assert len(progress) == 1 + len(data.document.nodes())


def test_progress_of_a_heading_the_school_added_has_no_minimum():
    data = build_report()
    own = Node(title="学校特色", blocks=[block({"kind": "text", "text": "学校特色鲜明。"})])
    data.document.outline.append(own)
    give_ids(data.document)
    assert narrative_progress(data)[-1] == Progress("", "9 学校特色", DONE, 6, 0, own.id)


def test_progress_status_follows_the_edition_minimum():
    data = build_report()
    set_text(data, "basic.overview", "学校位于示例市。")
    set_text(data, "basic.majors", "")
    by_part = {p.key: p for p in narrative_progress(data)}
    assert (by_part["basic.overview"].status, by_part["basic.overview"].done) == (STARTED, 7)
    assert (by_part["basic.majors"].status, by_part["basic.majors"].done) == (EMPTY, 0)


def test_progress_without_a_preface_starts_with_the_first_chapter():
    data = report_data()
    data.settings["preface"]["title"] = None
    set_text(data, "challenges", NARRATIVE)
    progress = narrative_progress(data)
    assert progress[0].title == "1 基本情况"
    assert progress[-1] == Progress("challenges", "8 面临挑战", DONE, 352, 300, node(data, "challenges").id)
