"""The report file stores every kind of content, commits each edit at once and keeps history."""

import io
from datetime import date

import pytest
from PIL import Image

from vqdesk.core.errors import InputError, NotFoundError, ReportFileError
from vqdesk.core.session import Session, default_cover_date


def _png(w=40, h=30) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (w, h), (200, 30, 30)).save(buf, format="PNG")
    return buf.getvalue()


def reopen(session) -> Session:
    path = session.path
    session.close()
    return Session.open(path)


def test_new_file_has_one_year_with_the_chosen_edition(new_session):
    assert new_session.years() == [2025]
    report = new_session.report(2025)
    assert (report.edition_id, report.level, report.period_start, report.period_end) == \
        ("liaoning-2023", "school", "2024-09-01", "2025-08-31")
    assert new_session.profile(2025) == {"name": "测试职业学校", "province": "辽宁省"}


@pytest.mark.parametrize("year, today, cover", [
    (2025, date(2025, 11, 20), "2025年11月"),        # written in its year
    (2025, date(2026, 1, 8), "2026年1月"),           # or early the next
    (2023, date(2026, 12, 1), "2023年12月"),         # an earlier year filled in afterwards
    (2027, date(2026, 12, 1), "2027年12月"),         # a year begun ahead of time
])
def test_a_new_years_cover_month(year, today, cover):
    assert default_cover_date(year, today) == cover


def test_profile_round_trip_and_validation(new_session):
    new_session.set_profile(2025, "code", "3121000187")
    new_session.set_profile(2025, "website", "https://www.example.edu.cn/")
    with pytest.raises(InputError, match="学校标识码“31210”格式不对，应为10 位数字"):
        new_session.set_profile(2025, "code", "31210")
    s = reopen(new_session)
    assert s.profile(2025)["code"] == "3121000187"
    s.close()


def test_indicator_values_with_columns_sources_and_notes(new_session):
    new_session.set_value(2025, "6.1", "1,619", note="9月1日统计")
    new_session.set_value(2025, "2.1a", 96.2)
    new_session.set_value(2025, "2.1a", 1520, column="respondents")
    new_session.set_value(2025, "2.1a", "问卷星线上问卷", column="method")
    new_session.set_value(2025, "1.1", 0)
    s = reopen(new_session)
    values = s.values(2025)
    assert values[("6.1", "value")].number == 1619 and values[("6.1", "value")].note == "9月1日统计"
    assert values[("2.1a", "respondents")].number == 1520
    assert values[("2.1a", "method")].text == "问卷星线上问卷"
    assert values[("1.1", "value")].number == 0, "0 is a value, not a blank"
    s.set_value(2025, "1.1", "")
    assert ("1.1", "value") not in s.values(2025)
    s.close()


@pytest.mark.parametrize("ind, raw, message", [
    ("5.3a", 1, "中职不填报"), ("6.4g", 3, "高职填报"), ("3.1", 13.2, "由公式计算得出"),
    ("1.3", "105", "百分比应在 0-100 之间"), ("1.1", -3, "不能为负数"), ("1.1", "12.5", "不是整数"),
    ("9.9", 1, "没有编号为“9.9”的指标"), ("6.1", "1e20", "过大"),
])
def test_set_value_refuses_what_cannot_be_stored(new_session, ind, raw, message):
    with pytest.raises(InputError, match=message):
        new_session.set_value(2025, ind, raw)
    assert new_session.values(2025) == {}


def test_imported_values_may_fill_derived_cells_for_comparison(new_session):
    new_session.set_value(2025, "3.1", "13.2:1", source="import")
    assert new_session.value(2025, "3.1").source == "import"


def test_add_record_refuses_absurd_numbers(new_session):
    with pytest.raises(InputError, match="过大，请检查是否多输了数字"):
        new_session.add_record(2025, "internships", {"organisation": "示例重机", "positions": 10**20})
    assert new_session.records(2025, "internships") == []


def test_broken_images_are_refused(new_session):
    with pytest.raises(InputError, match="不是可识别的图片文件"):
        new_session.add_photo(2025, b"\x89PNG\r\n\x1a\nbroken", "坏图.png", "x",
                              node_id=new_session.part_node(2025, "talent.moral").id)
    assert new_session.photos(2025) == []


