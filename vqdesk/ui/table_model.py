"""The grid of one standard table (表1-表6): a thin adapter over the controller's ReportData."""

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from vqdesk.core.editions.model import APPLICABILITY
from vqdesk.core.kinds import INDICATOR_KINDS, format_value, parse_number
from vqdesk.ui.commands import BatchCommand, SetValueCommand, try_push
from vqdesk.ui.pending_cells import PendingCells

COL_SEQ, COL_NAME, COL_UNIT = 0, 1, 2
#: Number of fixed columns before the table's value columns.
FIXED = 3
#: Returns the Finding list of a cell.
FindingsRole = Qt.ItemDataRole.UserRole + 1
#: Returns the Indicator of a row.
IndicatorRole = Qt.ItemDataRole.UserRole + 2
#: The full-width space used to indent 其中 rows (display only).
INDENT = "\u3000\u3000"

TINTS = {"error": QColor("#fbe3e1"), "warning": QColor("#fdf1d6"), "info": QColor("#e6f0fb")}
LOCKED_BG = QColor("#f1f1f1")
LOCKED_FG = QColor("#8a8a8a")
DERIVED_BG = QColor("#e8eef7")
#: A refused value kept in its cell until corrected.
REFUSED_BG = QColor("#f6c1bb")
#: The mark of a computed cell.
COMPUTED_MARK = "ƒ "


