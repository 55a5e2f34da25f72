"""The bureau's internal view of an aggregation: each school's file, status, error and warning
counts and findings.  It never goes into the public PDF; it is written as a workbook
(`vqdesk aggregate … --status-xlsx`) and shown on the app's 各校报送情况 page."""

from pathlib import Path

from vqdesk.core.atomic import atomic_output

SUBMISSION_COLUMNS = (("school", "学校"), ("status", "状态"), ("source", "数据文件"), ("errors", "错误（个）"),
                      ("warnings", "警告（个）"), ("note", "说明"), ("period_start", "报告期起"),
                      ("period_end", "报告期止"))
FINDING_COLUMNS = (("school", "学校"), ("severity", "严重程度"), ("where", "位置"), ("message", "说明"))


def status_rows(data) -> tuple[list[dict], list[dict]]:
    """(submissions, findings) of a regional report year, as stored by aggregation."""
    return data.rows("submissions"), data.rows("school_findings")


def write_status_book(data, path) -> Path:
    """Write the internal status workbook for one regional report year, whole or not at all."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    submissions, findings = status_rows(data)
    wb = Workbook()
    sheets = ((wb.active, "报送情况", SUBMISSION_COLUMNS, submissions),
              (wb.create_sheet(), "各校校验问题", FINDING_COLUMNS, findings))
    for sheet, title, columns, rows in sheets:
        sheet.title = title
        sheet.append([label for _, label in columns])
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in rows:
            sheet.append([row.get(key) for key, _ in columns])
        for letter, (key, _) in zip("ABCDEFGH", columns):
            sheet.column_dimensions[letter].width = 60 if key in ("note", "message") else 24
            for cell in sheet[letter][1:]:
                cell.alignment = Alignment(wrap_text=key in ("note", "message"), vertical="top")
        sheet.freeze_panes = "A2"
    info = wb.create_sheet("说明")
    profile = data.profile
    info.append(["区域", profile.get("name", "")])
    info.append(["年度", data.year])
    info.append(["报送学校", sum(1 for r in submissions if r.get("status") != "未报送")])
    info.append(["未报送学校", sum(1 for r in submissions if r.get("status") == "未报送")])
    info.append(["注意", "本表为教育局内部工作表，含学校文件名和校验问题，不对外公开。"])
    path = Path(path)
    with atomic_output(path) as temp:
        wb.save(temp)
    return path
