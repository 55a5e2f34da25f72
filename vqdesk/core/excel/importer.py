"""import_workbook: read the tables and lists of a workbook into a report year, all or nothing."""

import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import load_workbook

from vqdesk.core.errors import VqdeskError
from vqdesk.core.excel.cells import Sheets
from vqdesk.core.excel.import_lists import ListReader
from vqdesk.core.excel.import_tables import TableReader
from vqdesk.core.excel.layout import META_SHEET
from vqdesk.core.excel.matching import find_list_header, find_list_sheet, find_table_sheet
from vqdesk.core.excel.package import ExcelImportError, check_package
from vqdesk.core.excel.plan import MODE_UPDATE, MODE_WORKBOOK, ImportPlan, apply_plan, plan_import
from vqdesk.core.excel.workbook import sub_table_lists

#: A value quoted in a message is cut to this many characters (a cell may hold 32 767).
QUOTE_MAX_CHARS = 40
_QUOTED = re.compile(r"“([^”]{%d,})”" % (QUOTE_MAX_CHARS + 1))


@dataclass(frozen=True)
class ImportProblem:
    sheet: str                # empty when the problem concerns the whole workbook
    cell: str                 # "D5"; empty when the problem concerns the whole sheet
    message: str
    severity: str = "error"   # error | warning

    @property
    def where(self) -> str:
        """“表1 人才培养质量计分卡!D5”, the sheet alone, or "" for the whole workbook."""
        return f"{self.sheet}!{self.cell}" if self.cell else self.sheet

    def __str__(self) -> str:
        label = "" if self.severity == "error" else "（提示）"
        return f"{self.where}：{label}{self.message}" if self.where else f"{label}{self.message}"


@dataclass
class ImportReport:
    problems: list = field(default_factory=list)
    values_imported: int = 0
    rows_imported: dict = field(default_factory=dict)     # list id -> rows written
    applied: bool = False

    @property
    def errors(self) -> list:
        return [p for p in self.problems if p.severity == "error"]

    def summary(self, limit: int = 20) -> str:
        """A Chinese account for a dialog or the console."""
        if self.applied:
            rows = sum(self.rows_imported.values())
            lines = [f"已导入指标 {self.values_imported} 项，名单 {len(self.rows_imported)} 份共 {rows} 行。"]
        else:
            lines = [f"发现 {len(self.errors)} 个错误，未导入任何数据。请改正后重新导入，或选择只导入无误的部分。"]
        lines += [str(p) for p in self.problems[:limit]]
        if len(self.problems) > limit:
            lines.append(f"……另有 {len(self.problems) - limit} 个问题未列出。")
        return "\n".join(lines)


@dataclass
class WorkbookContent:
    """What a workbook holds for a report year, read but not written."""
    report: ImportReport
    planned: list = field(default_factory=list)       # [PlannedValue]
    lists: dict = field(default_factory=dict)         # list id -> [typed row]
    list_sheets: dict = field(default_factory=dict)   # list id -> sheet title


def import_workbook(session, year, path, partial: bool = False, mode: str = MODE_WORKBOOK) -> ImportReport:
    """Read `path` into `year`.  With errors nothing is written unless partial=True, in which case
    the readable cells are written and the rest listed.  Values get source="import"."""
    content = read_workbook(session, year, path)
    report = content.report
    if report.errors and not partial:
        return report
    plan = plan_workbook(session, year, content, mode)
    try:
        apply_plan(session, session.report(year).year, plan)
    except VqdeskError as exc:
        report.problems.append(ImportProblem("", "", clip_quotes(f"导入中止，报告文件未作任何修改：{exc}")))
        return report
    count_imported(report, content, plan)
    return report


def plan_workbook(session, year, content: WorkbookContent, mode: str = MODE_UPDATE) -> ImportPlan:
    data = session.snapshot(year, with_history=False)
    return plan_import(data, content.planned, content.lists, content.list_sheets, mode)


def count_imported(report: ImportReport, content: WorkbookContent, plan: ImportPlan):
    """The counts of an applied import: cells given a new value, the workbook's rows per list."""
    report.values_imported = sum(cell.new is not None for cell in plan.cells)
    report.rows_imported = {list_id: len(rows) for list_id, rows in content.lists.items()}
    report.applied = True


