"""导出 PDF / 导出 Word → 取消: the export stops while it runs, and nothing is left in the folder."""

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QPushButton

from vqdesk.ui import file_actions
from vqdesk.ui.app import open_window


def _held(monkeypatch, target: str):
    """Make the export's worker wait inside `target` (a step halfway through the build) until
    the test lets it go: the 取消 is then clicked while the export is certainly running."""
    started, go = threading.Event(), threading.Event()
    module, _, name = target.rpartition(".")
    original = getattr(__import__(module, fromlist=[name]), name)

    def step(*args, **kwargs):
        result = original(*args, **kwargs)
        started.set()
        go.wait(30)
        return result
    monkeypatch.setattr(target, step)
    return started, go


@pytest.mark.parametrize("export, name, kind, action, step", [
    (file_actions.export_pdf, "年报.pdf", "PDF", "a_export_pdf", "vqdesk.core.pdf.build.keep_with_next"),
    (file_actions.export_docx, "年报.docx", "Word", "a_export_docx",    # the same progress view
     "vqdesk.core.docx_export.build._properties"),
])
def test_cancel_stops_a_running_export_and_leaves_nothing(sample_copy, tmp_path, qtbot, monkeypatch,
                                                          export, name, kind, action, step):
    started, go = _held(monkeypatch, step)
    out_dir = tmp_path / "导出"
    out_dir.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out_dir / name), "")))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    done = []
    monkeypatch.setattr(file_actions, "_done", lambda *a, **k: done.append(a))
    window = open_window(sample_copy)
    qtbot.addWidget(window)
    window.show()
    export(window)
    dialog = window.findChild(QProgressDialog)
    qtbot.waitUntil(started.is_set, timeout=60_000)                      # the build is running
    assert window.worker is not None
    cancel = next(b for b in dialog.findChildren(QPushButton) if b.text() == "取消")
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    go.set()
    qtbot.waitUntil(lambda: window.worker is None, timeout=60_000)
    assert done == []                                          # no 已保存到 message
    assert window.statusBar().currentMessage() == f"已取消导出 {kind}，没有写入文件。"
    assert sorted(p.name for p in out_dir.iterdir()) == []     # no file, no hidden work folder
    assert getattr(window, action).isEnabled()
    window.close()
