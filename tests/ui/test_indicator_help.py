"""帮助 → 指标说明 shows each indicator's 口径 from the edition's data."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from vqdesk.ui.app import open_window
from vqdesk.ui.dialogs.indicator_help import DEFINITION_NOTE, IndicatorHelpDialog


def _item(dialog, ind_id):
    for i in range(dialog.tree.topLevelItemCount()):
        top = dialog.tree.topLevelItem(i)
        for j in range(top.childCount()):
            if top.child(j).data(0, Qt.ItemDataRole.UserRole) == ind_id:
                return top.child(j)
    raise KeyError(ind_id)


def test_indicator_help_shows_the_definition_of_the_chosen_indicator(report_path, qtbot, monkeypatch):
    window = open_window(report_path)
    qtbot.addWidget(window)
    opened = []
    monkeypatch.setattr(QDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    help_action = next(a for a in window.menuBar().actions() if a.text() == "帮助(&H)").menu().actions()[0]
    assert help_action.text() == "指标说明"
    help_action.trigger()
    [dialog] = opened
    assert isinstance(dialog, IndicatorHelpDialog)
    dialog.tree.setCurrentItem(_item(dialog, "1.6"))
    assert dialog.text.toPlainText().split("\n") == [
        "表1 6  自主创业率", "单位：%　类型：百分比（0-100）", "与毕业生有关：当年无毕业生时留空。",
        "口径：毕业去向为自主创业的毕业生人数 ÷ 毕业生人数 × 100%。", DEFINITION_NOTE]
    dialog.tree.setCurrentItem(_item(dialog, "3.1"))                    # computed: both the formula and the 口径
    lines = dialog.text.toPlainText().split("\n")
    assert lines[2] == "自动计算：生师比 = 全日制在校生人数（表6）÷ 专任教师总数（表6）"
    assert lines[4].startswith("口径：全日制在校生人数 ÷ 专任教师总数")
    window.close()
