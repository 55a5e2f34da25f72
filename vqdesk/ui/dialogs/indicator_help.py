"""指标说明: every indicator of the edition with its unit, kind and 口径 (the definition the
edition's data gives, common/definitions-*.toml)."""

import html

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
        self.text.setHtml(indicator_html(self.edition, self.edition.indicator(ind_id)) if ind_id else "")

    def _filter(self, text: str):
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for j in range(top.childCount()):
                child = top.child(j)
                child.setHidden(bool(text) and text not in child.text(0))


#: Under every 口径: the notices publish the tables without definitions.
DEFINITION_NOTE = "口径说明由本程序根据指标名称和常用统计做法整理，供填报参考；省、市通知另有规定的，以通知为准。"


def indicator_html(edition, ind) -> str:
    """The description (unit, kind, computation) and, where the edition gives one, the 口径."""
    first, *rest = describe_indicator(edition, ind, definition=False).split("\n")
    parts = [f"<p style='white-space:pre-wrap'><b>{html.escape(first)}</b></p>",
             *(f"<p style='white-space:pre-wrap'>{html.escape(line)}</p>" for line in rest)]
    if ind.definition:
        parts.append(f"<p><b>口径：</b>{html.escape(ind.definition)}</p>")
        parts.append(f"<p style='color:#6b7785'>{DEFINITION_NOTE}</p>")
    return "".join(parts)
