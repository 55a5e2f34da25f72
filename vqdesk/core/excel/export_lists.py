"""Record lists: one sheet each, a header row of labels with units, typed columns."""

from datetime import date

from openpyxl.utils import get_column_letter

from vqdesk.core.editions.model import RecordList, SubTable
from vqdesk.core.excel import styles
from vqdesk.core.excel.layout import SEQ_LABEL, field_header, sheet_title
from vqdesk.core.excel.safe_text import write_number, write_text
from vqdesk.core.model import ReportData

HEADER_ROW = 2
#: Input validation reaches this many rows below the data, so rows typed later are checked too.
SPARE_ROWS = 200


def write_list_sheet(wb, data: ReportData, rl: RecordList) -> str:
    name = sheet_title(rl.title)
    ws = wb.create_sheet(name)
    headers = [SEQ_LABEL] + [field_header(f) for f in rl.fields]
    styles.title_row(ws, 1, rl.title, len(headers))
    styles.header_row(ws, HEADER_ROW, headers)
    rows = data.rows(rl.id)
    _write_rows(ws, HEADER_ROW + 1, rl, rows)
    _validate_columns(ws, HEADER_ROW + 1, HEADER_ROW + len(rows) + SPARE_ROWS, rl)
    ws.freeze_panes = ws.cell(row=HEADER_ROW + 1, column=2)
    styles.fit_columns(ws, HEADER_ROW)
    styles.print_setup(ws, rl.title, f"1:{HEADER_ROW}", landscape=len(headers) > 5)
    return name


def write_sub_table(ws, data: ReportData, sub: SubTable, start_row: int) -> int:
    """The 专业群 table printed under 表3; returns its last row."""
    rl = data.edition.record_list(sub.record_list)
    headers = [SEQ_LABEL] + [sub_table_header(f) for f in rl.fields]
    styles.title_row(ws, start_row, sub.title, len(headers))
    ws.row_dimensions[start_row].height = 22
    ws.merge_cells(start_row=start_row + 1, start_column=1, end_row=start_row + 1, end_column=len(headers))
    note = ws.cell(row=start_row + 1, column=1)
    write_text(note, sub.instruction)
    note.font, note.alignment = styles.BODY_FONT, styles.LEFT
    header = start_row + 2
    styles.header_row(ws, header, headers)
    rows = data.rows(rl.id)
    _write_rows(ws, header + 1, rl, rows)
    spare = 3 if not rows else 0             # room to type into a blank template
    for r in range(header + 1 + len(rows), header + 1 + len(rows) + spare):
        for c in range(1, len(headers) + 1):
            styles.body_cell(ws.cell(row=r, column=c))
    last = header + len(rows) + spare
    _validate_columns(ws, header + 1, max(last, header + 1), rl)
    return last


def sub_table_header(field) -> str:
    """The annex heads the choice column "选择对接产业链": a pick from the list."""
    return ("选择" + field.label) if field.kind == "choice" else field_header(field)


def _write_rows(ws, first_row: int, rl: RecordList, rows: list[dict]):
    for offset, record in enumerate(rows):
        row = first_row + offset
        styles.body_cell(ws.cell(row=row, column=1, value=offset + 1), styles.CENTER)
        for index, field in enumerate(rl.fields, start=2):
            cell = ws.cell(row=row, column=index)
            _write_field(cell, field, record.get(field.key))


def _write_field(cell, field, value):
    kind = field.kind
    if value is None:
        styles.body_cell(cell)
        return
    if kind in styles.NUMBER_FORMATS and isinstance(value, (int, float)):
        write_number(cell, value, styles.number_format(kind))
        styles.body_cell(cell, styles.RIGHT)
    elif kind == "date" and _as_date(value) is not None:
        cell.value = _as_date(value)
        cell.number_format = styles.DATE_FORMAT
        styles.body_cell(cell, styles.CENTER)
    else:
        write_text(cell, value)
        styles.body_cell(cell)


def _as_date(value):
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        return None


def _validate_columns(ws, first: int, last: int, rl: RecordList):
    for index, field in enumerate(rl.fields, start=2):
        dv = styles.validation_for(ws, field.kind, field.options)
        if dv is not None:
            letter = get_column_letter(index)
            dv.add(f"{letter}{first}:{letter}{last}")
