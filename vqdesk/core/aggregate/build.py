"""`vqdesk aggregate`: build a district or city report file from the schools' submissions, or
bring an existing one up to date (a new year, or a late school) without touching the bureau's
own outline, narratives, blocks, cases and settings: only figures and merged lists change."""

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from vqdesk.core.aggregate import schools as school_lists
from vqdesk.core.aggregate.inputs import Submission, read_submission, school_cases
from vqdesk.core.aggregate.library import copy_school_photos, school_photo_refs
from vqdesk.core.aggregate.lists import merged_lists, per_school_tables
from vqdesk.core.aggregate.preview import Changes, compare
from vqdesk.core.aggregate.tables import aggregate_values
from vqdesk.core.atomic import atomic_output
from vqdesk.core.document.model import Document
from vqdesk.core.editions import get_edition
from vqdesk.core.editions.regional import regional_edition_for
from vqdesk.core.errors import ReportFileError
from vqdesk.core.findings import SEVERITY_LABELS
from vqdesk.core.session import Session

#: At most this many findings per school are carried into the regional file (the rest are counted).
MAX_FINDINGS_PER_SCHOOL = 50
_LEVEL = {"city": "地市", "district": "区县"}


@dataclass
class AggregateResult:
    path: Path
    level: str
    name: str
    year: int
    submissions: list = field(default_factory=list)
    changes: Changes | None = None
    edition_id: str = ""
    written: bool = True

    def summary(self) -> str:
        used = [s for s in self.submissions if s.data is not None]
        failed = [s for s in self.submissions if s.status == "校验有错误"]
        verb = "已生成" if self.written else "（预览，未写入）将生成"
        lines = [f"{verb} {self.name} {self.year} 年度{_LEVEL.get(self.level, '')}报告：{self.path}",
                 f"汇总学校 {len(used)} 所，其中校验有错误 {len(failed)} 所。"]
        for s in self.submissions:
            if s.status != "已汇总":
                lines.append(f"  {s.school}：{s.status}{'（' + s.note + '）' if s.note else ''}")
        if self.changes is not None:
            lines.append(self.changes.summary())
        return "\n".join(lines)


def aggregate_files(out: Path, *, level: str, name: str, year: int, inputs: list[Path],
                    expected: list[str] = (), edition_id: str | None = None,
                    dry_run: bool = False) -> AggregateResult:
    """Read the schools' files (report files first: their editions choose the region's outline
    when none is given), then aggregate them into `out`, new or existing."""
    inputs = [Path(p) for p in inputs]
    books = [p for p in inputs if p.suffix.lower() in (".xlsx", ".xlsm")]
    submissions = {p: _read(p, year, None) for p in inputs if p not in books}
    edition = target_edition(Path(out), level, year, edition_id, list(submissions.values()))
    school_edition = edition.extends or (edition.aggregates_from or ("liaoning-2023",))[0]
    submissions.update({p: _read(p, year, school_edition) for p in books})
    return aggregate_reports(out, level=level, name=name, year=year, expected=expected,
                             submissions=[submissions[p] for p in inputs], edition_id=edition.id,
                             dry_run=dry_run)


def aggregate_with_history(out: Path, *, year: int, span: int = 3, **kwargs) -> list[AggregateResult]:
    """Aggregate `year` and, first, the span−1 years before it that the schools' files hold and
    the regional file lacks, so a new regional report has its 近三年 at once.  An earlier year
    no school has is skipped (it is named in the results of the years that exist)."""
    out = Path(out)
    results = []
    for earlier in range(year - span + 1, year):
        if out.exists():
            with Session.open(out, readonly=True) as s:
                if earlier in s.years():
                    continue
        try:
            results.append(aggregate_files(out, year=earlier, **kwargs))
        except ReportFileError as exc:
            if not str(exc).startswith("没有一所学校的数据可以读取"):
                raise
    results.append(aggregate_files(out, year=year, **kwargs))
    return results


def _read(path: Path, year: int, school_edition: str | None) -> Submission:
    submission = read_submission(path, year, school_edition or "liaoning-2023")
    _validate([submission])
    if submission.data is not None:
        # The region needs the schools' figures, lists and cases, not their whole documents: let
        # each document go once it is validated, so 300 schools do not sit in memory.
        submission.cases = school_cases(submission.school, submission.data)
        if path.suffix.lower() not in (".xlsx", ".xlsm"):    # a workbook's scratch file has no photos
            submission.photos = school_photo_refs(submission.school, path, submission.data)
        submission.data.document = Document()
    return submission


def target_edition(out: Path, level: str, year: int, edition_id: str | None, submissions):
    """The regional edition: the existing file's, the one asked for (a school edition stands for
    its regional counterpart), or the counterpart of the edition most schools report on."""
    if out.exists():
        with Session.open(out, readonly=True) as s:
            if year in s.years() or not edition_id:
                return s.edition(year if year in s.years() else None)
    if edition_id is None:
        used = Counter(s.data.edition.id for s in submissions if s.data is not None)
        edition_id = used.most_common(1)[0][0] if used else f"regional-{level}-2024"
    return regional_edition(edition_id, level)


