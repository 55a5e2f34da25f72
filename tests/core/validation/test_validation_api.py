"""The engine's entry points: validate, validate_session, summarise, findings_by_place, place_key."""

import pytest

from vqdesk.core.findings import Finding, Place
from vqdesk.core.session import Session
from vqdesk.core.validation import findings_by_place, place_key, summarise, validate, validate_session

from .conftest import YEAR, node, set_text, set_value


def test_validate_consistent_report_has_no_findings(data):
    assert validate(data) == []


def test_validate_session_validates_the_snapshot_of_a_year(data):
    class OneYear:
        def snapshot(self, year=None):
            asked.append(year)
            return data

    asked = []
    set_value(data, "1.2c", 160)
    assert [f.rule for f in validate_session(OneYear())] == ["R1"]
    assert [f.rule for f in validate_session(OneYear(), YEAR)] == ["R1"]
    assert asked == [None, YEAR]


def test_validate_sorts_by_severity_then_report_order(data):
    set_value(data, "6.9b", 30)                         # error, table 6
    set_value(data, "1.2c", 160)                        # error, table 1
    set_text(data, "talent.moral", "立德树人。")          # hint, 2.1
    set_text(data, "basic.overview", "学校简介。")        # hint, 1.1: earlier in the document
    data.settings["preface"]["text"] = "前言。"           # hint, front matter
    findings = validate(data)
    assert [(f.severity, f.rule, f.place.describe(data.edition)) for f in findings] == [
        ("error", "R1", "表1 升入本科人数"), ("error", "R1", "表6 聘请大国工匠、劳动模范人数"),
        ("info", "R17.short", "前言"), ("info", "R17.short", "1 基本情况 › 1.1 概况"),
        ("info", "R17.short", "2 人才培养 › 2.1 立德树人")]


def test_validate_sorts_blocks_of_a_heading_before_the_headings_below_it(data):
    chapter = node(data, "talent")
    set_text(data, "talent", "本章概述。{{[9.9]}}")       # the chapter's introduction
    set_text(data, "talent.moral", "在校生{{[9.8]}}人。" + "立德树人。" * 40)
    findings = [f for f in validate(data) if f.rule == "R16.field"]
    assert [f.place.label for f in findings] == ["2 人才培养", "2 人才培养 › 2.1 立德树人"]
    assert findings[0].place.node == chapter.id


def test_summarise_counts_each_severity():
    place = Place(kind="report")
    findings = [Finding("error", "R1", place, "a"), Finding("info", "R14", place, "b"),
                Finding("error", "R2", place, "c")]
    assert summarise(findings) == {"error": 2, "warning": 0, "info": 1}
    assert summarise([]) == {"error": 0, "warning": 0, "info": 0}


def test_findings_by_place_keys_match_the_ui_items():
    cell = Finding("error", "R1", Place(kind="indicator", table=6, indicator="6.1", column="value"), "a")
    survey = Finding("error", "R8", Place(kind="indicator", table=2, indicator="2.3", column="respondents"),
                     "b")
    heading = Finding("warning", "R17.short", Place(kind="node", node=4, label="1 基本情况 › 1.1 概况"), "c")
    record = Finding("error", "R5.record", Place(kind="record", list_id="enrolment", row=2, field="male"),
                     "d")
    case = Finding("error", "R17.case.title", Place(kind="block", node=12, block=7, label="案例：x"), "e")
    profile = Finding("error", "R17.profile", Place(kind="profile", field="code"), "f")
    again = Finding("warning", "R13", Place(kind="indicator", table=6, indicator="6.1", column="value"), "g")
    preface = Finding("warning", "R17.short", Place(kind="preface", label="前言"), "h")
    missing = Finding("error", "R17.missing", Place(kind="outline", part="challenges", label="报告大纲"), "i")
    assert findings_by_place([cell, survey, heading, record, case, profile, again, preface, missing]) == {
        ("indicator", "6.1", "value"): [cell, again],
        ("indicator", "2.3", "respondents"): [survey],
        ("node", 4): [heading],
        ("record", "enrolment", 2, "male"): [record],
        ("block", 7): [case],
        ("profile", "code"): [profile],
        ("preface",): [preface],
        ("outline", "challenges"): [missing],
    }


@pytest.mark.parametrize("place, where", [
    (Place(kind="node", node=4, label="1 基本情况 › 1.1 概况"), "1 基本情况 › 1.1 概况"),
    (Place(kind="block", node=12, block=7, label="案例：校企共育高技能人才"), "案例：校企共育高技能人才"),
    (Place(kind="preface", label="撰写说明"), "撰写说明"),
    (Place(kind="outline", part="challenges", label="报告大纲"), "报告大纲"),
    (Place(kind="node", node=4), "章节"),
    (Place(kind="record", list_id="majors", row=2, field="code"), "名单 专业设置 第3行 专业代码"),
    (Place(kind="profile", field="code"), "学校信息 学校标识码"),
    (Place(kind="report"), "报告设置"),
])
def test_places_describe_what_the_user_sees(data, place, where):
    assert place.describe(data.edition) == where


def test_place_key_of_a_block_is_its_store_id():
    assert place_key(Place(kind="block", node=3, block=9, label="x")) == ("block", 9)


def test_sample_report_latest_year_has_no_findings_at_all(sample_path):
    """The bundled sample is a consistent, well-written report: no error, no warning and no hint.
    A new rule that finds something here is a false alarm (春节、端午、中秋节等传统节日 is no slip)."""
    with Session.open(sample_path) as s:
        findings = validate_session(s)
    assert [(f.rule, f.message) for f in findings] == []


@pytest.mark.parametrize("edition", ["national-2024", "gansu-2023"])
def test_the_sample_on_the_other_editions_has_no_findings_at_all(tmp_path, edition):
    """Its 前言 names the parts of the edition it is written on (seven for the national outline)."""
    from vqdesk.core.sample import write_sample
    with Session.open(write_sample(tmp_path / "s.vqd", edition)) as s:
        assert [(f.rule, f.message) for f in validate_session(s)] == []


def test_sample_report_history_years_have_consistent_figures(sample_path):
    """Earlier years hold figures and lists only (no text): nothing but R17 may be missing."""
    with Session.open(sample_path) as s:
        for year in s.years():
            findings = validate_session(s, year)
            assert [f for f in findings if f.severity != "info" and not f.rule.startswith("R17")] == []
