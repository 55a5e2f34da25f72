"""User-added sub-headings: add, rename and remove from the section page, each one undo step."""

from PySide6.QtWidgets import QInputDialog

from vqdesk.ui.app import open_window


def _answer(monkeypatch, text):
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: (text, True)))


def _sub_titles(window):
    return [s.title for s in window.ctrl.session.subsections(2025)]


def test_subsection_added_renamed_and_removed_with_undo(report_path, qtbot, monkeypatch):
    window = open_window(report_path)
    qtbot.addWidget(window)
    window.nav.select_key(("section", "basic.overview"))
    page = window.current_page()
    assert page.new_sub.isVisibleTo(page) and not page.rename_sub.isVisibleTo(page)

    _answer(monkeypatch, "（一）历史沿革")
    page.add_subsection()
    sub = window.ctrl.session.subsections(2025)[0]
    assert window.nav.current_key() == ("section", sub.key)       # the new heading is opened
    assert page.title.text() == "（一）历史沿革" and page.rename_sub.isVisibleTo(page)
    page.editor.edit.setPlainText("建校于一九六二年。")
    page.flush()

    _answer(monkeypatch, "（一）学校沿革")
    page.rename_subsection()
    assert _sub_titles(window) == ["（一）学校沿革"]

    page.remove_subsection()
    assert _sub_titles(window) == [] and window.nav.current_key() == ("section", "basic.overview")

    window.ctrl.undo_stack.undo()                                  # the heading comes back, text too
    [restored] = window.ctrl.session.subsections(2025)
    assert restored.title == "（一）学校沿革"
    assert window.ctrl.session.narrative(2025, restored.key) == "建校于一九六二年。"
    assert window.nav.current_key() == ("section", restored.key)

    window.ctrl.undo_stack.undo()                                  # rename undone on the new id
    assert _sub_titles(window) == ["（一）历史沿革"]
    window.ctrl.undo_stack.undo()                                  # the typed text
    window.ctrl.undo_stack.undo()                                  # and the heading itself
    assert _sub_titles(window) == []
    for _ in range(3):                                             # heading, text, rename again
        window.ctrl.undo_stack.redo()
    [again] = window.ctrl.session.subsections(2025)
    assert again.title == "（一）学校沿革"
    assert window.ctrl.session.narrative(2025, again.key) == "建校于一九六二年。"
    window.ctrl.undo_stack.redo()                                  # and removed again
    assert _sub_titles(window) == []
    window.close()


def test_removed_subsection_returns_to_its_place_among_siblings(report_path, qtbot, monkeypatch):
    window = open_window(report_path)
    qtbot.addWidget(window)
    window.nav.select_key(("section", "basic.overview"))
    page = window.current_page()
    for title in ("甲", "乙", "丙"):
        _answer(monkeypatch, title)
        window.nav.select_key(("section", "basic.overview"))
        page.add_subsection()
    middle = window.ctrl.session.subsections(2025)[1]
    window.nav.select_key(("section", middle.key))
    page.remove_subsection()
    assert _sub_titles(window) == ["甲", "丙"]
    window.ctrl.undo_stack.undo()
    assert _sub_titles(window) == ["甲", "乙", "丙"]
    window.close()
