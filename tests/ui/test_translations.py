"""Qt's own dialogs speak Chinese: the catalogs from the PySide6 install and the supplement."""

from PySide6.QtWidgets import QFileDialog, QLabel

from vqdesk.ui.app import make_app
from vqdesk.ui.translations import prefer_chinese_locale


def test_qt_file_dialog_on_linux_is_chinese(qtbot):
    make_app()
    dialog = QFileDialog(None, "导入 Excel", "", "Excel 工作簿 (*.xlsx)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)     # what Linux shows
    qtbot.addWidget(dialog)
    labels = sorted(label.text() for label in dialog.findChildren(QLabel))
    assert labels == ["文件名称(&N)：", "文件类型(&T)：", "查找范围(&L)："]
    assert dialog.findChild(QLabel, "lookInLabel").text() == "查找范围(&L)："
    buttons = {b.text() for b in dialog.findChildren(__import__("PySide6.QtWidgets").QtWidgets.QPushButton)}
    assert buttons == {"打开(&O)", "取消"}


def test_a_bare_linux_environment_asks_qt_for_chinese():
    env = {"LANG": "C.UTF-8"}
    prefer_chinese_locale(env)
    chosen = {"LANG": "en_GB.UTF-8"}
    prefer_chinese_locale(chosen)
    assert (env["LANG"], chosen["LANG"]) == ("zh_CN.UTF-8", "en_GB.UTF-8")
