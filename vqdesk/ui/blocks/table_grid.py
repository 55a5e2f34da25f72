"""The free table as an Excel-like grid: header rows typed in place (equal neighbouring labels in
the upper row merge), typed cells, a computed 合计 row, and blocks pasted from Excel or WPS.

The grid works on a plain dict (the table's JSON form) and emits `edited` with the new one."""

import re

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem

from vqdesk.core.kinds import parse_approx, parse_number
from vqdesk.ui.grid_keys import ExcelKeys, parse_tsv, sort_key

KIND_LABELS = {"text": "文字", "number": "数字", "percent": "百分比", "date": "日期"}
HEADER_BG = QBrush(QColor("#eef2f7"))
TOTAL_BG = QBrush(QColor("#f6f6f6"))


def cell_value(text: str, kind: str):
    """A typed cell: a number in number and percent columns (“95.4%” -> 95.4), else text."""
    text = (text or "").strip()
    if not text:
        return None
    if kind in ("number", "percent"):
        number = _number(text)
        if number is not None:
            return number
    return text


def _number(text: str):
    try:
        number = float(parse_number(text.strip().rstrip("%％")))
    except ValueError:
        return None
    return int(number) if number.is_integer() else number


def guess_kind(values: list[str]) -> str:
    """number (or percent, when written with %) if every filled cell is a number, else text."""
    filled = [v.strip() for v in values if v and v.strip()]
    if filled and all(_number(v) is not None for v in filled):
        return "percent" if any(v.endswith(("%", "％")) for v in filled) else "number"
    return "text"


def table_from_paste(rows: list[list[str]], base: dict) -> dict:
    """An empty table given a pasted block: its columns from the header row (two rows when the
    block has a merged upper header), kinds from the data."""
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    upper = rows[0] if _two_header_rows(rows) else None
    header, body = (rows[1], rows[2:]) if upper else (rows[0], rows[1:])
    kinds = [guess_kind([r[c] for r in body]) for c in range(width)]
    columns = [h.strip() or (upper[c].strip() if upper else "") or f"列{c + 1}" for c, h in enumerate(header)]
    return dict(base, columns=columns, column_kinds=kinds,
                header_groups=groups_from_labels(_group_labels(upper, header)) if upper else [],
                widths=None, total=None, rows=[[cell_value(v, kinds[c]) for c, v in enumerate(r)] for r in body])


#: A header cell that may look like a number: a year (“2023”, “2023年”, “2023年度”).
_YEAR_LABEL = re.compile(r"(?:19|20)\d\d\s*(?:年度?|学年)?")


def _two_header_rows(rows: list[list[str]]) -> bool:
    """Whether a pasted block starts with a merged upper header: Excel copies a merged cell as its
    text and blanks (“专任教师（人）”, "", ""), with the years or sub-headings in the row below
    and figures underneath (Anshan 数据表 1-2)."""
    if len(rows) < 3:
        return False
    upper, lower = rows[0], rows[1]
    spans = any(not upper[c].strip() and lower[c].strip() for c in range(1, len(upper)))
    headings = all(_number(v) is None or _YEAR_LABEL.fullmatch(v.strip()) for v in lower if v.strip())
    figures = any(_number(v) is not None for r in rows[2:] for v in r if v.strip())
    return spans and headings and figures


def _group_labels(upper: list[str], lower: list[str]) -> list[str]:
    """The upper header per column: a merged cell's text over the columns it spans; "" where the
    column's two header cells are one (its name is in the upper row)."""
    labels, current = [], ""
    for top, below in zip(upper, lower):
        current = top.strip() or current
        labels.append(current if below.strip() else "")
        if not below.strip():
            current = ""
    return labels


def groups_from_labels(labels: list[str]) -> list:
    """The upper header row typed per column -> header_groups: equal neighbours merge, "" merges down."""
    if not any(labels):
        return []
    groups = []
    for i, label in enumerate(labels):
        if label and i and label == labels[i - 1]:
            groups[-1]["span"] += 1
        else:
            groups.append({"label": label, "span": 1})
    return groups


