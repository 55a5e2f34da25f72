"""The validation engine: every rule R1-R19 of the domain brief that stored data can answer.

    findings = validate(session.snapshot(2025))
    summarise(findings)        -> {"error": 2, "warning": 5, "info": 1}
    findings_by_place(findings)[("indicator", "6.1", "value")] -> [Finding, ...]

Rules live in small modules by family; each exposes `check(ctx) -> list[Finding]`.
"""

from vqdesk.core.findings import SEVERITY_ORDER, Finding, Place
from vqdesk.core.model import ReportData

from . import completeness, consistency, derived, hierarchy, kinds, records, text
from .context import Context, count_chars

FAMILIES = (completeness, kinds, hierarchy, derived, consistency, records, text)
_KIND_ORDER = {"report": 0, "profile": 1, "section": 2, "case": 3, "photo": 4, "indicator": 5, "record": 6}

__all__ = ["validate", "validate_session", "summarise", "findings_by_place", "place_key",
           "count_chars"]


def validate(data: ReportData) -> list[Finding]:
    """All findings of one report year, sorted by severity, then by place in report order."""
    ctx = Context(data)
    findings = []
    for family in FAMILIES:
        findings.extend(family.check(ctx))
    order = _report_order(data)
    return sorted(findings, key=lambda f: (SEVERITY_ORDER[f.severity], _place_order(f.place, order), f.rule))


def validate_session(session, year: int | None = None) -> list[Finding]:
    """Snapshot one year of an open session (the latest by default) and validate it."""
    return validate(session.snapshot(year))


def summarise(findings) -> dict:
    counts = {"error": 0, "warning": 0, "info": 0}
    for finding in findings:
        counts[finding.severity] += 1
    return counts


def place_key(place: Place) -> tuple:
    """The key the UI tints by: ("indicator", id, column), ("section", key),
    ("record", list_id, row, field), ("case", id), ("photo", id), ("profile", key), ("report",)."""
    if place.kind == "indicator":
        return ("indicator", place.indicator, place.column or "value")
    if place.kind == "section":
        return ("section", place.section)
    if place.kind == "record":
        return ("record", place.list_id, place.row, place.field)
    if place.kind == "case":
        return ("case", place.case_id)
    if place.kind == "photo":
        return ("photo", place.photo_id)
    if place.kind == "profile":
        return ("profile", place.field)
    return ("report",)


def findings_by_place(findings) -> dict:
    """Findings grouped by `place_key`, in the order given."""
    grouped = {}
    for finding in findings:
        grouped.setdefault(place_key(finding.place), []).append(finding)
    return grouped


def _report_order(data: ReportData) -> dict:
    """Position of each section, indicator and list in the printed report, for sorting."""
    edition = data.edition
    order = {("section", k): i for i, k in enumerate(edition.narrative_keys())}
    for sub in data.subsections:
        order[("section", sub.key)] = order.get(("section", sub.parent_key), 0) + 0.5
    for chapter in edition.chapters:
        if chapter.sections and ("section", chapter.key) not in order:
            # a chapter without its own body sorts just before its first section
            order[("section", chapter.key)] = order[("section", chapter.sections[0].key)] - 0.5
    order.update({("indicator", r.id): i for i, r in enumerate(edition.indicators())})
    order.update({("list", rl.id): i for i, rl in enumerate(edition.record_lists)})
    return order


def _place_order(place: Place, order: dict) -> tuple:
    rank = _KIND_ORDER.get(place.kind, 9)
    if place.kind == "indicator":
        return rank, order.get(("indicator", place.indicator), 999), place.column or ""
    if place.kind in ("section", "case"):
        key = place.section or ""
        pos = order.get(("section", key), 999)
        return rank, pos, place.case_id or 0
    if place.kind == "record":
        return rank, order.get(("list", place.list_id), 999), place.row if place.row is not None else -1, \
            place.field or ""
    return rank, 0, place.field or place.photo_id or 0
