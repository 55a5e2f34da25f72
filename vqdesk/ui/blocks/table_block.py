"""The editor of a table block: caption and note, and either the free table's grid (with 两层表头
and 合计 switches) or, for a table bound to the data, what it prints with the panel that sets
what it shows (beside the preview, or under it in a narrow column)."""

import copy

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QBoxLayout, QCheckBox, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QSizePolicy, QTableWidget, QTableWidgetItem)

from vqdesk.core.document.tables import default_columns, table_view
from vqdesk.ui.blocks.base import BlockEditor, caption_label
from vqdesk.ui.blocks.table_grid import TableGrid, merged_down
from vqdesk.ui.grid_keys import GridNote


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
        self.caption_label = QLabel("表题")
        form.addRow(self.caption_label, self.caption)
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
        self.settings_button = QPushButton("设置数据")
        self.settings_button.setCheckable(True)
        self.settings_button.setToolTip("显示或隐藏表格的设置：列、筛选、排序、分组、合计、比例列；指标与年份")
        self.settings_button.toggled.connect(self._show_panel)
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
        self.preview.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        from vqdesk.ui.blocks.table_panel import TableSourcePanel
        self.panel = TableSourcePanel(ctrl)
        self.panel.setMinimumWidth(240)
        self.panel.changed.connect(self._on_source)
        self.panel.hide()
        layout.addWidget(self.grid)
        self.grid_note = GridNote()            # what a paste did, a word that is not a number, 0.95 in a % column
        self.grid.note_bar = self.grid_note
        layout.addWidget(self.grid_note)
        self.bound = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.bound.addWidget(self.preview, 3, Qt.AlignmentFlag.AlignTop)
        self.bound.addWidget(self.panel, 2, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(self.bound)
        self.note = QLineEdit()
        self.note.setPlaceholderText("表注（可不填），如：数据来源：学校统计")
        self.note.editingFinished.connect(lambda: self._set("note", self.note.text().strip()))
        layout.addWidget(self.note)

    def header_widgets(self):
        return []

    def eventFilter(self, obj, event):
        if event.type() == event.Type.FocusIn:
            self.focused.emit()
        elif event.type() == event.Type.ShortcutOverride and obj is self.grid and any(
                event.matches(k) for k in (QKeySequence.StandardKey.Paste, QKeySequence.StandardKey.Copy)):
            event.accept()          # Ctrl+V/C are the grid's (a block from Excel), not the window's 粘贴
            return True
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
        self.caption_label.setText(caption_label("表题", d, self.ctrl.block_label(block.id)))
        if not self.note.hasFocus():
            self.note.setText(d.get("note", ""))
        free = d.get("source") is None
        for w in (self.grid, self.grouped, self.total):
            w.setVisible(free)
        for w in (self.preview, self.settings_button, self.source_label):
            w.setVisible(not free)
        self.panel.setVisible(not free and self.settings_button.isChecked())
        if free:
            self.grid.show_table(self._json())
        else:
            self.panel.load(d["source"])
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

    def _show_panel(self, on: bool):
        self.panel.setVisible(on and self.block is not None and self.block.data.get("source") is not None)
        if on:
            self.focused.emit()

    def resizeEvent(self, event):
        """The panel beside the preview, or under it when the column is narrow."""
        super().resizeEvent(event)
        wide = event.size().width() >= 640
        self.bound.setDirection(QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom)

    def _on_source(self, src: dict):
        """A setting changed in the panel: one undo step; renamed header labels stay while the
        table keeps the same columns."""
        old = self.block.data["source"]
        same = default_columns(old, self.ctrl.data) == default_columns(src, self.ctrl.data)
        new = dict(self._json(), source=src)
        if not same:                    # other columns: the old labels, groups and widths do not fit
            new.update(columns=None, header_groups=[], widths=None)
        self.commit.emit(new, False)


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
    widget.clearSpans()
    widget.resizeColumnsToContents()          # by the header and the data, not by the note below
    if view.problem or not view.rows:
        widget.setRowCount(1)
        item = QTableWidgetItem(view.problem or "（名单中还没有数据）")
        item.setForeground(Qt.GlobalColor.darkGray)
        widget.setItem(0, 0, item)
        if len(view.columns) > 1:
            widget.setSpan(0, 0, 1, len(view.columns))
    height = widget.horizontalHeader().sizeHint().height() + sum(widget.rowHeight(r) for r in range(widget.rowCount()))
    widget.setFixedHeight(min(height + 6, 420))
    widget.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded if height > 414
                                      else Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
