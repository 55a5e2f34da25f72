"""A bureau's report: sums, ratios recomputed from summed bases, weighted means, findings carried."""

import pytest

from vqdesk.core.aggregate import aggregate_files
from vqdesk.core.derive import Figures
from vqdesk.core.errors import ReportFileError
from vqdesk.core.sample import load_sample_data
from vqdesk.core.sample_region import write_sample_text
from vqdesk.core.session import Session


def _school(folder, name, values, respondents, teachers):
    """A school whose narratives are complete, so only its figures decide its findings."""
    path = folder / f"{name}.vqd"
    with Session.create(path, school=name, year=2025, edition_id="liaoning-2023") as s:
        s.set_profile(2025, "code", "3121000001")
        write_sample_text(s, 2025, load_sample_data()[1])
        for ind_id, value in values.items():
            s.set_value(2025, ind_id, value)
        for ind_id, value in respondents.items():
            s.set_value(2025, ind_id, value, column="respondents")
        s.set_value(2025, "2.1a", "问卷星", column="method")
        s.replace_records(2025, "teacher_structure", [
            {"category": "专业课", "count": teachers[0], "dual_qualified": teachers[1], "senior_title": teachers[2]}])
        s.replace_records(2025, "majors", [{"code": "660301", "name": "机电技术应用", "duration": "三年制"}])
    return path


@pytest.fixture
def region(tmp_path):
    a = _school(tmp_path, "甲校", {"6.1": 1000, "6.4c": 50, "1.1": 300, "1.2a": 280, "1.2b": 150, "1.2c": 10,
                                  "1.3": 90, "2.1a": 95}, {"2.1a": 800}, (50, 30, 10))
    b = _school(tmp_path, "乙校", {"6.1": 500, "6.4c": 40, "1.1": 100, "1.2a": 90, "1.2b": 50, "1.2c": 5,
                                  "1.3": 80, "2.1a": 90}, {"2.1a": 200}, (40, 20, 8))
    c = _school(tmp_path, "丙校", {"6.1": 300, "6.4c": 30, "1.1": 80, "1.2a": 70, "1.2b": 20, "1.2c": 25,
                                  "1.3": 70, "2.1a": 85}, {"2.1a": 100}, (30, 10, 5))
    out = tmp_path / "示例市.vqd"
    result = aggregate_files(out, level="city", name="示例市", year=2025, inputs=[a, b, c],
                             expected=["甲校", "乙校", "丙校", "丁校"])
    with Session.open(out, readonly=True) as s:
        yield result, s.snapshot(2025)


def test_counts_are_summed(region):
    _, data = region
    assert [data.value(i) for i in ("6.1", "6.4c", "1.1", "1.2a")] == [1800, 120, 480, 440]


def test_ratios_are_recomputed_from_summed_bases_never_averaged(region):
    f = Figures(region[1])
    assert f.get("3.1") == pytest.approx(1800 / 120)          # not the mean of 20, 12.5 and 10
    assert f.get("3.2") == pytest.approx(60 / 120 * 100)
    assert f.get("3.4b") == 1                                 # one major, offered by three schools
    assert region[1].rows("majors")[0]["remark"] == "开设学校 3 所：甲校、乙校、丙校"


def test_rates_are_weighted_by_their_base(region):
    _, data = region
    assert data.value("1.3") == pytest.approx(round((90 * 280 + 80 * 90 + 70 * 70) / 440, 2))


def test_satisfaction_is_weighted_by_respondents(region):
    _, data = region
    assert data.value("2.1a") == pytest.approx(round((95 * 800 + 90 * 200 + 85 * 100) / 1100, 2))
    assert data.value("2.1a", "respondents") == 1100 and data.value("2.1a", "method") == "问卷星"


def test_a_school_with_errors_is_reported_as_such_with_its_findings(region):
    result, data = region
    status = {r["school"]: r["status"] for r in data.rows("submissions")}
    assert status == {"甲校": "已汇总", "乙校": "已汇总", "丙校": "校验有错误", "丁校": "未报送"}
    carried = [r for r in data.rows("school_findings") if r["school"] == "丙校" and r["severity"] == "错误"]
    assert any("升入本科人数" in r["message"] and "25" in r["message"] for r in carried)
    assert "丁校：未报送" in result.summary()


