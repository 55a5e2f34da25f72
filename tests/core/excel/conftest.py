"""Report files for the Excel tests: one filled by hand here, and the bundled sample report."""

import pytest

from vqdesk.core.session import Session

EDITION = "liaoning-2023"
YEAR = 2025


def typed_value(ind, position: int):
    """A distinct, valid value for every kind of indicator."""
    if ind.kind == "count":
        return 100 + position
    if ind.kind == "percent":
        return 60 + (position % 40) / 4
    if ind.kind == "text":
        return f"说明{position}"
    return 1000 + position + 0.25


LISTS = {
    "majors": [
        {"code": "660301", "name": "机电技术应用", "category": "自动化类", "duration": "三年制"},
        {"code": "700206", "name": "汽车运用与维修", "duration": "五年制（3+2）", "remark": "=1+1 备注"},
    ],
    "major_groups": [
        {"name": "智能制造专业群", "core_major": "机电技术应用", "chain": "先进装备制造"},
        {"name": "汽车服务专业群", "core_major": "汽车运用与维修", "chain": "汽车及零部件"},
    ],
    "student_awards": [
        {"date": "2024-11-16", "competition": "辽宁省职业院校技能大赛", "event": "机电一体化",
         "level": "省级", "grade": "一等奖", "advisors": "王明、李华", "students": "张三、李四"},
    ],
    "teacher_structure": [
        {"category": "专业课", "count": 60, "dual_qualified": 40, "senior_title": 20, "postgraduate": 5},
        {"category": "文化课", "count": 40, "dual_qualified": 2, "senior_title": 12},
    ],
    "conditions": [
        {"campus": "主校区", "land_area": 52000.5, "building_area": 31000, "equipment_value": 1520.75,
         "books": 60000, "computers": 500, "workstations": 1200},
    ],
    "funding": [
        {"category": "财政拨款", "item": "生均拨款", "amount": 2100.5},
        {"category": "事业收入", "item": "@培训收入", "amount": 88},
    ],
}


def fill(session: Session, year: int):
    edition = session.edition(year)
    for position, ind in enumerate(edition.indicators()):
        if not ind.applicable or edition.is_derived(ind.id):
            continue
        session.set_value(year, ind.id, typed_value(ind, position))
    for ind in edition.table(2).rows:
        session.set_value(year, ind.id, 300, column="respondents")
        session.set_value(year, ind.id, "线上问卷", column="method")
    session.set_value(year, "2.3", "-问卷星 +线下", column="method")
    session.set_value_note(year, "1.1", "含五年制转段学生")
    session.set_value_note(year, "3.1", "按 9 月 1 日口径")
    session.set_value_note(year, "2.1a", "抽样调查", column="respondents")
    for list_id, rows in LISTS.items():
        session.replace_records(year, list_id, rows, source="manual")


def filled_session(path) -> Session:
    session = Session.create(path, school="测试市机电工程学校", year=YEAR, edition_id=EDITION)
    session.set_profile(YEAR, "code", "4121000001")
    session.add_master("major", "机电技术应用", "660301", ["机电技术"])
    session.add_master("major", "汽车运用与维修", "700206")
    fill(session, YEAR)
    return session


@pytest.fixture
def filled(tmp_path):
    session = filled_session(tmp_path / "filled.vqd")
    yield session
    session.close()


@pytest.fixture
def blank(tmp_path):
    """A new, empty report of the same edition and year: the target of a round trip."""
    session = Session.create(tmp_path / "blank.vqd", school="测试市机电工程学校", year=YEAR,
                             edition_id=EDITION)
    session.add_master("major", "机电技术应用", "660301", ["机电技术"])
    session.add_master("major", "汽车运用与维修", "700206")
    yield session
    session.close()
