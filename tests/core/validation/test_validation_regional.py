"""Regional files: merged rows carry their school, are checked against that school's own period,
and duplicates are judged within a school."""

import pytest

from vqdesk.core.model import Record
from vqdesk.core.validation import validate

from .conftest import report_data


def regional(rows, submissions):
    data = report_data("regional-city-2024", level="city")
    data.records["student_awards"] = [Record(i + 1, i, r) for i, r in enumerate(rows)]
    data.records["submissions"] = [Record(i + 1, i, r) for i, r in enumerate(submissions)]
    return data


AWARD = {"date": "2024-11-20", "competition": "辽宁省职业院校技能大赛", "event": "焊接", "level": "省级",
         "grade": "一等奖"}
SCHOOLS = [{"school": "甲校", "status": "已汇总", "period_start": "2024-09-01", "period_end": "2025-08-31"},
           {"school": "乙校", "status": "已汇总", "period_start": "2024-01-01", "period_end": "2024-10-31"}]


def test_each_school_s_rows_are_checked_against_its_own_period():
    data = regional([dict(AWARD, school="甲校"), dict(AWARD, school="乙校", date="2025-03-01")], SCHOOLS)
    assert [(f.place.row, f.message) for f in validate(data) if f.rule == "R15"] == [
        (1, "名单“学生技能大赛获奖”第2行：获奖日期 2025-03-01 不在乙校的报告期 2024-01-01 至 2024-10-31 内")]


def test_identical_awards_of_two_schools_are_no_duplicates():
    data = regional([dict(AWARD, school="甲校"), dict(AWARD, school="乙校"), dict(AWARD, school="甲校")], SCHOOLS)
    assert [(f.place.row, f.message) for f in validate(data) if f.rule == "R18.duplicate"] == [
        (2, "名单“学生技能大赛获奖”第3行与第1行重复")]


# -- every bound from both sides (issue 21) --------------------------------------------------------

@pytest.mark.parametrize("school, day, inside", [
    ("乙校", "2023-12-31", False), ("乙校", "2024-01-01", True),      # 乙校: 2024-01-01 to 2024-10-31
    ("乙校", "2025-01-31", True), ("乙校", "2025-02-01", False),      # … and 92 days more
    ("甲校", "2024-08-31", False), ("甲校", "2024-09-01", True),      # 甲校: 2024-09-01 to 2025-08-31
    ("甲校", "2025-12-01", True), ("甲校", "2025-12-02", False)])
def test_each_school_s_period_is_bounded_on_both_sides(school, day, inside):
    data = regional([dict(AWARD, school=school, date=day)], SCHOOLS)
    period = {"甲校": "2024-09-01 至 2025-08-31", "乙校": "2024-01-01 至 2024-10-31"}[school]
    assert [f.message for f in validate(data) if f.rule == "R15"] == ([] if inside else [
        f"名单“学生技能大赛获奖”第1行：获奖日期 {day} 不在{school}的报告期 {period} 内"])


def test_a_school_without_its_own_period_follows_the_regional_report_s():
    data = regional([dict(AWARD, school="丙校", date="2024-03-01"), dict(AWARD, school="丙校", date="2024-10-01")],
                    [*SCHOOLS, {"school": "丙校", "status": "已汇总", "period_start": "2024-01-01"}])
    awards = [f for f in validate(data) if f.rule == "R15" and f.place.list_id == "student_awards"]
    assert [(f.place.row, f.message) for f in awards] == [
        (0, "名单“学生技能大赛获奖”第1行：获奖日期 2024-03-01 不在报告期 2024-09-01 至 2025-08-31 内")]
