"""Headings of the report's own outline: add sub-headings (down to level 4), rename any heading
(F2), move and remove them from the section page or the tree; each is one undo step."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox

from vqdesk.ui.app import open_window


def _answer(monkeypatch, text):
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: (text, True)))


def _children(window, key):
    return [n.title for n in window.ctrl.session.document(2025).node(key[1]).children]


def _tree_text(window, key):
    return window.nav._items[key].text(0)


def test_subheading_added_renamed_and_removed_with_undo(report_path, qtbot, monkeypatch, part_key):
    window = open_window(report_path)
    qtbot.addWidget(window)
    overview = part_key(window.ctrl, "basic.overview")
    window.nav.select_key(overview)
    page = window.current_page()

    _answer(monkeypatch, "历史沿革")
    page.add_subsection()
    [sub] = window.ctrl.session.document(2025).node(overview[1]).children
    assert window.nav.current_key() == ("node", sub.id)            # the new heading is opened
    assert page.title.text() == _tree_text(window, ("node", sub.id)) == "1.1.1 历史沿革"
    page.inserter.insert("text")                                   # 插入 → 文字, then type
    page.text_frames()[0].editor.edit.setPlainText("建校于一九六二年。")
    page.flush()

    _answer(monkeypatch, "学校沿革")
    page.rename_subsection()
    assert _children(window, overview) == ["学校沿革"]
    assert _tree_text(window, ("node", sub.id)) == "1.1.1 学校沿革"

    page.remove_subsection()
    assert _children(window, overview) == [] and window.nav.current_key() == overview

    window.ctrl.undo_stack.undo()                                  # the heading comes back, text too
    [restored] = window.ctrl.session.document(2025).node(overview[1]).children
    assert restored.title == "学校沿革" and restored.text() == "建校于一九六二年。"
    assert window.nav.current_key() == ("node", restored.id)

    window.ctrl.undo_stack.undo()                                  # rename undone on the new id
    assert _children(window, overview) == ["历史沿革"]
    window.ctrl.undo_stack.undo()                                  # the typed text
    window.ctrl.undo_stack.undo()                                  # the inserted text block
    window.ctrl.undo_stack.undo()                                  # and the heading itself
    assert _children(window, overview) == []
    for _ in range(4):                                             # heading, block, text, rename again
        window.ctrl.undo_stack.redo()
    [again] = window.ctrl.session.document(2025).node(overview[1]).children
    assert (again.title, again.text()) == ("学校沿革", "建校于一九六二年。")
    window.ctrl.undo_stack.redo()                                  # and removed again
    assert _children(window, overview) == []
    window.close()


def test_subheadings_go_down_to_level_four(report_path, qtbot, monkeypatch, part_key, _quiet_qt):
    window = open_window(report_path)
    qtbot.addWidget(window)
    window.nav.select_key(part_key(window.ctrl, "basic.overview"))
    page = window.current_page()
    for title in ("沿革", "办学定位"):
        _answer(monkeypatch, title)
        page.add_subsection()
    assert page.title.text() == "（1）办学定位"                    # level 4 numbered as the settings say
    assert not page.new_sub.isEnabled()
    window._node_action("add_child")                               # the menu refuses a fifth level too
    assert _quiet_qt[-1][1][2] == "标题最多四级，不能再添加下级标题。"
    window.close()


def test_removed_heading_returns_to_its_place_among_siblings(report_path, qtbot, monkeypatch, part_key):
    window = open_window(report_path)
    qtbot.addWidget(window)
    overview = part_key(window.ctrl, "basic.overview")
    page = window.pages["node"]
    for title in ("甲", "乙", "丙"):
        _answer(monkeypatch, title)
        window.nav.select_key(overview)
        page.add_subsection()
    middle = window.ctrl.session.document(2025).node(overview[1]).children[1]
    window.nav.select_key(("node", middle.id))
    page.remove_subsection()
    assert _children(window, overview) == ["甲", "丙"]
    window.ctrl.undo_stack.undo()
    assert _children(window, overview) == ["甲", "乙", "丙"]
    window.close()


def test_removing_a_section_with_content_asks_and_undo_restores_text_cases_and_place(
        report_path, qtbot, monkeypatch, part_key):
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes))
    window = open_window(report_path)
    qtbot.addWidget(window)
    overview = part_key(window.ctrl, "basic.overview")
    session = window.ctrl.session
    session.add_block(overview[1], {"kind": "case", "title": "百年老校", "blocks": [{"kind": "text", "text": "校史"}]})
    window.ctrl.reload()
    before = [n.title for n in session.document(2025).outline[0].children]
    window.nav.select_key(overview)
    window._node_action("remove")
    assert asked == ["删除“1.1 概况”及其下的正文、案例和图片？\n可以用“编辑 → 撤销”恢复。"]
    assert "概况" not in [n.title for n in session.document(2025).outline[0].children]
    assert window.nav.topLevelItem(2).child(0).text(0) == "1.1 专业设置"        # the rest renumbered

    window.ctrl.undo_stack.undo()
    doc = session.document(2025)
    assert [n.title for n in doc.outline[0].children] == before
    restored = doc.outline[0].children[0]
    assert (restored.edition_part, restored.text()) == ("basic.overview", "学校创办于一九六二年。")
    assert [(c.title, c.children[0].text) for _, c in doc.cases()][:1] == [("百年老校", "校史")]
    assert window.nav.current_key() == ("node", restored.id)
    assert window.current_page().text_frames()[0].editor.edit.to_text() == "学校创办于一九六二年。"
    window.close()


def test_declining_the_confirmation_keeps_the_heading(report_path, qtbot, monkeypatch, part_key):
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    window = open_window(report_path)
    qtbot.addWidget(window)
    window.nav.select_key(part_key(window.ctrl, "basic.overview"))
    window.current_page().remove_subsection()
    assert window.ctrl.session.part_node(2025, "basic.overview") is not None
    assert window.ctrl.undo_stack.count() == 0
    window.close()


def test_an_editions_own_heading_is_renamed_in_place_with_f2_and_undo(report_path, qtbot, part_key):
    window = open_window(report_path)
    qtbot.addWidget(window)
    window.show()
    chapter = part_key(window.ctrl, "basic")
    window.nav.select_key(chapter)
    assert window.a_rename.shortcut().toString() == "F2" and window.a_rename.isEnabled()
    window.a_rename.trigger()
    editor = window.nav.viewport().findChild(QLineEdit)
    assert editor.text() == "基本情况"                                # the title, without its number
    editor.setText("学校概况")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.ctrl.undo_stack.count() == 1)    # once the editor has closed
    assert _tree_text(window, chapter) == "1 学校概况" == window.current_page().title.text()
    node = window.ctrl.session.part_node(2025, "basic")
    assert (node.id, node.title) == (chapter[1], "学校概况")          # still carries the edition part
    window.ctrl.undo_stack.undo()
    assert _tree_text(window, chapter) == "1 基本情况"
    window.nav.select_key(("table", 1))
    assert not window.a_rename.isEnabled()                           # F2 belongs to the grids there
    window.close()


def test_headings_move_up_and_down_and_the_numbers_follow(report_path, qtbot, part_key):
    window = open_window(report_path)
    qtbot.addWidget(window)
    majors = part_key(window.ctrl, "basic.majors")
    window.nav.select_key(majors)
    window.current_page().move(-1)
    assert [n.title for n in window.ctrl.session.document(2025).outline[0].children][:2] == ["专业设置", "概况"]
    assert _tree_text(window, majors) == "1.1 专业设置" and window.nav.current_key() == majors
    window.current_page().move(-1)                                    # already first: nothing happens
    assert window.ctrl.undo_stack.count() == 1
    window.ctrl.undo_stack.undo()
    assert _tree_text(window, majors) == "1.2 专业设置"
    window.close()
