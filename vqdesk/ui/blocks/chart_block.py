"""The editor of a chart block: kind, data (a table block's columns, or indicators over the
years), unit, caption and note, with a preview drawn by the PDF's own chart code."""

import copy
import re
from functools import lru_cache

from PySide6.QtCore import QByteArray, QRectF, Qt, QTimer
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (QBoxLayout, QComboBox, QFormLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QSizePolicy, QVBoxLayout, QWidget)

from vqdesk.core.document.chart_data import chart_data
from vqdesk.core.document.tables import table_view
from vqdesk.ui.blocks.base import BlockEditor, caption_label, shrinkable
from vqdesk.ui.blocks.indicator_picker import IndicatorPicker, YearsPicker, stored_years

CHART_NAMES = {"bar": "柱形图", "grouped_bar": "簇状柱形图", "stacked_bar": "堆积柱形图", "line": "折线图",
               "pie": "饼图", "ring": "圆环图", "hbar": "条形图", "radar": "雷达图"}
PREVIEW_WIDTH = 420          # points, as in the PDF's text column


@lru_cache(maxsize=1)
def _fonts():
    from vqdesk.core.pdf.fonts import resolve_fonts
    return resolve_fonts()


def render_chart(block, data) -> tuple[bytes | None, str]:
    """(SVG bytes or None, why not): the block drawn by core.pdf's chart functions, as an SVG
    (reportlab's bitmap renderer needs a Cairo binding that is not installed)."""
    from reportlab.graphics import renderSVG
    from vqdesk.core.pdf.chart_block import DRAW
    values = chart_data(block, data.document, data)
    if values.problem:
        return None, values.problem
    kind = block.data["chart"]
    if kind == "radar" and len(values.labels) < 3:
        return None, "雷达图至少需要三项数据"
    drawing = DRAW[kind](values.labels, values.series, PREVIEW_WIDTH, _fonts(), block.data.get("unit", ""))
    if drawing is None:
        return None, "还没有数据"
    svg = renderSVG.drawToString(drawing)
    # Qt's SVG Tiny renderer has no clipPath: it would paint the clip rectangle black.
    svg = re.sub(r"<clipPath.*?</clipPath>", "", svg, flags=re.S).replace('style="clip-path: url(#clip)"', "")
    return svg.encode("utf-8"), ""


def svg_pixmap(svg: bytes, ratio: float, zoom: float = 96 / 72) -> QPixmap:
    """The SVG painted at screen size (points -> pixels) and the screen's pixel ratio."""
    renderer = QSvgRenderer(QByteArray(svg))
    size = renderer.defaultSize() * zoom
    pixmap = QPixmap(size * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.white)
    painter = QPainter(pixmap)
    renderer.render(painter, QRectF(0, 0, size.width(), size.height()))
    painter.end()
    return pixmap


def first_series(kinds: list) -> list[int]:
    """The column a new chart of a table draws: its first number column after the labels."""
    numeric = [i for i, k in enumerate(kinds) if k in ("number", "percent") and i > 0]
    return numeric[:1] or [min(1, len(kinds) - 1)]


class OnePage(QWidget):
    """One of several widgets at a time, as tall as that one (a QStackedWidget is as tall as its
    tallest page, which spread the table's two rows over the indicator picker's height)."""

    def __init__(self, pages, parent=None):
        super().__init__(parent)
        self.pages = pages
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for page in pages:
            layout.addWidget(page)
        self.setCurrentIndex(0)

    def currentIndex(self) -> int:
        return self._current

    def setCurrentIndex(self, index: int):
        self._current = index
        for i, page in enumerate(self.pages):
            page.setVisible(i == index)


