"""Export writes the whole file or nothing, and says in Chinese why it could not."""

import errno

import pytest
from openpyxl import load_workbook

from vqdesk.core.excel import ExcelExportError, export_workbook

from .conftest import YEAR

#: A read-only folder (permission bits) or a read-only mount (root, CI): either is named.
READ_ONLY_REFUSAL = "没有写入权限|所在磁盘是只读的"


@pytest.fixture
def folder(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "年报.xlsx").write_bytes(b"old")
    return out


def listing(folder) -> dict:
    return {p.name: p.read_bytes() for p in folder.iterdir()}


def test_export_replaces_existing_file_whole(filled, folder):
    export_workbook(filled.snapshot(YEAR), folder / "年报.xlsx")
    assert load_workbook(folder / "年报.xlsx").sheetnames[0] == "封面"
    assert [p.name for p in folder.iterdir()] == ["年报.xlsx"]


def test_export_to_read_only_folder_real(filled, read_only):
    with pytest.raises(ExcelExportError, match=READ_ONLY_REFUSAL):
        export_workbook(filled.snapshot(YEAR), read_only / "年报.xlsx")
    assert listing(read_only) == {"年报.xlsx": b"old"}


def test_export_to_read_only_folder_gives_clear_error(filled, folder, monkeypatch):
    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")
    monkeypatch.setattr("vqdesk.core.atomic.tempfile.mkdtemp", refuse)
    target = folder / "年报.xlsx"
    with pytest.raises(ExcelExportError) as info:
        export_workbook(filled.snapshot(YEAR), target)
    assert str(info.value) == (f"无法写入“{target}”：没有写入权限（文件夹“{folder}”可能是只读的），请另选保存位置。"
                               f"原有的同名文件保持不变。")
    assert listing(folder) == {"年报.xlsx": b"old"}


def test_export_to_full_disk_leaves_no_partial_file(filled, folder, monkeypatch):
    """The workbook is built in memory; the disk fills up while its bytes are written."""
    def disk_fills_up(self, data):
        with open(self, "wb") as handle:
            handle.write(data[:100])
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr("pathlib.Path.write_bytes", disk_fills_up)
    target = folder / "年报.xlsx"
    with pytest.raises(ExcelExportError) as info:
        export_workbook(filled.snapshot(YEAR), target)
    assert str(info.value) == f"磁盘空间不足，无法保存“{target}”。请清理磁盘或另选保存位置。原有的同名文件保持不变。"
    assert listing(folder) == {"年报.xlsx": b"old"}


def test_export_over_open_file_leaves_old_file_and_no_temp(filled, folder, monkeypatch):
    def locked(src, dst):
        raise PermissionError(errno.EACCES, "The process cannot access the file")
    monkeypatch.setattr("vqdesk.core.atomic.os.replace", locked)
    target = folder / "年报.xlsx"
    with pytest.raises(ExcelExportError) as info:
        export_workbook(filled.snapshot(YEAR), target)
    assert str(info.value).startswith(f"文件“{target}”正被其他程序打开（例如 Excel 或 PDF 阅读器），请关闭后重试。")
    assert listing(folder) == {"年报.xlsx": b"old"}


def test_export_to_missing_folder(filled, tmp_path):
    with pytest.raises(ExcelExportError, match="文件夹“.*nowhere”不存在"):
        export_workbook(filled.snapshot(YEAR), tmp_path / "nowhere" / "out.xlsx")
