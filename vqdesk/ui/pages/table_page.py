"""A standard table page: an Excel-like grid over StandardTableModel."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMessageBox, QPushButton, QTableView, QWidget

from vqdesk.ui.commands import ImportValueCommand, SetValueCommand, try_push
from vqdesk.ui.grid_keys import ExcelKeys, GridNote, parse_tsv
from vqdesk.ui.grid_paste import table_paste
from vqdesk.ui.pages.common import page_header, page_layout, set_hint
from vqdesk.ui.table_model import COL_NAME, COL_SEQ, COL_UNIT, FIXED, IndicatorRole, StandardTableModel, describe_indicator


class GridView(ExcelKeys, QTableView):
    """A standard table with Excel's keys (see grid_keys); F1 explains the indicator."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setup_grid(FIXED)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(False)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(28)

    def setModel(self, model):
        old = self.model()
        if isinstance(old, StandardTableModel):
            old.note.disconnect(self._on_note)
        super().setModel(model)
        model.note.connect(self._on_note)

    def _on_note(self, note):
        self.note(*note)

    def keyPressEvent(self, event):
        if event.key() == Qt.Key.Key_F1 and self.state() != QAbstractItemView.State.EditingState:
            index = self.currentIndex()
            if index.isValid():
                QMessageBox.information(self, "指标说明", describe_indicator(self.model().ctrl.edition,
                                                                       index.data(IndicatorRole)))
            return
        super().keyPressEvent(event)

    # -- the grid's data side (grid_keys) ----------------------------------------------------
    def _index(self, row, column):
        return self.model().index(row, column)

    def grid_text(self, row, column) -> str:
        return self.model().copy_text(self._index(row, column))

    def grid_locked(self, row, column):
        return self.model().locked_reason(self._index(row, column))

    def grid_has_rows(self) -> bool:
        return False          # the edition fixes a standard table's rows

    def grid_write(self, cells, label: str, notes=()):
        batch = self.model().write_cells(cells, label)
        self._report(batch, list(notes), label)

    def grid_paste(self, text: str, row: int, column: int):
        writes, notes = table_paste(self.model(), parse_tsv(text), row, column, FIXED)
        self.grid_write(writes, "粘贴 {n} 个单元格", notes)

    def _report(self, batch, notes: list, label: str):
        """One sentence for the whole block: what was applied, what was refused and why."""
        parts = [label.format(n=len(batch.applied)).replace("粘贴", "已粘贴").replace("清除", "已清除")
                 .replace("剪切", "已剪切").replace("向下填充", "已向下填充")] if batch.applied else []
        if batch.refused:
            first = batch.refused[0][1]
            parts.append(f"{len(batch.refused)} 个单元格的值未被接受（红色标出，保留在格中待改正），"
                         f"如：{first}")
        parts += notes
        if not batch.applied and not batch.refused and not notes:
            parts.append("没有需要修改的单元格。")
        self.note("；".join(parts) + "。", "error" if batch.refused else ("warning" if notes else "info"))

    # -- a computed cell's reported value ----------------------------------------------------
    def grid_menu_extra(self, menu, row, column):
        model = self.model()
        index = model.index(row, column)
        menu.addSeparator()
        if index.isValid() and column >= FIXED and model.is_derived(index):
            ind = model.rows[row]
            shown = model.ctrl.figures.shown(ind.id)
            chosen = model.ctrl.data.values.get((ind.id, "value"))
            reported = menu.addAction("以报送值为准", lambda: self.use_reported(ind.id, True))
            reported.setEnabled(shown.typed is not None and not (chosen and chosen.source == "reported"))
            reported.setToolTip("报告中印学校报送的数值（与计算值的差异仍作为警告列出）")
            computed = menu.addAction("使用计算值", lambda: self.use_reported(ind.id, False))
            computed.setEnabled(shown.typed is not None)
        menu.addAction("指标说明", lambda: QMessageBox.information(
            self, "指标说明", describe_indicator(model.ctrl.edition, model.rows[row])))

    def use_reported(self, indicator_id: str, reported: bool):
        """以报送值为准: keep the school's number and print it; 使用计算值: drop it (undoable)."""
        ctrl = self.model().ctrl
        typed = ctrl.data.value(indicator_id)
        command = ImportValueCommand(ctrl, indicator_id, typed if reported else None,
                                     source="reported" if reported else "manual",
                                     text="以报送值为准" if reported else "使用计算值")
        refused = try_push(ctrl, command)
        if refused:
            return self.note(refused, "error")
        name = ctrl.edition.indicator(indicator_id).name
        self.note(f"{name}：报告中印学校报送值。" if reported else f"{name}：已删除报送值，报告中印计算值。")


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
        self.note = GridNote()
        self.view.note_bar = self.note
        layout.addWidget(self.note)
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
            self.note.clear()                  # a note belongs to the table it was about
        table = self.model.table
        self.title.setText(table.caption)
        set_hint(self.hint, "直接输入数值，回车确认并下移，Tab 右移；带 ƒ 的蓝色格由公式自动计算，灰色格不需填写。"
                            "可从 Excel/WPS 复制一块数值（可含指标列）后按 Ctrl+V 粘贴。按 F1 查看指标说明。")
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
