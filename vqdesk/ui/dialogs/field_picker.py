"""插入数据字段: a searchable list of bound fields to insert into a narrative."""

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QLineEdit, QListView,
                               QVBoxLayout)

from vqdesk.core.binding import field_catalogue, render_token

TokenRole = Qt.ItemDataRole.UserRole + 1


class FieldPickerDialog(QDialog):
    def __init__(self, figures, parent=None):
        super().__init__(parent)
        self.setWindowTitle("插入数据字段")
        self.resize(520, 560)
        layout = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setPlaceholderText("搜索，如：在校生、专任教师、专业数量")
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        model = QStandardItemModel(self)
        for label, token in field_catalogue(figures):
            value = render_token(token[2:-2], figures)
            item = QStandardItem(f"{label}　=　{value}" if value is not None else f"{label}　（未填写）")
            item.setData(token, TokenRole)
            item.setToolTip(token)
            item.setEditable(False)
            model.appendRow(item)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.list = QListView()
        self.list.setModel(self.proxy)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.doubleClicked.connect(self.accept)
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("插入")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.list.setCurrentIndex(self.proxy.index(0, 0))

    def token(self) -> str | None:
        index = self.list.currentIndex()
        return index.data(TokenRole) if index.isValid() else None
