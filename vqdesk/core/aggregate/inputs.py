"""Reading the schools' submissions: report files, or workbooks exported by vqdesk (or typed in
that layout), which are imported into a scratch report first."""

import tempfile
from dataclasses import dataclass
from pathlib import Path

from vqdesk.core.errors import VqdeskError
from vqdesk.core.model import ReportData
from vqdesk.core.session import Session


@dataclass
class Submission:
    """One input of the aggregation and what became of it."""
    source: Path
    school: str
    data: ReportData | None = None
    status: str = "已汇总"        # 已汇总 | 校验有错误 | 无该年度数据 | 无法读取 | 未报送
    note: str = ""
    errors: int = 0
    warnings: int = 0
    findings: list = None
    cases: list = None          # the school's cases, each row naming the school (school_cases)
    photos: list = None         # the photos its report prints, to be copied (aggregate/library.py)


def read_submission(path: Path, year: int, edition_id: str) -> Submission:
    try:
        if path.suffix.lower() in (".xlsx", ".xlsm"):
            return _from_workbook(path, year, edition_id)
        return _from_report_file(path, year)
    except VqdeskError as exc:
        return Submission(path, path.stem, status="无法读取", note=str(exc))
    except Exception as exc:  # noqa: BLE001 - one malformed workbook must not stop the others
        return Submission(path, path.stem, status="无法读取",
                          note=f"无法读取“{path.name}”：文件已损坏或格式不对（{type(exc).__name__}）。")


def _from_report_file(path: Path, year: int) -> Submission:
    with Session.open(path, readonly=True) as s:
        name = s.profile(s.latest_year()).get("name") or path.stem
        if year not in s.years():
            have = "、".join(str(y) for y in s.years())
            return Submission(path, name, status="无该年度数据", note=f"文件中只有 {have} 年度")
        return Submission(path, s.profile(year).get("name") or name, data=s.snapshot(year, with_history=False))


def _from_workbook(path: Path, year: int, edition_id: str) -> Submission:
    from vqdesk.core.excel import import_workbook
    school = _workbook_school_name(path) or path.stem
    with tempfile.TemporaryDirectory() as tmp:
        with Session.create(Path(tmp) / "import.vqd", school=school, year=year, edition_id=edition_id) as s:
            report = import_workbook(s, year, path)
            if not report.applied:
                errors = report.errors
                first = f"第一个：{errors[0]}" if errors else ""
                return Submission(path, school, status="无法读取",
                                  note=f"工作簿有 {len(errors)} 个错误，未汇总。{first}")
            return Submission(path, school, data=s.snapshot(year, with_history=False))


def _workbook_school_name(path: Path) -> str | None:
    """The school named on a workbook's cover sheet (a cell 学校 / 学校名称 and the one right of it)."""
    from openpyxl import load_workbook
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception:  # noqa: BLE001 - the importer reports unreadable workbooks properly
        return None
    try:
        for row in wb.worksheets[0].iter_rows(max_row=20, max_col=6, values_only=True):
            for label, value in zip(row, row[1:]):
                if isinstance(label, str) and label.strip().rstrip("：:") in ("学校", "学校名称") and value:
                    return str(value).strip()
    finally:
        wb.close()
    return None


def school_cases(school: str, data: ReportData) -> list[dict]:
    """The school's cases as rows of the region's case library: the school named on each, so a
    case the bureau uses keeps its source (printed as “（来源：…）”)."""
    rows = []
    for node, block in data.document.cases():
        text = "\n".join(b.text for b in block.children if b.kind == "text" and b.text.strip())
        if block.title.strip() or text:
            rows.append({"school": school, "part": node.title, "title": block.title.strip() or "（无标题）",
                         "text": text, "chars": len("".join(text.split()))})
    return rows
