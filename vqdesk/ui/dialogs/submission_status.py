"""各校报送情况（内部）: each school's file, status, error counts and findings, for the bureau
only (never printed in the public report), with an export to the internal workbook."""

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QLabel, QMessageBox, QPushButton,
                               QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout)

from vqdesk.core.aggregate.status import FINDING_COLUMNS, SUBMISSION_COLUMNS, status_rows
from vqdesk.core.errors import VqdeskError


class SubmissionStatusDialog(QDialog):
    def __init__(self, parent, data, folder: str = ""):
        super().__init__(parent)
        self.data, self.folder = data, folder
        self.setWindowTitle(f"各校报送情况（内部，{data.year} 年度）")
        layout = QVBoxLayout(self)
        submissions, findings = status_rows(data)
        missing = sum(1 for r in submissions if r.get("status") == "未报送")
        layout.addWidget(QLabel(f"报送学校 {len(submissions) - missing} 所，未报送 {missing} 所。"
                                "本页内容（文件名、错误数、校验问题）仅供教育局内部使用，不会印在公开的报告中。"))
        tabs = QTabWidget()
        self.tables = {}
        for title, columns, rows in (("报送情况", SUBMISSION_COLUMNS, submissions),
                                     ("各校校验问题", FINDING_COLUMNS, findings)):
            table = QTableWidget(len(rows), len(columns))
            table.setHorizontalHeaderLabels([label for _, label in columns])
            for r, row in enumerate(rows):
                for c, (key, _) in enumerate(columns):
                    value = row.get(key)
                    table.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            table.resizeColumnsToContents()
            tabs.addTab(table, f"{title}（{len(rows)}）")
            self.tables[title] = table
        layout.addWidget(tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        export = QPushButton("导出内部工作表…")
        export.clicked.connect(self._export)
        buttons.addButton(export, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(900, 560)

    def export(self, path):
        from vqdesk.core.aggregate.status import write_status_book
        return write_status_book(self.data, path)

    def _export(self):
        path, _ = QFileDialog.getSaveFileName(self, "导出内部工作表", self.folder, "Excel 工作簿 (*.xlsx)")
        if not path:
            return
        try:
            self.export(path)
        except VqdeskError as exc:
            QMessageBox.warning(self, "导出内部工作表", str(exc))
