"""The engine's entry points: validate, validate_session, summarise, findings_by_place."""

from vqdesk.core.findings import Finding, Place
from vqdesk.core.session import Session
from vqdesk.core.validation import findings_by_place, summarise, validate, validate_session

YEAR = 2025


def test_validate_consistent_report_has_no_findings(data):
    assert validate(data) == []


def test_validate_session_validates_latest_year(session):
    session.set_value(YEAR, "1.2c", 160)
    assert [f.rule for f in validate_session(session)] == ["R1"]
    assert [f.rule for f in validate_session(session, YEAR)] == ["R1"]


def test_validate_sorts_by_severity_then_report_order(session):
    session.set_value(YEAR, "6.9b", 30)                       # error, table 6
    session.set_value(YEAR, "1.2c", 160)                      # error, table 1
    session.set_narrative(YEAR, "basic.overview", "学校简介。")  # warning, section
    findings = validate_session(session)
    assert [(f.severity, f.rule, f.place.indicator or f.place.section) for f in findings] == [
        ("error", "R1", "1.2c"), ("error", "R1", "6.9b"), ("warning", "R17.short", "basic.overview")]


def test_summarise_counts_each_severity():
    place = Place(kind="report")
    findings = [Finding("error", "R1", place, "a"), Finding("info", "R14", place, "b"),
                Finding("error", "R2", place, "c")]
    assert summarise(findings) == {"error": 2, "warning": 0, "info": 1}
    assert summarise([]) == {"error": 0, "warning": 0, "info": 0}


def test_findings_by_place_keys_match_the_ui_cells():
    cell = Finding("error", "R1", Place(kind="indicator", table=6, indicator="6.1", column="value"), "a")
    survey = Finding("error", "R8", Place(kind="indicator", table=2, indicator="2.3", column="respondents"), "b")
    section = Finding("warning", "R17.short", Place(kind="section", section="basic.overview"), "c")
    record = Finding("error", "R5.record", Place(kind="record", list_id="enrolment", row=2, field="male"), "d")
    case = Finding("error", "R17.case.title", Place(kind="case", case_id=7, section="talent.skills"), "e")
    profile = Finding("error", "R17.profile", Place(kind="profile", field="code"), "f")
    again = Finding("warning", "R13", Place(kind="indicator", table=6, indicator="6.1", column="value"), "g")
    assert findings_by_place([cell, survey, section, record, case, profile, again]) == {
        ("indicator", "6.1", "value"): [cell, again],
        ("indicator", "2.3", "respondents"): [survey],
        ("section", "basic.overview"): [section],
        ("record", "enrolment", 2, "male"): [record],
        ("case", 7): [case],
        ("profile", "code"): [profile],
    }


def test_sample_report_latest_year_has_no_errors_or_warnings(sample_path):
    with Session.open(sample_path) as s:
        findings = validate_session(s)
    assert [f for f in findings if f.severity != "info"] == []


def test_sample_report_history_years_have_consistent_figures(sample_path):
    """Earlier years hold figures and lists only (no narratives): nothing but R17 may be missing."""
    with Session.open(sample_path) as s:
        for year in s.years():
            findings = validate_session(s, year)
            assert [f for f in findings if f.severity != "info" and not f.rule.startswith("R17")] == []
