"""文件 → 从 Word 导入… through the real window: the preview, the import as one undo step, the
navigation tree following it, undo restoring the previous content, redo."""

from PySide6.QtWidgets import QDialog, QFileDialog

from tests.core.docx_import import build as B
from vqdesk.ui.app import open_window
from vqdesk.ui.dialogs.docx_import_dialog import DocxImportDialog


def word(tmp_path):
    d = B.new()
    B.bold(d, "一、基本情况")
    B.bold(d, "（一）概况")
    d.add_paragraph("从 Word 导入的概况。")
    B.picture(d, B.png())
    d.add_paragraph("图1 校园一角")
    B.bold(d, "二、我们的新章")
    B.case_box(d, ["【案例 1】新章里的案例", "案例正文。"])
    p = d.add_paragraph("还有一段。")
    B.text_box(p, "框里的字")
    path = tmp_path / "去年.docx"
    path.write_bytes(B.save(d))
    return path



def test_import_from_word_previews_applies_undoes_and_redoes(report_path, tmp_path, qtbot, monkeypatch):
    window = open_window(report_path)
    qtbot.addWidget(window)
    session = window.ctrl.session
    before = session.content(2025)
    old_nodes = [k for k in window.nav.keys() if k[0] == "node"]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(word(tmp_path)), "")))
    shown = []

    def accept(dialog):
        shown.append((dialog.rows(), dialog.warning.text(), [dialog.problems.item(i).text()
                                                             for i in range(dialog.problems.count())]))
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(DocxImportDialog, "exec", accept)

    assert window.a_import_docx.text() == "从 Word 导入…"
    assert window.a_import_docx in window.menuBar().actions()[0].menu().actions()
    window.a_import_docx.trigger()

    [(rows, warning, problems)] = shown
    assert rows == [(0, "一、基本情况", 0, 0, 0, 0), (1, "（一）概况", 1, 0, 1, 0), (0, "二、我们的新章", 2, 0, 0, 1)]
    assert "将被 Word 文件的内容替换" in warning                   # 1.1 概况 had its own text
    assert problems == ["未能导入：“我们的新章”（第 7 段附近）：文本框“框里的字”"]

    doc = session.document(2025)
    assert [n.title for n in doc.nodes()] == ["基本情况", "概况", "我们的新章"]
    assert [p.caption for p in session.photos(2025)] == ["校园一角"]
    node_keys = [k for k in window.nav.keys() if k[0] == "node"]
    assert node_keys == [("node", n.id) for n in doc.nodes()]     # the tree shows the new outline
    assert window.nav.current_key() == ("node", doc.nodes()[0].id)
    assert window.ctrl.undo_stack.count() == 1
    assert window.ctrl.undo_stack.undoText() == "从 Word 导入“去年.docx”"

    window.ctrl.undo_stack.undo()
    assert session.content(2025) == before
    assert session.photos(2025) == []
    assert [k for k in window.nav.keys() if k[0] == "node"] == old_nodes

    window.ctrl.undo_stack.redo()
    assert [n.title for n in session.document(2025).nodes()] == ["基本情况", "概况", "我们的新章"]
    assert len(session.photos(2025)) == 1
    assert [k for k in window.nav.keys() if k[0] == "node"] == [("node", n.id) for n in session.document(2025).nodes()]


def test_cancel_changes_nothing(report_path, tmp_path, qtbot, monkeypatch):
    window = open_window(report_path)
    qtbot.addWidget(window)
    before = window.ctrl.session.content(2025)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(word(tmp_path)), "")))
    monkeypatch.setattr(DocxImportDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    window.a_import_docx.trigger()
    assert window.ctrl.session.content(2025) == before
    assert window.ctrl.undo_stack.count() == 0


def test_a_file_that_is_not_word_is_refused_with_a_message(report_path, tmp_path, qtbot, monkeypatch, _quiet_qt):
    window = open_window(report_path)
    qtbot.addWidget(window)
    bad = tmp_path / "坏.docx"
    bad.write_bytes(b"plain text")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(bad), "")))
    window.a_import_docx.trigger()
    assert _quiet_qt[-1][0] == "warning" and _quiet_qt[-1][1][2] == "“坏.docx”不是 Word 文档（.docx）。"
    assert window.ctrl.undo_stack.count() == 0


def test_a_read_only_window_cannot_import(report_path, qtbot):
    from vqdesk.core.session import Session
    holder = Session.open(report_path)                # someone else is editing it
    window = open_window(report_path)
    qtbot.addWidget(window)
    assert window.ctrl.session.readonly and not window.a_import_docx.isEnabled()
    window.close()
    holder.close()


def test_an_edit_made_after_the_import_is_redone_on_the_redone_import(report_path, tmp_path, qtbot, monkeypatch):
    from vqdesk.core.docx_import import read_docx_file
    from vqdesk.ui.commands_document import RenameNodeCommand
    from vqdesk.ui.commands_import import ImportDocxCommand
    window = open_window(report_path)
    qtbot.addWidget(window)
    ctrl = window.ctrl
    assert ctrl.push(ImportDocxCommand(ctrl, read_docx_file(word(tmp_path), ctrl.edition)))
    chapter = ctrl.session.document(2025).outline[1].id
    assert ctrl.push(RenameNodeCommand(ctrl, chapter, "我们改过的章名"))
    ctrl.undo_stack.undo()
    ctrl.undo_stack.undo()
    assert "我们的新章" not in [n.title for n in ctrl.session.document(2025).nodes()]
    ctrl.session.add_year(2026, edition_id="liaoning-2023")   # its outline takes the ids the import had (SQLite reuses them)
    ctrl.undo_stack.redo()
    assert ctrl.session.document(2025).outline[1].id != chapter
    ctrl.undo_stack.redo()                  # the rename finds the chapter under its new id
    assert [n.title for n in ctrl.session.document(2025).outline] == ["基本情况", "我们改过的章名"]
