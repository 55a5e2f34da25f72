"""The engine across editions and school types, and its place in the layers."""

import subprocess
import sys

import pytest

from vqdesk.core.session import Session
from vqdesk.core.validation import validate

YEAR = 2025


@pytest.mark.parametrize("edition_id", ["liaoning-2023", "national-2024", "gansu-2023"])
def test_new_report_lists_what_is_missing(tmp_path, edition_id):
    with Session.create(tmp_path / "new.vqd", school="某职业学校", year=2024, edition_id=edition_id) as s:
        data = s.snapshot(2024)
    findings = validate(data)
    assert {f.rule for f in findings} == {"R17.empty", "R17.profile", "R17.indicator", "R11.missing"}
    required = []
    for chapter in data.edition.chapters:
        sections = [x.key for x in chapter.sections if x.required]
        # a chapter whose sections are all optional is reported as a whole
        own = chapter.narrative or not sections
        required += ([chapter.key] if own else []) + sections
    empty = [f.place.section for f in findings if f.rule == "R17.empty" and f.place.section != "preface"]
    assert empty == required


def test_gaozhi_report_fills_the_cells_zhongzhi_leaves_blank(session):
    session.update_report(YEAR, school_type="gaozhi")
    findings = validate(session.snapshot(YEAR))
    assert [(f.rule, f.place.indicator) for f in findings] == [
        ("R17.indicator", "5.3a"), ("R17.indicator", "5.3b"), ("R17.indicator", "5.3c"),
        ("R17.indicator", "6.4g")]


def test_recent_graduate_survey_bounded_by_three_cohorts(session):
    for year, graduates in ((2022, 40), (2023, 40), (2024, 40)):
        session.add_year(year, edition_id="liaoning-2023")
        session.set_value(year, "1.1", graduates)
    findings = [f for f in validate(session.snapshot(YEAR)) if f.rule.startswith("R8")]
    assert [(f.place.indicator, f.place.column, f.message) for f in findings] == [
        ("2.2c", "respondents",
         "表2 毕业三年内毕业生满意度调查人次 150 大于前三届毕业生人数之和 120（2022-2024 年 表1 毕业生人数）")]


def test_validation_does_not_import_qt():
    code = "import sys, vqdesk.core.validation; sys.exit('PySide6' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0
