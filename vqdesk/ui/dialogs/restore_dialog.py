"""从备份恢复: the automatic backups of a report file, newest first; restore one (or another
report file) after a confirmation, then the file is reopened."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QFileDialog, QHBoxLayout, QHeaderView,
                               QLabel, QMessageBox, QPushButton, QSpinBox, QTableWidget,
                               QTableWidgetItem, QVBoxLayout)

from vqdesk import FILE_SUFFIX
from vqdesk.core.errors import VqdeskError
from vqdesk.core.store import backups
from vqdesk.core.store.database import check_report_file

TITLE = "从备份恢复"


def size_text(n: int) -> str:
    return f"{n / 1024:.0f} KB" if n < 1024 * 1024 else f"{n / 1024 / 1024:.1f} MB"


class RestoreDialog(QDialog):
    """`release` is called once, just before the file is replaced (the window closes its session
    there); afterwards `released` is True and `restored` names the source when it worked."""

    def __init__(self, path, parent=None, release=None):
        super().__init__(parent)
        self.path = Path(path)
        self.release, self.released, self.restored = release, False, None
        self.setWindowTitle(TITLE)
        self.resize(860, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(f"“{self.path.name}”的自动备份。每次打开文件时自动保存一份；恢复前，当前内容也会先保存为"
                       "一份备份，需要时可以再恢复回来。")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(["备份时间", "大小", "内容", "其中最后一次修改"])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 170)
        self.table.setColumnWidth(1, 90)
        self.table.setColumnWidth(3, 170)
        self.table.itemDoubleClicked.connect(lambda _item: self.restore_selected())
        layout.addWidget(self.table, 1)
        self.empty = QLabel("还没有备份。下次打开这个文件时会自动备份。")
        self.empty.setObjectName("pageHint")
        layout.addWidget(self.empty)
        layout.addLayout(self._bottom_row())
        self.load()

    def _bottom_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel("每个文件保留最近"))
        self.keep = QSpinBox()
        self.keep.setRange(1, 200)
        self.keep.setValue(backups.keep_count())
        self.keep.setSuffix(" 份")
        self.keep.valueChanged.connect(backups.set_keep_count)
        row.addWidget(self.keep)
        row.addStretch(1)
        self.restore_button = QPushButton("恢复所选备份")
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self.restore_selected)
        other = QPushButton("从其他文件恢复…")
        other.clicked.connect(self.restore_other)
        close = QPushButton("关闭")
        close.clicked.connect(self.reject)
        for button in (self.restore_button, other, close):
            row.addWidget(button)
        return row

    def load(self):
        self.backups = backups.list_backups(self.path)
        self.table.setRowCount(len(self.backups))
        for row, b in enumerate(self.backups):
            for col, text in enumerate((b.label, size_text(b.size), b.summary, b.last_edit)):
                item = QTableWidgetItem(text)
                if col == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        if self.backups:
            self.table.selectRow(0)
        self.empty.setVisible(not self.backups)
        self.restore_button.setEnabled(bool(self.backups))

    def restore_selected(self):
        rows = self.table.selectionModel().selectedRows()
        if rows:
            chosen = self.backups[rows[0].row()]
            self.restore_from(chosen.path, f" {chosen.label} 的备份")

    def restore_other(self):
        name, _ = QFileDialog.getOpenFileName(self, "选择用于恢复的报告文件", str(self.path.parent),
                                              f"质量年报文件 (*{FILE_SUFFIX})")
        if name:
            self.restore_from(Path(name), f"文件“{Path(name).name}”")

    def restore_from(self, source: Path, what: str):
        answer = QMessageBox.question(self, TITLE, f"用{what}替换“{self.path.name}”的全部内容吗？\n\n"
                                                   "当前内容会先保存为一份备份，需要时可以再恢复回来。")
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            check_report_file(source)  # before the window lets go of the file
            if self.release is not None and not self.released:
                self.release()
            self.released = True
            backups.restore(self.path, source)
        except VqdeskError as exc:
            QMessageBox.warning(self, TITLE, str(exc))
            self.load()
            return
        self.restored = source
        self.accept()


def restore_from_backup(window):
    """文件 → 从备份恢复…: the window lets go of the file for the restore and is replaced by a new
    one on the (restored or, after a failure, unchanged) file."""
    window.flush()
    path = window.ctrl.session.path

    def release():
        window.save_layout()
        window.ctrl.close()

    dialog = RestoreDialog(path, window, release)
    dialog.exec()
    if dialog.released:
        _reopen(window, path, dialog.restored)


def _reopen(window, path: Path, restored):
    from vqdesk.ui.app import open_window
    new = open_window(path)
    if new is not None:
        new.show()
        if restored is not None:
            new.statusBar().showMessage(f"已恢复“{path.name}”，恢复前的内容已保存为备份。", 10000)
    window.close()


def offer_restore(path, message: str) -> bool:
    """A file that cannot be opened: offer its backups.  True when it was restored."""
    found = backups.list_backups(Path(path))
    if not found:
        QMessageBox.warning(None, "无法打开", message)
        return False
    answer = QMessageBox.question(None, "无法打开", f"{message}\n\n这个文件有 {len(found)} 份自动备份"
                                                   f"（最新一份：{found[0].label}）。现在从备份恢复吗？")
    if answer != QMessageBox.StandardButton.Yes:
        return False
    dialog = RestoreDialog(path)
    dialog.exec()
    return dialog.restored is not None
