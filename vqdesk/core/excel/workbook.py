"""export_workbook: the whole report year as one workbook, written atomically."""

import io
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook

from vqdesk.core.atomic import OutputFileError, atomic_output
from vqdesk.core.derive import Figures
from vqdesk.core.excel.export_findings import write_cover, write_findings
from vqdesk.core.excel.export_lists import write_list_sheet
from vqdesk.core.excel.export_tables import write_table_sheet
from vqdesk.core.excel.export_trends import write_trends
from vqdesk.core.excel.layout import META_FORMAT, META_SHEET
from vqdesk.core.model import ReportData


class ExcelExportError(OutputFileError):
    """The workbook could not be written; nothing was left behind."""


def sub_table_lists(edition) -> set[str]:
    """Lists printed under a standard table rather than on a sheet of their own."""
    return {t.sub_table.record_list for t in edition.tables if t.sub_table is not None}


def build_workbook(data: ReportData, findings=None, app_version: str = "",
                   now: datetime | None = None) -> Workbook:
    wb = Workbook()
    write_cover(wb.active, data, app_version, now or datetime.now())
    figures = Figures(data)
    index = []
    for table in data.edition.tables:
        index.extend(write_table_sheet(wb, data, table, figures))
    inline = sub_table_lists(data.edition)
    for rl in data.edition.record_lists:
        if rl.id not in inline:
            write_list_sheet(wb, data, rl)
    write_trends(wb, data)
    write_findings(wb, data, findings)
    _write_meta(wb, data, index)
    return wb


def _write_meta(wb, data: ReportData, index):
    """A hidden index of which row holds which indicator; the importer can do without it."""
    ws = wb.create_sheet(META_SHEET)
    ws.append(["format", META_FORMAT])
    ws.append(["edition", data.edition.id])
    ws.append(["year", data.year])
    ws.append(["sheet", "row", "indicator"])
    for sheet, row, indicator_id in index:
        ws.append([sheet, row, indicator_id])
    ws.sheet_state = "hidden"


def export_workbook(data: ReportData, path, findings=None, app_version: str = "") -> Path:
    """Write the workbook to `path` (replacing it whole, or leaving it as it was) and return the path."""
    path = Path(path)
    wb = build_workbook(data, findings, app_version)
    buffer = io.BytesIO()
    wb.save(buffer)      # in memory first: a full disk then fails in a plain write, not in ZipFile.__del__
    with atomic_output(path, ExcelExportError) as temp:
        temp.write_bytes(buffer.getvalue())
    return path
