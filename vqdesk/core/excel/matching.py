"""Finding tables, header rows, indicator rows and list columns in a workbook people typed.

Names are compared after normalisation: full-width to half-width, no spaces or line breaks, no
leading "其中:", no trailing "*".  Repeated names (国家级数量 …) are told apart by their unit,
their 序号 group and, within that, their order.
"""

import re

from vqdesk.core.excel.cells import column_bound, present_rows, value_at
from vqdesk.core.excel.layout import COVER_SHEET, FINDINGS_SHEET, META_SHEET
from vqdesk.core.kinds import normalise_text

_SUBITEM_PREFIX = re.compile(r"^其中[:、，,]?")
_UNIT_IN_BRACKETS = re.compile(r"\(([^()]*)\)$")
_YEAR_HEADER = re.compile(r"^(\d{4})年")
SKIPPED_SHEETS = {COVER_SHEET, FINDINGS_SHEET, META_SHEET}
HEADER_SCAN_ROWS = 12
#: Sheets formatted out to column XFD would otherwise be scanned cell by cell.
MAX_COLUMNS = 40


def norm(text) -> str:
    if text is None:
        return ""
    return normalise_text(str(text))


def norm_name(text) -> str:
    """“其中：毕业生升学人数*” and “毕业生升学人数” compare equal."""
    name = _SUBITEM_PREFIX.sub("", norm(text))
    return name.rstrip("*")


def norm_unit(text, kind: str = "") -> str:
    unit = norm(text).strip("()")
    if kind == "ratio" or unit in (":1", ":", "比值"):
        return ":"
    return unit


def strip_unit(header) -> str:
    """“男生（人）” -> “男生”."""
    return _UNIT_IN_BRACKETS.sub("", norm(header))


def cell_text(ws, row: int, column: int) -> str:
    value = value_at(ws, row, column)
    return "" if value is None else str(value)


# -- tables ---------------------------------------------------------------------------------------
def find_table_sheet(wb, table):
    """The sheet holding a standard table: by sheet name, else by a title cell near the top."""
    pattern = re.compile(rf"表{table.no}(?!\d)")
    title = norm(table.title)
    candidates = [ws for ws in wb.worksheets if ws.title not in SKIPPED_SHEETS]
    for ws in candidates:
        name = norm(ws.title)
        if pattern.match(name) or title in name:
            return ws
    for ws in candidates:
        for row in (1, 2, 3):
            for column in range(1, column_bound(ws, MAX_COLUMNS) + 1):
                value = value_at(ws, row, column)
                text = norm(value) if isinstance(value, str) else ""
                if text and (pattern.search(text) or title in text):
                    return ws
    return None


class TableHeader:
    """Where the columns are: 序号, 指标, 单位, the year's value and any extra columns."""

    def __init__(self, row: int, seq: int | None, name: int, unit: int | None, value: int | None,
                 value_year: int | None, years: list, extra: dict):
        self.row, self.seq, self.name, self.unit = row, seq, name, unit
        self.value, self.value_year, self.years, self.extra = value, value_year, years, extra


def find_table_header(ws, table, year: int) -> TableHeader | None:
    last_column = column_bound(ws, MAX_COLUMNS)
    for row in range(1, HEADER_SCAN_ROWS + 1):
        texts = {col: norm(cell_text(ws, row, col)) for col in range(1, last_column + 1)}
        name_col = next((c for c, t in texts.items() if t.startswith("指标")), None)
        if name_col is None:
            continue
        seq = next((c for c, t in texts.items() if t == "序号"), None)
        unit = next((c for c, t in texts.items() if t == "单位"), None)
        years = [(c, int(m.group(1))) for c, t in texts.items() if (m := _YEAR_HEADER.match(t))]
        value, value_year = _value_column(texts, years, year)
        extra = {}
        for column in table.columns[1:]:
            extra[column.key] = next((c for c, t in texts.items() if t == norm(column.label)), None)
        return TableHeader(row, seq, name_col, unit, value, value_year, years, extra)
    return None


def _value_column(texts: dict, years: list, year: int):
    for column, y in years:
        if y == year:
            return column, y
    if len(years) == 1:
        return years[0]
    if not years:
        column = next((c for c, t in texts.items() if t in ("数值", "数据", "本年", "本年度")), None)
        return column, None
    return None, None


class RowMatcher:
    """Assigns sheet rows to a table's indicators, each indicator at most once."""

    def __init__(self, table):
        self.table = table
        self.used: set[str] = set()
        self._by_name: dict[str, list] = {}
        for ind in table.rows:
            self._by_name.setdefault(norm_name(ind.name), []).append(ind)

    def match(self, name, unit, seq):
        """(indicator, None) or (None, reason); reason None means "not an indicator row"."""
        candidates = self._by_name.get(norm_name(name), [])
        if not candidates:
            return None, None
        if unit not in (None, ""):
            candidates = [i for i in candidates if norm_unit(i.unit, i.kind) == norm_unit(unit)]
            if not candidates:
                return None, f"指标“{name}”的单位“{unit}”与模板不符"
        seq_text = norm(seq)
        in_group = [i for i in candidates if i.seq == seq_text]
        candidates = in_group or candidates
        for ind in candidates:
            if ind.id not in self.used:
                self.used.add(ind.id)
                return ind, None
        return None, f"指标“{name}”重复出现"


# -- record lists ---------------------------------------------------------------------------------
def find_list_sheet(wb, rl):
    title = norm(rl.title)
    candidates = [ws for ws in wb.worksheets if ws.title not in SKIPPED_SHEETS]
    for ws in candidates:
        if norm(ws.title) in (title, title[:31]):
            return ws
    for ws in candidates:
        if any(norm(cell_text(ws, r, c)) == title for r in (1, 2) for c in range(1, 4)):
            return ws
    return None


def map_list_columns(ws, row: int, rl, last_column: int | None = None) -> dict:
    """column -> field for one header row; 序号 and unknown headers are left out."""
    labels = {norm(f.label): f for f in rl.fields}
    mapping = {}
    for column in range(1, (last_column or column_bound(ws, MAX_COLUMNS)) + 1):
        header = strip_unit(cell_text(ws, row, column))
        if not header or header == "序号":
            continue
        field = labels.get(header) or labels.get(header.removeprefix("选择"))
        if field is None:
            inside = [f for key, f in labels.items() if key in header]
            field = max(inside, key=lambda f: len(f.label)) if inside else None
        if field is not None and field not in mapping.values():
            mapping[column] = field
    return mapping


def find_list_header(ws, rl, first_row: int = 1, last_row: int | None = None):
    """The row whose cells name the most fields of the list (at least two, or all of a short list)."""
    last_row = last_row or first_row + HEADER_SCAN_ROWS
    last_column = column_bound(ws, MAX_COLUMNS)
    best, best_mapping = None, {}
    for row in present_rows(ws, first_row, last_row):
        mapping = map_list_columns(ws, row, rl, last_column)
        if len(mapping) > len(best_mapping):
            best, best_mapping = row, mapping
    if len(best_mapping) >= min(2, len(rl.fields)):
        return best, best_mapping
    return None, {}
