"""Files dropped on the window: a workbook starts the Excel import wherever it lands; photos go
into the heading or the case they are dropped on."""

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QTextEdit

from vqdesk.core.excel import export_workbook
from vqdesk.ui.app import open_window
from vqdesk.ui.pages.cases_page import case_photos


def _drop(widget, *paths) -> bool:
    """Drag files over `widget` and drop them, as a file manager does; whether it was taken."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    at = QPoint(widget.width() // 2, widget.height() // 2)
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(at, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(QPointF(at), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, drop)
    return drop.isAccepted()


def _photo(path: Path) -> Path:
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkGreen)
    assert image.save(str(path))
    return path


def test_a_workbook_dropped_on_a_text_editor_starts_the_import(report_path, tmp_path, qtbot, part_key, monkeypatch):
    from vqdesk.ui.dialogs.import_preview import ImportPreviewDialog
    previewed = []                                   # the import preview opens, and is confirmed
    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda d: previewed.append(d.lines()) or d.DialogCode.Accepted)
    window = open_window(report_path)
    qtbot.addWidget(window)
    window.show()
    book = export_workbook(window.ctrl.data, tmp_path / "填报.xlsx")     # 毕业生人数 500 in the book
    window.ctrl.session.set_value(2025, "1.1", 999)
    window.ctrl.reload()
    window.nav.select_key(part_key(window.ctrl, "basic.overview"))
    [editor] = [e for e in window.pages["node"].findChildren(QTextEdit) if "创办" in e.toPlainText()]
    assert _drop(editor.viewport(), book)
    qtbot.waitUntil(lambda: window.ctrl.data.value("1.1") == 500)
    assert "  表1 毕业生人数：999 → 500" in previewed[0]
    assert all(".xlsx" not in e.toPlainText() for e in window.pages["node"].findChildren(QTextEdit))
    window.close()


def test_photos_dropped_on_the_cases_page_go_into_the_case_shown(sample_copy, tmp_path, qtbot):
    window = open_window(sample_copy)
    qtbot.addWidget(window)
    window.show()
    doc = window.ctrl.data.document
    (_, first), (_, second) = doc.cases()[:2]
    window.show_case(second.id)
    before = case_photos(second)
    assert _drop(window.pages["cases"], _photo(tmp_path / "实训.png"), _photo(tmp_path / "合影.png"))
    case = window.ctrl.data.document.block(second.id)
    assert len(case_photos(case)) == len(before) + 2
    assert case_photos(window.ctrl.data.document.block(first.id)) == case_photos(first)      # the other case untouched
    assert [window.ctrl.data.photo(p).caption for p in case_photos(case)[-2:]] == ["实训", "合影"]
    assert window.ctrl.undo_stack.undoText() == "添加 2 张图片"
    window.ctrl.undo_stack.undo()
    assert case_photos(window.ctrl.data.document.block(second.id)) == before
    window.close()


def test_photos_dropped_on_a_heading_go_into_that_heading(report_path, tmp_path, qtbot, part_key):
    window = open_window(report_path)
    qtbot.addWidget(window)
    window.show()
    key = part_key(window.ctrl, "basic.majors")
    window.nav.select_key(key)
    assert _drop(window.pages["node"], _photo(tmp_path / "专业.png"))
    node = window.ctrl.data.document.node(key[1])
    assert [b.kind for b in node.blocks][-1] == "photos"
    window.close()
