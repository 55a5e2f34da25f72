"""Every text that reaches a workbook goes through the one sanitiser, the cover sheet included."""

import zipfile

import pytest
from openpyxl import load_workbook

from vqdesk.core.excel import export_workbook, import_workbook
from vqdesk.core.excel.package import ExcelImportError


@pytest.mark.parametrize("name", ["=cmd|'/c calc'!A1", "  +SUM(A1:A9)", "@HYPERLINK(\"x\")", "-2+3"])
def test_a_school_name_that_looks_like_a_formula_is_written_as_text(new_session, tmp_path, name):
    new_session.set_profile(2025, "name", name)
    out = export_workbook(new_session.snapshot(2025), tmp_path / "表.xlsx")
    wb = load_workbook(out)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and name.strip() in cell.value:
                    assert cell.data_type == "s", (ws.title, cell.coordinate)
    with zipfile.ZipFile(out) as package:
        assert not any(b"<f>" in package.read(n) for n in package.namelist() if n.startswith("xl/worksheets/")), \
            "no formula anywhere in the workbook"


def test_a_word_line_break_in_the_school_name_becomes_a_space_and_the_export_works(new_session, tmp_path):
    new_session.set_profile(2025, "name", "示例市\v机电工程学校\x07")
    assert new_session.profile(2025)["name"] == "示例市 机电工程学校"
    out = export_workbook(new_session.snapshot(2025), tmp_path / "表.xlsx")
    assert load_workbook(out)["封面"]["B3"].value == "示例市 机电工程学校"


def test_control_characters_stored_by_an_older_version_are_dropped_on_export(new_session, tmp_path):
    new_session.db.execute("UPDATE profile SET value = ? WHERE key = 'name'", ["示例\x0b学校\x01"])
    out = export_workbook(new_session.snapshot(2025), tmp_path / "表.xlsx")
    assert "示例学校" in load_workbook(out)["封面"]["A1"].value


def test_a_workbook_with_damaged_compressed_data_is_refused_with_a_chinese_sentence(sample_copy, tmp_path):
    from vqdesk.core.session import Session
    with Session.open(sample_copy) as s:
        good = export_workbook(s.snapshot(2025), tmp_path / "好.xlsx")
        raw = bytearray(good.read_bytes())
        start = raw.find(b"xl/worksheets/sheet2.xml")
        raw[start + 200:start + 260] = b"\x00" * 60
        bad = tmp_path / "坏.xlsx"
        bad.write_bytes(bytes(raw))
        with pytest.raises(ExcelImportError, match=r"无法读取“坏.xlsx”：文件已损坏"):
            import_workbook(s, 2025, bad)


def test_a_list_sheet_over_the_row_limit_is_refused_before_loading(new_session, tmp_path):
    from openpyxl import Workbook
    from vqdesk.core.excel.package import MAX_SHEET_ROWS
    wb = Workbook()
    ws = wb.active
    ws.title = "专业设置"
    ws.append(["专业代码", "专业名称", "学制"])
    for n in range(MAX_SHEET_ROWS + 1):
        ws.append(["660301", f"专业{n}", "三年制"])
    path = tmp_path / "太长.xlsx"
    wb.save(path)
    with pytest.raises(ExcelImportError, match=f"工作表“专业设置”有 {MAX_SHEET_ROWS + 2} 行，超过 {MAX_SHEET_ROWS} 行"):
        import_workbook(new_session, 2025, path)
    assert new_session.records(2025, "majors") == []
