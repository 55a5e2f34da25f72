"""区域汇总 (bureau mode): combine schools' report files or workbooks into a district/city report."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton,
                               QSpinBox, QVBoxLayout)

from vqdesk import FILE_SUFFIX

INPUT_FILTER = f"学校报告文件或指标表 (*{FILE_SUFFIX} *.xlsx);;所有文件 (*)"


class AggregateDialog(QDialog):
    """Collects the region, year, school files and output; `run()` builds the regional file."""

    def __init__(self, parent=None, folder: str = "", year: int = 2025):
        super().__init__(parent)
        self.setWindowTitle("区域汇总（教育局）")
        self.folder = folder
        layout = QVBoxLayout(self)
        intro = QLabel("把辖区内各校的报告文件（.vqd）或导出的指标表（.xlsx）汇总为区县或地市报告。"
                       "选已有的区域报告文件时，新增该年度或更新其数据，正文、案例、大纲和设置保持不变；"
                       "写入前先列出将要发生的变化。各校的文件名和校验问题只记在内部的“各校报送情况”中。")
        intro.setWordWrap(True)        # a narrow (scaled) screen wraps it instead of widening the dialog
        layout.addWidget(intro)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setPlaceholderText("如：示例市")
        self.level = QComboBox()
        self.level.addItem("地市报告", "city")
        self.level.addItem("区县报告", "district")
        self.year = QSpinBox()
        self.year.setRange(2020, 2100)
        self.year.setValue(year)
        self.year.setSuffix(" 年度")
        form.addRow("区域名称", self.name)
        form.addRow("报告层级", self.level)
        form.addRow("汇总年度", self.year)
        layout.addLayout(form)
        self.files = QListWidget()
        self.files.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        layout.addWidget(QLabel("学校文件："))
        layout.addWidget(self.files, 1)
        row = QHBoxLayout()
        add, remove = QPushButton("添加文件…"), QPushButton("移除所选")
        add.clicked.connect(self._add)
        remove.clicked.connect(lambda: [self.files.takeItem(self.files.row(i)) for i in self.files.selectedItems()])
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        layout.addLayout(row)
        self.expected = QLineEdit()
        self.expected.setPlaceholderText("可选：应报送学校，用顿号分隔，用于列出未报送的学校")
        layout.addWidget(self.expected)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020;")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("开始汇总")
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 520)

    def add_files(self, paths):
        present = {self.files.item(i).text() for i in range(self.files.count())}
        for path in map(str, paths):
            if path not in present:
                self.files.addItem(path)
                present.add(path)

    def inputs(self) -> list[Path]:
        return [Path(self.files.item(i).text()) for i in range(self.files.count())]

    def _add(self):
        paths, _ = QFileDialog.getOpenFileNames(self, "选择学校文件", self.folder, INPUT_FILTER)
        self.add_files(paths)

    def problem(self) -> str:
        if not self.name.text().strip():
            return "请填写区域名称。"
        if not self.inputs():
            return "请至少添加一所学校的文件。"
        return ""

    def _accept(self):
        problem = self.problem()
        self.message.setText(problem)
        if not problem:
            self.accept()

    def run(self, out: Path, dry_run: bool = False):
        """Build the regional report at `out`, or bring the existing one up to date (a new year,
        or a late school: the bureau's texts stay); with dry_run only say what would change.
        Returns the AggregateResult (raises VqdeskError)."""
        from vqdesk.core.aggregate import aggregate_files
        expected = [s.strip() for s in self.expected.text().replace(",", "、").replace("，", "、").split("、")
                    if s.strip()]
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return aggregate_files(out, level=self.level.currentData(), name=self.name.text().strip(),
                                   year=self.year.value(), inputs=self.inputs(), expected=expected,
                                   dry_run=dry_run)
        finally:
            QGuiApplication.restoreOverrideCursor()


class PreviewDialog(QDialog):
    """What the aggregation will change, shown before anything is written."""

    def __init__(self, parent, result):
        super().__init__(parent)
        self.setWindowTitle("区域汇总：将要发生的变化")
        layout = QVBoxLayout(self)
        self.text = QPlainTextEdit(result.summary())
        self.text.setReadOnly(True)
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("写入")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 480)
