"""Reading record lists (a sheet each, or the 专业群 sub-table under 表3) into typed rows."""

import itertools

from vqdesk.core.editions.model import RecordList
from vqdesk.core.excel.cells import (CellError, Sheets, as_number_input, as_text_input, check_magnitude,
                                     present_rows, value_at)
from vqdesk.core.excel.matching import find_list_header
from vqdesk.core.fields import coerce_field
from vqdesk.core.kinds import NUMERIC_KINDS

_TEXT_KINDS = {"text", "choice", "names", "major", "organisation"}


class ListReader:
    """Reads the rows of one list below its header; `rows` are typed dicts for replace_records."""

    def __init__(self, sheets: Sheets, rl: RecordList, resolve, problem):
        self.sheets, self.rl, self.resolve, self.problem = sheets, rl, resolve, problem

    def read(self, first_row: int = 1, stop_at_blank: bool = False) -> list[dict] | None:
        """None when no header for this list is found from `first_row` on."""
        ws = self.sheets.values
        last = ws.max_row if stop_at_blank else None
        header, mapping = find_list_header(ws, self.rl, first_row, last)
        if header is None:
            return None
        self._report_missing(header, mapping)
        rows = []
        for row in self._candidate_rows(header, stop_at_blank):
            cells = [value_at(ws, row, column) for column in mapping]
            if all(v is None or (isinstance(v, str) and not v.strip()) for v in cells):
                if stop_at_blank:
                    break
                continue
            rows.append(self._row(row, mapping))
        return rows

    def _candidate_rows(self, header: int, consecutive: bool):
        """Rows below the header: every row up to the first blank one, or just the rows that
        hold cells (a sheet may end in a stray cell a million rows down)."""
        if consecutive:
            return itertools.count(header + 1)          # read() stops at the first blank row
        return present_rows(self.sheets.values, header + 1)

    def _report_missing(self, header, mapping):
        present = set(mapping.values())
        missing = [f.label for f in self.rl.fields if f.required and f not in present]
        if missing:
            self.problem(self.sheets.title, self.sheets.where(header, 1),
                         f"名单“{self.rl.title}”的表头缺少必填列：{'、'.join(missing)}", "warning")

    def _row(self, row: int, mapping: dict) -> dict:
        data = {}
        for column, field in mapping.items():
            where = self.sheets.where(row, column)
            try:
                raw = self.sheets.read(row, column)
                if field.kind in _TEXT_KINDS:
                    raw = as_text_input(raw)
                elif field.kind in NUMERIC_KINDS:
                    raw = as_number_input(raw)
                value = check_magnitude(coerce_field(field, raw, self.resolve))
            except (CellError, ValueError) as exc:
                self.problem(self.sheets.title, where, f"名单“{self.rl.title}”·{field.label}：{exc}")
                continue
            if value is not None:
                data[field.key] = value
        return data
