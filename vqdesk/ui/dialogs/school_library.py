"""插入 → 各校案例… / 各校图片…: the regional file's libraries (school_cases, school_photos), filtered
by school; the chosen case or photos go under the current heading and keep their school."""

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QHBoxLayout,
                               QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout)

ALL = "全部学校"
#: list id -> (title, columns as (field, header), selection, hint)
KINDS = {
    "school_cases": ("插入各校案例", (("school", "来源学校"), ("part", "所在部分"), ("title", "案例标题"), ("chars", "字数")),
                     QAbstractItemView.SelectionMode.SingleSelection,
                     "选一个学校报告中的案例放到本标题下；PDF 中案例末尾注明“（来源：某某学校）”。"),
    "school_photos": ("插入各校图片", (("school", "来源学校"), ("part", "所在部分"), ("caption", "图题"), ("filename", "文件名")),
                      QAbstractItemView.SelectionMode.ExtendedSelection,
                      "可按住 Ctrl 选多张，放在同一图片组中；PDF 中图题下注明“（来源：某某学校）”。"),
}
THUMB = 48


class SchoolLibraryDialog(QDialog):
    def __init__(self, list_id: str, rows: list[dict], photo_data=None, parent=None):
        super().__init__(parent)
        title, self.columns, selection, hint = KINDS[list_id]
        self.rows = rows
        self.setWindowTitle(title)
        self.resize(900, 540)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel("学校："))
        self.school = QComboBox()
        self.school.addItems([ALL, *dict.fromkeys(r.get("school", "") for r in rows)])
        self.school.currentTextChanged.connect(self._filter)
        top.addWidget(self.school, 1)
        layout.addLayout(top)
        self.table = QTableWidget(len(rows), len(self.columns))
        self.table.setHorizontalHeaderLabels([h for _, h in self.columns])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(selection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for c in range(len(self.columns)):   # school names whole; the title takes the rest
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch if c == 2 else
                                        QHeaderView.ResizeMode.ResizeToContents)
        if photo_data is not None:
            self.table.setIconSize(QSize(THUMB, THUMB))
        for r, row in enumerate(rows):
            for c, (key, _) in enumerate(self.columns):
                item = QTableWidgetItem(str(row.get(key, "")))
                if key == "title" and row.get("text"):
                    item.setToolTip(row["text"][:400])
                if c == 0 and photo_data is not None and row.get("photo") is not None:
                    item.setIcon(_thumbnail(photo_data, row["photo"]))
                self.table.setItem(r, c, item)
            if photo_data is not None:
                self.table.setRowHeight(r, THUMB + 6)
        self.table.doubleClicked.connect(self.accept)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)
        note = QLabel(hint if rows else "图库/案例库是空的：请先汇总各校报告（文件 → 汇总各校数据）。")
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText("插入")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if rows:
            self.table.selectRow(0)
        self._selection_changed()

    def set_school(self, school: str):
        self.school.setCurrentText(school)

    def _filter(self, school: str):
        for r, row in enumerate(self.rows):
            self.table.setRowHidden(r, school != ALL and row.get("school") != school)
        shown = [r for r in range(len(self.rows)) if not self.table.isRowHidden(r)]
        self.table.clearSelection()
        if shown:
            self.table.selectRow(shown[0])

    def _selection_changed(self):
        self.ok.setEnabled(bool(self.chosen()))

    def chosen(self) -> list[int]:
        """Indices (into the library's rows) of the selected entries shown, in library order."""
        return sorted({i.row() for i in self.table.selectedIndexes() if not self.table.isRowHidden(i.row())})


def _thumbnail(photo_data, photo_id) -> QIcon:
    pixmap = QPixmap()
    try:
        pixmap.loadFromData(photo_data(photo_id))
    except Exception:  # noqa: BLE001 - a photo removed from the file: the row is still listed
        return QIcon()
    return QIcon(pixmap.scaled(THUMB * 2, THUMB * 2, Qt.AspectRatioMode.KeepAspectRatio,
                               Qt.TransformationMode.SmoothTransformation))
