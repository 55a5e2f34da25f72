"""One record list (名单) as a table: rows are records, columns the list's fields."""

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from vqdesk.core.errors import InputError
from vqdesk.core.kinds import format_value
from vqdesk.ui.commands import AddRecordCommand, SetRecordFieldCommand

#: Returns the FieldDef of a column.
FieldRole = Qt.ItemDataRole.UserRole + 1
#: Returns the Record of a row.
RecordRole = Qt.ItemDataRole.UserRole + 2
#: Value used for sorting (numbers as numbers).
SortRole = Qt.ItemDataRole.UserRole + 3

_NUMERIC = {"int", "decimal", "money_wan", "year"}
_TINTS = {"error": QColor("#fbe3e1"), "warning": QColor("#fdf1d6")}


class RecordListModel(QAbstractTableModel):
    def __init__(self, ctrl, list_id: str, parent=None):
        super().__init__(parent)
        self.ctrl = ctrl
        self.list_id = list_id
        self._load()
        ctrl.changed.connect(self._on_changed)
        ctrl.findings_changed.connect(self._refresh)

    def _load(self):
        self.definition = self.ctrl.edition.record_list(self.list_id)
        self.fields = list(self.definition.fields)
        self.records = list(self.ctrl.data.records.get(self.list_id, []))

    def _on_changed(self, kind, key):
        if kind in ("record", "year", "all") and (key in ("", self.list_id) or kind != "record"):
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

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        record, fd = self.records[index.row()], self.fields[index.column()]
        value = record.get(fd.key)
        if role == Qt.ItemDataRole.DisplayRole:
            return format_value(value, "decimal" if fd.kind == "money_wan" else fd.kind) if value is not None else ""
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == SortRole:
            return value if fd.kind in _NUMERIC and value is not None else str(value or "")
        if role == Qt.ItemDataRole.TextAlignmentRole and fd.kind in _NUMERIC:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(f"【{f.severity_label}】{f.message}" for f in self._findings(index)) or None
        if role == Qt.ItemDataRole.BackgroundRole:
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
        if value == record.get(fd.key) or (value in ("", None) and record.get(fd.key) is None):
            return False
        return self.ctrl.push(SetRecordFieldCommand(self.ctrl, self.list_id, record.id, fd.key, value))

    # -- block paste ------------------------------------------------------------------------
    def paste_rows(self, text: str, first_column: int = 0) -> int:
        """Add the rows of a tab-separated block (copied from Excel/WPS) as one undo step.

        Cells map to fields from `first_column` on; a leading header row of field labels is
        skipped.  Every row is checked first, so a bad cell adds nothing.  Returns rows added.
        """
        lines = [line for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n") if line.strip()]
        labels = [f.label for f in self.fields]
        if lines and [c.strip() for c in lines[0].split("\t")][:2] == labels[first_column:first_column + 2]:
            lines = lines[1:]
        rows = []
        for n, line in enumerate(lines, start=1):
            cells = line.split("\t")
            keys = [f.key for f in self.fields[first_column:first_column + len(cells)]]
            row = {k: c.strip() for k, c in zip(keys, cells) if c.strip()}
            try:
                self.ctrl.session.coerce_record(self.ctrl.year, self.list_id, row)
            except InputError as exc:
                self.ctrl.error.emit(f"粘贴的第 {n} 行无法添加：{exc}")
                return 0
            rows.append(row)
        if not rows:
            return 0
        with self.ctrl.macro(f"粘贴 {len(rows)} 行"):
            for row in rows:
                self.ctrl.push(AddRecordCommand(self.ctrl, self.list_id, row))
        return len(rows)
