"""The export dialogs start next to the report, or in 文档 when the report is tucked away."""

import shutil
from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from vqdesk.ui import file_actions
from vqdesk.ui.app import open_window
from vqdesk.ui.settings import data_dir, documents_dir


def _suggested(window, monkeypatch, action) -> Path:
    offered = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda parent, title, path, *a, **k: (offered.append(path), ("", ""))[1]))
    action(window)
    return Path(offered[0])


def _window(path, qtbot):
    window = open_window(path)
    qtbot.addWidget(window)
    return window


def test_exports_of_a_report_in_an_ordinary_folder_are_offered_next_to_it(report_path, qtbot, monkeypatch):
    window = _window(report_path, qtbot)
    monkeypatch.setattr(file_actions, "_ask_final", lambda w: True)
    for action, suffix in ((file_actions.export_excel, ".xlsx"), (file_actions.export_pdf, ".pdf")):
        assert _suggested(window, monkeypatch, action) == report_path.parent / f"测试职业学校_2025年度质量年报{suffix}"
    window.close()


def test_exports_of_the_sample_in_the_data_folder_are_offered_in_documents(sample_path, qtbot, monkeypatch):
    sample = data_dir() / "示例报告.vqd"
    shutil.copy(sample_path, sample)
    window = _window(sample, qtbot)
    school = window.ctrl.data.profile["name"]
    assert _suggested(window, monkeypatch, file_actions.export_excel) == \
        Path(documents_dir()) / f"{school}_{window.ctrl.year}年度质量年报.xlsx"
    window.close()


def test_exports_of_a_report_in_a_hidden_folder_are_offered_in_documents(report_path, tmp_path, qtbot, monkeypatch):
    hidden = tmp_path / ".cache" / "报告"
    hidden.mkdir(parents=True)
    moved = Path(shutil.move(report_path, hidden / report_path.name))
    window = _window(moved, qtbot)
    assert _suggested(window, monkeypatch, file_actions.export_excel).parent == Path(documents_dir())
    assert not Path(documents_dir()).name.startswith(".")
    window.close()
