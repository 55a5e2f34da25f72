"""Excel export and import of the six standard tables and the record lists (openpyxl only here)."""

from vqdesk.core.excel.importer import ImportProblem, ImportReport, import_workbook
from vqdesk.core.excel.workbook import ExcelExportError, build_workbook, export_workbook

__all__ = ["export_workbook", "import_workbook", "build_workbook", "ImportReport", "ImportProblem",
           "ExcelExportError"]
