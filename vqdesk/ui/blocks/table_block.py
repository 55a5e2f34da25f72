"""The editor of a table block: caption and note, and either the free table's grid (with 两层表头
and 合计 switches) or, for a table bound to the data, what it prints with a 设置… dialog."""

import copy

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QDialog, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QTableWidget, QTableWidgetItem)

from vqdesk.core.document.tables import table_view
from vqdesk.ui.blocks.base import BlockEditor
from vqdesk.ui.blocks.table_grid import TableGrid, merged_down


def new_free_table(ref: str) -> dict:
    return {"kind": "table", "ref": ref, "caption": "", "numbered": True, "note": "", "source": None,
            "columns": ["项目", "数值"], "column_kinds": ["text", "number"], "header_groups": [],
            "widths": None, "rows": [[None, None], [None, None]], "total": None}


def unique_ref(doc) -> str:
    taken = {b.ref for _, b in doc.blocks() if b.kind == "table"}
    n = 1
    while f"t{n}" in taken:
        n += 1
    return f"t{n}"


class TableBlockEditor(BlockEditor):
    def __init__(self, ctrl, parent=None):
        super().__init__(ctrl, parent)
        layout = self.column()
        form = QFormLayout()
        self.caption = QLineEdit()
        self.caption.setPlaceholderText("表题，印在表格上方，编号自动生成")
        self.caption.editingFinished.connect(lambda: self._set("caption", self.caption.text().strip()))
        form.addRow("表题", self.caption)
        layout.addLayout(form)
        switches = QHBoxLayout()
        self.grouped = QCheckBox("两层表头")
        self.grouped.setToolTip("上层表头中相邻的相同文字合并为一格；空格与下面的表头合并")
        self.grouped.toggled.connect(self._on_grouped)
        self.total = QCheckBox("合计行")
        self.total.setToolTip("在表格末尾加一行，合计各数字列（自动计算）")
        self.total.toggled.connect(self._on_total)
        self.numbered = QCheckBox("编号")
        self.numbered.toggled.connect(lambda on: self._set("numbered", on))
        self.settings_button = QPushButton("设置数据…")
        self.settings_button.clicked.connect(self.configure)
        self.source_label = QLabel()
        self.source_label.setObjectName("pageHint")
        for w in (self.grouped, self.total, self.numbered, self.source_label):
            switches.addWidget(w)
        switches.addStretch(1)
        switches.addWidget(self.settings_button)
        layout.addLayout(switches)
        self.grid = TableGrid()
        self.grid.edited.connect(lambda d: self.commit.emit(d, False))
        self.grid.installEventFilter(self)
        self.preview = QTableWidget()
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.grid)
        layout.addWidget(self.preview)
        self.note = QLineEdit()
        self.note.setPlaceholderText("表注（可不填），如：数据来源：学校统计")
        self.note.editingFinished.connect(lambda: self._set("note", self.note.text().strip()))
        layout.addWidget(self.note)

    def header_widgets(self):
        return []

    def eventFilter(self, obj, event):
        if event.type() == event.Type.FocusIn:
            self.focused.emit()
        return False

    def load(self, block):
        self.block = block
        d = block.data
        for box, on in ((self.grouped, bool(d.get("header_groups"))), (self.total, bool(d.get("total"))),
                        (self.numbered, d.get("numbered", True))):
            box.blockSignals(True)
            box.setChecked(on)
            box.blockSignals(False)
        if not self.caption.hasFocus():
            self.caption.setText(d.get("caption", ""))
        if not self.note.hasFocus():
            self.note.setText(d.get("note", ""))
        free = d.get("source") is None
        for w in (self.grid, self.grouped, self.total):
            w.setVisible(free)
        for w in (self.preview, self.settings_button, self.source_label):
            w.setVisible(not free)
        if free:
            self.grid.show_table(self._json())
        else:
            self.refresh()

    def _json(self) -> dict:
        return {"kind": "table", **copy.deepcopy(self.block.data)}

    def _set(self, key, value):
        if self.block is not None and self.block.data.get(key) != value:
            self.commit.emit(dict(self._json(), **{key: value}), False)

    def _on_grouped(self, on: bool):
        self._set("header_groups", merged_down(len(self.block.data["columns"])) if on else [])

    def _on_total(self, on: bool):
        d = self.block.data
        numeric = [i for i, k in enumerate(d["column_kinds"]) if k in ("number", "percent")]
        self._set("total", {"label": "合计", "columns": numeric} if on else None)

    def refresh(self):
        if self.block is None or self.block.data.get("source") is None:
            return
        from vqdesk.ui.blocks.table_source import describe_source
        self.source_label.setText(describe_source(self.block.data["source"], self.ctrl.edition))
        view = table_view(self.block, self.ctrl.data)
        show_view(self.preview, view)

    def flush(self):
        pass

    def configure(self):
        from vqdesk.ui.blocks.table_source import TableSourceDialog
        dialog = TableSourceDialog(self.ctrl, self.block.data["source"], self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.commit.emit(dict(self._json(), source=dialog.source(), columns=None), False)


def show_view(widget: QTableWidget, view):
    """A bound table as it prints (read-only): header, rows, 合计 rows shaded."""
    widget.clear()
    widget.verticalHeader().setVisible(False)
    widget.setColumnCount(len(view.columns))
    widget.setRowCount(len(view.rows))
    widget.setHorizontalHeaderLabels(view.columns)
    for r in range(len(view.rows)):
        for c in range(len(view.columns)):
            widget.setItem(r, c, QTableWidgetItem(view.formatted(r, c)))
    if view.problem:
        widget.setRowCount(1)
        widget.setItem(0, 0, QTableWidgetItem(view.problem))
    widget.resizeColumnsToContents()
    height = widget.horizontalHeader().sizeHint().height() + sum(widget.rowHeight(r) for r in range(widget.rowCount()))
    widget.setFixedHeight(min(height + 6, 420))
    widget.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded if height > 414
                                      else Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
