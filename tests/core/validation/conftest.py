"""A small, fully consistent report (no findings at all) that each test breaks in one place."""

import io
import shutil

import pytest
from PIL import Image

from vqdesk.core.session import Session

YEAR = 2025
SCHOOL = "测试市职业技术学校"
#: Every applicable cell of the six tables, consistent with each other and with the lists below.
VALUES = {
    "1.1": 300, "1.2a": 290, "1.2b": 150, "1.2c": 40, "1.3": 85.5, "1.4": 4500, "1.5a": 130,
    "1.5b": 10, "1.5c": 70, "1.5d": 50, "1.6": 1.2, "1.7": 15.3,
    "2.1a": 95.2, "2.1b": 94.1, "2.1c": 96.3, "2.1d": 95.0, "2.1e": 93.8, "2.1f": 96.7,
    "2.2a": 96.1, "2.2b": 95.5, "2.2c": 97.2, "2.3": 97.0, "2.4": 95.5, "2.5": 96.5,
    "3.5a": 120, "3.5b": 6400, "3.5c": 30, "3.5d": 1600, "3.5e": 25, "3.5f": 1200,
    "3.6a": 4, "3.6b": 0, "3.6c": 0, "3.6d": 1, "3.6e": 1, "3.6f": 3, "3.6g": 2,
    "3.7a": 12, "3.7b": 360, "3.7c": 85.5, "3.7d": 1, "3.7e": 1, "3.7f": 3, "3.7g": 2, "3.7h": 8,
    "3.7i": 4, "3.8a": 3, "3.8b": 0, "3.8c": 0, "3.8d": 1, "3.8e": 1, "3.8f": 2, "3.8g": 1,
    "3.9a": 8, "3.9b": 2, "3.9c": 5, "3.9d": 3, "3.9e": 1, "3.10": 1000, "3.11": 10000,
    "4.1a": 130, "4.1b": 60, "4.1c": 95, "4.1d": 70, "4.1e": 30, "4.2a": 35.5, "4.2b": 120.3,
    "4.3": 12.5, "4.4": 0, "4.5a": 6, "4.5b": 4, "4.5c": 1, "4.5d": 0, "4.5e": 0, "4.6a": 15,
    "4.6b": 2400, "4.6c": 600, "4.7": 48.6,
    "5.1a": 0, "5.1b": 0, "5.1c": 0, "5.2a": 0, "5.2b": 0, "5.2c": 0, "5.2d": 0, "5.2e": 0,
    "5.4a": 0, "5.4b": 0, "5.5": 12, "5.6": 1, "5.7": 0,
    "6.1": 1200, "6.3": 320.5, "6.4a": 120, "6.4b": 110, "6.4c": 85, "6.4d": 6, "6.4e": 5, "6.4f": 4,
    "6.4h": 36, "6.5a": 1180, "6.5b": 92.5, "6.6": 260, "6.7": 150.2, "6.8": 1, "6.9a": 25, "6.9b": 2,
    "6.9c": 800, "6.9d": 16.8, "6.10a": 30.5, "6.10b": 3.2,
}
RESPONDENTS = {"2.1a": 1100, "2.1b": 1050, "2.1c": 1050, "2.1d": 1020, "2.1e": 1020, "2.1f": 1020,
               "2.2a": 400, "2.2b": 250, "2.2c": 150, "2.3": 90, "2.4": 45, "2.5": 800}
