"""The cover sheet (who, which year, which edition) and the 校验结果 sheet."""

from datetime import datetime

from vqdesk.core.excel import styles
from vqdesk.core.excel.layout import COVER_SHEET, FINDINGS_SHEET
from vqdesk.core.excel.safe_text import write_text
from vqdesk.core.findings import sort_findings
from vqdesk.core.model import ReportData


def write_cover(ws, data: ReportData, app_version: str, now: datetime):
    ws.title = COVER_SHEET
    school = data.profile.get("name", "")
    title = f"{school}中等职业教育质量年度报告（{data.year}年度）数据表"
    styles.title_row(ws, 1, title, 2)
    period = "—".join(p for p in (data.report.period_start, data.report.period_end) if p)
    rows = [("学校名称", school), ("学校标识码", data.profile.get("code", "")),
            ("报告年度", f"{data.year}年度"), ("报告模板", data.edition.title),
            ("数据统计期间", period), ("导出时间", now.strftime("%Y-%m-%d %H:%M")),
            ("应用程序版本", f"vqdesk {app_version}".strip())]
    for offset, (label, value) in enumerate(rows, start=3):
        head = ws.cell(row=offset, column=1, value=label)
        styles.body_cell(head, styles.CENTER)
        head.font, head.fill = styles.HEADER_FONT, styles.HEADER_FILL
        cell = ws.cell(row=offset, column=2)
        write_text(cell, value)
        styles.body_cell(cell)
    styles.fit_columns(ws, 3, {1: 16, 2: 50})
    styles.print_setup(ws, title, "1:1")


def write_findings(wb, data: ReportData, findings):
    ws = wb.create_sheet(FINDINGS_SHEET)
    headers = ["序号", "严重程度", "位置", "说明"]
    styles.title_row(ws, 1, f"校验结果（{data.year}年度）", len(headers))
    styles.header_row(ws, 2, headers)
    if not findings:
        note = "导出时未进行校验。" if findings is None else "未发现问题。"
        ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=len(headers))
        styles.body_cell(ws.cell(row=3, column=1, value=note))
    for offset, finding in enumerate(sort_findings(findings or []), start=3):
        styles.body_cell(ws.cell(row=offset, column=1, value=offset - 2), styles.CENTER)
        severity = ws.cell(row=offset, column=2, value=finding.severity_label)
        styles.body_cell(severity, styles.CENTER)
        for column, text in ((3, finding.place.describe(data.edition)), (4, finding.message)):
            cell = ws.cell(row=offset, column=column)
            write_text(cell, text)
            styles.body_cell(cell)
    ws.freeze_panes = "A3"
    styles.fit_columns(ws, 2, {3: 24})
    ws.column_dimensions["D"].width = 70          # messages wrap rather than run on
    styles.print_setup(ws, "校验结果", "1:2", landscape=True)