def merged_down(count: int) -> list:
    """An upper header row with nothing typed yet: every column's two header cells merged."""
    return [{"label": "", "span": 1} for _ in range(count)]


def labels_from_groups(groups: list, count: int) -> list[str]:
    out = [label for g in groups for label in [g["label"]] * g["span"]]
    return (out + [""] * count)[:count] if groups else [""] * count


def is_empty(d: dict) -> bool:
    return not any(v is not None and v != "" for row in d["rows"] for v in row)


class TableGrid(ExcelKeys, QTableWidget):
    """Rows: [上层表头], 表头, the cells, [合计].  Excel's keys come from grid_keys; every edit
    emits the whole new table once (one undo step)."""

    edited = Signal(dict)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.data = None
        self.grouped = False
        self.setup_grid(0)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.horizontalHeader().setVisible(False)
        self.itemChanged.connect(self._on_item)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    @property
    def head(self) -> int:
        """Rows above the cells."""
        return 2 if self.grouped else 1

    def show_table(self, d: dict):
        here = self._here()
        self.data = d
        self.grouped = bool(d["header_groups"])
        self.blockSignals(True)
        self.clearSpans()
        columns, rows = d["columns"], d["rows"]
        total = d.get("total")
        self.setColumnCount(len(columns))
        self.setRowCount(self.head + len(rows) + 1 + (1 if total else 0))
        labels = ["上层表头"] * self.grouped + ["表头"] + [str(i + 1) for i in range(len(rows))] + ["+"] \
            + (["合计"] if total else [])
        self.setVerticalHeaderLabels(labels)
        if self.grouped:
            for c, label in enumerate(labels_from_groups(d["header_groups"], len(columns))):
                self._set(0, c, label, header=True)
            col = 0
            for g in d["header_groups"]:
                if g["span"] > 1:
                    self.setSpan(0, col, 1, g["span"])
                col += g["span"]
        for c, label in enumerate(columns):
            self._set(self.head - 1, c, label, header=True)
            self.item(self.head - 1, c).setToolTip(f"列类型：{KIND_LABELS[d['column_kinds'][c]]}（右键可修改）")
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                self._set(self.head + r, c, "" if value is None else _shown(value))
        for c in range(len(columns)):
            self._set(self.head + len(rows), c, "")
        if total:
            self._fill_total(d)
        self.blockSignals(False)
        self.resizeColumnsToContents()
        self._fit()
        if self.rowCount() and self.columnCount():
            self.go(*here)            # the cursor stays where it was (or moved to) across the rebuild

    def _fill_total(self, d):
        r = self.rowCount() - 1
        for c in range(len(d["columns"])):
            values = [row[c] for row in d["rows"] if isinstance(row[c], (int, float))]
            text = d["total"]["label"] if c == 0 and c not in d["total"]["columns"] else ""
            if c in d["total"]["columns"]:
                text = _shown(round(sum(values), 2)) if values else ""
            item = QTableWidgetItem(text)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            item.setBackground(TOTAL_BG)
            item.setToolTip("合计行由程序计算，不能输入")
            self.setItem(r, c, item)

    def _set(self, r, c, text, header=False):
        item = QTableWidgetItem(text)
        if header:
            item.setBackground(HEADER_BG)
            font = QFont(self.font())
            font.setBold(True)
            item.setFont(font)
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setItem(r, c, item)

    def _fit(self):
        height = self.horizontalHeader().height() * 0 + 4
        for r in range(self.rowCount()):
            height += self.rowHeight(r)
        self.setFixedHeight(height + 2 * self.frameWidth() + (self.horizontalScrollBar().sizeHint().height()
                                                             if self.horizontalScrollBar().isVisible() else 0))

    # -- editing ----------------------------------------------------------------------------
    def _on_item(self, item):
        # after the editor has closed and the cursor moved: the rebuild must not pull the cell away
        r, c, text = item.row(), item.column(), item.text()
        QTimer.singleShot(0, self, lambda: self.set_cell(r, c, text))

    def set_cell(self, r: int, c: int, text: str):
        d = _copy(self.data)
        if self._put(d, r, c, text):
            self.edited.emit(d)
            self._check_typed(r, c, text)

    def _check_typed(self, r: int, c: int, text: str):
        """A word in a number column is kept as written (free tables print “1700余”), but the user
        hears that 合计 leaves it out; 0.95 in a % column most likely meant 95%."""
        if not self.data or r < self.head or c >= len(self.data["column_kinds"]):
            return
        kind, text = self.data["column_kinds"][c], (text or "").strip()
        if kind not in ("number", "percent") or not text:
            return
        value = cell_value(text, kind)
        column = self.data["columns"][c]
        if isinstance(value, str):
            if parse_approx(text) is None:
                self.note(f"“{column}”列是数字列，“{text}”不是数字：按文字保存并照样打印，合计时不计入。", "warning")
        elif kind == "percent" and 0 < value < 1 and not text.endswith(("%", "％")):
            meant = f"{value * 100:.4g}"
            self.note(f"“{column}”填写为 {text}%（不到 1%）。是否指 {meant}%？", "warning",
                      (f"改为 {meant}%", lambda: self.set_cell(r, c, meant)))

    def _put(self, d: dict, r: int, c: int, text: str) -> bool:
        """One typed cell into the table dict `d`; False for the computed 合计 row."""
        if self.grouped and r == 0:
            labels = labels_from_groups(d["header_groups"], len(d["columns"]))
            labels[c] = text.strip()
            d["header_groups"] = groups_from_labels(labels) or merged_down(len(d["columns"]))
        elif r == self.head - 1:
            d["columns"][c] = text.strip() or f"列{c + 1}"
        elif r - self.head < len(d["rows"]) + 1:
            row = r - self.head
            if row == len(d["rows"]):
                d["rows"].append([None] * len(d["columns"]))
            d["rows"][row][c] = cell_value(text, d["column_kinds"][c])
        else:
            return False
        return True

    # -- the grid's data side (grid_keys) ----------------------------------------------------
    def grid_text(self, r, c) -> str:
        item = self.item(r, c)
        return item.text() if item else ""

    def grid_locked(self, r, c):
        if self.data and self.data.get("total") and r == self.rowCount() - 1:
            return "合计行由程序计算，不能输入。"
        return None

    def grid_write(self, cells, label: str = ""):
        d = _copy(self.data)
        changed = [self._put(d, r, c, text) for r, c, text in cells]
        if any(changed):
            self.edited.emit(d)

    def grid_paste(self, text: str, row: int, column: int):
        self.paste(text, row, column)

    def grid_insert_row(self, row: int):
        self.edit_rows("insert", max(row - self.head, 0))

    def grid_remove_rows(self, rows):
        d = _copy(self.data)
        body = sorted({r - self.head for r in rows if 0 <= r - self.head < len(d["rows"])}, reverse=True)
        for r in body:
            del d["rows"][r]
        if body:
            self.edited.emit(d)

    def grid_sort(self, column: int, descending: bool):
        d = _copy(self.data)
        d["rows"].sort(key=lambda row: sort_key(row[column]), reverse=descending)
        self.edited.emit(d)

    def paste(self, text: str, row: int | None = None, column: int | None = None):
        """A block from Excel or WPS: into an empty table it brings its own columns (the first
        row is the header); otherwise it fills cells from the current one, adding rows.  Columns
        beyond the table's are reported, not dropped silently."""
        rows = parse_tsv(text)
        if not rows:
            return
        if is_empty(self.data):
            return self.edited.emit(table_from_paste(rows, _copy(self.data)))
        d = _copy(self.data)
        row = self.currentRow() if row is None else row
        column = self.currentColumn() if column is None else column
        r0, c0 = max(row - self.head, 0), max(column, 0)
        beyond = 0
        for i, cells in enumerate(rows):
            while r0 + i >= len(d["rows"]):
                d["rows"].append([None] * len(d["columns"]))
            beyond = max(beyond, len(cells) - (len(d["columns"]) - c0))
            for j, text_ in enumerate(cells[:len(d["columns"]) - c0]):
                d["rows"][r0 + i][c0 + j] = cell_value(text_, d["column_kinds"][c0 + j])
        if beyond > 0:
            self.note(f"粘贴的内容有 {beyond} 列超出表格的范围，未粘贴（可右键“在右侧插入列”后再粘贴）。", "warning")
        self.edited.emit(d)

    def copy_selection(self):
        self.copy_cells()

    def clear_selection(self):
        self.clear_cells()

    # -- rows, columns, kinds ---------------------------------------------------------------
    def grid_menu_extra(self, menu, row, column):
        c = max(column, 0)
        menu.addSeparator()
        kinds = menu.addMenu("列类型")
        for key, label in KIND_LABELS.items():
            action = kinds.addAction(label, lambda k=key: self.edit_columns("kind", c, k))
            action.setCheckable(True)
            action.setChecked(self.data["column_kinds"][c] == key)
        menu.addAction("在左侧插入列", lambda: self.edit_columns("insert", c))
        menu.addAction("在右侧插入列", lambda: self.edit_columns("insert", c + 1))
        menu.addAction("删除此列", lambda: self.edit_columns("remove", c)).setEnabled(len(self.data["columns"]) > 1)
        menu.addSeparator()


    def edit_columns(self, what: str, c: int, kind: str = "text"):
        d = _copy(self.data)
        if what == "kind":
            d["column_kinds"][c] = kind
            d["rows"] = [[cell_value(_shown(v) if v is not None else "", kind) if i == c else v
                          for i, v in enumerate(row)] for row in d["rows"]]
            if d["total"] and kind not in ("number", "percent"):
                d["total"]["columns"] = [i for i in d["total"]["columns"] if i != c]
        else:
            d = insert_column(d, c) if what == "insert" else remove_column(d, c)
        self.edited.emit(d)

    def edit_rows(self, what: str, r: int):
        d = _copy(self.data)
        if what == "insert":
            d["rows"].insert(r, [None] * len(d["columns"]))
        elif 0 <= r < len(d["rows"]):
            del d["rows"][r]
        self.edited.emit(d)


def insert_column(d: dict, c: int) -> dict:
    d["columns"].insert(c, f"列{len(d['columns']) + 1}")
    d["column_kinds"].insert(c, "text")
    for row in d["rows"]:
        row.insert(c, None)
    if d["header_groups"]:
        labels = labels_from_groups(d["header_groups"], len(d["columns"]) - 1)
        labels.insert(c, "")
        d["header_groups"] = groups_from_labels(labels)
    if d["total"]:
        d["total"]["columns"] = [i + (i >= c) for i in d["total"]["columns"]]
    d["widths"] = None
    return d


def remove_column(d: dict, c: int) -> dict:
    for key in ("columns", "column_kinds"):
        del d[key][c]
    for row in d["rows"]:
        del row[c]
    if d["header_groups"]:
        labels = labels_from_groups(d["header_groups"], len(d["columns"]) + 1)
        del labels[c]
        d["header_groups"] = groups_from_labels(labels) or merged_down(len(d["columns"]))
    if d["total"]:
        d["total"]["columns"] = [i - (i > c) for i in d["total"]["columns"] if i != c]
    d["widths"] = None
    return d


def _shown(value) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _copy(d: dict) -> dict:
    import copy
    return copy.deepcopy(d)
