"""Regional files: merged rows carry their school, are checked against that school's own period,
and duplicates are judged within a school."""

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
