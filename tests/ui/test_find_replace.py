"""查找和替换: the match is selected and marked in the text; 替换 and 全部替换 are one undo step each."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from vqdesk.ui import file_actions
from vqdesk.ui.app import open_window


def _window(report_path, qtbot):
    window = open_window(report_path)
    qtbot.addWidget(window)
    window.ctrl.session.set_settings(2025, {"preface": {"text": "学校一九六二年建校，{{profile.name}}一九六二年起招生。"}})
    window.ctrl.reload()
    window.show()
    return window


def _find(window, qtbot, text, replacement=""):
    dialog = file_actions.find(window)
    qtbot.addWidget(dialog)
    dialog.query.setText(text)
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    dialog.replacement.setText(replacement)
    return dialog


def test_find_selects_and_marks_the_match_in_the_text(report_path, qtbot, part_key):
    window = _window(report_path, qtbot)
    dialog = _find(window, qtbot, "一九六二年")
    assert [dialog.results.item(i).text()[:5] for i in range(dialog.results.count())] == ["前言：…学", "1.1 概"]
    preface = window.pages["front"].findChild(QPlainTextEdit)
    assert window.nav.current_key() == ("front",)                       # the first result is shown
    assert preface.textCursor().selectedText() == "一九六二年"
    assert len(preface.extraSelections()) == 2                          # both matches in the 前言 marked
    dialog.results.setCurrentRow(1)
    assert window.nav.current_key() == part_key(window.ctrl, "basic.overview")
    [text] = [e for e in window.pages["node"].findChildren(QTextEdit) if "创办" in e.toPlainText()]
    assert text.textCursor().selectedText() == "一九六二年" and len(text.extraSelections()) == 1
    dialog.close()
    assert text.extraSelections() == []
    window.close()


def test_replace_changes_the_selected_match_and_replace_all_every_one_with_undo(report_path, qtbot, part_key):
    window = _window(report_path, qtbot)
    session, overview = window.ctrl.session, part_key(window.ctrl, "basic.overview")[1]

    def texts():
        return session.settings(2025)["preface"]["text"], session.node_text(overview)

    before = texts()
    dialog = _find(window, qtbot, "一九六二年", "1962年")
    dialog.results.setCurrentRow(1)                                      # 1.1 概况
    qtbot.mouseClick(dialog.replace_button, Qt.MouseButton.LeftButton)
    assert texts() == (before[0], "学校创办于1962年。")
    assert window.ctrl.undo_stack.undoText() == "替换“一九六二年”为“1962年”"
    assert dialog.results.count() == 1 and dialog.status.text().startswith("已替换 1 处（可撤销）。")
    qtbot.mouseClick(dialog.replace_all_button, Qt.MouseButton.LeftButton)
    assert texts() == ("学校1962年建校，{{profile.name}}1962年起招生。", "学校创办于1962年。")
    assert window.ctrl.undo_stack.undoText() == "全部替换“一九六二年”为“1962年”（2 处）"
    assert window.pages["front"].findChild(QPlainTextEdit).toPlainText() == texts()[0]   # the page shows it
    window.ctrl.undo_stack.undo()
    assert texts() == (before[0], "学校创办于1962年。")
    window.ctrl.undo_stack.undo()
    assert texts() == before
    assert dialog.results.count() == 2                                   # the results follow the undo
    dialog.close()
    window.close()


def test_replace_leaves_data_fields_alone(report_path, qtbot):
    window = _window(report_path, qtbot)
    dialog = _find(window, qtbot, "profile", "学校")
    qtbot.mouseClick(dialog.replace_all_button, Qt.MouseButton.LeftButton)
    assert window.ctrl.session.settings(2025)["preface"]["text"] == "学校一九六二年建校，{{profile.name}}一九六二年起招生。"
    assert dialog.status.text() == "正文、案例和前言中没有可替换的文字。"
    assert window.ctrl.undo_stack.count() == 0
    dialog.close()
    window.close()


def test_a_case_result_selects_the_match_in_the_case_text(report_path, qtbot, part_key):
    window = _window(report_path, qtbot)
    moral = part_key(window.ctrl, "talent.moral")[1]
    window.ctrl.session.add_block(moral, {"kind": "case", "title": "思政进车间",
                                          "blocks": [{"kind": "text", "text": "车间里的思政课，学生在车间里学。"}]})
    window.ctrl.reload()
    dialog = _find(window, qtbot, "车间里")
    assert dialog.results.count() == 1 and window.nav.current_key() == ("cases",)
    body = next(e for e in window.pages["cases"].findChildren(QPlainTextEdit) if "思政课" in e.toPlainText())
    assert body.textCursor().selectedText() == "车间里" and len(body.extraSelections()) == 2
    dialog.close()
    window.close()
