"""Spreadsheet craft shared by every sheet: fonts, borders, widths, formats, print setup."""

import unicodedata

from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

FONT_NAME = "宋体"
TITLE_FONT = Font(name=FONT_NAME, size=14, bold=True)
HEADER_FONT = Font(name=FONT_NAME, size=11, bold=True)
BODY_FONT = Font(name=FONT_NAME, size=11)
GREY_FONT = Font(name=FONT_NAME, size=11, color="808080")
HEADER_FILL = PatternFill("solid", fgColor="D9E1F2")
GREY_FILL = PatternFill("solid", fgColor="EDEDED")
DERIVED_FILL = PatternFill("solid", fgColor="F2F8EE")
_THIN = Side(style="thin", color="000000")
BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)
RIGHT = Alignment(horizontal="right", vertical="center")
LOCKED = Protection(locked=True)
UNLOCKED = Protection(locked=False)

#: Number formats by value kind: the stored percent is 0-100, so "%" goes in the unit column.
NUMBER_FORMATS = {"count": "0", "int": "0", "year": "0", "decimal": "0.00", "percent": "0.00",
                  "ratio": "0.00", "money_yuan": "0.00", "money_wan": "0.00"}
DATE_FORMAT = "yyyy-mm-dd"
MIN_WIDTH, MAX_WIDTH = 6, 60


def indented(level: int) -> Alignment:
    """其中 rows are indented by the cell's indent level, never by typed spaces."""
    return Alignment(horizontal="left", vertical="center", wrap_text=True, indent=level)


def number_format(kind: str) -> str:
    return NUMBER_FORMATS.get(kind, "0.00")


def display_width(text) -> int:
    """Width in Excel character units: CJK and full-width characters count double."""
    if text is None:
        return 0
    longest = 0
    for line in str(text).split("\n"):
        longest = max(longest, sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line))
    return longest


def fit_columns(ws, first_row: int, min_widths: dict | None = None):
    """Set each column's width to its longest cell from `first_row` on (titles are merged)."""
    widths: dict[int, int] = {}
    spanning = {(r.min_row, r.min_col) for r in ws.merged_cells.ranges if r.max_col > r.min_col}
    for row in ws.iter_rows(min_row=first_row):
        for cell in row:
            if cell.value is None or (cell.row, cell.column) in spanning:
                continue
            text = cell.value
            if isinstance(text, float):
                text = f"{text:.2f}"
            width = display_width(text) + 2 * (cell.alignment.indent or 0) + 2
            widths[cell.column] = max(widths.get(cell.column, 0), width)
    for column, width in widths.items():
        width = max(width, (min_widths or {}).get(column, MIN_WIDTH))
        ws.column_dimensions[get_column_letter(column)].width = min(max(width, MIN_WIDTH), MAX_WIDTH)


def title_row(ws, row: int, text: str, columns: int):
    """A merged title; it holds the school's name, so it goes through the one text sanitiser."""
    from vqdesk.core.excel.safe_text import write_text
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=columns)
    cell = ws.cell(row=row, column=1)
    write_text(cell, text)
    cell.font = TITLE_FONT
    cell.alignment = CENTER
    ws.row_dimensions[row].height = 28


def header_row(ws, row: int, labels):
    from vqdesk.core.excel.safe_text import write_text
    for column, label in enumerate(labels, start=1):
        cell = ws.cell(row=row, column=column)
        write_text(cell, label)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.border = BORDER
        cell.alignment = CENTER


def body_cell(cell, alignment=LEFT):
    cell.font = BODY_FONT
    cell.border = BORDER
    cell.alignment = alignment


def print_setup(ws, title: str, header_rows: str, landscape: bool = False):
    """A4, fit to page width, header rows on every page, the sheet title in the page header."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0           # as many pages down as needed
    ws.print_title_rows = header_rows
    ws.oddHeader.center.text = title.replace("&", "&&")
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"
    ws.print_options.horizontalCentered = True
    ws.protection.sheet = False


# -- data validation ----------------------------------------------------------------------------
def _validation(kind: str, options=()) -> DataValidation | None:
    if kind in ("count", "int"):
        dv = DataValidation(type="whole", operator="greaterThanOrEqual", formula1="0")
        dv.error, dv.prompt = "请填写非负整数。", "非负整数"
    elif kind == "year":
        dv = DataValidation(type="whole", operator="between", formula1="2000", formula2="2100")
        dv.error, dv.prompt = "请填写四位年份。", "四位年份"
    elif kind == "percent":
        dv = DataValidation(type="decimal", operator="between", formula1="0", formula2="100")
        dv.error, dv.prompt = "请填写 0 到 100 之间的数值（不带 % 号）。", "百分比 0-100"
    elif kind in ("decimal", "ratio", "money_yuan", "money_wan"):
        dv = DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0")
        dv.error, dv.prompt = "请填写不小于 0 的数值。", "非负数值"
    elif kind == "choice" and options:
        listed = ",".join(o.replace(",", "，") for o in options)
        if len(listed) > 250:               # Excel's limit for an inline list
            return None
        dv = DataValidation(type="list", formula1=f'"{listed}"')
        dv.error, dv.prompt = "请从下拉列表中选择。", "从列表中选择"
    else:
        return None
    dv.allow_blank = True
    dv.showErrorMessage = True
    dv.showInputMessage = False
    dv.errorTitle = "输入有误"
    return dv


def validation_for(ws, kind: str, options=()) -> DataValidation | None:
    """A new validation registered on the sheet (None when the kind takes any text)."""
    dv = _validation(kind, options)
    if dv is not None:
        ws.add_data_validation(dv)
    return dv


class Validations:
    """One DataValidation per kind per sheet, collecting the cells it applies to."""

    def __init__(self, ws):
        self.ws = ws
        self._by_key: dict = {}

    def add(self, cell, kind: str, options=()):
        key = (kind, tuple(options))
        if key not in self._by_key:
            dv = _validation(kind, options)
            if dv is None:
                return
            self.ws.add_data_validation(dv)
            self._by_key[key] = dv
        self._by_key[key].add(cell)