def test_record_lists_are_typed_ordered_and_resolve_aliases(new_session):
    new_session.add_master("organisation", "示例重型机械股份有限公司", aliases=["示例重机"])
    row = new_session.add_record(2025, "internships", {"organisation": "示例重机", "positions": "120"})
    new_session.add_record(2025, "internships", {"organisation": "其他公司", "positions": 5}, position=0)
    new_session.update_record(row.id, "position_type", "技术类")
    with pytest.raises(InputError, match="实习单位·提供岗位数：“很多”不是数值"):
        new_session.update_record(row.id, "positions", "很多")
    with pytest.raises(InputError, match="岗位类型“研究类”不在可选项中"):
        new_session.update_record(row.id, "position_type", "研究类")
    s = reopen(new_session)
    assert [r.data for r in s.records(2025, "internships")] == [
        {"organisation": "其他公司", "positions": 5},
        {"organisation": "示例重型机械股份有限公司", "positions": 120, "position_type": "技术类"}]
    s.close()


def test_record_dates_are_normalised(new_session):
    row = new_session.add_record(2025, "trainings", {"date_start": "2024.11.16", "project": "电工认定",
                                                     "kind": "职业技能等级认定", "participants": 260})
    assert row.data["date_start"] == "2024-11-16"


def test_replace_records_checks_every_row_before_writing(new_session):
    new_session.add_record(2025, "majors", {"code": "660301", "name": "机电技术应用", "duration": "三年制"})
    with pytest.raises(InputError):
        new_session.replace_records(2025, "majors", [{"code": "660102", "name": "机械加工技术", "duration": "三年制"},
                                                     {"code": "660103", "name": "数控", "duration": "九年制"}])
    assert [r.data["code"] for r in new_session.records(2025, "majors")] == ["660301"]


def test_add_year_copies_profile_and_lists_but_never_figures(new_session):
    new_session.set_profile(2025, "code", "3121000187")
    new_session.set_value(2025, "6.1", 1619)
    new_session.add_record(2025, "majors", {"code": "660301", "name": "机电技术应用", "duration": "三年制"})
    new_session.add_record(2025, "student_awards", {"date": "2025-04-18", "competition": "省赛", "event": "焊接",
                                                    "level": "省级", "grade": "一等奖"})
    new_session.add_year(2026, copy_from=2025)
    assert new_session.years() == [2025, 2026]
    assert new_session.profile(2026)["code"] == "3121000187"
    assert len(new_session.records(2026, "majors")) == 1
    assert new_session.records(2026, "student_awards") == []
    assert new_session.values(2026) == {}
    assert new_session.report(2026).period_start == "2025-09-01"


def test_missing_year_is_named(new_session):
    with pytest.raises(NotFoundError, match="文件中没有 2019 年度的报告（已有年度：2025）"):
        new_session.report(2019)


def test_every_edit_is_in_the_history_with_old_and_new_content(new_session):
    new_session.set_value(2025, "6.1", 1600)
    new_session.set_value(2025, "6.1", 1619)
    entries = new_session.history("2025/value/6.1")
    assert [(e["old"], e["new"]) for e in entries] == [(1600.0, 1619.0), (None, 1600.0)]


def test_edits_are_committed_without_closing(new_session):
    new_session.set_value(2025, "6.1", 1619)
    other = Session.open(new_session.path, readonly=True)
    assert other.value(2025, "6.1").number == 1619
    other.close()


def test_readonly_session_refuses_writes(new_session):
    new_session.close()
    s = Session.open(new_session.path, readonly=True)
    with pytest.raises(ReportFileError, match="只读"):
        s.set_value(2025, "6.1", 1)
    s.close()


def test_snapshot_holds_the_year_and_the_other_years(new_session):
    new_session.set_value(2025, "6.1", 1619)
    new_session.add_year(2024, edition_id="liaoning-2023")
    new_session.set_value(2024, "6.1", 1571)
    data = new_session.snapshot(2025)
    assert data.value("6.1") == 1619 and data.history[2024].value("6.1") == 1571


def test_a_failed_write_is_rolled_back_and_the_next_edit_is_committed(new_session, monkeypatch):
    """A write that fails halfway leaves nothing, and does not leave a transaction open that
    would swallow the edits after it."""
    real_log = new_session._log

    def failing_log(*args):
        raise RuntimeError("history could not be written")
    monkeypatch.setattr(new_session, "_log", failing_log)
    with pytest.raises(RuntimeError):
        new_session.set_value(2025, "6.1", 1500)
    monkeypatch.setattr(new_session, "_log", real_log)
    assert new_session.value(2025, "6.1") is None and not new_session.db.conn.in_transaction
    new_session.set_value(2025, "6.1", 1619)
    with Session.open(new_session.path, readonly=True) as other:
        assert other.value(2025, "6.1").number == 1619


def test_edits_are_durable_with_synchronous_full_and_a_rollback_journal(new_session):
    assert new_session.db.execute("PRAGMA synchronous").fetchone()[0] == 2        # FULL
    assert new_session.db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
