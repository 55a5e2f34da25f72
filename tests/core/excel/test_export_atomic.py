"""Export writes the whole file or nothing, and says in Chinese why it could not."""

import os

import pytest
from openpyxl import load_workbook

from vqdesk.core.errors import VqdeskError
from vqdesk.core.excel import export_workbook

from .conftest import YEAR


def test_export_replaces_existing_file_whole(filled, tmp_path):
    target = tmp_path / "out.xlsx"
    target.write_bytes(b"old")
    export_workbook(filled.snapshot(YEAR), target)
    assert load_workbook(target).sheetnames[0] == "封面"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["filled.vqd", "filled.vqd-shm", "filled.vqd-wal",
                                                          "out.xlsx"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_export_to_read_only_folder_real(filled, tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(VqdeskError, match="不可写"):
            export_workbook(filled.snapshot(YEAR), folder / "out.xlsx")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


def test_export_to_read_only_folder_gives_clear_error(filled, tmp_path, monkeypatch):
    folder = tmp_path / "ro"
    folder.mkdir()

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")
    monkeypatch.setattr("vqdesk.core.excel.workbook.tempfile.mkstemp", refuse)
    with pytest.raises(VqdeskError) as info:
        export_workbook(filled.snapshot(YEAR), folder / "out.xlsx")
    assert str(info.value) == f"无法导出到“{folder}”：该文件夹不可写（只读或没有权限），请换一个文件夹。"
    assert list(folder.iterdir()) == []


def test_export_over_open_file_leaves_old_file_and_no_temp(filled, tmp_path, monkeypatch):
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "年报.xlsx"
    target.write_bytes(b"old")

    def locked(src, dst):
        raise PermissionError(13, "The process cannot access the file")
    monkeypatch.setattr("vqdesk.core.excel.workbook.os.replace", locked)
    with pytest.raises(VqdeskError, match="可能正在被 Excel 等程序打开"):
        export_workbook(filled.snapshot(YEAR), target)
    assert [(p.name, p.read_bytes()) for p in folder.iterdir()] == [("年报.xlsx", b"old")]


def test_export_to_missing_folder(filled, tmp_path):
    with pytest.raises(VqdeskError, match="不存在"):
        export_workbook(filled.snapshot(YEAR), tmp_path / "nowhere" / "out.xlsx")
