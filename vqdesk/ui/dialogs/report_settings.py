"""报告设置: the report's settings (docs/content-format.md §settings) in three tabs.  确定 applies
every change as one undo step; a value the settings refuse is named in Chinese and the dialog
stays open."""

import re

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QScrollArea, QTabWidget, QVBoxLayout

from vqdesk.core.document.settings import merge_settings
from vqdesk.core.errors import InputError
from vqdesk.ui.commands_document import SetSettingsCommand
from vqdesk.ui.dialogs.settings_numbering import NumberingTab
from vqdesk.ui.dialogs.settings_pages import CoverTab, MatterTab

_WHERE = "设置"
#: “设置.cases.label：…” as merge_settings/check_settings word it.
_PATH = re.compile(rf"^{_WHERE}\.(\w+)(?:\.(\w+))?：")


def changed(current: dict, values: dict) -> dict:
    """Only the keys whose value differs from `current`, grouped as set_settings takes them."""
    out = {}
    for group, keys in values.items():
        diff = {k: v for k, v in keys.items() if current[group].get(k) != v}
        if diff:
            out[group] = diff
    return out


class ReportSettingsDialog(QDialog):
    def __init__(self, ctrl, parent=None):
        super().__init__(parent)
        self.ctrl = ctrl
        self.setWindowTitle(f"报告设置（{ctrl.year} 年度）")
        data = ctrl.data
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.cover = CoverTab(data.profile.get("name", ""), ctrl.year)
        self.matter = MatterTab(ctrl.session.years())
        self.numbering = NumberingTab()
        self.pages = [self.cover, self.matter, self.numbering]
        for page, title in zip(self.pages, ("封面与声明", "前言、目录与附件", "编号")):
            self.tabs.addTab(_scrolling(page), title)    # a short screen scrolls the tab
        layout.addWidget(self.tabs)
        self.message = QLabel()
        self.message.setObjectName("settingsError")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c0392b;")
        self.message.hide()
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if ctrl.session.readonly:
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            self.message.setText("只读：可以查看设置，但不能修改。")
            self.message.setStyleSheet("color: #b7791f;")
            self.message.show()
        self.current = ctrl.session.settings(ctrl.year)
        for page in self.pages:
            page.load(self.current)
        self.resize(680, 620)

    def values(self) -> dict:
        out = {}
        for page in self.pages:
            for group, keys in page.values().items():
                out.setdefault(group, {}).update(keys)
        return out

    def changes(self) -> dict:
        return changed(self.current, self.values())

    def accept(self):
        """Apply the changes as one undo step; a refused value keeps the dialog open."""
        changes = self.changes()
        if not changes:
            return super().accept()
        try:
            merge_settings(self.current, changes, _WHERE)
        except InputError as exc:
            self.show_problem(str(exc))
            return
        if self.ctrl.push(SetSettingsCommand(self.ctrl, changes)):
            super().accept()

    def show_problem(self, message: str):
        """Name the setting in Chinese, show its tab and put the cursor in it."""
        match = _PATH.match(message)
        if match:
            path = ".".join(p for p in match.groups() if p)
            for n, page in enumerate(self.pages):
                if path in page.fields:
                    label, widget = page.fields[path]
                    message = f"“{label}”：{message[match.end():]}"
                    self.tabs.setCurrentIndex(n)
                    widget.setFocus()
                    break
            else:
                message = message[match.end():]
        self.message.setText(message)
        self.message.show()
        QMessageBox.warning(self, "报告设置", message)


def _scrolling(page) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(page)
    return area
