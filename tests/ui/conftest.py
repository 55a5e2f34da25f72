import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QSettings, QStandardPaths  # noqa: E402
from PySide6.QtWidgets import QMessageBox  # noqa: E402

from vqdesk.core.session import Session  # noqa: E402


@pytest.fixture(autouse=True)
def _quiet_qt(qapp, tmp_path, monkeypatch):
    """No real dialogs, no writes to the tester's own settings."""
    QStandardPaths.setTestModeEnabled(True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    shown = []
    for name in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(lambda *a, _n=name, **k: shown.append((_n, a))))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    return shown


@pytest.fixture
def report_path(tmp_path):
    """A small Liaoning 2025 report: a few table values, two majors, the text of 1.1 概况."""
    path = tmp_path / "测试学校.vqd"
    with Session.create(path, school="测试职业学校", year=2025, edition_id="liaoning-2023") as s:
        s.set_value(2025, "1.1", 500)
        s.set_value(2025, "1.2a", 480)
        s.set_value(2025, "6.1", 1200)
        s.set_value(2025, "6.4c", 80)
        s.add_record(2025, "majors", {"code": "660301", "name": "机电技术应用", "duration": "三年制"})
        s.add_record(2025, "majors", {"code": "710201", "name": "计算机应用", "duration": "三年制"})
        s.set_node_text(s.part_node(2025, "basic.overview").id, "学校创办于一九六二年。")
    return path


@pytest.fixture
def ctrl(report_path):
    from vqdesk.ui.controller import ReportController
    controller = ReportController(Session.open(report_path))
    yield controller
    controller.close()


@pytest.fixture
def part_key():
    """The navigation key ("node", id) of the heading that carries an edition part."""
    return lambda ctrl, part: ("node", ctrl.session.part_node(ctrl.year, part).id)


@pytest.fixture
def active_window(report_path, qtbot):
    """The real main window on report_path, shown and active (its shortcuts and the clipboard live)."""
    from vqdesk.ui.app import open_window
    window = open_window(report_path)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    yield window
    window.close()


@pytest.fixture
def window(report_path, qtbot):
    """The real main window on report_path, not shown (tests that need focus use active_window)."""
    from vqdesk.ui.app import open_window
    w = open_window(report_path)
    qtbot.addWidget(w)
    yield w
    w.close()
