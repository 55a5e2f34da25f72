"""The findings dock: severity, place and message of every finding; double-click navigates."""

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel,
                               QTableView, QVBoxLayout, QWidget)

from vqdesk.core.findings import SEVERITY_ORDER, sort_findings
from vqdesk.ui.icons import severity_icon

#: Returns the Finding of a row.
FindingRole = Qt.ItemDataRole.UserRole + 1


class FindingsModel(QAbstractTableModel):
    HEADERS = ("级别", "位置", "说明")

    def __init__(self, ctrl, parent=None):
        super().__init__(parent)
        self.ctrl = ctrl
        self.findings = []
        ctrl.findings_changed.connect(self.reload)
        self.reload()

    def reload(self):
        self.beginResetModel()
        self.findings = sort_findings(self.ctrl.findings)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.findings)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        finding, col = self.findings[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (finding.severity_label, finding.place.describe(self.ctrl.edition), finding.message)[col]
        if role == Qt.ItemDataRole.DecorationRole and col == 0:
            return severity_icon(finding.severity)
        if role == Qt.ItemDataRole.ToolTipRole and col == 2:
            return finding.message
        if role == Qt.ItemDataRole.UserRole:
            return SEVERITY_ORDER[finding.severity]
        if role == FindingRole:
            return finding
        return None


class FindingsPanel(QWidget):
    """Emits `navigate` with the Place of a double-clicked finding."""

    navigate = Signal(object)

    def __init__(self, ctrl, parent=None):
        super().__init__(parent)
        self.ctrl = ctrl
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 4)
        top = QHBoxLayout()
        self.summary = QLabel()
        self.filter = QComboBox()
        self.filter.addItems(["全部", "错误", "警告", "提示"])
        self.filter.currentIndexChanged.connect(self._apply_filter)
        top.addWidget(self.summary, 1)
        top.addWidget(QLabel("显示："))
        top.addWidget(self.filter)
        layout.addLayout(top)
        self.model = FindingsModel(ctrl, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(0)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.view.setColumnWidth(0, 76)
        self.view.setColumnWidth(1, 260)
        self.view.doubleClicked.connect(self._on_double_click)
        self.view.activated.connect(self._on_double_click)
        layout.addWidget(self.view, 1)
        ctrl.findings_changed.connect(self._update_summary)
        self._update_summary()

    def _apply_filter(self, row: int):
        self.proxy.setFilterFixedString(["", "错误", "警告", "提示"][row])

    def _update_summary(self):
        counts = {s: sum(f.severity == s for f in self.ctrl.findings) for s in ("error", "warning", "info")}
        if not any(counts.values()):
            self.summary.setText("未发现问题。")
        else:
            self.summary.setText(f"错误 {counts['error']} 处　警告 {counts['warning']} 处　提示 {counts['info']} 处"
                                 "　（双击一行定位到出错的位置）")

    def _on_double_click(self, index):
        finding = index.data(FindingRole) if index.column() == 0 else index.siblingAtColumn(0).data(FindingRole)
        if finding is not None:
            self.navigate.emit(finding.place)
