"""Reading one cell of an imported workbook: cached formula results, error values, dates, merges.

Cells are looked up without creating them: openpyxl's ws.cell() adds every cell it is asked
for, so scanning a sheet with one stray value in row 1 048 576 would build millions of cells.
"""

import math
from dataclasses import dataclass, field
from datetime import date, datetime, time

from openpyxl.cell.cell import ERROR_CODES, MergedCell
from openpyxl.utils import get_column_letter

from vqdesk.core.excel.layout import DEFINITION_PREFIX, NOTE_PREFIX
from vqdesk.core.kinds import MAX_MAGNITUDE

#: Written in a number cell to mean "nothing to report"; read as blank.
BLANK_MARKS = {"-", "—", "–", "/", "无数据"}
#: Longer text in a number cell is a paste gone wrong, not a number.
MAX_NUMBER_TEXT = 40


class CellError(ValueError):
    """The cell holds something that is not a value (uncomputed formula, #DIV/0!, …)."""


def peek(ws, row: int, column: int):
    """The cell at (row, column), or None when the sheet has none there (never creates one)."""
    return ws._cells.get((row, column))


def value_at(ws, row: int, column: int):
    cell = peek(ws, row, column)
    return None if cell is None else cell.value


def present_rows(ws, first: int = 1, last: int | None = None) -> list[int]:
    """Row numbers from `first` to `last` that hold at least one cell, in order."""
    rows = {r for r, _ in ws._cells if r >= first and (last is None or r <= last)}
    return sorted(rows)


def column_bound(ws, limit: int) -> int:
    """The last column worth scanning: the sheet's last column, at most `limit`."""
    return min(max((c for _, c in ws._cells), default=1), limit)


@dataclass
class Sheets:
    """The same sheet twice: cached values (data_only) and formulas (None: the file has none)."""
    values: object
    formulas: object = None
    _merged: dict | None = field(default=None, repr=False)

    @property
    def title(self) -> str:
        return self.values.title

    @staticmethod
    def where(row: int, column: int) -> str:
        return f"{get_column_letter(column)}{row}"

    def read(self, row: int, column: int):
        """The cell's value (None when blank); raises CellError."""
        cell = peek(self.values, row, column)
        if cell is None:
            return None
        if isinstance(cell, MergedCell):
            return self._merged_part(row, column)
        value = cell.value
        formula = peek(self.formulas, row, column) if self.formulas is not None else None
        if formula is not None and formula.data_type == "f" and value is None:
            raise CellError("单元格含公式但没有计算结果，请在 Excel 中打开、重新计算并保存后再导入，"
                            "或把公式粘贴为数值")
        if cell.data_type == "e" or (isinstance(value, str) and value.strip() in ERROR_CODES):
            raise CellError(f"单元格是错误值 {value}")
        if isinstance(value, str):
            value = value.strip()
            if not value or value in BLANK_MARKS:
                return None
        if isinstance(value, (int, float)) and not isinstance(value, bool) and "%" in (cell.number_format or ""):
            value = value * 100          # a cell typed as 95% holds 0.95; the report stores 95
        return value

    def _merged_part(self, row: int, column: int):
        """A cell hidden under a merge: blank if the merge is blank, else ambiguous."""
        if self._merged is None:
            self._merged = {}
            for rng in self.values.merged_cells.ranges:
                for r in range(rng.min_row, rng.max_row + 1):
                    for c in range(rng.min_col, rng.max_col + 1):
                        self._merged[(r, c)] = rng
        rng = self._merged.get((row, column))
        if rng is None or value_at(self.values, rng.min_row, rng.min_col) is None:
            return None
        anchor = self.where(rng.min_row, rng.min_col)
        raise CellError(f"单元格在合并区域 {rng.coord} 内，内容只写在 {anchor} 中；"
                        f"请取消合并，在每个单元格中分别填写")

    def note(self, row: int, column: int) -> str | None:
        """The cell comment minus the formula definition the export writes there."""
        cell = peek(self.values, row, column)
        comment = getattr(cell, "comment", None)
        if comment is None:
            return None
        lines = [line for line in (comment.text or "").splitlines() if not line.startswith(DEFINITION_PREFIX)]
        text = "\n".join(line.removeprefix(NOTE_PREFIX) for line in lines).strip()
        return text or None


def as_number_input(value):
    """Reject what cannot be a number before parsing (dates are numbers inside Excel)."""
    if isinstance(value, (datetime, date, time)):
        raise CellError(f"单元格是日期（{value:%Y-%m-%d}），这里应填写数值" if not isinstance(value, time)
                        else "单元格是时间，这里应填写数值")
    if isinstance(value, bool):
        raise CellError("单元格是逻辑值（TRUE/FALSE），这里应填写数值")
    if isinstance(value, str) and len(value) > MAX_NUMBER_TEXT:
        raise CellError(f"“{value[:12]}…”是一段文字（{len(value)} 个字符），这里应填写数值")
    return value


def check_magnitude(value):
    """Numbers no school figure reaches are refused rather than stored."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if not math.isfinite(value) or abs(value) >= MAX_MAGNITUDE:
            raise CellError(f"数值 {value:.6g} 过大，请检查是否多输了数字或填错了单位")
    return value


def as_text_input(value):
    """Numbers read where text belongs: 660301.0 -> "660301"."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d") if value.time() == time() else str(value)
    return value if isinstance(value, str) or value is None else str(value)
