"""报告 → 导出 PDF: draft or final, progress, and what was left out."""

from PySide6.QtWidgets import QFileDialog, QMessageBox

from vqdesk.ui import file_actions
from vqdesk.ui.app import open_window


def _save_to(monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), "")))


def _export(window, qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(file_actions, "_done", lambda w, title, out, notes=(): shown.append((out, list(notes))))
    file_actions.export_pdf(window)
    qtbot.waitUntil(lambda: window.worker is None, timeout=60_000)
    return shown


def test_export_pdf_of_a_report_without_errors_is_final_and_asks_nothing(sample_copy, tmp_path, qtbot, monkeypatch):
    window = open_window(sample_copy)
    qtbot.addWidget(window)
    asked = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text()))
    _save_to(monkeypatch, tmp_path / "年报.pdf")
    shown = _export(window, qtbot, monkeypatch)
    assert shown == [(str(tmp_path / "年报.pdf"), [])] and asked == []
    assert (tmp_path / "年报.pdf").read_bytes()[:5] == b"%PDF-"
    assert window.a_export_pdf.isEnabled()
    window.close()


def test_export_pdf_with_errors_asks_draft_or_final(report_path, qtbot, monkeypatch):
    window = open_window(report_path)
    qtbot.addWidget(window)
    asked = []

    def choose(box_self):
        asked.append(box_self.text())
        box_self.clickedButton = lambda: next(b for b in box_self.buttons() if b.text() == "取消")
        return 0

    monkeypatch.setattr(QMessageBox, "exec", choose)
    file_actions.export_pdf(window)                    # 取消: nothing happens
    assert asked and asked[0].startswith("报告还有 ") and "个错误" in asked[0]
    assert window.worker is None
    window.close()


def _choosing(button_text):
    def choose(box_self):
        box_self.clickedButton = lambda: next(b for b in box_self.buttons() if b.text() == button_text)
        return 0
    return choose


def _watermarked(path) -> bool:
    from pypdf import PdfReader
    return len(PdfReader(str(path)).pages[0].images) > 0     # the 草稿 watermark is a picture


def test_export_pdf_draft_button_writes_a_draft_and_final_button_a_final_copy(report_path, tmp_path, qtbot, monkeypatch):
    window = open_window(report_path)
    qtbot.addWidget(window)
    for button, name, draft in (("导出草稿", "草稿.pdf", True), ("仍导出正式版", "正式.pdf", False)):
        monkeypatch.setattr(QMessageBox, "exec", _choosing(button))
        _save_to(monkeypatch, tmp_path / name)
        _export(window, qtbot, monkeypatch)
        assert _watermarked(tmp_path / name) is draft, button
    window.close()
