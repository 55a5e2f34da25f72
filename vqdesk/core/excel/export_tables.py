"""One sheet per standard table, laid out like the official annex tables."""

from openpyxl.comments import Comment

from vqdesk.core.derive import Figures
from vqdesk.core.editions.model import APPLICABILITY, StandardTable
from vqdesk.core.excel import styles
from vqdesk.core.excel.layout import (DEFINITION_PREFIX, NOTE_PREFIX, table_headers,
                                      table_sheet_name, unit_label)
from vqdesk.core.excel.safe_text import clean_text, write_number, write_text
from vqdesk.core.model import ReportData

HEADER_ROW = 2


def depth(table: StandardTable, indicator) -> int:
    """How many 其中 levels an indicator sits below the top of its group."""
    by_id = {row.id: row for row in table.rows}
    level, parent = 0, indicator.parent
    while parent in by_id and level < 5:
        level, parent = level + 1, by_id[parent].parent
    return level


def seq_groups(table: StandardTable) -> list[tuple[int, int]]:
    """(first, last) row offsets of each run of rows sharing one 序号."""
    groups, start = [], 0
    for i in range(1, len(table.rows) + 1):
        if i == len(table.rows) or table.rows[i].seq != table.rows[start].seq:
            groups.append((start, i - 1))
            start = i
    return groups


def write_table_sheet(wb, data: ReportData, table: StandardTable, figures: Figures) -> list:
    """Write the sheet; returns [(sheet, row, indicator id)] for the hidden index sheet."""
    name = table_sheet_name(table)
    ws = wb.create_sheet(name)
    headers = table_headers(table, data.year)
    styles.title_row(ws, 1, table.caption, len(headers))
    styles.header_row(ws, HEADER_ROW, headers)
    validations = styles.Validations(ws)
    placed = []
    first = HEADER_ROW + 1
    for offset, ind in enumerate(table.rows):
        row = first + offset
        _write_indicator_row(ws, row, data, table, ind, figures, validations)
        placed.append((row, ind.id))
    for start, end in seq_groups(table):
        if end > start:
            ws.merge_cells(start_row=first + start, start_column=1, end_row=first + end, end_column=1)
    last = first + len(table.rows) - 1
    if table.sub_table is not None:
        from vqdesk.core.excel.export_lists import write_sub_table
        last = write_sub_table(ws, data, table.sub_table, last + 2)
    ws.freeze_panes = ws.cell(row=HEADER_ROW + 1, column=1)
    styles.fit_columns(ws, HEADER_ROW, {2: 30, 4: 12})
    styles.print_setup(ws, table.caption, f"1:{HEADER_ROW}")
    return [(name, row, ind_id) for row, ind_id in placed]


def _write_indicator_row(ws, row, data, table, ind, figures, validations):
    seq = ws.cell(row=row, column=1, value=int(ind.seq) if ind.seq.isdigit() else ind.seq)
    styles.body_cell(seq, styles.CENTER)
    label = ws.cell(row=row, column=2)
    write_text(label, ind.label)
    styles.body_cell(label, styles.indented(depth(table, ind)))
    unit = ws.cell(row=row, column=3)
    write_text(unit, unit_label(ind.unit, ind.kind))
    styles.body_cell(unit, styles.CENTER)
    applicable = ind.applicable or data.report.school_type != "zhongzhi"
    derived = data.edition.is_derived(ind.id)
    for index, column in enumerate(table.columns):
        cell = ws.cell(row=row, column=4 + index)
        kind = column.kind or ind.kind
        if not applicable:
            _not_applicable(cell, APPLICABILITY[ind.applicability] if index == 0 else None)
            continue
        is_derived = derived and column.key == "value"
        content = figures.computed(ind.id) if is_derived else data.value(ind.id, column.key)
        if isinstance(content, str) or kind == "text":
            write_text(cell, content)
            styles.body_cell(cell, styles.LEFT)
        else:
            write_number(cell, content, styles.number_format(kind))
            styles.body_cell(cell, styles.RIGHT)
        stored = data.values.get((ind.id, column.key))
        _comment(cell, data.edition.derived[ind.id].definition if is_derived else "",
                 stored.note if stored else "")
        if is_derived:
            cell.fill = styles.DERIVED_FILL
            cell.protection = styles.LOCKED
        else:
            cell.protection = styles.UNLOCKED
            validations.add(cell, kind)


def _not_applicable(cell, text):
    write_text(cell, text)
    styles.body_cell(cell, styles.CENTER)
    cell.font = styles.GREY_FONT
    cell.fill = styles.GREY_FILL
    cell.protection = styles.LOCKED


def _comment(cell, definition: str, note: str):
    lines = []
    if definition:
        lines.append(DEFINITION_PREFIX + definition)
    if note:
        lines.append(NOTE_PREFIX + note)
    if lines:
        comment = Comment(clean_text("\n".join(lines)), "vqdesk")
        comment.width, comment.height = 300, 90
        cell.comment = comment
