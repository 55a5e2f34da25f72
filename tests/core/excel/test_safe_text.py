"""Text that looks like a formula stays text; characters xlsx cannot hold are dropped."""

from openpyxl import Workbook, load_workbook

from vqdesk.core.excel import export_workbook
from vqdesk.core.excel.safe_text import clean_text, write_number, write_text

from .conftest import YEAR


def reload_cell(tmp_path, write):
    wb = Workbook()
    write(wb.active["A1"])
    wb.save(tmp_path / "t.xlsx")
    return load_workbook(tmp_path / "t.xlsx").active["A1"]


def test_write_text_keeps_formula_trigger_text_literal(tmp_path):
    for text in ("=1+1", "=HYPERLINK(\"http://x\",\"y\")", "+86 0416", "-问卷", "@SUM(A1)", "\t=1", "\n=1"):
        cell = reload_cell(tmp_path, lambda c: write_text(c, text))
        assert (cell.value, cell.data_type, cell.quotePrefix) == (text, "s", True)


def test_write_text_carriage_return_becomes_line_feed_and_stays_literal(tmp_path):
    cell = reload_cell(tmp_path, lambda c: write_text(c, "\r=1+1\r\n第二行"))
    assert (cell.value, cell.data_type, cell.quotePrefix) == ("\n=1+1\n第二行", "s", True)


def test_write_text_plain_text_has_no_quote_prefix(tmp_path):
    cell = reload_cell(tmp_path, lambda c: write_text(c, "问卷调查"))
    assert (cell.value, cell.data_type, cell.quotePrefix) == ("问卷调查", "s", False)


def test_clean_text_removes_control_characters():
    assert clean_text("机电\x00技术\x07应用\x1b") == "机电技术应用"
    assert clean_text("第一行\r\n第二行\t。") == "第一行\n第二行\t。"


def test_write_number_keeps_negative_numbers_numeric(tmp_path):
    cell = reload_cell(tmp_path, lambda c: write_number(c, -5.0, "0"))
    assert (cell.value, cell.data_type, cell.number_format) == (-5, "n", "0")


def test_export_formula_text_in_report_stays_text(filled, tmp_path):
    filled.update_record(filled.records(YEAR, "majors")[0].id, "category", "=cmd|' /C calc'!A0")
    filled.set_value(YEAR, "2.1a", "@问卷\x01星", column="method")
    wb = load_workbook(export_workbook(filled.snapshot(YEAR), tmp_path / "out.xlsx"))
    majors = wb["专业设置"]
    assert [(c.value, c.data_type) for c in (majors["D3"], majors["H4"])] == [
        ("=cmd|' /C calc'!A0", "s"), (None, "n")]
    assert [(c.value, c.data_type) for c in (majors["G4"],)] == [("=1+1 备注", "s")]
    method = wb["表2 满意度调查表"]["F3"]
    assert (method.value, method.data_type) == ("@问卷星", "s")
