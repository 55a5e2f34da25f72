"""Composing a report in the window as a school's office does: rename a section, add a
sub-section, paste a table from Excel, chart it, add a photo pair and a case with a table, move
blocks — and undo every step and redo it.  After each step the file (vqdesk content) is checked."""

import json
import tempfile

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit

from vqdesk.cli import main as cli_main
from vqdesk.ui import blocks
from vqdesk.ui.app import open_window

PASTED = "年份\t报考人数\t录取人数\n2024\t120\t110\n2025\t130\t124\n"


def _png(path, color):
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    image.save(str(path))
    return str(path)


def _answer(monkeypatch, text):
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: (text, True)))


def _node(content, title):
    def walk(nodes):
        for n in nodes:
            yield n
            yield from walk(n["children"])
    return next(n for n in walk(content["outline"]) if n["title"] == title)


def test_composing_a_section_step_by_step_with_undo_and_redo(report_path, qtbot, monkeypatch, tmp_path, part_key,
                                                              capsys):
    window = open_window(report_path)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)                                   # real keys, the window's shortcuts live
    session, ctrl = window.ctrl.session, window.ctrl
    key = part_key(ctrl, "basic.overview")
    window.nav.select_key(key)
    page = window.pages["node"]
    states = [(ctrl.undo_stack.index(), session.content())]

    window.nav.setFocus()                                                     # renamed in the tree: F2, type, Enter
    qtbot.keyClick(window.nav, Qt.Key.Key_F2)
    editor = window.nav.viewport().findChild(QLineEdit)
    assert editor.text() == "概况"
    editor.setText("学校简介")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ctrl.undo_stack.count() == 1)
    assert _node(session.content(), "学校简介")["edition_part"] == "basic.overview"
    states.append((ctrl.undo_stack.index(), session.content()))

    _answer(monkeypatch, "招生情况")                                          # a sub-section
    page.add_subsection()
    assert [c["title"] for c in _node(session.content(), "学校简介")["children"]] == ["招生情况"]
    assert window.nav.current_key()[0] == "node" and page.title.text() == "1.1.1 招生情况"
    states.append((ctrl.undo_stack.index(), session.content()))

    page.inserter.actions["table"].trigger()                                  # 插入 → 表格, Ctrl+V
    grid = page.column.frames[0].editor.grid
    assert QApplication.focusWidget() is grid                                 # the cursor is in the new table
    QGuiApplication.clipboard().setText(PASTED)
    qtbot.keyClick(grid, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    [table] = _node(session.content(), "招生情况")["blocks"]
    assert (table["columns"], table["column_kinds"], table["rows"]) == (
        ["年份", "报考人数", "录取人数"], ["number", "number", "number"], [[2024, 120, 110], [2025, 130, 124]])
    states.append((ctrl.undo_stack.index(), session.content()))

    page.column.frames[0].focused()                                           # the cursor in the table
    page.inserter.actions["chart"].trigger()
    chart = _node(session.content(), "招生情况")["blocks"][1]
    assert (chart["kind"], chart["source"]) == ("chart", {"table": table["ref"], "labels": 0, "series": [1]})
    chart_frame = page.column.frames[1]                                       # 年份 labels the bars, 报考人数 drawn
    chart_frame.editor.series.item(2).setCheckState(chart_frame.editor.series.item(2).checkState().Checked)
    chart_frame.editor.series.item(1).setCheckState(chart_frame.editor.series.item(1).checkState().Unchecked)
    assert _node(session.content(), "招生情况")["blocks"][1]["source"]["series"] == [2]
    assert page.column.frames[1].editor.preview.pixmap().width() > 0          # drawn by the PDF's code
    states.append((ctrl.undo_stack.index(), session.content()))

    pictures = [_png(tmp_path / "a.png", "red"), _png(tmp_path / "b.png", "blue")]
    monkeypatch.setattr(blocks.inserter, "choose_photo_files", lambda parent: pictures)
    page.inserter.actions["photos"].trigger()                                 # after the chart
    photos = _node(session.content(), "招生情况")["blocks"][2]
    assert (photos["kind"], photos["per_row"], [i["filename"] for i in photos["items"]]) == \
        ("photos", 2, ["a.png", "b.png"])
    states.append((ctrl.undo_stack.index(), session.content()))

    _answer(monkeypatch, "订单班招生")                                         # a case with a table
    page.inserter.actions["case"].trigger()
    case_frame = page.column.frames[3]
    inner = case_frame.editor.column
    inner.frames[0].focused()
    page.inserter.actions["table"].trigger()
    case = _node(session.content(), "招生情况")["blocks"][3]
    assert (case["title"], [b["kind"] for b in case["blocks"]]) == ("订单班招生", ["text", "table"])
    states.append((ctrl.undo_stack.index(), session.content()))

    page.column.frames[2].up_button.click()                                   # ↑: photos above the chart
    assert [b["kind"] for b in _node(session.content(), "招生情况")["blocks"]] == ["table", "photos", "chart", "case"]
    states.append((ctrl.undo_stack.index(), session.content()))

    for index, expected in reversed(states[:-1]):                             # undo every step ...
        ctrl.undo_stack.setIndex(index)
        assert session.content() == expected
    for index, expected in states[1:]:                                        # ... and redo it
        ctrl.undo_stack.setIndex(index)
        assert _strip(session.content()) == _strip(expected)
    window.close()
    capsys.readouterr()
    assert cli_main(["content", str(report_path)]) == 0
    assert _strip(json.loads(capsys.readouterr().out)) == _strip(states[-1][1])   # what `vqdesk content` prints


def _strip(content):
    """Photos come back with new ids when redone; what the document says is otherwise the same."""
    import re
    text = json.dumps(content, ensure_ascii=False)
    return re.sub(r'"photo": \d+', '"photo": 0', text)


def test_a_chip_is_one_character_showing_the_value_and_saves_as_its_token(ctrl, qtbot, part_key):
    from vqdesk.ui.blocks.chip_edit import ChipEdit
    edit = ChipEdit(lambda: ctrl.figures)
    qtbot.addWidget(edit)
    edit.set_text("毕业生{{[1.1]}}人。")
    assert edit.toPlainText() == "毕业生\ufffc人。"                            # atomic: one character
    assert edit.to_text() == "毕业生{{[1.1]}}人。"
    cursor = edit.textCursor()
    cursor.setPosition(4)
    cursor.deletePreviousChar()                                               # deleted as a whole
    assert edit.to_text() == "毕业生人。"


def test_export_then_preview_shows_the_pdf(report_path, qtbot):
    window = open_window(report_path)
    qtbot.addWidget(window)
    window.show()
    window.show_preview()                 # exports in a worker thread, then shows the PDF
    qtbot.waitUntil(lambda: not window.preview.building(), timeout=60000)
    assert window.preview_dock.isVisible() and window.preview.document.pageCount() > 5
    assert window.preview.page_of("1.1 概况") is not None
    folder = window.preview.folder()
    assert [p.name for p in folder.iterdir()] == [f"预览-{window.ctrl.year}.pdf"]
    window.close()
    assert not folder.exists()                 # closing the window removes the preview's folder


def test_opening_and_closing_a_window_leaves_nothing_in_the_temp_folder(report_path, qtbot, tmp_path,
                                                                         monkeypatch):
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    window = open_window(report_path)
    qtbot.addWidget(window)
    window.close()
    assert list(temp.iterdir()) == []