def regional_edition(edition_id: str, level: str):
    edition = get_edition(edition_id)
    if edition.level == level:
        return edition
    if edition.level != "school":
        raise ReportFileError(f"模板“{edition.id}”是{_LEVEL[edition.level]}报告模板，不能用来生成{_LEVEL[level]}报告。")
    counterpart = regional_edition_for(edition.id, level)
    if counterpart is None:
        raise ReportFileError(
            f"学校模板“{edition.id}”（{edition.title}）还没有{_LEVEL[level]}汇总模板。请在模板文件夹中添加一个"
            f"模板文件，写明 level = \"{level}\"、extends = \"{edition.id}\" 和 [aggregate] from = [\"{edition.id}\"]。")
    return counterpart


def aggregate_reports(out: Path, *, level: str, name: str, year: int, submissions: list[Submission],
                      expected=(), edition_id: str, dry_run: bool = False) -> AggregateResult:
    out = Path(out)
    edition = get_edition(edition_id)
    if submissions and all(s.data is None for s in submissions):
        reasons = "；".join(f"{s.source.name or s.school}：{s.note or s.status}" for s in submissions)
        raise ReportFileError(f"没有一所学校的数据可以读取，未生成“{out.name}”。{reasons}")
    _validate(submissions)
    present = {s.school for s in submissions}
    submissions += [Submission(Path(), school, status="未报送") for school in expected if school not in present]
    schools = [(s.school, s.data) for s in submissions if s.data is not None]
    values = aggregate_values(edition, [d for _, d in schools])
    lists = _lists(edition, schools, submissions)
    result = AggregateResult(out, level, name, year, submissions, edition_id=edition.id, written=not dry_run)
    if out.exists():
        with Session.open(out, readonly=dry_run) as session:
            _check_target(session, out, level, year)
            result.name = session.profile(session.latest_year()).get("name") or name
            result.changes = compare(session, year, edition, values, lists)
            if not dry_run:
                _update(session, year, edition, schools, values, lists)
        return result
    result.changes = compare(None, year, edition, values, lists)
    if dry_run:
        return result
    with atomic_output(out, ReportFileError) as temp:
        with Session.create(temp, school=name, year=year, edition_id=edition.id, level=level) as session:
            with session.db.atomic():
                _write(session, year, edition, schools, values, lists)
    return result


def _check_target(session: Session, out: Path, level: str, year: int):
    file_level = session.report(year if year in session.years() else None).level
    if file_level != level:
        raise ReportFileError(f"“{out.name}”是{_LEVEL.get(file_level, file_level)}报告，不能按{_LEVEL[level]}报告汇总。")


def _update(session: Session, year: int, edition, schools, values, lists):
    """Into an existing regional file: a new year starts from the latest earlier one (the
    bureau's outline, bound blocks, settings, school attributes and criteria); an existing year
    keeps its document and has its aggregated figures and lists replaced."""
    with session.db.atomic():
        if year not in session.years():
            earlier = [y for y in session.years() if y < year] or session.years()
            session.add_year(year, edition_id=edition.id, copy_from=earlier[-1],
                             lists=("schools", "compliance_criteria"))
        old = session.values(year)
        for key, value in old.items():
            if value.source == "aggregate" and key not in values:
                session.set_value(year, key[0], None, column=key[1], source="aggregate")
        _write(session, year, edition, schools, values, lists)


def _write(session: Session, year: int, edition, schools, values, lists):
    for key in ("province", "city"):
        value = next((d.profile.get(key) for _, d in schools if d.profile.get(key)), None)
        if value and (key == "province" or session.report(year).level == "city"):
            session.set_profile(year, key, value)
    for (ind_id, column), value in values.items():
        session.set_value(year, ind_id, value, column=column, source="aggregate")
    lists = dict(lists)
    lists["schools"] = school_lists.attribute_rows(
        [(n, d.profile) for n, d in schools], [r.data for r in session.records(year, "schools")])
    lists["compliance_criteria"] = school_lists.criteria_rows(
        edition, [r.data for r in session.records(year, "compliance_criteria")])
    if "school_photos" in lists:            # the schools' printed photos, each keeping its school
        lists["school_photos"] = copy_school_photos(session, year, lists["school_photos"])
    for list_id, rows in lists.items():
        session.replace_records(year, list_id, rows, source="aggregate")


def _lists(edition, schools, submissions) -> dict:
    regional = {rl.id for rl in edition.record_lists}
    lists = merged_lists(edition, schools)
    lists.update(per_school_tables(edition, schools))
    lists["submissions"] = [_submission_row(s) for s in submissions]
    lists["school_findings"] = [
        {"school": s.school, "severity": SEVERITY_LABELS[f.severity],
         "where": f.place.describe(s.data.edition), "message": f.message}
        for s in submissions if s.findings for f in s.findings[:MAX_FINDINGS_PER_SCHOOL]
        if f.severity in ("error", "warning")]
    if "school_cases" in regional:
        lists["school_cases"] = [c for s in submissions for c in (s.cases or [])]
    if "school_photos" in regional:         # references, read when the file is written
        lists["school_photos"] = [p for s in submissions for p in (s.photos or [])]
    return {k: v for k, v in lists.items() if k in regional}


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


def _submission_row(s: Submission) -> dict:
    report = s.data.report if s.data is not None else None
    row = {"school": s.school, "source": s.source.name if s.source.name else "", "status": s.status,
           "errors": s.errors, "warnings": s.warnings, "note": s.note,
           # each school's own data period: the region checks that school's rows against it
           "period_start": report.period_start if report else "",
           "period_end": report.period_end if report else ""}
    return {k: v for k, v in row.items() if v not in ("", None)}
