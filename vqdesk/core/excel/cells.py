"""Reading one cell of an imported workbook: cached formula results, error values, dates."""

from dataclasses import dataclass
from datetime import date, datetime, time

from openpyxl.cell.cell import ERROR_CODES

from vqdesk.core.excel.layout import DEFINITION_PREFIX, NOTE_PREFIX

#: Written in a number cell to mean "nothing to report"; read as blank.
BLANK_MARKS = {"-", "—", "–", "/", "无数据"}


class CellError(ValueError):
    """The cell holds something that is not a value (uncomputed formula, #DIV/0!, …)."""


@dataclass
class Sheets:
    """The same sheet twice: cached values (data_only) and formulas."""
    values: object
    formulas: object

    @property
    def title(self) -> str:
        return self.values.title

    def where(self, row: int, column: int) -> str:
        return self.values.cell(row=row, column=column).coordinate

    def read(self, row: int, column: int):
        """The cell's value (None when blank); raises CellError."""
        cell = self.values.cell(row=row, column=column)
        formula = self.formulas.cell(row=row, column=column)
        value = cell.value
        if formula.data_type == "f" and value is None:
            raise CellError("公式没有计算结果，请在 Excel 中打开、重新计算并保存后再导入，或直接填写数值")
        if cell.data_type == "e" or (isinstance(value, str) and value.strip() in ERROR_CODES):
            raise CellError(f"单元格是错误值 {value}")
        if isinstance(value, str):
            value = value.strip()
            if not value or value in BLANK_MARKS:
                return None
        if isinstance(value, (int, float)) and not isinstance(value, bool) and "%" in cell.number_format:
            value = value * 100          # a cell typed as 95% holds 0.95; the report stores 95
        return value

    def note(self, row: int, column: int) -> str | None:
        """The cell comment minus the formula definition the export writes there."""
        comment = self.values.cell(row=row, column=column).comment
        if comment is None:
            return None
        lines = [line for line in comment.text.splitlines() if not line.startswith(DEFINITION_PREFIX)]
        text = "\n".join(line.removeprefix(NOTE_PREFIX) for line in lines).strip()
        return text or None


def as_number_input(value):
    """Reject what cannot be a number before parsing (dates are numbers inside Excel)."""
    if isinstance(value, (datetime, date, time)):
        raise CellError(f"单元格是日期（{value:%Y-%m-%d}），这里应填写数值" if not isinstance(value, time)
                        else "单元格是时间，这里应填写数值")
    if isinstance(value, bool):
        raise CellError("单元格是逻辑值（TRUE/FALSE），这里应填写数值")
    return value


def as_text_input(value):
    """Numbers read where text belongs: 660301.0 -> "660301"."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d") if value.time() == time() else str(value)
    return value if isinstance(value, str) or value is None else str(value)
