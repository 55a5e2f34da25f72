"""A record list page: an Excel-like grid with typed editors, row tools and block paste.  Sorting
reorders the list itself (its stored, printed order) as one undoable step."""

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QPushButton, QTableView,
                               QWidget)

from vqdesk.ui.commands import (AddRecordCommand, BatchCommand, MoveRecordCommand, RemoveRecordCommand,
                                SortRecordsCommand, try_push)
from vqdesk.ui.delegates import RecordFieldDelegate
from vqdesk.ui.grid_keys import ExcelKeys, GridNote, parse_tsv, sort_key
from vqdesk.ui.pages.common import page_header, page_layout, set_hint
from vqdesk.ui.record_model import RecordListModel, RecordRole


class RecordView(ExcelKeys, QTableView):
    """The list's grid; the data side of grid_keys is the page's."""

    def __init__(self, page):
        super().__init__(page)
        self.page = page
        self.setup_grid(0)

    def grid_text(self, row, column) -> str:
        return self.model().text(self.model().index(row, column))

    def grid_locked(self, row, column):
        return None

    def grid_write(self, cells, label: str):
        batch = self.model().write_cells(cells, label)
        self.page.report(batch, [], [], [], label)

    def grid_paste(self, text: str, row: int, column: int):
        self.page.paste(text, row, column)

    def grid_insert_row(self, row: int):
        self.page.add_row(position=max(row, 0))

    def grid_remove_rows(self, rows):
        self.page.remove_rows(rows)

    def grid_sort(self, column: int, descending: bool):
        self.page.sort(column, descending)