class ChartBlockEditor(BlockEditor):
    def __init__(self, ctrl, parent=None):
        super().__init__(ctrl, parent)
        outer = self.column()
        # The settings beside the picture, or above it when the column is narrow.
        self.split = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        outer.addLayout(self.split)
        controls = QWidget()
        row = QVBoxLayout(controls)
        row.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.kind = shrinkable(QComboBox())
        for key, name in CHART_NAMES.items():
            self.kind.addItem(name, key)
        self.kind.activated.connect(lambda: self._set(chart=self.kind.currentData()))
        self.source = shrinkable(QComboBox(), 10)
        self.source.setToolTip("图表的数据：一张表格的几列，或指标表中的指标按年度")
        self.source.activated.connect(self._on_source)
        self.unit = QLineEdit()
        self.unit.setPlaceholderText("如：人、%")
        self.unit.editingFinished.connect(lambda: self._set(unit=self.unit.text().strip()))
        self.caption = QLineEdit()
        self.caption.setPlaceholderText("图题，印在图下方，编号自动生成")
        self.caption.editingFinished.connect(lambda: self._set(caption=self.caption.text().strip()))
        self.note = QLineEdit()
        self.note.setPlaceholderText("如：数据来源：表2")
        self.note.editingFinished.connect(lambda: self._set(note=self.note.text().strip()))
        form.addRow("类型", self.kind)
        form.addRow("数据", self.source)
        row.addLayout(form)
        self.pages = OnePage([self._columns_page(), self._indicators_page(),
                              QLabel("（图中自带的数据，可在 vqdesk content 中修改）")])
        row.addWidget(self.pages)
        more = QFormLayout()
        more.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.caption_label = QLabel("图题")
        for label, widget in (("单位", self.unit), (self.caption_label, self.caption), ("注", self.note)):
            more.addRow(label, widget)
        row.addLayout(more)
        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumHeight(200)
        # The picture must not force the whole column wider than the window (text would be cut).
        self.preview.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.preview.setObjectName("chartPreview")
        row.addStretch(1)
        self.split.addWidget(controls, 1)
        self.split.addWidget(self.preview, 1)
        self._svg = None
        self._repaint = QTimer(self, singleShot=True, interval=0)   # once the preview has its new width
        self._repaint.timeout.connect(self._paint)

    def _columns_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.labels = shrinkable(QComboBox())
        self.labels.activated.connect(self._on_columns)
        self.series = QListWidget()
        self.series.itemChanged.connect(self._on_columns)
        form.addRow("分类（横轴）", self.labels)
        form.addRow("数据列", self.series)
        return page

    def _indicators_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.indicators = IndicatorPicker(self.ctrl.edition)
        self.indicators.changed.connect(lambda ids: self._set_indicators(indicators=ids))
        self.years = YearsPicker()
        self.years.setToolTip("只选一年时，各项指标作为分类（如饼图）；选几年时，每项指标一条线或一组柱")
        self.years.changed.connect(lambda part: self._set_indicators(**part))
        form.addRow("指标", self.indicators)
        form.addRow("年份", self.years)
        return page

    def header_widgets(self):
        return []

    def flush(self):
        pass

    def _json(self) -> dict:
        return {"kind": "chart", **copy.deepcopy(self.block.data)}

    def _set(self, **changes):
        d = self._json()
        if any(d.get(k) != v for k, v in changes.items()):
            self.commit.emit(dict(d, **changes), False)

    def load(self, block):
        self.block = block
        d = block.data
        self.kind.setCurrentIndex(max(0, self.kind.findData(d["chart"])))
        for edit, key in ((self.unit, "unit"), (self.caption, "caption"), (self.note, "note")):
            if not edit.hasFocus():
                edit.setText(d.get(key, ""))
        self.caption_label.setText(caption_label("图题", d, self.ctrl.block_label(block.id)))
        self._fill_sources()
        self.refresh()

    def _tables(self):
        """The tables of the chart's own heading, then the others (those nearby are the likely data)."""
        doc = self.ctrl.data.document
        tables = [b for _, b in doc.blocks() if b.kind == "table" and b.ref]
        try:
            mine = {b.id for b in doc.node_of_block(self.block.id).all_blocks()}
        except KeyError:
            mine = set()
        return [b for b in tables if b.id in mine], [b for b in tables if b.id not in mine]

    def _fill_sources(self):
        d = self.block.data
        self.source.clear()
        mine, others = self._tables()
        for table in mine:
            self.source.addItem(f"表格：{table.caption or table.ref}", "table:" + table.ref)
        self.source.addItem("指标（按年度，取自六张指标表）", "indicators")
        if others:
            self.source.insertSeparator(self.source.count())
        for table in others:
            self.source.addItem(f"表格：{table.caption or table.ref}", "table:" + table.ref)
        src = d.get("source") or {}
        if d.get("data") is not None:
            self.source.addItem("图中自带的数据", "data")
        # (keys are strings: QComboBox.findData does not find Python tuples)
        current = "table:" + src["table"] if "table" in src else "indicators" if "indicators" in src else "data"
        self.source.setCurrentIndex(max(0, self.source.findData(current)))
        self.pages.setCurrentIndex(0 if "table" in src else 1 if "indicators" in src else 2)
        if "indicators" in src:
            self.indicators.set_chosen(src["indicators"])
            self.years.set_years(src, stored_years(self.ctrl.data))
        self._fill_columns()

    def _fill_columns(self):
        src = self.block.data.get("source") or {}
        table = self.ctrl.data.document.table_by_ref(src["table"]) if "table" in src else None
        columns = table_view(table, self.ctrl.data).columns if table is not None else []
        self.labels.clear()
        self.series.blockSignals(True)
        self.series.clear()
        for i, name in enumerate(columns):
            self.labels.addItem(name, i)
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if i in src.get("series", []) else Qt.CheckState.Unchecked)
            self.series.addItem(item)
        self.series.blockSignals(False)
        rows = self.series.sizeHintForRow(0) * self.series.count() if columns else 20
        self.series.setFixedHeight(min(110, rows + 2 * self.series.frameWidth() + 2))
        self.labels.setCurrentIndex(src.get("labels", 0) if columns else -1)
        for w in (self.labels, self.series):
            w.setEnabled(bool(columns))

    def _on_source(self):
        kind, _, ref = (self.source.currentData() or "").partition(":")
        src = self.block.data.get("source") or {}
        if kind == "indicators" and "indicators" not in src:
            self._set(source={"indicators": [self._first_indicator()], "years": "recent", "span": 3}, data=None)
            return
        if kind != "table" or ref == src.get("table"):
            return
        table = self.ctrl.data.document.table_by_ref(ref)
        kinds = table_view(table, self.ctrl.data).kinds
        self._set(source={"table": ref, "labels": 0, "series": first_series(kinds)}, data=None)

    def _first_indicator(self) -> str:
        """An indicator to start an indicator chart with: the first one the report has a value for."""
        rows = list(self.ctrl.edition.indicators())
        return next((r.id for r in rows if isinstance(self.ctrl.data.value(r.id), (int, float))), rows[0].id)

    def _set_indicators(self, **changes):
        src = dict(self.block.data.get("source") or {})
        if "indicators" in src:
            src.update(changes)
            self._set(source=src)

    def _on_columns(self, *_):
        src = self.block.data.get("source") or {}
        if "table" not in src:
            return
        series = [i for i in range(self.series.count()) if self.series.item(i).checkState() == Qt.CheckState.Checked]
        if series:
            self._set(source=dict(src, labels=self.labels.currentData() or 0, series=series))
        else:                         # a chart draws at least one column: check it again
            self._fill_columns()

    def refresh(self):
        if self.block is None:
            return
        svg, problem = render_chart(self.block, self.ctrl.data)
        self._svg = svg
        if svg is None:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(f"（{problem}）")
            return
        self._paint()

    def _paint(self):
        """The picture at screen size, smaller when the space beside the settings is narrower."""
        if self._svg is None:
            return
        width = QSvgRenderer(QByteArray(self._svg)).defaultSize().width() or 1
        room = self.preview.width() if self.split.direction() == QBoxLayout.Direction.LeftToRight else 10 ** 6
        zoom = min(96 / 72, max(room, 200) / width)
        self.preview.setPixmap(svg_pixmap(self._svg, self.devicePixelRatioF(), zoom))

    def resizeEvent(self, event):
        super().resizeEvent(event)
        wide = event.size().width() >= 760
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if direction != self.split.direction():
            self.split.setDirection(direction)
        self._repaint.start()