MAJORS = [("660301", "机电技术应用"), ("700206", "汽车运用与维修"), ("710201", "计算机应用")]
RECORDS = {
    "majors": [{"code": c, "name": n, "duration": "三年制"} for c, n in MAJORS],
    "enrolment": [
        {"major": "机电技术应用", "grade": "一年级", "male": 150, "female": 50},
        {"major": "机电技术应用", "grade": "二年级", "male": 140, "female": 60},
        {"major": "汽车运用与维修", "grade": "一年级", "male": 180, "female": 20},
        {"major": "汽车运用与维修", "grade": "二年级", "male": 170, "female": 30},
        {"major": "计算机应用", "grade": "一年级", "male": 100, "female": 100},
        {"major": "计算机应用", "grade": "二年级", "male": 90, "female": 110}],
    "teacher_structure": [
        {"category": "专业课", "count": 50, "dual_qualified": 40, "senior_title": 15},
        {"category": "文化课", "count": 20, "dual_qualified": 0, "senior_title": 8},
        {"category": "思政课", "count": 6, "dual_qualified": 0, "senior_title": 2},
        {"category": "体育课", "count": 5, "dual_qualified": 0, "senior_title": 1},
        {"category": "美育课", "count": 4, "dual_qualified": 0, "senior_title": 1}],
    "major_groups": [{"name": "智能制造专业群", "core_major": "机电技术应用", "chain": "先进装备制造"}],
    "conditions": [{"campus": "主校区", "land_area": 60000, "building_area": 30000, "equipment_value": 600,
                    "books": 40000, "computers": 500, "workstations": 900}],
    "funding": [{"category": "财政拨款", "item": "生均公用经费", "amount": 1800},
                {"category": "事业收入", "item": "学费", "amount": 200}],
    "certificates": [{"cohort": 2025, "major": "机电技术应用", "graduates": 100,
                      "certificate": "电工（中级）", "certified": 90}],
    "student_awards": [{"date": "2025-05-20", "competition": "辽宁省职业院校技能大赛", "event": "机器人系统集成",
                        "level": "省级", "grade": "一等奖", "advisors": "张老师", "students": "李同学"}],
    "partners": [{"organisation": "测试装备制造有限公司", "status": "持续合作"}],
    "trainings": [{"date_start": "2024-11-10", "project": "电工技能培训", "kind": "培训", "participants": 120}],
}
SENTENCE = "学校坚持立德树人根本任务，围绕区域产业发展需要，持续完善人才培养体系，推动教育教学改革不断深化。"
NARRATIVE = SENTENCE * 8      # 360 counted characters: within every bound of liaoning-2023
CASE_BODY = SENTENCE * 5


def png_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "white").save(buffer, "PNG")
    return buffer.getvalue()


def build_report(path) -> Session:
    s = Session.create(path, school=SCHOOL, year=YEAR, edition_id="liaoning-2023")
    s.set_profile(YEAR, "code", "4121000001")
    for ind_id, value in VALUES.items():
        s.set_value(YEAR, ind_id, value)
    for ind_id, value in RESPONDENTS.items():
        s.set_value(YEAR, ind_id, value, column="respondents")
        s.set_value(YEAR, ind_id, "问卷调查", column="method")
    for list_id, rows in RECORDS.items():
        s.replace_records(YEAR, list_id, rows, source="manual")
    for key in s.edition(YEAR).narrative_keys():
        s.set_narrative(YEAR, key, NARRATIVE)
    case = s.add_case(YEAR, "talent.skills", "以赛促学提升技能", CASE_BODY)
    s.add_photo(YEAR, png_bytes(), "workshop.png", "实训车间", section_key="talent.skills")
    s.add_photo(YEAR, png_bytes(), "contest.png", "学生参加技能大赛", case_id=case.id)
    return s


@pytest.fixture(scope="session")
def report_template(tmp_path_factory):
    path = tmp_path_factory.mktemp("template") / "consistent.vqd"
    build_report(path).close()
    return path


@pytest.fixture
def session(report_template, tmp_path):
    """An open copy of the consistent report, to break in one place."""
    path = tmp_path / "report.vqd"
    shutil.copy(report_template, path)
    s = Session.open(path)
    yield s
    s.close()


@pytest.fixture
def data(session):
    """A snapshot of the consistent report, for states the session refuses to store."""
    return session.snapshot(YEAR)
