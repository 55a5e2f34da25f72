"""One record list (名单) as a table: rows are records, columns the list's fields.

A refused value stays in its cell (red, with the reason) until corrected; pasted blocks overwrite
from the current cell and add rows past the end, reporting truthfully which rows were added and
which were refused, and why."""

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from vqdesk.core.errors import InputError
from vqdesk.core.kinds import format_value
from vqdesk.ui.commands import AddRecordCommand, BatchCommand, SetRecordFieldCommand, try_push
from vqdesk.ui.grid_paste import record_paste
from vqdesk.ui.pending_cells import PendingCells

#: Returns the FieldDef of a column.
FieldRole = Qt.ItemDataRole.UserRole + 1
#: Returns the Record of a row.
RecordRole = Qt.ItemDataRole.UserRole + 2
#: Value used for sorting (numbers as numbers).
SortRole = Qt.ItemDataRole.UserRole + 3

_NUMERIC = {"int", "decimal", "money_wan", "year"}
_TINTS = {"error": QColor("#fbe3e1"), "warning": QColor("#fdf1d6")}
REFUSED_BG = QColor("#f6c1bb")


class RecordListModel(PendingCells, QAbstractTableModel):
    note = Signal(object)      # (text, level, action) for the line under the grid

    def __init__(self, ctrl, list_id: str, parent=None):
        super().__init__(parent)
        self.ctrl = ctrl
        self.list_id = list_id
        self.pending: dict[tuple[int, str], tuple[str, str]] = {}
        self._load()
        ctrl.changed.connect(self._on_changed)
        ctrl.findings_changed.connect(self._refresh)

    def _load(self):
        self.definition = self.ctrl.edition.record_list(self.list_id)
        self.fields = list(self.definition.fields)
        self.records = list(self.ctrl.data.records.get(self.list_id, []))

    def _on_changed(self, kind, key):
        if kind == "record" and key not in ("", self.list_id):
            return
        if kind not in ("record", "year", "all"):
            return
        ids = [r.id for r in self.records]
        if kind == "record" and [r.id for r in self.ctrl.data.records.get(self.list_id, [])] == ids:
            self.records = list(self.ctrl.data.records.get(self.list_id, []))
            self._refresh()          # same rows: no reset, so an open editor and the cursor stay
            return
        self.beginResetModel()
        self._load()
        self.endResetModel()

    def _refresh(self):
        if self.records:
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.fields)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            return "点击列标题：按此列排序名单本身（可撤销）"
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        fd = self.fields[section]
        label = fd.label + (f"（{fd.unit}）" if fd.unit else "")
        return label + (" *" if fd.required else "")

    def flags(self, index):
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def _findings(self, index):
        return [f for f in self.ctrl.findings_at(kind="record", list_id=self.list_id, row=index.row())
                if f.place.field in (None, self.fields[index.column()].key)]

    def _key(self, index) -> tuple:
        return (self.records[index.row()].id, self.fields[index.column()].key)

    def text(self, index) -> str:
        """A cell as typed and copied: the pending text, or the stored value as shown."""
        if self._key(index) in self.pending:
            return self.pending[self._key(index)][0]
        value = self.records[index.row()].get(self.fields[index.column()].key)
        return self._shown(value, self.fields[index.column()])

    @staticmethod
    def _shown(value, fd) -> str:
        if value is None:
            return ""
        return format_value(value, "decimal" if fd.kind == "money_wan" else fd.kind)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        record, fd = self.records[index.row()], self.fields[index.column()]
        value = record.get(fd.key)
        pending = self.pending.get(self._key(index))
        if role == Qt.ItemDataRole.DisplayRole:
            return pending[0] if pending else self._shown(value, fd)
        if role == Qt.ItemDataRole.EditRole:
            return pending[0] if pending else value
        if role == SortRole:
            return value if fd.kind in _NUMERIC and value is not None else str(value or "")
        if role == Qt.ItemDataRole.TextAlignmentRole and fd.kind in _NUMERIC:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [f"未保存：{pending[1]}"] if pending else []
            lines += [f"【{f.severity_label}】{f.message}" for f in self._findings(index)]
            return "\n".join(lines) or None
        if role == Qt.ItemDataRole.BackgroundRole:
            if pending:
                return QBrush(REFUSED_BG)
            severities = {f.severity for f in self._findings(index)}
            for severity in ("error", "warning"):
                if severity in severities:
                    return QBrush(_TINTS[severity])
        if role == FieldRole:
            return fd
        if role == RecordRole:
            return record
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        record, fd = self.records[index.row()], self.fields[index.column()]
        if isinstance(value, str):
            value = value.strip()
        if value == record.get(fd.key) or (value in ("", None) and record.get(fd.key) is None) \
                or (isinstance(value, str) and value == self._shown(record.get(fd.key), fd)):
            self._forget(index)
            return False
        refused = try_push(self.ctrl, SetRecordFieldCommand(self.ctrl, self.list_id, record.id, fd.key, value))
        if refused:
            self._refuse(index, str(value), refused)
            return False
        self._forget(index)
        return True

    def same(self, record, fd, text: str) -> bool:
        """Whether `text` means what the cell already holds (“三年” in a 三年制 cell)."""
        if text == self._shown(record.get(fd.key), fd):
            return True
        try:
            value = self.ctrl.session.coerce_record(self.ctrl.year, self.list_id, {fd.key: text}).get(fd.key)
        except InputError:
            return False
        return value == record.get(fd.key)

    # -- blocks ------------------------------------------------------------------------------
    def write_cells(self, cells, label: str) -> BatchCommand:
        """[(row, column, text)] of existing rows as one undo step."""
        commands, where = [], {}
        for row, column, text in cells:
            index = self.index(row, column)
            record, fd = self.records[row], self.fields[column]
            if self.same(record, fd, text):
                self._forget(index)
                continue
            command = SetRecordFieldCommand(self.ctrl, self.list_id, record.id, fd.key, text)
            commands.append(command)
            where[id(command)] = index
        batch = BatchCommand(self.ctrl, label)
        if commands:
            batch.run(commands)
        self._settle(batch, where)
        return batch

    def _settle(self, batch, where):
        for command in batch.applied:
            if id(command) in where:
                self._forget(where[id(command)])
        for command, reason in batch.refused:
            if id(command) in where:
                self._refuse(where[id(command)], str(command.new), reason, quiet=True)

    def paste_rows(self, text_rows: list[list[str]], row: int, column: int, append: bool = False):
        """A block from Excel/WPS, like Excel: it overwrites from (row, column) and adds rows past
        the end (or only adds, with append=True).  A header row of field labels maps the columns
        by label.  Returns (batch, added row numbers, [(block row number, reason)], notes)."""
        mapping, body, notes = record_paste(self.fields, text_rows, column)
        start = len(self.records) if append or not self.records else row
        commands, where, new_rows, refused_rows = [], {}, [], []
        for i, cells in enumerate(body):
            r = start + i
            values = {self.fields[f].key: cells[k] for k, f in mapping.items() if k < len(cells)}
            if r < len(self.records):
                for k, f in mapping.items():
                    if k < len(cells) and not self.same(self.records[r], self.fields[f], cells[k]) \
                            or self._key(self.index(r, f)) in self.pending:
                        command = SetRecordFieldCommand(self.ctrl, self.list_id, self.records[r].id,
                                                        self.fields[f].key, cells[k])
                        commands.append(command)
                        where[id(command)] = self.index(r, f)
                continue
            filled = {k: v for k, v in values.items() if v}
            if not filled:
                continue
            try:
                row_data = self.ctrl.session.coerce_record(self.ctrl.year, self.list_id, filled)
            except InputError as exc:
                refused_rows.append((i + 1, str(exc)))
                continue
            commands.append(AddRecordCommand(self.ctrl, self.list_id, row_data))
            new_rows.append(len(self.records) + len(new_rows) + 1)
        batch = BatchCommand(self.ctrl, "粘贴")
        if commands:
            batch.run(commands, label=lambda applied: _paste_label(applied))
        self._settle(batch, where)
        added = [n for n, c in zip(new_rows, [c for c in commands if isinstance(c, AddRecordCommand)])
                 if c in batch.applied]
        return batch, added, refused_rows, notes


def _paste_label(applied) -> str:
    rows = sum(isinstance(c, AddRecordCommand) for c in applied)
    cells = len(applied) - rows
    parts = ([f"{cells} 个单元格"] if cells else []) + ([f"新增 {rows} 行"] if rows else [])
    return "粘贴 " + "，".join(parts)
