"""指标说明: every indicator of the edition with its unit, kind and definition."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QSplitter, QTextBrowser, QTreeWidget, QTreeWidgetItem, QVBoxLayout

from vqdesk.ui.table_model import describe_indicator


class IndicatorHelpDialog(QDialog):
    def __init__(self, edition, parent=None):
        super().__init__(parent)
        self.setWindowTitle("指标说明")
        self.resize(860, 560)
        self.edition = edition
        layout = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setPlaceholderText("搜索指标名称")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        layout.addWidget(self.search)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        for table in edition.tables:
            top = QTreeWidgetItem([table.caption])
            self.tree.addTopLevelItem(top)
            for ind in table.rows:
                child = QTreeWidgetItem([f"{ind.seq}  {ind.label}（{ind.unit}）"])
                child.setData(0, Qt.ItemDataRole.UserRole, ind.id)
                top.addChild(child)
        self.tree.expandAll()
        self.text = QTextBrowser()
        splitter.addWidget(self.tree)
        splitter.addWidget(self.text)
        splitter.setSizes([420, 420])
        layout.addWidget(splitter, 1)
        self.tree.currentItemChanged.connect(self._show)

    def _show(self, item, _previous):
        ind_id = item.data(0, Qt.ItemDataRole.UserRole) if item else None
        self.text.setPlainText(describe_indicator(self.edition, self.edition.indicator(ind_id)) if ind_id else "")

    def _filter(self, text: str):
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for j in range(top.childCount()):
                child = top.child(j)
                child.setHidden(bool(text) and text not in child.text(0))