class RecordsPage(QWidget):
    def __init__(self, ctrl, parent=None):
        super().__init__(parent)
        self.ctrl = ctrl
        self.model = None
        self._models: dict[str, RecordListModel] = {}
        self._sorted: tuple | None = None          # (list id, column, descending) of the last sort
        layout = page_layout(self)
        header, self.title, self.hint = page_header("")
        layout.addWidget(header)
        tools = QHBoxLayout()
        self.buttons = {}
        for name, text, slot in (("add", "添加行", lambda: self.add_row()), ("remove", "删除行", lambda: self.remove_rows()),
                                 ("up", "上移", lambda: self.move(-1)), ("down", "下移", lambda: self.move(1)),
                                 ("paste", "从 Excel 粘贴为新行",
                                  lambda: self.paste(QGuiApplication.clipboard().text(), append=True))):
            button = QPushButton(text)
            button.clicked.connect(slot)
            tools.addWidget(button)
            self.buttons[name] = button
        tools.addStretch(1)
        layout.addLayout(tools)
        self.view = RecordView(self)
        self.view.setItemDelegate(RecordFieldDelegate(ctrl, self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.verticalHeader().setDefaultSectionSize(28)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionsClickable(True)
        self.view.horizontalHeader().sectionClicked.connect(self._header_clicked)
        layout.addWidget(self.view, 1)
        self.note = GridNote()
        self.view.note_bar = self.note
        layout.addWidget(self.note)

    def show_list(self, list_id: str):
        if list_id not in self._models:
            model = RecordListModel(self.ctrl, list_id, self)
            model.note.connect(lambda note: self.view.note(*note))
            self._models[list_id] = model
        self.model = self._models[list_id]
        if self.view.model() is not self.model:
            self.view.setModel(self.model)
            self.note.clear()
        definition = self.model.definition
        self.title.setText(f"名单：{definition.title}")
        set_hint(self.hint, (definition.hint + "　" if definition.hint else "")
                 + "带 * 的列为必填。像 Excel 一样：Tab 右移、回车下移，Ctrl+V 从当前格起粘贴（超出末行的部分新增为行），"
                   "点击列标题按此列排序名单。")
        for col, fd in enumerate(self.model.fields):
            width = {"date": 110, "int": 90, "decimal": 120, "money_wan": 120, "year": 80,
                     "choice": 120}.get(fd.kind, 160)
            self.view.setColumnWidth(col, max(width, 28 + 14 * len(fd.label)))

    def _source_rows(self) -> list[int]:
        rows = {i.row() for i in self.view.selectionModel().selectedIndexes()}
        current = self.view.currentIndex()
        if not rows and current.isValid():
            rows = {current.row()}
        return sorted(rows)

    def add_row(self, position: int | None = None):
        if position is None:
            rows = self._source_rows()
            position = rows[-1] + 1 if rows else None
        if self.ctrl.push(AddRecordCommand(self.ctrl, self.model.list_id, {}, position)):
            row = position if position is not None else self.model.rowCount() - 1
            index = self.model.index(row, 0)
            self.view.setCurrentIndex(index)
            self.view.edit(index)

    def remove_rows(self, rows=None):
        rows = sorted(rows) if rows else self._source_rows()
        if not rows:
            return
        ids = [self.model.records[r].id for r in rows if r < len(self.model.records)]
        batch = BatchCommand(self.ctrl, f"删除 {len(ids)} 行")
        batch.run([RemoveRecordCommand(self.ctrl, self.model.list_id, record_id) for record_id in reversed(ids)])

    def move(self, step: int):
        rows = self._source_rows()
        if len(rows) != 1:
            return
        target = rows[0] + step
        if not 0 <= target < self.model.rowCount():
            return
        record = self.model.records[rows[0]]
        if self.ctrl.push(MoveRecordCommand(self.ctrl, self.model.list_id, record.id, target)):
            self.view.setCurrentIndex(self.model.index(target, self.view.currentIndex().column()))

    def _header_clicked(self, column: int):
        again = self._sorted == (self.model.list_id, column, False)
        self.sort(column, descending=again)

    def sort(self, column: int, descending: bool = False):
        """Reorder the list itself by one column (stable; blanks last), as one undo step."""
        fd = self.model.fields[column]
        records = self.model.records
        ordered = sorted(records, key=lambda r: sort_key(r.get(fd.key)), reverse=descending)
        if descending:   # blanks stay last when descending too
            ordered = [r for r in ordered if r.get(fd.key) not in (None, "")] + \
                      [r for r in records if r.get(fd.key) in (None, "")]
        self._sorted = (self.model.list_id, column, descending)
        old, new = [r.id for r in records], [r.id for r in ordered]
        if old == new:
            return self.view.note(f"名单已按“{fd.label}”{'降序' if descending else '升序'}排列。")
        label = f"按“{fd.label}”{'降序' if descending else '升序'}排序"
        refused = try_push(self.ctrl, SortRecordsCommand(self.ctrl, self.model.list_id, old, new, label))
        self.view.note(refused or f"已{label}（名单本身的顺序，打印也按此顺序；可撤销）。", "error" if refused else "info")

    def paste(self, text: str, row: int | None = None, column: int | None = None, append: bool = False):
        rows = parse_tsv(text)
        if not rows:
            return self.view.note("剪贴板中没有可粘贴的内容。")
        current = self.view.currentIndex()
        row = row if row is not None else (current.row() if current.isValid() else 0)
        column = column if column is not None else (current.column() if current.isValid() else 0)
        batch, added, refused_rows, notes = self.model.paste_rows(rows, row, column, append)
        self.report(batch, added, refused_rows, notes, batch.text() or "粘贴")

    def report(self, batch, added, refused_rows, notes, label: str):
        """One truthful sentence: rows added, cells changed, rows and cells refused and why."""
        cells = [c for c in batch.applied if not isinstance(c, AddRecordCommand)]
        parts = []
        if added:
            parts.append(f"已新增第 {'、'.join(map(str, added))} 行")
        if cells:
            parts.append(f"已修改 {len(cells)} 个单元格")
        for number, reason in refused_rows:
            parts.append(f"粘贴内容的第 {number} 行未添加：{reason}")
        refused_cells = [r for c, r in batch.refused if not isinstance(c, AddRecordCommand)]
        if refused_cells:
            parts.append(f"{len(refused_cells)} 个单元格的值未被接受（红色标出，保留在格中待改正），如：{refused_cells[0]}")
        parts += notes
        if not parts:
            parts.append("没有需要修改的单元格")
        level = "error" if refused_rows or refused_cells else ("warning" if notes else "info")
        self.view.note("；".join(parts) + "。", level)

    def clear_cells(self):
        self.view.clear_cells()

    def select(self, row: int | None, field: str | None):
        if row is None:
            return
        col = next((i for i, f in enumerate(self.model.fields) if f.key == field), 0)
        index = self.model.index(row, col)
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)
            self.view.setFocus()

    def record_at(self, row: int):
        return self.model.index(row, 0).data(RecordRole)
