"""A record list page: a sortable table with typed editors, row tools and block paste."""

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QPushButton, QTableView,
                               QWidget)

from vqdesk.ui.commands import AddRecordCommand, MoveRecordCommand, RemoveRecordCommand
from vqdesk.ui.delegates import RecordFieldDelegate
from vqdesk.ui.pages.common import page_header, page_layout, set_hint
from vqdesk.ui.record_model import RecordListModel, RecordRole, SortRole


class RecordView(QTableView):
    """Ctrl+V pastes a block of rows; Delete clears the selected cells."""

    def __init__(self, page):
        super().__init__(page)
        self.page = page

    def keyPressEvent(self, event):
        if event.matches(QKeySequence.StandardKey.Paste):
            self.page.paste(QGuiApplication.clipboard().text())
            return
        if event.key() == Qt.Key.Key_Delete and self.state() != QAbstractItemView.State.EditingState:
            self.page.clear_cells()
            return
        super().keyPressEvent(event)


class RecordsPage(QWidget):
    def __init__(self, ctrl, parent=None):
        super().__init__(parent)
        self.ctrl = ctrl
        self.model = None
        self._models: dict[str, RecordListModel] = {}
        layout = page_layout(self)
        header, self.title, self.hint = page_header("")
        layout.addWidget(header)
        tools = QHBoxLayout()
        self.buttons = {}
        for name, text, slot in (("add", "添加行", self.add_row), ("remove", "删除行", self.remove_rows),
                                 ("up", "上移", lambda: self.move(-1)), ("down", "下移", lambda: self.move(1)),
                                 ("paste", "从 Excel 粘贴", lambda: self.paste(QGuiApplication.clipboard().text()))):
            button = QPushButton(text)
            button.clicked.connect(slot)
            tools.addWidget(button)
            self.buttons[name] = button
        tools.addStretch(1)
        layout.addLayout(tools)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSortRole(SortRole)
        self.view = RecordView(self)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.view.setItemDelegate(RecordFieldDelegate(ctrl, self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                                  | QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.view.verticalHeader().setDefaultSectionSize(28)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.view, 1)

    def show_list(self, list_id: str):
        if list_id not in self._models:
            self._models[list_id] = RecordListModel(self.ctrl, list_id, self)
        self.model = self._models[list_id]
        self.proxy.setSourceModel(self.model)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        definition = self.model.definition
        self.title.setText(f"名单：{definition.title}")
        set_hint(self.hint, (definition.hint + "　" if definition.hint else "")
                 + "带 * 的列为必填。可从 Excel/WPS 复制整行后按 Ctrl+V 粘贴为新行。")
        for col, fd in enumerate(self.model.fields):
            width = {"date": 110, "int": 90, "decimal": 120, "money_wan": 120, "year": 80,
                     "choice": 120}.get(fd.kind, 160)
            self.view.setColumnWidth(col, max(width, 28 + 14 * len(fd.label)))

    def _source_rows(self) -> list[int]:
        rows = {self.proxy.mapToSource(i).row() for i in self.view.selectionModel().selectedIndexes()}
        current = self.view.currentIndex()
        if not rows and current.isValid():
            rows = {self.proxy.mapToSource(current).row()}
        return sorted(rows)

    def add_row(self):
        rows = self._source_rows()
        position = rows[-1] + 1 if rows else None
        if self.ctrl.push(AddRecordCommand(self.ctrl, self.model.list_id, {}, position)):
            row = position if position is not None else self.model.rowCount() - 1
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            self.view.setCurrentIndex(index)
            self.view.edit(index)

    def remove_rows(self):
        rows = self._source_rows()
        if not rows:
            return
        ids = [self.model.records[r].id for r in rows]
        with self.ctrl.macro(f"删除 {len(ids)} 行"):
            for record_id in reversed(ids):
                self.ctrl.push(RemoveRecordCommand(self.ctrl, self.model.list_id, record_id))

    def move(self, step: int):
        rows = self._source_rows()
        if len(rows) != 1:
            return
        target = rows[0] + step
        if not 0 <= target < self.model.rowCount():
            return
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # moving works on the stored order
        record = self.model.records[rows[0]]
        if self.ctrl.push(MoveRecordCommand(self.ctrl, self.model.list_id, record.id, target)):
            self.view.setCurrentIndex(self.proxy.mapFromSource(self.model.index(target, 0)))

    def paste(self, text: str):
        current = self.view.currentIndex()
        column = current.column() if current.isValid() else 0
        added = self.model.paste_rows(text, column)
        window = self.window()
        if added and hasattr(window, "statusBar"):
            window.statusBar().showMessage(f"已粘贴 {added} 行", 4000)

    def clear_cells(self):
        cells = [self.proxy.mapToSource(i) for i in self.view.selectionModel().selectedIndexes()]
        cells = [i for i in cells if i.data(Qt.ItemDataRole.EditRole) is not None]
        if cells:
            with self.ctrl.macro("清除"):
                for index in cells:
                    self.model.setData(index, "")

    def select(self, row: int | None, field: str | None):
        if row is None:
            return
        col = next((i for i, f in enumerate(self.model.fields) if f.key == field), 0)
        index = self.proxy.mapFromSource(self.model.index(row, col))
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)
            self.view.setFocus()

    def record_at(self, proxy_row: int):
        return self.proxy.index(proxy_row, 0).data(RecordRole)
