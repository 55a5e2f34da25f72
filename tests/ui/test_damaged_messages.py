"""A damaged file is described in Chinese, without SQLite's or zipfile's own words."""

from vqdesk.ui import file_actions
from vqdesk.ui.app import open_window


def test_opening_a_damaged_report_says_so_in_chinese(sample_path, tmp_path, _quiet_qt):
    damaged = tmp_path / "损坏的报告.vqd"
    data = bytearray(sample_path.read_bytes())
    data[100:4196] = b"\xff" * 4096
    damaged.write_bytes(bytes(data))
    assert open_window(damaged) is None
    [(kind, (parent, title, message))] = _quiet_qt
    assert (kind, title, message) == ("warning", "无法打开", "文件“损坏的报告.vqd”已损坏，无法打开。请从备份恢复。")


def test_importing_a_damaged_workbook_says_so_in_chinese(report_path, tmp_path, qtbot, _quiet_qt):
    book = tmp_path / "数据.xlsx"
    book.write_bytes(b"PK\x03\x04" + b"\x00" * 200)           # a truncated zip
    window = open_window(report_path)
    qtbot.addWidget(window)
    file_actions.import_excel(window, str(book))
    [(kind, (_, title, message))] = _quiet_qt
    assert (kind, title) == ("warning", "导入 Excel")
    assert message == "导入失败：无法读取“数据.xlsx”：不是有效的 Excel 工作簿（.xlsx），或文件不完整（可能只复制了一部分）。"
    window.close()
