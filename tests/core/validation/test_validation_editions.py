"""The engine across editions and school types, and its place in the layers."""

import subprocess
import sys
from dataclasses import replace

import pytest

from vqdesk.core.editions import get_edition
from vqdesk.core.validation import validate

from .conftest import add_year, report_data, set_value

EDITIONS = ["liaoning-2023", "national-2024", "gansu-2023", "regional-city-2024", "regional-district-2024"]


@pytest.mark.parametrize("edition_id", EDITIONS)
def test_new_report_lists_what_is_missing(edition_id):
    """A new year seeded from its edition: every required chapter is reported once, as empty or
    (when its default tables and charts are there) as lacking text; the default blocks all work."""
    data = report_data(edition_id, year=2024, level=get_edition(edition_id).level)
    findings = validate(data)
    assert {f.rule for f in findings} == {"R17.empty", "R17.text", "R17.profile", "R17.indicator",
                                          "R11.missing"}
    reported = [f.place.node for f in findings if f.place.kind == "node"]
    assert sorted(reported) == sorted(n.id for n in data.document.outline)
    assert [f.place.kind for f in findings if f.rule == "R17.empty"].count("preface") == 1


def test_gaozhi_report_fills_the_cells_zhongzhi_leaves_blank(data):
    data.report = replace(data.report, school_type="gaozhi")
    findings = validate(data)
    assert [(f.rule, f.place.indicator) for f in findings] == [
        ("R17.indicator", "5.3a"), ("R17.indicator", "5.3b"), ("R17.indicator", "5.3c"),
        ("R17.indicator", "6.4g")]


def test_recent_graduate_survey_bounded_by_three_cohorts(data):
    for year, graduates in ((2022, 40), (2023, 40), (2024, 40)):
        set_value(add_year(data, year), "1.1", graduates)
    findings = [f for f in validate(data) if f.rule.startswith("R8")]
    assert [(f.place.indicator, f.place.column, f.message) for f in findings] == [
        ("2.2c", "respondents",
         "表2 毕业三年内毕业生满意度调查人次 150 大于前三届毕业生人数之和 120（2022-2024 年 表1 毕业生人数）")]


def test_validation_does_not_import_qt():
    code = "import sys, vqdesk.core.validation; sys.exit('PySide6' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0
