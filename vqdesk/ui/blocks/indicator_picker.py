"""Pickers shared by indicator charts, indicator tables and per-school tables: indicators of the
edition's six tables (and its key figures), chosen table by table, and the years they cover."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QSpinBox,
                               QVBoxLayout, QWidget)

from vqdesk.ui.blocks.base import shrinkable

KEY_GROUP = "key"


def figure_label(edition, figure: str) -> str:
    if edition.has_indicator(figure):
        return f"{figure} {edition.indicator(figure).name}"
    try:
        return edition.key_figure(figure).name
    except KeyError:
        return figure


def group_of(edition, figure: str):
    """The table number an indicator stands in, KEY_GROUP for a key figure, or None."""
    if edition.has_indicator(figure):
        return edition.indicator(figure).table_no
    return KEY_GROUP if any(kf.id == figure for kf in edition.key_figures) else None


class IndicatorPicker(QWidget):
    """A table of the edition, its indicators with check boxes, and what is chosen over all
    tables.  `changed(ids)` carries the chosen ids in the order they were chosen (never empty)."""

    changed = Signal(list)

    def __init__(self, edition, parent=None):
        super().__init__(parent)
        self.edition = edition
        self.chosen: list[str] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.group = shrinkable(QComboBox(), 8)
        self.group.setToolTip("先选指标所在的表，再勾选指标；可从几张表中选")
        for table in edition.tables:
            self.group.addItem(table.caption, table.no)
        if edition.key_figures:
            self.group.addItem("关键数据（比率、生均等）", KEY_GROUP)
        self.group.currentIndexChanged.connect(self._fill)
        self.list = QListWidget()
        self.list.setMaximumHeight(150)
        self.list.itemChanged.connect(self._on_item)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("pageHint")
        for widget in (self.group, self.list, self.summary):
            layout.addWidget(widget)

    def set_chosen(self, ids: list):
        """Show `ids` as chosen (opening the table of the first one, the first time)."""
        fresh = not self.chosen
        self.chosen = list(ids)
        first = next((group_of(self.edition, i) for i in self.chosen if group_of(self.edition, i) is not None), None)
        if fresh and first is not None and self.group.findData(first) >= 0:
            self.group.blockSignals(True)
            self.group.setCurrentIndex(self.group.findData(first))
            self.group.blockSignals(False)
        self._fill()

    def _items(self) -> list[tuple[str, str]]:
        group = self.group.currentData()
        if group == KEY_GROUP:
            return [(kf.id, kf.name) for kf in self.edition.key_figures]
        return [(row.id, f"{row.id} {row.name}") for row in self.edition.indicators() if row.table_no == group]

    def _fill(self):
        self.list.blockSignals(True)
        self.list.clear()
        for key, label in self._items():
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(label)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if key in self.chosen else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        names = "、".join(figure_label(self.edition, i) for i in self.chosen)
        self.summary.setText(f"已选 {len(self.chosen)} 项：{names}" if self.chosen else "还没有选指标")

    def item_of(self, figure: str) -> QListWidgetItem | None:
        return next((self.list.item(i) for i in range(self.list.count())
                     if self.list.item(i).data(Qt.ItemDataRole.UserRole) == figure), None)

    def _on_item(self, item):
        key = item.data(Qt.ItemDataRole.UserRole)
        on = item.checkState() == Qt.CheckState.Checked
        chosen = [i for i in self.chosen if i != key] + ([key] if on else [])
        if not chosen:                       # at least one indicator: undo the last uncheck
            self.list.blockSignals(True)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.blockSignals(False)
            return
        if chosen != self.chosen:
            self.chosen = chosen
            self._fill()
            self.changed.emit(list(chosen))


class YearsPicker(QWidget):
    """最近几年 (a span ending with the report year) or chosen stored years.  `changed(part)`
    carries {"years": "recent", "span": n} or {"years": [..], "span": None}."""

    changed = Signal(dict)

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.mode = shrinkable(QComboBox(), 6)
        self.mode.addItem("最近几年", "recent")
        self.mode.addItem("选定年份", "chosen")
        self.mode.activated.connect(self._emit)
        self.span = QSpinBox()
        self.span.setRange(1, 10)
        self.span.setPrefix("近 ")
        self.span.setSuffix(" 年")
        self.span.valueChanged.connect(self._emit)
        row.addWidget(self.mode)
        row.addWidget(self.span)
        row.addStretch(1)
        layout.addLayout(row)
        self.years = QListWidget()
        self.years.setFlow(QListWidget.Flow.LeftToRight)
        self.years.setWrapping(True)
        self.years.setMaximumHeight(56)
        self.years.itemChanged.connect(self._emit)
        layout.addWidget(self.years)
        self.available: list[int] = []

    def set_years(self, part: dict, available: list):
        """Show the stored choice; `available`: the years the file holds, oldest first."""
        self.available = list(available)
        recent = part.get("years", "recent") == "recent"
        chosen = set(available[-(part.get("span") or 3):]) if recent else set(part["years"])
        for widget in (self.mode, self.span, self.years):
            widget.blockSignals(True)
        self.mode.setCurrentIndex(0 if recent else 1)
        self.span.setValue(part.get("span") or 3)
        self.years.clear()
        for year in available:
            item = QListWidgetItem(f"{year}年")
            item.setData(Qt.ItemDataRole.UserRole, year)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if year in chosen else Qt.CheckState.Unchecked)
            self.years.addItem(item)
        for widget in (self.mode, self.span, self.years):
            widget.blockSignals(False)
        self.span.setVisible(recent)
        self.years.setVisible(not recent)

    def value(self) -> dict:
        if self.mode.currentData() == "recent":
            return {"years": "recent", "span": self.span.value()}
        years = [self.years.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.years.count())
                 if self.years.item(i).checkState() == Qt.CheckState.Checked]
        return {"years": years or self.available[-1:], "span": None}

    def _emit(self, *_):
        self.span.setVisible(self.mode.currentData() == "recent")
        self.years.setVisible(self.mode.currentData() != "recent")
        self.changed.emit(self.value())


def stored_years(data) -> list[int]:
    """The years a report file holds data for, oldest first (the report year last)."""
    return sorted({y for y in data.history if y < data.year} | {data.year})
