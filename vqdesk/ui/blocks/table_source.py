"""设置数据: what a bound table shows — a record list (its columns, sort, 合计 and 序号) or
indicators of the edition's standard tables over recent years (with 增减)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QListWidget,
                               QListWidgetItem, QSpinBox, QStackedWidget, QVBoxLayout, QWidget)

NUMERIC = ("int", "decimal", "money_wan", "percent")


def describe_source(src: dict, edition) -> str:
    """One line on where a bound table's rows come from."""
    if src["type"] == "indicators":
        years = f"近 {src.get('span', 3)} 年" if src.get("years") == "recent" else "所选年份"
        return f"指标表：{len(src['indicators'])} 项指标，{years}" + ("，含增减" if src.get("change") else "")
    if src.get("list"):
        try:
            return f"名单表：{edition.record_list(src['list']).title}"
        except KeyError:
            return f"各校表：{src['list']}"
    return "各校表"


def _checklist(items, checked) -> QListWidget:
    widget = QListWidget()
    for key, label in items:
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if key in checked else Qt.CheckState.Unchecked)
        widget.addItem(item)
    return widget


def _checked(widget: QListWidget) -> list:
    return [widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked]


class TableSourceDialog(QDialog):
    def __init__(self, ctrl, src: dict | None, parent=None):
        super().__init__(parent)
        self.setWindowTitle("设置表格数据")
        self.resize(560, 600)
        self.edition = ctrl.edition
        src = src or {"type": "list", "list": self.edition.record_lists[0].id}
        layout = QVBoxLayout(self)
        self.kind = QComboBox()
        self.kind.addItem("名单表（来自“名单”中的一张表）", "list")
        self.kind.addItem("指标表（六张指标表中的指标，按年度）", "indicators")
        self.kind.setCurrentIndex(1 if src["type"] == "indicators" else 0)
        layout.addWidget(self.kind)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._list_page(src if src["type"] == "list" else {}))
        self.pages.addWidget(self._indicator_page(src if src["type"] == "indicators" else {}))
        self.kind.currentIndexChanged.connect(self.pages.setCurrentIndex)
        self.pages.setCurrentIndex(self.kind.currentIndex())
        layout.addWidget(self.pages, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    # -- a record list ----------------------------------------------------------------------
    def _list_page(self, src: dict) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.list_box = QComboBox()
        for rl in self.edition.record_lists:
            self.list_box.addItem(rl.title, rl.id)
        self.list_box.setCurrentIndex(max(0, self.list_box.findData(src.get("list"))))
        self.fields = QListWidget()
        self.totals = QListWidget()
        self.sort = QComboBox()
        self.desc = QCheckBox("从大到小")
        self.numbered_rows = QCheckBox("加“序号”列")
        self.numbered_rows.setChecked(src.get("numbered", True))
        form.addRow("名单", self.list_box)
        form.addRow("显示的列", self.fields)
        form.addRow("合计的列", self.totals)
        form.addRow("排序", self.sort)
        form.addRow("", self.desc)
        form.addRow("", self.numbered_rows)
        self.list_box.currentIndexChanged.connect(lambda: self._fill_fields({}))
        self._fill_fields(src)
        return page

    def _fill_fields(self, src: dict):
        rl = self.edition.record_list(self.list_box.currentData())
        shown = src.get("fields") or [f.key for f in rl.fields]
        for old, new in ((self.fields, _checklist([(f.key, f.label) for f in rl.fields], shown)),
                         (self.totals, _checklist([(f.key, f.label) for f in rl.fields if f.kind in NUMERIC],
                                                  src.get("total") or []))):
            old.clear()
            for i in range(new.count()):
                old.addItem(new.takeItem(0))
        self.sort.clear()
        self.sort.addItem("（按录入顺序）", None)
        for f in rl.fields:
            self.sort.addItem(f.label, f.key)
        sort = (src.get("sort") or [{}])[0]
        self.sort.setCurrentIndex(max(0, self.sort.findData(sort.get("field"))))
        self.desc.setChecked(bool(sort.get("desc")))

    # -- indicators -------------------------------------------------------------------------
    def _indicator_page(self, src: dict) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        items = [(row.id, f"表{row.table_no}  {row.id}  {row.name}") for row in self.edition.indicators()]
        self.indicators = _checklist(items, src.get("indicators") or [])
        self.span = QSpinBox()
        self.span.setRange(1, 6)
        self.span.setValue(src.get("span", 3))
        self.span.setSuffix(" 年")
        self.change = QCheckBox("加“增减”列")
        self.change.setChecked(src.get("change", True))
        form.addRow("指标", self.indicators)
        form.addRow("最近", self.span)
        form.addRow("", self.change)
        return page

    def source(self) -> dict:
        if self.kind.currentData() == "indicators":
            return {"type": "indicators", "indicators": _checked(self.indicators), "years": "recent",
                    "span": self.span.value(), "change": self.change.isChecked()}
        sort = [{"field": self.sort.currentData(), "desc": self.desc.isChecked()}] if self.sort.currentData() else []
        return {"type": "list", "list": self.list_box.currentData(), "fields": _checked(self.fields) or None,
                "filter": {}, "sort": sort, "total": _checked(self.totals) or None,
                "numbered": self.numbered_rows.isChecked()}