def test_per_school_tables_and_standards(region):
    _, data = region
    scale = {r["school"]: (r["students"], r["teachers"]) for r in data.rows("school_scale")}
    assert scale == {"甲校": (1000, 50), "乙校": (500, 40), "丙校": (300, 30)}
    teachers_rule = [r for r in data.rows("school_standards") if r["standard"] == "专任教师数"]
    assert {r["school"]: r["result"] for r in teachers_rule} == {"甲校": "不达标", "乙校": "不达标", "丙校": "不达标"}
    ratio_rule = {r["school"]: r["result"] for r in data.rows("school_standards") if r["standard"] == "生师比"}
    assert ratio_rule == {"甲校": "达标", "乙校": "达标", "丙校": "达标"}


def test_missing_year_and_unreadable_inputs_are_listed_not_fatal(tmp_path):
    good = _school(tmp_path, "甲校", {"6.1": 1000}, {}, (50, 30, 10))
    old = tmp_path / "旧校.vqd"
    Session.create(old, school="旧校", year=2023, edition_id="liaoning-2023").close()
    junk = tmp_path / "坏文件.vqd"
    junk.write_text("not a report", encoding="utf-8")
    result = aggregate_files(tmp_path / "区.vqd", level="district", name="示例区", year=2025,
                             inputs=[good, old, junk])
    assert [(s.school, s.status) for s in result.submissions] == [
        ("甲校", "已汇总"), ("旧校", "无该年度数据"), ("坏文件", "无法读取")]


def test_a_workbook_with_errors_is_not_aggregated_and_its_first_error_is_named(tmp_path):
    from openpyxl import load_workbook

    from vqdesk.core.excel import export_workbook
    good = _school(tmp_path, "甲校", {"6.1": 1000}, {}, (50, 30, 10))
    with Session.open(good, readonly=True) as s:
        book = export_workbook(s.snapshot(2025), tmp_path / "乙校.xlsx")
    wb = load_workbook(book)
    sheet = next(ws for ws in wb.worksheets if ws.title.startswith("表6"))
    cell = next(c for row in sheet.iter_rows() for c in row if c.value == 1000)
    cell.value = "一千"
    wb.save(book)
    result = aggregate_files(tmp_path / "区.vqd", level="district", name="示例区", year=2025,
                             inputs=[good, book])
    bad = next(s for s in result.submissions if s.status == "无法读取")
    assert bad.note.startswith("工作簿有 1 个错误，未汇总。第一个：表6 落实政策表!" + cell.coordinate + "：")


def test_an_existing_file_that_is_not_a_report_is_never_overwritten(tmp_path):
    target = tmp_path / "示例市.vqd"
    target.write_text("someone's notes", encoding="utf-8")
    good = _school(tmp_path, "甲校", {"6.1": 1000}, {}, (50, 30, 10))
    with pytest.raises(ReportFileError):
        aggregate_files(target, level="city", name="示例市", year=2025, inputs=[good])
    assert target.read_text(encoding="utf-8") == "someone's notes"


def test_generated_region_aggregates_without_school_errors(tmp_path):
    from vqdesk.core.sample_region import write_region_samples
    paths = write_region_samples(tmp_path / "schools", 3)
    result = aggregate_files(tmp_path / "市.vqd", level="city", name="示例市", year=2025, inputs=paths)
    assert [s.status for s in result.submissions] == ["已汇总"] * 3


def test_a_rate_without_a_declared_weight_is_weighted_by_full_time_students():
    """An edition may leave a rate without an aggregation rule: it is then weighted by 6.1, the
    broadest base, never averaged plainly (the shipped editions declare every rate)."""
    import dataclasses
    from vqdesk.core.aggregate.tables import aggregate_values
    from vqdesk.core.editions import get_edition
    from vqdesk.core.model import Report, ReportData, Value
    edition = get_edition("liaoning-2023")
    edition = dataclasses.replace(edition, aggregation={k: v for k, v in edition.aggregation.items() if k != "6.5b"})
    schools = [ReportData(report=Report(id=n, year=2025, edition_id=edition.id), edition=edition,
                          values={("6.1", "value"): Value(number=students), ("6.5b", "value"): Value(number=rate)})
               for n, (students, rate) in enumerate([(1000, 90.0), (100, 80.0)])]
    assert aggregate_values(edition, schools)[("6.5b", "value")] == pytest.approx(round((90 * 1000 + 80 * 100) / 1100, 2))


def test_derived_figures_are_not_stored_in_the_regional_file_only_their_bases(region, tmp_path):
    result, data = region
    with Session.open(result.path, readonly=True) as s:
        stored = {r[0] for r in s.db.execute("SELECT indicator_id FROM indicator_values")}
    derived = set(data.edition.derived)
    assert stored and not stored & derived, sorted(stored & derived)
