"""新建年度: a new report year, copying the profile and chosen record lists from a previous year."""

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QGroupBox, QGridLayout, QSpinBox, QVBoxLayout)

from vqdesk.core.editions import list_editions
from vqdesk.core.session import DEFAULT_CARRIED_LISTS


class NewYearDialog(QDialog):
    def __init__(self, ctrl, parent=None):
        super().__init__(parent)
        self.setWindowTitle("新建年度")
        years = ctrl.session.years()
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.year = QSpinBox()
        self.year.setRange(2020, 2100)
        self.year.setValue(max(years) + 1)
        self.year.setSuffix(" 年度")
        self.source = QComboBox()
        self.source.addItem("不复制", None)
        for year in reversed(years):
            self.source.addItem(f"{year} 年度", year)
        self.source.setCurrentIndex(1)
        self.edition = QComboBox()
        for edition in list_editions():
            self.edition.addItem(edition.title, edition.id)
        self.edition.setCurrentIndex(max(0, self.edition.findData(ctrl.data.report.edition_id)))
        form.addRow("新年度", self.year)
        form.addRow("复制自", self.source)
        form.addRow("报告模板", self.edition)
        layout.addLayout(form)
        box = QGroupBox("复制这些名单（学校信息总会复制；数据、正文和案例属于各自年度，不复制）")
        grid = QGridLayout(box)
        self.lists = {}
        for n, rl in enumerate(ctrl.edition.record_lists):
            check = QCheckBox(rl.title)
            check.setChecked(rl.id in DEFAULT_CARRIED_LISTS)
            grid.addWidget(check, n // 3, n % 3)
            self.lists[rl.id] = check
        layout.addWidget(box)
        self.source.currentIndexChanged.connect(lambda: box.setEnabled(self.source.currentData() is not None))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def values(self) -> dict:
        return {"year": self.year.value(), "copy_from": self.source.currentData(),
                "edition_id": self.edition.currentData(),
                "lists": tuple(k for k, c in self.lists.items() if c.isChecked())}
