"""The desktop application with a Chinese user name and Chinese file names with spaces: it opens
such a file, remembers it, and keeps its own data in the user's folder, never beside the program."""

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QStandardPaths

import vqdesk
from vqdesk import APP_NAME
from vqdesk.core import resources
from vqdesk.core.session import Session
from vqdesk.ui import app as app_module
from vqdesk.ui.settings import data_dir, last_file, recent_files


@pytest.fixture
def chinese_report(tmp_path) -> Path:
    path = tmp_path / "张 老师" / "质量 年报" / "示例 学校.vqd"
    path.parent.mkdir(parents=True)
    with Session.create(path, school="示例 职业学校", year=2025, edition_id="liaoning-2023") as s:
        s.set_node_text(s.part_node(2025, "basic.overview").id, "学校位于“示例 市”。")
    return path


def test_window_opens_and_remembers_a_chinese_path(chinese_report, qtbot, _quiet_qt):
    window = app_module.open_window(chinese_report)
    qtbot.addWidget(window)
    assert window.windowTitle() == "示例 职业学校 2025年度 — 示例 学校.vqd — 中职质量年报助手"
    assert (recent_files(), last_file()) == ([str(chinese_report.resolve())], str(chinese_report.resolve()))
    assert _quiet_qt == []
    window.close()


@pytest.fixture
def real_user_folders(tmp_path, monkeypatch):
    """QStandardPaths as in the installed program (no test mode) for a user named 张 老师."""
    home = tmp_path / "用户" / "张 老师"
    home.mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.delenv("VQDESK_DATA_DIR", raising=False)
    app = QCoreApplication.instance()
    names = (app.applicationName(), app.organizationName())
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    QStandardPaths.setTestModeEnabled(False)
    yield home
    QStandardPaths.setTestModeEnabled(True)
    app.setApplicationName(names[0])
    app.setOrganizationName(names[1])


@pytest.mark.skipif(sys.platform != "linux", reason="the folder layout checked here is Linux's (XDG)")
def test_data_folder_and_first_run_sample_are_in_the_users_folder(real_user_folders):
    expected = real_user_folders / ".local" / "share" / APP_NAME / APP_NAME
    qt_folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    assert data_dir() == expected == Path(qt_folder) and expected.is_dir()   # one folder for UI and CLI
    sample = app_module.sample_path()
    assert sample == expected / app_module.SAMPLE_NAME and sample.is_file()
    program = [Path(vqdesk.__file__).resolve().parent.parent, resources.resources_dir(),
               Path(sys.executable).parent]
    assert not any(sample.is_relative_to(p) for p in program)