class StandardTableModel(PendingCells, QAbstractTableModel):
    """Rows are the table's indicators; columns 序号 | 指标 | 单位 | one per table column.

    A refused value stays in its cell (`pending`, shown red with the reason) until it is
    corrected; the stored value is unchanged meanwhile.  `note` carries (text, level, action)
    for the line under the grid."""

    note = Signal(object)

    def __init__(self, ctrl, table_no: int, parent=None):
        super().__init__(parent)
        self.ctrl = ctrl
        self.table_no = table_no
        self.pending: dict[tuple[str, str], tuple[str, str]] = {}
        self._load()
        ctrl.changed.connect(self._on_changed)
        ctrl.findings_changed.connect(self._refresh_all)

    def _load(self):
        self.table = self.ctrl.edition.table(self.table_no)
        self.rows = list(self.table.rows)
        self.columns = list(self.table.columns)
        ids = {r.id: r for r in self.rows}
        self.depth = {}
        for row in self.rows:
            depth, parent = 0, row.parent
            while parent in ids and depth < 5:
                depth, parent = depth + 1, ids[parent].parent
            self.depth[row.id] = depth

    def _on_changed(self, kind, key):
        if kind in ("year", "all"):
            self.beginResetModel()
            self._load()
            self.endResetModel()
        else:
            self._refresh_all()  # derived cells depend on values and record lists alike

    def _refresh_all(self):
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, self.columnCount() - 1))

    # -- shape -----------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else FIXED + len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section < FIXED:
            return ("序号", "指标", "单位")[section]
        return self.columns[section - FIXED].label.replace("<year>", str(self.ctrl.year))

    def indicator_row(self, indicator_id: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == indicator_id), -1)

    def column_of(self, column_key: str) -> int:
        return FIXED + next((i for i, c in enumerate(self.columns) if c.key == column_key), 0)

    # -- cell state --------------------------------------------------------------------------
    def column_key(self, index) -> str | None:
        return self.columns[index.column() - FIXED].key if index.column() >= FIXED else None

    def lock_text(self, index) -> str | None:
        """Why a value cell cannot be typed into, as printed in the cell; None when editable."""
        ind = self.rows[index.row()]
        report = self.ctrl.data.report
        if not ind.applicable and report.school_type == "zhongzhi":
            return APPLICABILITY[ind.applicability]
        if ind.graduate_related and not report.has_graduates:
            return "本年度无毕业生"
        return None

    def is_derived(self, index) -> bool:
        return self.column_key(index) == "value" and self.ctrl.edition.is_derived(self.rows[index.row()].id)

    def flags(self, index):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() >= FIXED and not self.is_derived(index) and self.lock_text(index) is None:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def cell_findings(self, index) -> list:
        ind = self.rows[index.row()]
        key = self.column_key(index)
        found = self.ctrl.findings_at(kind="indicator", indicator=ind.id)
        if key is None:
            return found
        return [f for f in found if (f.place.column or "value") == key]

    # -- data --------------------------------------------------------------------------------
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        ind = self.rows[index.row()]
        handler = {
            Qt.ItemDataRole.DisplayRole: self._display,
            Qt.ItemDataRole.EditRole: self._edit,
            Qt.ItemDataRole.ToolTipRole: self._tooltip,
            Qt.ItemDataRole.BackgroundRole: self._background,
            Qt.ItemDataRole.ForegroundRole: self._foreground,
            Qt.ItemDataRole.TextAlignmentRole: self._alignment,
            FindingsRole: self.cell_findings,
        }.get(role)
        if role == IndicatorRole:
            return ind
        return handler(index) if handler else None

    def _display(self, index):
        ind, col = self.rows[index.row()], index.column()
        if col == COL_SEQ:
            return ind.seq
        if col == COL_NAME:
            return INDENT * self.depth[ind.id] + ind.label
        if col == COL_UNIT:
            return ind.unit
        locked = self.lock_text(index)
        if locked:
            return locked
        key = self.column_key(index)
        kind = self.columns[col - FIXED].kind or ind.kind
        if self._key(index) in self.pending:
            return self.pending[self._key(index)][0]
        if self.is_derived(index):
            return COMPUTED_MARK + self._derived_text(ind)
        return format_value(self.ctrl.data.value(ind.id, key), kind)

    def _derived_text(self, ind) -> str:
        """The printed figure; a differing reported value beside the computed one."""
        shown = self.ctrl.figures.shown(ind.id)
        text = shown.text(ind.kind)
        if shown.typed is not None and not shown.reported and shown.computed is not None \
                and abs(shown.typed - shown.computed) > 1e-9:
            text += f"（报送 {format_value(shown.typed, ind.kind)}）"
        return text

    def copy_text(self, index) -> str:
        """A cell as copied: the figure without marks."""
        if index.column() >= FIXED and self.is_derived(index):
            shown = self.ctrl.figures.shown(self.rows[index.row()].id)
            return "" if shown.value is None else format_value(shown.value, self.rows[index.row()].kind)
        if index.column() >= FIXED and self.lock_text(index):
            return ""
        return str(self._edit(index) if index.column() >= FIXED else self._display(index)).strip()

    def _key(self, index) -> tuple:
        return (self.rows[index.row()].id, self.column_key(index) or "")

    def locked_reason(self, index) -> str | None:
        """Why typing into this cell is not possible, in words for the user; None when it is."""
        ind = self.rows[index.row()]
        if index.column() < FIXED:
            return "序号、指标和单位由模板规定，不能修改。"
        locked = self.lock_text(index)
        if locked:
            return f"表{ind.table_no} {ind.name}：{locked}，不需填写。"
        if self.is_derived(index):
            derived = self.ctrl.edition.derived[ind.id]
            return (f"表{ind.table_no} {ind.name} 由公式自动计算：{derived.definition}。请修改它的基础数据；"
                    f"学校另有报送值时，右键此格可选“以报送值为准”。")
        return None

    def _edit(self, index):
        if index.column() < FIXED:
            return self._display(index)
        if self._key(index) in self.pending:
            return self.pending[self._key(index)][0]
        return self._stored(index)

    def _stored(self, index) -> str:
        ind = self.rows[index.row()]
        value = self.ctrl.data.value(ind.id, self.column_key(index))
        if value is None:
            return ""
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return str(value)

    def _tooltip(self, index):
        lines = [describe_indicator(self.ctrl.edition, self.rows[index.row()])]
        if index.column() >= FIXED and self._key(index) in self.pending:
            lines.insert(0, f"未保存：{self.pending[self._key(index)][1]}")
        if index.column() >= FIXED and self.is_derived(index):
            lines.append(self._reported_line(self.rows[index.row()]))
        for f in self.cell_findings(index) if index.column() >= FIXED else []:
            lines.append(f"【{f.severity_label}】{f.message}")
        return "\n".join(lines)

    def _worst(self, index):
        found = self.cell_findings(index) if index.column() >= FIXED else []
        for severity in ("error", "warning", "info"):
            if any(f.severity == severity for f in found):
                return severity
        return None

    def _reported_line(self, ind) -> str:
        shown = self.ctrl.figures.shown(ind.id)
        if shown.typed is None:
            return "ƒ 自动计算，报告中印计算值。"
        typed = format_value(shown.typed, ind.kind)
        if shown.reported:
            return f"学校报送值 {typed}，报告中印报送值（右键可改为“使用计算值”）。"
        return f"学校报送值 {typed}，报告中印计算值（右键可选“以报送值为准”或“使用计算值”）。"

    def _background(self, index):
        if index.column() >= FIXED and self._key(index) in self.pending:
            return QBrush(REFUSED_BG)
        worst = self._worst(index)
        if worst:
            return QBrush(TINTS[worst])
        if index.column() >= FIXED and self.lock_text(index):
            return QBrush(LOCKED_BG)
        if self.is_derived(index):
            return QBrush(DERIVED_BG)
        return None

    def _foreground(self, index):
        if index.column() >= FIXED and self.lock_text(index):
            return QBrush(LOCKED_FG)
        if self.is_derived(index):
            return QBrush(QColor("#2b5d8c"))
        return None

    def _alignment(self, index):
        if index.column() == COL_NAME or (index.column() >= FIXED and self.column_key(index) == "method"):
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        if index.column() >= FIXED and not self.lock_text(index):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return Qt.AlignmentFlag.AlignCenter

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        """Edits never write directly: they become a SetValueCommand on the undo stack.  A refused
        value stays in the cell with its reason; typing into a locked cell says why not."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        reason = self.locked_reason(index)
        if reason:
            self.note.emit((reason, "warning", None))
            return False
        ind, key = self.rows[index.row()], self.column_key(index)
        raw = value.strip() if isinstance(value, str) else value
        if (raw or "") == self._stored(index):
            self._forget(index)
            return False
        refused = try_push(self.ctrl, SetValueCommand(self.ctrl, ind.id, raw, column=key))
        if refused:
            self._refuse(index, str(raw), refused)
            return False
        self._forget(index)
        self._ask_percent(index, raw)
        return True

    def write_cells(self, cells, label: str) -> BatchCommand:
        """[(row, column, text)] as one undo step; refused cells keep their text, marked."""
        commands, where = [], {}
        for row, column, text in cells:
            index = self.index(row, column)
            if self.locked_reason(index):
                continue
            if text == self._stored(index):
                self._forget(index)          # back to the stored value: nothing to write
                continue
            command = SetValueCommand(self.ctrl, self.rows[row].id, text, column=self.column_key(index))
            commands.append(command)
            where[id(command)] = index
        batch = BatchCommand(self.ctrl, label)
        if commands:
            batch.run(commands)
        for command in batch.applied:
            self._forget(where[id(command)])
        for command, reason in batch.refused:
            self._refuse(where[id(command)], str(command.new), reason, quiet=True)
        return batch

    def _ask_percent(self, index, raw):
        """0.95 in a % cell: most likely 95% was meant.  Ask beside the grid, with a button."""
        ind = self.rows[index.row()]
        kind = self.columns[index.column() - FIXED].kind or ind.kind
        if kind != "percent" or not isinstance(raw, str) or raw.endswith(("%", "％")):
            return
        try:
            number = float(parse_number(raw))
        except ValueError:
            return
        if 0 < number < 1:
            meant = f"{number * 100:.4g}"
            self.note.emit((f"{ind.name} 填写为 {raw}%（不到 1%）。是否指 {meant}%？", "warning",
                            (f"改为 {meant}%", lambda: self.setData(index, meant))))


def describe_indicator(edition, ind, *, definition: bool = True) -> str:
    """The indicator's definition as shown on hover and F1 (指标说明 sets the 口径 out itself)."""
    lines = [f"表{ind.table_no} {ind.seq}  {ind.label}", f"单位：{ind.unit or '—'}　类型：{INDICATOR_KINDS.get(ind.kind, ind.kind)}"]
    if definition and ind.definition:
        lines.append(f"口径：{ind.definition}")
    if ind.parent and edition.has_indicator(ind.parent):
        lines.append(f"其中项，上级指标：{edition.indicator(ind.parent).name}（不大于上级）")
    if ind.id in edition.derived:
        lines.append(f"自动计算：{edition.derived[ind.id].definition}")
    if not ind.applicable:
        lines.append(f"此项为“{APPLICABILITY[ind.applicability]}”，中职学校不填写。")
    if ind.graduate_related:
        lines.append("与毕业生有关：当年无毕业生时留空。")
    if ind.starred:
        lines.append("带 * 号的指标（按原表标注）。")
    return "\n".join(lines)
