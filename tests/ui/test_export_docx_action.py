"""文件 → 导出 Word…: through the real window, off the GUI thread, draft or final as for the PDF."""

import docx
from PySide6.QtWidgets import QFileDialog, QMessageBox

from vqdesk.ui import docx_export_action, file_actions
from vqdesk.ui.app import open_window


def _save_to(monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), "")))


def _capture_done(monkeypatch):
    shown = []
    monkeypatch.setattr(file_actions, "_done", lambda w, title, out, notes=(): shown.append((title, out, list(notes))))
    return shown


def _draft(path) -> bool:
    return any("草稿" in s.header._element.xpath("string(.)") for s in docx.Document(str(path)).sections)


def test_export_word_sits_after_export_pdf_in_the_file_menu(sample_copy, qtbot):
    window = open_window(sample_copy)
    qtbot.addWidget(window)
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions()]
    assert texts[texts.index("导出 PDF…") + 1] == "导出 Word…"
    window.close()


def test_export_word_writes_the_report_off_the_gui_thread(sample_copy, tmp_path, qtbot, monkeypatch):
    window = open_window(sample_copy)
    qtbot.addWidget(window)
    asked = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text()))
    _save_to(monkeypatch, tmp_path / "年报")                   # the suffix is added
    shown = _capture_done(monkeypatch)
    window.a_export_docx.trigger()
    assert isinstance(window.worker, docx_export_action.DocxExportWorker)
    assert not window.a_export_docx.isEnabled()                 # one export at a time
    qtbot.waitUntil(lambda: window.worker is None, timeout=60_000)
    out = tmp_path / "年报.docx"
    assert shown == [("导出 Word", str(out), [])] and asked == []
    document = docx.Document(str(out))
    assert [p.text for p in document.paragraphs if p.style.name == "Heading 1"][:1] == ["1 基本情况"]
    assert not _draft(out)                                       # no 错误: the final copy
    assert window.a_export_docx.isEnabled()
    window.close()


def _choosing(button_text, asked):
    def choose(box_self):
        asked.append((box_self.windowTitle(), box_self.text()))
        box_self.clickedButton = lambda: next(b for b in box_self.buttons() if b.text() == button_text)
        return 0
    return choose


def test_export_word_with_errors_asks_draft_or_final(report_path, tmp_path, qtbot, monkeypatch):
    window = open_window(report_path)
    qtbot.addWidget(window)
    _capture_done(monkeypatch)
    for button, name, draft in (("导出草稿", "草稿.docx", True), ("仍导出正式版", "正式.docx", False)):
        asked = []
        monkeypatch.setattr(QMessageBox, "exec", _choosing(button, asked))
        _save_to(monkeypatch, tmp_path / name)
        window.a_export_docx.trigger()
        qtbot.waitUntil(lambda: window.worker is None, timeout=60_000)
        assert asked[0][0] == "导出 Word" and "个错误" in asked[0][1]
        assert _draft(tmp_path / name) is draft, button
    window.close()


def test_cancelling_the_question_writes_nothing(report_path, tmp_path, qtbot, monkeypatch):
    window = open_window(report_path)
    qtbot.addWidget(window)
    monkeypatch.setattr(QMessageBox, "exec", _choosing("取消", []))
    window.a_export_docx.trigger()
    assert window.worker is None and list(tmp_path.glob("*.docx")) == []
    window.close()
