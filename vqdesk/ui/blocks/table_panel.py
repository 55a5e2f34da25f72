"""The side panel of a bound table: what it shows, edited in place.

A record list (or a per-school list): its columns, a filter, the sort, grouping, a 合计 row and
its label, a row-total column, a ratio column, 排名 and 序号.  An indicator table: indicators of
the edition's tables over years, with 增减.  A per-school table of indicators: the indicators,
合计 or 平均 and 排名.  Every change emits `changed(source)` at once (the block editor makes it
one undo step); `load(source)` shows a stored source without emitting.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QVBoxLayout, QWidget)

from vqdesk.core.document.blocks import ContentError, parse_table_source
from vqdesk.ui.blocks.base import shrinkable
from vqdesk.ui.blocks.indicator_picker import IndicatorPicker, YearsPicker, figure_label, stored_years

NUMERIC = ("int", "decimal", "money_wan", "percent")
SCHOOL_TOTALS = {None: "不加", "sum": "合计（区域数）", "mean": "平均（各校平均）"}


def checklist(items, checked, height=120) -> QListWidget:
    widget = QListWidget()
    widget.setMaximumHeight(height)
    for key, label in items:
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if key in checked else Qt.CheckState.Unchecked)
        widget.addItem(item)
    rows = widget.sizeHintForRow(0) * widget.count() if widget.count() else 20
    widget.setFixedHeight(min(height, rows + 2 * widget.frameWidth() + 2))
    return widget


def checked_keys(widget: QListWidget) -> list:
    return [widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked]


def combo(items, current) -> QComboBox:
    box = shrinkable(QComboBox(), 6)
    for key, label in items:
        box.addItem(label, key)
    box.setCurrentIndex(max(0, box.findData(current)))
    return box


class TableSourcePanel(QWidget):
    changed = Signal(dict)

    def __init__(self, ctrl, parent=None):
        super().__init__(parent)
        self.ctrl, self.edition = ctrl, ctrl.edition
        self.src = None
        self.setObjectName("tablePanel")
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.addStretch(1)          # the rows stay together at the top of a taller space
        self.body = None

    # -- showing a source -------------------------------------------------------------------
    def load(self, src: dict):
        if src == self.src:
            return
        self.src = dict(src)
        if self.body is not None:
            self.body.hide()
            self.layout_.removeWidget(self.body)
            self.body.deleteLater()
        self.body = QWidget()
        form = QFormLayout(self.body)
        form.setContentsMargins(0, 0, 0, 0)
        if src["type"] == "indicators":
            self._indicator_rows(form, src)
        elif src["type"] == "schools" and src.get("indicators") is not None:
            self._school_rows(form, src)
        else:
            self._list_rows(form, src)
        self.layout_.insertWidget(0, self.body)

    def _emit(self, src: dict) -> bool:
        """Emit the source in its stored form (so that loading it back changes nothing)."""
        try:
            src = parse_table_source(src, "表格")
        except ContentError as exc:
            self.ctrl.error.emit(str(exc))
            return False
        if src == self.src:
            return False
        self.src = dict(src)
        self.changed.emit(dict(src))
        return True

    def _rebuild(self):
        """After a change that alters the choices themselves (another list, other indicators)."""
        src, self.src = self.src, None
        self.load(src)

    def _update(self, **changes):
        self._emit(dict(self.src, **changes))

    # -- indicators over years --------------------------------------------------------------
    def _indicator_rows(self, form, src):
        self.indicators = IndicatorPicker(self.edition)
        self.indicators.set_chosen(src["indicators"])
        self.indicators.changed.connect(lambda ids: self._update(indicators=ids))
        self.years = YearsPicker()
        self.years.set_years(src, stored_years(self.ctrl.data))
        self.years.changed.connect(lambda part: self._update(**part))
        self.change = QCheckBox("加“较上年增减”列")
        self.change.setChecked(src.get("change", True))
        self.change.toggled.connect(lambda on: self._update(change=on))
        form.addRow("指标", self.indicators)
        form.addRow("年份", self.years)
        form.addRow("", self.change)

    # -- schools × indicators ---------------------------------------------------------------
    def _school_rows(self, form, src):
        self.indicators = IndicatorPicker(self.edition)
        self.indicators.set_chosen(src["indicators"])
        self.indicators.changed.connect(self._on_school_indicators)
        self.total = combo(SCHOOL_TOTALS.items(), src.get("total"))
        self.total.activated.connect(lambda: self._update(total=self.total.currentData()))
        self.rank = combo([(None, "不排名")] + [(i, figure_label(self.edition, i)) for i in src["indicators"]],
                          src.get("rank"))
        self.rank.activated.connect(lambda: self._update(rank=self.rank.currentData()))
        form.addRow("指标", self.indicators)
        form.addRow("合计行", self.total)
        form.addRow("排名", self.rank)
        form.addRow("", self._numbered(src))

    def _on_school_indicators(self, ids):
        rank = self.src.get("rank")
        self._update(indicators=ids, rank=rank if rank in ids else None)
        self._rebuild()            # the 排名 choices follow the indicators

    def _numbered(self, src) -> QCheckBox:
        box = QCheckBox("加“序号”列")
        box.setChecked(src.get("numbered", True))
        box.toggled.connect(lambda on: self._update(numbered=on))
        return box

    # -- a record list ----------------------------------------------------------------------
    def _list_rows(self, form, src):
        lists = [(rl.id, rl.title) for rl in self.edition.record_lists]
        rl = next((r for r in self.edition.record_lists if r.id == src["list"]), None)
        if src["type"] == "list" or rl is not None:
            self.list_box = combo(lists, src["list"])
            self.list_box.activated.connect(self._on_list)
            form.addRow("名单", self.list_box)
        if rl is None:
            return
        fields = [(f.key, f.label) for f in rl.fields]
        numeric = [(f.key, f.label) for f in rl.fields if f.kind in NUMERIC]
        self.fields = checklist(fields, src.get("fields") or [k for k, _ in fields])
        self.fields.itemChanged.connect(self._on_fields)
        form.addRow("显示的列", self.fields)
        form.addRow("筛选", self._filter_row(rl, src))
        form.addRow("排序", self._sort_row(fields, src))
        self.group = combo([(None, "不分组")] + [(f.key, f.label) for f in rl.fields if f.kind not in NUMERIC],
                           src.get("group"))
        self.group.setToolTip("按这一列的值合并成一行一组，数字列相加")
        self.group.activated.connect(lambda: self._update(group=self.group.currentData()))
        form.addRow("分组", self.group)
        if numeric or src["type"] == "schools":
            form.addRow("合计行", self._total_row(numeric, src))
        if numeric:
            form.addRow("行合计列", self._row_total_row(numeric, src))
            form.addRow("比例列", self._ratio_row(numeric, src))
            self.rank = combo([(None, "不排名")] + numeric, src.get("rank"))
            self.rank.activated.connect(lambda: self._update(rank=self.rank.currentData()))
            form.addRow("排名", self.rank)
        else:
            hint = QLabel("（这张名单没有数字列：不能合计、计算比例或排名）")
            hint.setObjectName("pageHint")
            hint.setWordWrap(True)
            form.addRow("合计", hint)
        form.addRow("", self._numbered(src))

    def _on_list(self):
        self._emit({"type": self.src["type"], "list": self.list_box.currentData(), "fields": None, "filter": {},
                    "sort": [], "total": None, "rank": None, "numbered": self.src.get("numbered", True),
                    "group": None, "row_total": None})
        self._rebuild()

    def _on_fields(self, *_):
        keys = checked_keys(self.fields)
        if not keys:                               # at least one column
            self.fields.blockSignals(True)
            self.fields.item(0).setCheckState(Qt.CheckState.Checked)
            self.fields.blockSignals(False)
            keys = checked_keys(self.fields)
        every = [self.fields.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.fields.count())]
        self._update(fields=None if keys == every else keys)

    def _filter_row(self, rl, src) -> QWidget:
        current = next(iter((src.get("filter") or {}).items()), (None, None))
        self.filter_field = combo([(None, "全部行")] + [(f.key, f.label) for f in rl.fields], current[0])
        self.filter_value = shrinkable(QComboBox(), 6)
        self.filter_value.setEditable(True)
        self._fill_filter_values(rl.id, current)
        self.filter_field.activated.connect(lambda: self._fill_filter_values(rl.id, (self.filter_field.currentData(), None)))
        self.filter_value.activated.connect(self._on_filter)
        self.filter_value.lineEdit().editingFinished.connect(self._on_filter)
        return _row(self.filter_field, self.filter_value)

    def _fill_filter_values(self, list_id, current):
        key, value = current
        self.filter_value.blockSignals(True)
        self.filter_value.clear()
        if key is not None:
            seen = []
            for row in self.ctrl.data.rows(list_id):
                text = "" if row.get(key) is None else str(row.get(key))
                if text and text not in seen:
                    seen.append(text)
            self.filter_value.addItems(seen)
            if value is None:
                self.filter_value.setCurrentIndex(0 if seen else -1)
            else:
                self.filter_value.setCurrentText(str(value))
        self.filter_value.setEnabled(key is not None)
        self.filter_value.blockSignals(False)
        if key is None and self.src.get("filter"):
            self._update(filter={})
        elif key is not None and value is None and self.filter_value.count():
            self._on_filter()

    def _on_filter(self):
        key, value = self.filter_field.currentData(), self.filter_value.currentText().strip()
        self._update(filter={key: value} if key is not None and value else {})

    def _sort_row(self, fields, src) -> QWidget:
        first = (src.get("sort") or [{}])[0]
        self.sort = combo([(None, "按录入顺序")] + fields, first.get("field"))
        self.desc = QCheckBox("从大到小")
        self.desc.setChecked(bool(first.get("desc")))
        self.sort.activated.connect(self._on_sort)
        self.desc.toggled.connect(self._on_sort)
        return _row(self.sort, self.desc)

    def _on_sort(self, *_):
        rest = (self.src.get("sort") or [])[1:]
        key = self.sort.currentData()
        self._update(sort=([{"field": key, "desc": self.desc.isChecked()}] if key else []) + rest)

    def _total_row(self, numeric, src) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        if src["type"] == "schools":
            self.totals = combo(SCHOOL_TOTALS.items(), src.get("total"))
            self.totals.activated.connect(lambda: self._update(total=self.totals.currentData()))
        else:
            self.totals = checklist(numeric, src.get("total") or [], height=90)
            self.totals.setToolTip("勾选要合计的列；都不勾则不加合计行")
            self.totals.itemChanged.connect(lambda *_: self._update(total=checked_keys(self.totals) or None))
        self.total_label = QLineEdit(src.get("total_label") or "")
        self.total_label.setPlaceholderText("合计行的文字（默认“合计”）")
        self.total_label.editingFinished.connect(self._on_total_label)
        column.addWidget(self.totals)
        column.addWidget(self.total_label)
        return box

    def _on_total_label(self):
        src = {k: v for k, v in self.src.items() if k != "total_label"}
        if self.total_label.text().strip():
            src["total_label"] = self.total_label.text().strip()
        self._emit(src)

    def _row_total_row(self, numeric, src) -> QWidget:
        spec = src.get("row_total") or {}
        self.row_total_label = QLineEdit(spec.get("label", ""))
        self.row_total_label.setPlaceholderText("列名，如“合计”；空着则不加")
        self.row_total_label.setToolTip("每行把勾选的几列相加（如 男 + 女），加在最后一列")
        self.row_total_fields = checklist(numeric, spec.get("fields") or [], height=90)
        self.row_total_label.editingFinished.connect(self._on_row_total)
        self.row_total_fields.itemChanged.connect(self._on_row_total)
        return _column(self.row_total_label, self.row_total_fields)

    def _on_row_total(self, *_):
        label, keys = self.row_total_label.text().strip(), checked_keys(self.row_total_fields)
        if keys and not label:
            label = "合计"
            self.row_total_label.setText(label)
        self._update(row_total={"label": label, "fields": keys} if label else None)

    def _ratio_row(self, numeric, src) -> QWidget:
        spec = src.get("ratio") or {}
        self.ratio_label = QLineEdit(spec.get("label", ""))
        self.ratio_label.setPlaceholderText("列名，如“录取率”；空着则不加")
        self.numerator = combo(numeric, spec.get("numerator"))
        self.denominator = combo(numeric, spec.get("denominator", numeric[-1][0] if numeric else None))
        self.numerator.setToolTip("分子")
        self.denominator.setToolTip("分母（为空或为 0 的行不计算）")
        self.ratio_label.editingFinished.connect(self._on_ratio)
        self.numerator.activated.connect(self._on_ratio)
        self.denominator.activated.connect(self._on_ratio)
        for w in (self.ratio_label, self.numerator, self.denominator):
            w.setEnabled(bool(numeric))
        return _column(self.ratio_label, _row(self.numerator, "÷", self.denominator, "× 100%"))

    def _on_ratio(self, *_):
        label = self.ratio_label.text().strip()
        src = {k: v for k, v in self.src.items() if k != "ratio"}
        if label and self.numerator.currentData():
            src["ratio"] = {"label": label, "numerator": self.numerator.currentData(),
                            "denominator": self.denominator.currentData()}
        self._emit(src)


def _row(*items) -> QWidget:
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    for item in items:
        row.addWidget(QLabel(item) if isinstance(item, str) else item)
    row.addStretch(1)
    return box


def _column(*widgets) -> QWidget:
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        column.addWidget(widget)
    return box
