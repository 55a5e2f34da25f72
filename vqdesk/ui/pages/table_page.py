"""A standard table page: an Excel-like grid over StandardTableModel."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (QAbstractItemDelegate, QAbstractItemView, QHeaderView, QMessageBox,
                               QPushButton, QTableView, QWidget)

from vqdesk.ui.commands import SetValueCommand
from vqdesk.ui.pages.common import page_header, page_layout, set_hint
from vqdesk.ui.table_model import COL_NAME, COL_SEQ, COL_UNIT, FIXED, IndicatorRole, StandardTableModel, describe_indicator


class GridView(QTableView):
    """Enter commits and moves down, Tab moves right, Delete clears, Ctrl+V pastes a column."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(False)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(28)

    def closeEditor(self, editor, hint):
        move_down = hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint if move_down else hint)
        if move_down:
            self._move_down()

    def _move_down(self):
        current = self.currentIndex()
        below = current.sibling(current.row() + 1, current.column())
        if below.isValid():
            self.setCurrentIndex(below)

    def keyPressEvent(self, event):
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != QAbstractItemView.State.EditingState:
            self._move_down()
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.state() != QAbstractItemView.State.EditingState:
            self.clear_selection_cells()
            return
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_column(QGuiApplication.clipboard().text())
            return
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            return
        if key == Qt.Key.Key_F1:
            index = self.currentIndex()
            if index.isValid():
                QMessageBox.information(self, "指标说明", describe_indicator(self.model().ctrl.edition,
                                                                       index.data(IndicatorRole)))
            return
        super().keyPressEvent(event)

    def clear_selection_cells(self):
        model = self.model()
        cells = [i for i in self.selectedIndexes() if model.flags(i) & Qt.ItemFlag.ItemIsEditable
                 and i.data(Qt.ItemDataRole.EditRole)]
        if not cells:
            return
        with model.ctrl.macro("清除"):
            for index in cells:
                model.setData(index, "")

    def paste_column(self, text: str):
        """Lines go to consecutive rows from the current cell; locked or computed rows are skipped
        (their line is ignored), so a column copied from the same table stays aligned."""
        model, start = self.model(), self.currentIndex()
        if not start.isValid() or start.column() < FIXED or not text.strip():
            return
        lines = text.replace("\r\n", "\n").rstrip("\n").split("\n")
        with model.ctrl.macro(f"粘贴 {len(lines)} 个单元格"):
            for offset, line in enumerate(lines):
                index = start.sibling(start.row() + offset, start.column())
                if not index.isValid():
                    break
                value = line.split("\t")[0].strip()
                if model.flags(index) & Qt.ItemFlag.ItemIsEditable and value != index.data(Qt.ItemDataRole.EditRole):
                    model.setData(index, value)

    def copy_selection(self):
        indexes = sorted(self.selectedIndexes(), key=lambda i: (i.row(), i.column()))
        rows: dict[int, list[str]] = {}
        for index in indexes:
            rows.setdefault(index.row(), []).append(str(index.data() or "").strip())
        QGuiApplication.clipboard().setText("\n".join("\t".join(r) for r in rows.values()))


class TablePage(QWidget):
    """One of the six tables; `open_list` asks the window to show a sub-table's record list."""

    open_list = Signal(str)

    def __init__(self, ctrl, parent=None):
        super().__init__(parent)
        self.ctrl = ctrl
        self.model = None
        self._models: dict[int, StandardTableModel] = {}
        layout = page_layout(self)
        header, self.title, self.hint = page_header("")
        layout.addWidget(header)
        self.view = GridView()
        layout.addWidget(self.view, 1)
        self.sub_button = QPushButton()
        self.sub_button.setVisible(False)
        self.sub_button.clicked.connect(self._open_sub_table)
        layout.addWidget(self.sub_button, 0, Qt.AlignmentFlag.AlignLeft)
        ctrl.changed.connect(self._on_changed)

    def show_table(self, no: int):
        if no not in self._models:
            self._models[no] = StandardTableModel(self.ctrl, no, self)
        self.model = self._models[no]
        if self.view.model() is not self.model:
            self.view.setModel(self.model)
        table = self.model.table
        self.title.setText(table.caption)
        set_hint(self.hint, "直接输入数值，回车确认并下移；蓝色格由公式自动计算，灰色格不需填写。"
                            "可从 Excel 复制一列数值后按 Ctrl+V 粘贴。按 F1 查看指标说明。")
        self._layout_columns()
        sub = table.sub_table
        self.sub_button.setVisible(sub is not None)
        if sub is not None:
            self.sub_button.setText(f"附表：{sub.title}（在名单中填写）…")

    def _layout_columns(self):
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_SEQ, QHeaderView.ResizeMode.Fixed)
        self.view.setColumnWidth(COL_SEQ, 52)
        self.view.setColumnWidth(COL_UNIT, 80)
        for col in range(FIXED, self.model.columnCount()):
            self.view.setColumnWidth(col, 150 if self.model.columns[col - FIXED].key != "method" else 190)
        self.view.clearSpans()
        rows = self.model.rows
        start = 0
        for i in range(1, len(rows) + 1):
            if i == len(rows) or rows[i].seq != rows[start].seq:
                if i - start > 1:
                    self.view.setSpan(start, COL_SEQ, i - start, 1)
                start = i

    def _on_changed(self, kind, _key):
        if kind in ("year", "all") and self.model is not None:
            self._models = {n: m for n, m in self._models.items() if m is self.model}
            self.show_table(self.model.table_no)

    def _open_sub_table(self):
        if self.model and self.model.table.sub_table:
            self.open_list.emit(self.model.table.sub_table.record_list)

    def select(self, indicator_id: str, column: str | None = "value"):
        row = self.model.indicator_row(indicator_id)
        if row >= 0:
            index = self.model.index(row, self.model.column_of(column or "value"))
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)
            self.view.setFocus()

    def set_value(self, indicator_id, raw, column="value"):
        return self.ctrl.push(SetValueCommand(self.ctrl, indicator_id, raw, column))
