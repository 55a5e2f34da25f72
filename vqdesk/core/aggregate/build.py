"""`vqdesk aggregate`: build a district or city report file from the schools' submissions."""

from dataclasses import dataclass, field
from pathlib import Path

from vqdesk.core.aggregate.inputs import Submission, read_submission
from vqdesk.core.aggregate.lists import merged_lists, per_school_tables
from vqdesk.core.aggregate.tables import aggregate_values
from vqdesk.core.atomic import atomic_output
from vqdesk.core.document.model import Document
from vqdesk.core.editions import get_edition
from vqdesk.core.errors import ReportFileError
from vqdesk.core.findings import SEVERITY_LABELS
from vqdesk.core.session import Session

#: At most this many findings per school are carried into the regional file (the rest are counted).
MAX_FINDINGS_PER_SCHOOL = 50


@dataclass
class AggregateResult:
    path: Path
    level: str
    name: str
    year: int
    submissions: list = field(default_factory=list)

    def summary(self) -> str:
        used = [s for s in self.submissions if s.data is not None]
        failed = [s for s in self.submissions if s.status == "校验有错误"]
        lines = [f"已生成 {self.name} {self.year} 年度{'地市' if self.level == 'city' else '区县'}报告：{self.path}",
                 f"汇总学校 {len(used)} 所，其中校验有错误 {len(failed)} 所。"]
        for s in self.submissions:
            if s.status != "已汇总":
                lines.append(f"  {s.school}：{s.status}{'（' + s.note + '）' if s.note else ''}")
        return "\n".join(lines)


def aggregate_files(out: Path, *, level: str, name: str, year: int, inputs: list[Path],
                    expected: list[str] = (), edition_id: str | None = None) -> AggregateResult:
    edition_id = edition_id or f"regional-{level}-2024"
    school_edition = "liaoning-2023"
    submissions = []
    for p in inputs:
        submission = read_submission(Path(p), year, school_edition)
        _validate([submission])
        if submission.data is not None:
            # The region needs the schools' figures and lists, not their texts: let each document
            # go once it is validated, so 300 schools do not sit in memory as whole documents.
            submission.data.document = Document()
        submissions.append(submission)
    return aggregate_reports(out, level=level, name=name, year=year, submissions=submissions,
                             expected=expected, edition_id=edition_id)


def aggregate_reports(out: Path, *, level: str, name: str, year: int, submissions: list[Submission],
                      expected=(), edition_id: str) -> AggregateResult:
    out = Path(out)
    if out.exists():
        raise ReportFileError(f"文件“{out.name}”已存在，不会覆盖。请换一个文件名或先删除旧文件。")
    edition = get_edition(edition_id)
    if submissions and all(s.data is None for s in submissions):
        reasons = "；".join(f"{s.source.name or s.school}：{s.note or s.status}" for s in submissions[:5])
        raise ReportFileError(f"没有一所学校的数据可以读取，未生成“{out.name}”。{reasons}")
    _validate(submissions)
    present = {s.school for s in submissions}
    submissions += [Submission(Path(), school, status="未报送") for school in expected if school not in present]
    schools = [(s.school, s.data) for s in submissions if s.data is not None]
    with atomic_output(out, ReportFileError) as temp:
        with Session.create(temp, school=name, year=year, edition_id=edition.id, level=level) as session:
            with session.db.atomic():
                _write(session, year, edition, schools, submissions)
    return AggregateResult(out, level, name, year, submissions)


def _validate(submissions: list[Submission]):
    """Carry each school's own findings into the bureau's view."""
    try:
        from vqdesk.core.validation import validate
    except ImportError:  # validation not available in this build
        return
    for s in submissions:
        if s.data is None or s.findings is not None:
            continue
        s.findings = validate(s.data)
        s.errors = sum(1 for f in s.findings if f.severity == "error")
        s.warnings = sum(1 for f in s.findings if f.severity == "warning")
        if s.errors:
            s.status = "校验有错误"
            s.note = s.findings[0].message if s.findings[0].severity == "error" else ""


def _write(session: Session, year: int, edition, schools, submissions):
    for key in ("province", "city"):
        value = next((d.profile.get(key) for _, d in schools if d.profile.get(key)), None)
        if value and (key == "province" or session.report(year).level == "city"):
            session.set_profile(year, key, value)
    for (ind_id, column), value in aggregate_values(edition, [d for _, d in schools]).items():
        session.set_value(year, ind_id, value, column=column, source="aggregate")
    lists = merged_lists(edition, schools)
    lists.update(per_school_tables(edition, schools))
    lists["submissions"] = [_submission_row(s) for s in submissions]
    lists["school_findings"] = [
        {"school": s.school, "severity": SEVERITY_LABELS[f.severity],
         "where": f.place.describe(s.data.edition), "message": f.message}
        for s in submissions if s.findings for f in s.findings[:MAX_FINDINGS_PER_SCHOOL]
        if f.severity in ("error", "warning")]
    for list_id, rows in lists.items():
        session.replace_records(year, list_id, rows, source="aggregate")


def _submission_row(s: Submission) -> dict:
    report = s.data.report if s.data is not None else None
    row = {"school": s.school, "source": s.source.name if s.source.name else "", "status": s.status,
           "errors": s.errors, "warnings": s.warnings, "note": s.note,
           # each school's own data period: the region checks that school's rows against it
           "period_start": report.period_start if report else "",
           "period_end": report.period_end if report else ""}
    return {k: v for k, v in row.items() if v not in ("", None)}