def read_workbook(session, year, path) -> WorkbookContent:
    """The tables and lists of `path` read against `year`'s edition; problems in `.report`."""
    report = ImportReport()
    content = WorkbookContent(report)

    def problem(sheet, cell, message, severity="error"):
        report.problems.append(ImportProblem(sheet, cell, clip_quotes(message), severity))

    year = session.report(year).year
    edition, school_type = session.edition(year), session.report(year).school_type
    values_wb, formulas_wb = _open(Path(path))
    _check_meta(values_wb, edition, year, problem)
    planned, lists = content.planned, content.lists
    for table in edition.tables:
        ws = find_table_sheet(values_wb, table)
        if ws is None:
            problem("", "", f"工作簿中找不到{table.caption}，该表未导入", "warning")
            continue
        sheets = _sheets(ws, formulas_wb)
        sub_rows = _read_sub_table(sheets, edition, table, session.resolve, problem)
        end_row = sub_rows[0] - 1 if sub_rows else None
        planned.extend(TableReader(sheets, table, year, school_type, problem).read(end_row))
        if sub_rows:
            lists[table.sub_table.record_list] = sub_rows[1]
            content.list_sheets[table.sub_table.record_list] = ws.title
    inline = sub_table_lists(edition)
    for rl in edition.record_lists:
        ws = find_list_sheet(values_wb, rl)
        if ws is None or (rl.id in inline and rl.id in lists):
            continue
        rows = ListReader(_sheets(ws, formulas_wb), rl, session.resolve, problem).read()
        if rows is not None:
            lists[rl.id] = rows
            content.list_sheets[rl.id] = ws.title
    if not planned and not lists and not report.errors:
        problem("", "", f"工作簿中没有可导入的指标表或名单（工作表：{'、'.join(values_wb.sheetnames)}）。"
                f"请选择由本程序导出的工作簿，或按导出的格式填写")
    return content


def _sheets(ws, formulas_wb) -> Sheets:
    return Sheets(ws, formulas_wb[ws.title] if formulas_wb is not None else None)


def _read_sub_table(sheets, edition, table, resolve, problem):
    """(header row, rows) of the list printed under a table (表3's 专业群), or None."""
    if table.sub_table is None:
        return None
    rl = edition.record_list(table.sub_table.record_list)
    header, _ = find_list_header(sheets.values, rl, 1, sheets.values.max_row)
    if header is None:
        return None
    return header, ListReader(sheets, rl, resolve, problem).read(header, stop_at_blank=True)


def clip_quotes(message: str) -> str:
    """“a very long pasted value …” cut short, so a message stays one readable line."""
    return _QUOTED.sub(lambda m: f"“{m.group(1)[:QUOTE_MAX_CHARS]}…”", message)


def _open(path: Path):
    """(cached values, formulas or None when the file has no formulas)."""
    if not path.is_file():
        raise ExcelImportError(f"找不到文件“{path}”。")
    if path.suffix.lower() == ".xls":
        raise ExcelImportError(f"“{path.name}”是旧版 Excel 格式（.xls），请在 Excel 中另存为 .xlsx 后再导入。")
    try:
        info = check_package(path)
    except ExcelImportError:
        raise
    except OSError as exc:
        raise ExcelImportError(f"无法读取“{path.name}”：{exc.strerror or exc}。") from None
    except Exception as exc:  # noqa: BLE001 - zlib.error and the like from a damaged package
        raise ExcelImportError(f"无法读取“{path.name}”：文件已损坏，或不是有效的 Excel 工作簿（.xlsx）"
                               f"（{type(exc).__name__}）。") from None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")        # openpyxl warns about extensions it drops
            values = load_workbook(path, data_only=True)
            formulas = load_workbook(path, data_only=False) if info.has_formulas else None
    except Exception as exc:  # noqa: BLE001 - openpyxl raises anything on malformed XML
        raise ExcelImportError(f"无法读取“{path.name}”：文件已损坏，或不是有效的 Excel 工作簿（.xlsx）"
                               f"（{type(exc).__name__}）。") from None
    return values, formulas


def _check_meta(wb, edition, year: int, problem):
    """The hidden index only informs: a workbook from another edition or year gets a warning."""
    if META_SHEET not in wb.sheetnames:
        return
    meta = {row[0]: row[1] for row in wb[META_SHEET].iter_rows(max_row=3, max_col=2, values_only=True)}
    if meta.get("edition") and meta["edition"] != edition.id:
        problem(META_SHEET, "", f"工作簿导出自模板“{meta['edition']}”，当前报告使用“{edition.id}”，"
                f"已按指标名称和单位匹配", "warning")
    if meta.get("year") not in (None, year):
        problem(META_SHEET, "", f"工作簿是 {meta['year']} 年度的数据，正导入到 {year} 年度", "warning")
