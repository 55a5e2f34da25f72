"""Reports live in folders named like “张 老师/质量 年报”: Chinese characters and spaces in every part
of the path work for create, open, save, Excel export and import, PDF export and the command line;
per-user data goes to the user's own folder, never beside the program."""

import shutil
import sys
from pathlib import Path

import pytest

import vqdesk
from vqdesk.cli import main as cli
from vqdesk.core import resources
from vqdesk.core.excel import export_workbook, import_workbook
from vqdesk.core.pdf import build_pdf
from vqdesk.core.session import Session
from vqdesk.core.store.backups import list_backups
from vqdesk.core.userdata import user_data_dir

SCHOOL = "示例 职业学校"


@pytest.fixture
def folder(tmp_path) -> Path:
    path = tmp_path / "张 老师" / "质量 年报"
    path.mkdir(parents=True)
    return path


@pytest.fixture
def report(folder) -> Path:
    """A small Liaoning 2025 report saved as “示例 学校.vqd”."""
    path = folder / "示例 学校.vqd"
    with Session.create(path, school=SCHOOL, year=2025, edition_id="liaoning-2023") as s:
        s.set_value(2025, "1.1", 500)
        s.add_record(2025, "majors", {"code": "660301", "name": "机电技术应用", "duration": "三年制"})
        s.set_node_text(s.part_node(2025, "basic.overview").id, "学校位于“示例 市”。")
    return path


def test_create_save_and_reopen_keep_every_edit(report):
    with Session.open(report) as s:
        s.set_value(2025, "6.1", 1200)
        s.set_profile(2025, "name", "张 老师的学校")
    with Session.open(report, readonly=True) as s:
        assert (s.value(2025, "1.1").number, s.value(2025, "6.1").number) == (500, 1200)
        assert s.profile(2025)["name"] == "张 老师的学校"
        assert s.node_text(s.part_node(2025, "basic.overview").id) == "学校位于“示例 市”。"
        assert [r.data["name"] for r in s.records(2025, "majors")] == ["机电技术应用"]


def test_open_copied_file_and_migrate_an_old_one_beside_it(sample_path, folder):
    copy = folder / "样例 副本.vqd"
    shutil.copy(sample_path, copy)
    with Session.open(copy, readonly=True) as s:
        assert s.years() == [2023, 2024, 2025]
    old = folder / "旧版 年报.vqd"
    shutil.copy(Path(__file__).parent / "data" / "schema-v1.vqd", old)
    with Session.open(old) as s:
        assert s.years()
    assert (folder / "旧版 年报.vqd.bak-v1").is_file()


def test_excel_export_and_import_round_trip(report, folder):
    with Session.open(report, readonly=True) as s:
        out = export_workbook(s.snapshot(2025), folder / "指标 表.xlsx")
    target = folder / "导入 目标.vqd"
    with Session.create(target, school=SCHOOL, year=2025, edition_id="liaoning-2023") as s:
        result = import_workbook(s, 2025, out)
        assert result.applied and not result.errors
        assert s.value(2025, "1.1").number == 500
        assert [r.data["code"] for r in s.records(2025, "majors")] == ["660301"]


def test_pdf_export(report, folder):
    with Session.open(report, readonly=True) as s:
        out = build_pdf(s.snapshot(2025), folder / "年报 草稿.pdf", photo_data=s.photo_data)
    assert out == folder / "年报 草稿.pdf"
    assert out.read_bytes()[:5] == b"%PDF-"


def test_command_line_with_such_paths(folder, capsys):
    report, pdf, xlsx = folder / "命令行 示例.vqd", folder / "命令行 年报.pdf", folder / "命令行 指标.xlsx"
    assert cli(["demo", str(report)]) == 0
    assert cli(["export", str(report), "--pdf", str(pdf), "--xlsx", str(xlsx)]) == 0
    assert cli(["import", str(report), str(xlsx)]) == 0
    assert cli(["info", str(report)]) == 0
    assert cli(["new", str(folder / "新建 学校"), "--school", SCHOOL, "--year", "2025",
                "--edition", "national-2024"]) == 0
    out, err = capsys.readouterr()
    assert f"已导出 PDF：{pdf}" in out and f"已导出 Excel：{xlsx}" in out
    assert f"已创建 {folder / '新建 学校.vqd'}" in out and "学校：示例市机电工程学校" in out
    assert pdf.read_bytes()[:5] == b"%PDF-" and xlsx.read_bytes()[:2] == b"PK"
    assert "Traceback" not in err


def test_command_line_names_a_missing_chinese_path(folder, capsys):
    missing = folder / "不存在 的文件.vqd"
    assert cli(["info", str(missing)]) == 1
    assert "不存在 的文件.vqd" in capsys.readouterr().err


# -- per-user data ---------------------------------------------------------------------------

@pytest.fixture
def chinese_home(tmp_path, monkeypatch) -> Path:
    """A user named 张 老师 with no data-folder override, as on a school computer."""
    home = tmp_path / "用户" / "张 老师"
    home.mkdir(parents=True)
    monkeypatch.delenv("VQDESK_DATA_DIR", raising=False)
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("APPDATA", str(home / "AppData" / "Roaming"))
    return home


def _program_folders() -> list[Path]:
    return [Path(vqdesk.__file__).resolve().parent.parent, resources.resources_dir(),
            Path(sys.executable).parent]


@pytest.mark.parametrize("platform, expected", [
    ("linux", (".local", "share", "vqdesk", "vqdesk")),
    ("win32", ("AppData", "Roaming", "vqdesk", "vqdesk")),
    ("darwin", ("Library", "Application Support", "vqdesk", "vqdesk")),
])
def test_user_data_goes_to_the_users_own_folder(chinese_home, monkeypatch, platform, expected):
    monkeypatch.setattr(sys, "platform", platform)
    path = user_data_dir()
    assert path == chinese_home.joinpath(*expected) and path.is_dir()
    assert not any(path.is_relative_to(p) for p in _program_folders())


def test_user_data_follows_xdg_data_home(chinese_home, monkeypatch):
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("XDG_DATA_HOME", str(chinese_home / "数据"))
    assert user_data_dir() == chinese_home / "数据" / "vqdesk" / "vqdesk"


def test_frozen_program_reads_its_bundle_and_writes_elsewhere(chinese_home, tmp_path, monkeypatch):
    bundle = tmp_path / "程序 目录" / "_internal"
    shutil.copytree(resources.resources_dir() / "templates", bundle / "resources" / "templates")
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    resources.resources_dir.cache_clear()
    try:
        assert resources.templates_dir() == bundle / "resources" / "templates"
        assert not user_data_dir().is_relative_to(bundle.parent)
    finally:
        monkeypatch.undo()
        resources.resources_dir.cache_clear()


def test_backups_of_a_chinese_named_report_go_to_the_users_folder(report, chinese_home):
    with Session.open(report):
        pass
    backups = list_backups(report)
    assert len(backups) == 1
    assert backups[0].path.is_relative_to(user_data_dir()) and backups[0].path.name.startswith("示例 学校")
