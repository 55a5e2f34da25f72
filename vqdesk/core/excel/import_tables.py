"""Reading the six standard tables out of a workbook into planned cell writes."""

from dataclasses import dataclass

from vqdesk.core.editions.model import APPLICABILITY, StandardTable
from vqdesk.core.errors import InputError
from vqdesk.core.excel.cells import (CellError, Sheets, as_number_input, as_text_input, check_magnitude,
                                     present_rows)
from vqdesk.core.excel.layout import NOT_APPLICABLE_TEXTS
from vqdesk.core.excel.matching import RowMatcher, cell_text, find_table_header, norm
from vqdesk.core.fields import coerce_indicator


@dataclass
class PlannedValue:
    indicator_id: str
    column: str
    number: float | None
    text: str | None
    note: str | None
    sheet: str = ""


class TableReader:
    """Reads one table sheet; collects planned values and problems (via `problem`)."""

    def __init__(self, sheets: Sheets, table: StandardTable, year: int, school_type: str, problem):
        self.sheets, self.table, self.year = sheets, table, year
        self.school_type = school_type
        self.problem = problem
        self.planned: list[PlannedValue] = []

    def read(self, end_row: int | None = None) -> list[PlannedValue]:
        """Planned writes from the rows below the header, up to `end_row` (a sub-table's start)."""
        ws = self.sheets.values
        header = find_table_header(ws, self.table, self.year)
        if header is None:
            self.problem(self.sheets.title, "", f"{self.table.caption}：找不到表头（应有“指标”“单位”“{self.year}年”列）")
            return []
        if header.value is None:
            years = "、".join(f"{y}年" for _, y in header.years) or "无"
            self.problem(self.sheets.title, self.sheets.where(header.row, header.name),
                         f"{self.table.caption}：表头中没有“{self.year}年”列（表头中的年份：{years}）")
            return []
        if header.value_year not in (None, self.year):
            self.problem(self.sheets.title, self.sheets.where(header.row, header.value),
                         f"{self.table.caption}：表头年份为 {header.value_year}年，与导入年度 {self.year} 不一致，"
                         f"已按本年度导入", "warning")
        self._rows(header, end_row)
        return self.planned

    def _rows(self, header, end_row: int | None):
        ws, matcher, seq = self.sheets.values, RowMatcher(self.table), ""
        for row in present_rows(ws, header.row + 1, end_row):
            if header.seq is not None and cell_text(ws, row, header.seq).strip():
                seq = cell_text(ws, row, header.seq)      # merged 序号 cells hold it on the first row
            name = cell_text(ws, row, header.name).strip()
            if not name:
                continue
            unit = cell_text(ws, row, header.unit) if header.unit else None
            ind, reason = matcher.match(name, unit, seq)
            if ind is None:
                if reason or self._has_value(row, header):
                    self.problem(self.sheets.title, self.sheets.where(row, header.name),
                                 f"{self.table.caption}：{reason or f'无法识别的指标“{name}”'}，该行未导入", "warning")
                continue
            self._cell(row, header.value, ind, "value", "")
            for column in self.table.columns[1:]:
                if header.extra.get(column.key):
                    self._cell(row, header.extra[column.key], ind, column.key, column.kind)
        missing = [i.name for i in self.table.rows if i.id not in matcher.used and self._applicable(i)]
        if missing:
            self.problem(self.sheets.title, "", f"{self.table.caption}：工作表中没有这些指标行，保持原值不变："
                         f"{'、'.join(dict.fromkeys(missing))}", "warning")

    def _has_value(self, row, header) -> bool:
        return bool(cell_text(self.sheets.values, row, header.value).strip())

    def _applicable(self, ind) -> bool:
        return ind.applicable or self.school_type != "zhongzhi"

    def _cell(self, row, column, ind, key, column_kind):
        where = self.sheets.where(row, column)
        try:
            raw = self.sheets.read(row, column)
        except CellError as exc:
            self.problem(self.sheets.title, where, f"表{ind.table_no} {ind.name}：{exc}")
            return
        if not self._applicable(ind):
            if raw is not None and not (isinstance(raw, str) and norm(raw) in NOT_APPLICABLE_TEXTS):
                label = APPLICABILITY[ind.applicability]
                self.problem(self.sheets.title, where,
                             f"表{ind.table_no} {ind.name}：此项为“{label}”，中职学校不应填写（读到“{raw}”）")
            return
        kind = column_kind or ind.kind
        try:
            raw = as_text_input(raw) if kind == "text" else as_number_input(raw)
            number, text = coerce_indicator(ind, raw, column_kind)
            check_magnitude(number)
        except CellError as exc:
            self.problem(self.sheets.title, where, f"表{ind.table_no} {ind.name}：{exc}")
            return
        except InputError as exc:
            self.problem(self.sheets.title, where, str(exc))
            return
        self.planned.append(PlannedValue(ind.id, key, number, text, self.sheets.note(row, column), self.sheets.title))
