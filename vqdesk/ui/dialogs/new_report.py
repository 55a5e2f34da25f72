"""新建报告: school, year, edition, level and province — or pick an existing file."""

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog,
                               QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox,
                               QVBoxLayout)

from vqdesk import FILE_SUFFIX
from vqdesk.core.editions import list_editions
from vqdesk.core.editions.model import LEVELS
from vqdesk.ui.settings import documents_dir

PROVINCES = ("辽宁省", "甘肃省", "北京市", "天津市", "河北省", "山西省", "内蒙古自治区", "吉林省",
             "黑龙江省", "上海市", "江苏省", "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省",
             "湖北省", "湖南省", "广东省", "广西壮族自治区", "海南省", "重庆市", "四川省", "贵州省",
             "云南省", "西藏自治区", "陕西省", "青海省", "宁夏回族自治区", "新疆维吾尔自治区")


class NewReportDialog(QDialog):
    """After accept(): `existing` is a path to open, or the other attributes describe a new file."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle("新建报告")
        self.existing = None
        layout = QVBoxLayout(self)
        intro = QLabel("为学校（或区县、地市）新建一份质量年度报告文件。已有文件？"
                       "<a href='open'>打开已有文件…</a>")
        intro.linkActivated.connect(self._pick_existing)
        layout.addWidget(intro)
        form = QFormLayout()
        self.school = QLineEdit()
        self.school.setPlaceholderText("如：某某市机电工程学校")
        self.year = QSpinBox()
        self.year.setRange(2020, 2100)
        self.year.setValue(date.today().year)
        self.year.setSuffix(" 年度")
        self.edition = QComboBox()
        for edition in list_editions():
            self.edition.addItem(edition.title, edition.id)
        self.level = QComboBox()
        for key, label in LEVELS.items():
            self.level.addItem(label, key)
        self.province = QComboBox()
        self.province.setEditable(True)
        self.province.addItems(PROVINCES)
        self.edition.currentIndexChanged.connect(self._edition_changed)
        path_row = QHBoxLayout()
        self.path = QLineEdit()
        browse = QPushButton("浏览…")
        browse.clicked.connect(self._browse)
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        self.copy_previous = QCheckBox("从上一年复制学校信息和名单（打开已有文件时新建年度请用“报告→新建年度”）")
        self.copy_previous.setEnabled(False)
        form.addRow("学校名称", self.school)
        form.addRow("报告年度", self.year)
        form.addRow("报告模板", self.edition)
        form.addRow("报告层级", self.level)
        form.addRow("所在省份", self.province)
        form.addRow("保存位置", path_row)
        layout.addLayout(form)
        layout.addWidget(self.copy_previous)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("创建")
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.school.textChanged.connect(self._suggest_path)
        self.year.valueChanged.connect(self._suggest_path)
        self._edition_changed()
        self.resize(560, 0)

    def _edition_changed(self):
        edition = next(e for e in list_editions() if e.id == self.edition.currentData())
        if edition.province:
            self.province.setCurrentText(edition.province)
        self.level.setCurrentIndex(max(0, self.level.findData(edition.level)))

    def _suggest_path(self):
        name = self.school.text().strip() or "质量年报"
        self.path.setText(str(Path(documents_dir()) / f"{name}{FILE_SUFFIX}"))

    def _browse(self):
        path, _ = QFileDialog.getSaveFileName(self, "保存位置", self.path.text(), f"质量年报文件 (*{FILE_SUFFIX})")
        if path:
            self.path.setText(path if path.endswith(FILE_SUFFIX) else path + FILE_SUFFIX)

    def _pick_existing(self):
        path, _ = QFileDialog.getOpenFileName(self, "打开报告文件", documents_dir(), f"质量年报文件 (*{FILE_SUFFIX})")
        if path:
            self.existing = path
            self.accept()

    def _accept(self):
        if not self.school.text().strip():
            self.school.setFocus()
            self.school.setPlaceholderText("请填写学校名称")
            return
        if not self.path.text().strip():
            self._suggest_path()
        self.accept()

    def values(self) -> dict:
        return {"path": self.path.text().strip(), "school": self.school.text().strip(),
                "year": self.year.value(), "edition_id": self.edition.currentData(),
                "level": self.level.currentData(), "province": self.province.currentText().strip()}
