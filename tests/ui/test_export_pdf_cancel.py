"""导出 PDF / 导出 Word → 取消: the export stops while it runs, and nothing is left in the folder."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QPushButton

from vqdesk.core.session import Session
from vqdesk.ui import file_actions
from vqdesk.ui.app import open_window


def _long_report(path):
    """The sample with a long 1.1 概况, so that the layout takes several seconds."""
    with Session.open(path) as s:
        year = s.years()[-1]
        s.set_node_text(s.part_node(year, "basic.overview").id, "\n".join(
            f"第 {i} 段：学校坚持立德树人，深化产教融合，推进校企合作，提升人才培养质量。" * 4 for i in range(1500)))


@pytest.mark.parametrize("export, name, kind, action", [
    (file_actions.export_pdf, "年报.pdf", "PDF", "a_export_pdf"),
    (file_actions.export_docx, "年报.docx", "Word", "a_export_docx"),   # the same progress view
])
def test_cancel_stops_a_running_export_and_leaves_nothing(sample_copy, tmp_path, qtbot, monkeypatch,
                                                          export, name, kind, action):
    _long_report(sample_copy)
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
    if kind == "PDF":
        qtbot.waitUntil(lambda: dialog.value() >= 10, timeout=60_000)      # laying out pages now
    assert window.worker is not None
    cancel = next(b for b in dialog.findChildren(QPushButton) if b.text() == "取消")
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.worker is None, timeout=60_000)
    assert done == []                                          # no 已保存到 message
    assert window.statusBar().currentMessage() == f"已取消导出 {kind}，没有写入文件。"
    assert sorted(p.name for p in out_dir.iterdir()) == []     # no file, no hidden work folder
    assert getattr(window, action).isEnabled()
    window.close()
