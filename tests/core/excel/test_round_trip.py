"""Export then import into a new report reproduces every value, note and list row.

Derived cells hold the computed value in the workbook; importing it back stores no reported
value (it agrees with what the imported base figures compute), only the cell's note."""


from vqdesk.core.excel import export_workbook, import_workbook
from vqdesk.core.session import Session

from .conftest import YEAR


def expected_values(data) -> dict:
    """What the new report should hold: stored cells as they were, derived ones only their note."""
    out = {key: (v.number, v.text, v.note) for key, v in data.values.items()
           if not (data.edition.is_derived(key[0]) and key[1] == "value")}
    for indicator_id in data.edition.derived:
        stored = data.values.get((indicator_id, "value"))
        if stored and stored.note:
            out[(indicator_id, "value")] = (None, None, stored.note)
    return out


def stored(session, year) -> dict:
    return {key: (v.number, v.text, v.note) for key, v in session.values(year).items()}


def lists(session, year) -> dict:
    data = session.snapshot(year, with_history=False)
    return {rl.id: data.rows(rl.id) for rl in data.edition.record_lists}


def test_round_trip_reproduces_filled_report(filled, blank, tmp_path):
    data = filled.snapshot(YEAR)
    path = export_workbook(data, tmp_path / "out.xlsx")
    report = import_workbook(blank, YEAR, path)
    assert (report.applied, report.problems) == (True, [])
    assert stored(blank, YEAR) == expected_values(data)
    assert lists(blank, YEAR) == lists(filled, YEAR)
    assert {v.source for v in blank.values(YEAR).values()} == {"import"}
    assert report.rows_imported == {rl.id: len(data.rows(rl.id)) for rl in data.edition.record_lists}


def test_round_trip_counts_values(filled, blank, tmp_path):
    data = filled.snapshot(YEAR)
    report = import_workbook(blank, YEAR, export_workbook(data, tmp_path / "out.xlsx"))
    written = [v for v in blank.values(YEAR).values() if v.content is not None]
    assert report.values_imported == len(written)


def test_round_trip_of_whole_sample_report(sample_path, tmp_path):
    with Session.open(sample_path, readonly=True) as source:
        for year in source.years():
            data = source.snapshot(year)
            target = Session.create(tmp_path / f"new-{year}.vqd", school="新报告", year=year,
                                    edition_id=data.edition.id)
            for entry in source.masters():
                target.add_master(entry.kind, entry.name, entry.code, entry.aliases)
            report = import_workbook(target, year, export_workbook(data, tmp_path / f"{year}.xlsx"))
            assert (year, report.applied, report.problems) == (year, True, [])
            assert stored(target, year) == expected_values(data)
            assert lists(target, year) == lists(source, year)
            target.close()


def test_reimport_of_unchanged_export_changes_nothing(filled, tmp_path):
    path = export_workbook(filled.snapshot(YEAR), tmp_path / "out.xlsx")
    import_workbook(filled, YEAR, path)
    once = (stored(filled, YEAR), lists(filled, YEAR))
    import_workbook(filled, YEAR, path)
    assert (stored(filled, YEAR), lists(filled, YEAR)) == once


def test_round_trip_does_not_need_the_hidden_index(filled, blank, tmp_path):
    from openpyxl import load_workbook
    data = filled.snapshot(YEAR)
    path = export_workbook(data, tmp_path / "out.xlsx")
    wb = load_workbook(path)
    del wb["_vqdesk"]
    wb.save(path)
    report = import_workbook(blank, YEAR, path)
    assert (report.applied, report.problems) == (True, [])
    assert stored(blank, YEAR) == expected_values(data)


def test_import_into_another_year_warns(filled, tmp_path):
    from vqdesk.core.excel import ImportProblem
    path = export_workbook(filled.snapshot(YEAR), tmp_path / "out.xlsx")
    filled.add_year(YEAR + 1, edition_id="liaoning-2023")
    report = import_workbook(filled, YEAR + 1, path)
    assert report.applied is True
    assert report.problems[0] == ImportProblem("_vqdesk", "", "工作簿是 2025 年度的数据，正导入到 2026 年度", "warning")
    assert report.problems[1] == ImportProblem(
        "表1 人才培养质量计分卡", "D2",
        "表1 人才培养质量计分卡：表头年份为 2025年，与导入年度 2026 不一致，已按本年度导入", "warning")


def test_blank_cell_in_imported_table_clears_the_stored_value(filled, tmp_path):
    from openpyxl import load_workbook
    path = export_workbook(filled.snapshot(YEAR), tmp_path / "out.xlsx")
    wb = load_workbook(path)
    wb["表1 人才培养质量计分卡"]["D4"] = None          # 毕业去向落实人数
    wb.save(path)
    report = import_workbook(filled, YEAR, path)
    assert report.applied is True
    assert filled.value(YEAR, "1.2a") is None
    assert filled.value(YEAR, "1.1").number == 100


def test_round_trip_of_an_empty_report(blank, tmp_path):
    data = blank.snapshot(YEAR)
    report = import_workbook(blank, YEAR, export_workbook(data, tmp_path / "empty.xlsx"))
    # nothing computes from empty lists (专业数量 prints “—”, never 0): nothing to import
    assert (report.applied, report.problems, report.values_imported) == (True, [], 0)
    assert set(report.rows_imported.values()) == {0}
    assert stored(blank, YEAR) == expected_values(data) == {}
