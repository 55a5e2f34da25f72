"""The validation engine: every rule R1-R19 of the domain brief that stored data can answer.

    findings = validate(session.snapshot(2025))
    summarise(findings)        -> {"error": 2, "warning": 5, "info": 1}
    findings_by_place(findings)[("indicator", "6.1", "value")] -> [Finding, ...]

Rules live in small modules by family; each exposes `check(ctx) -> list[Finding]`.
"""

from vqdesk.core.findings import SEVERITY_ORDER, Finding, Place
from vqdesk.core.model import ReportData

from . import (approx_counts, asof, award_counts, award_summary, blocks, build_costs, case_periods,
               cell_hygiene, cell_units, change_columns, claims, cohorts, completeness, consistency,
               copied_years, cross_refs, cumulative_counts, derived, designation_levels, designations,
               distributions, duplicates, enum_labels, enumerations, free_tables, front_dates, grants,
               hierarchy, kinds, listed_columns, majors, mixed_contests, mottos, name_mentions, name_slips,
               part_whole, parts, per_student, placements, pooled_means, preface_parts, preface_topics,
               rate_rises, rates, records, regional, role_cells, rounded_growth, run_in, same_figure_labels,
               school_mentions, school_names, scope_excluded, scope_words, shares, standards,
               standards_status, statements, structure_claims, subjects, subsets, table_changes,
               table_labels, table_rows, table_sources, text, text_marks, text_parts, text_shapes,
               time_slots, title_terms, title_variants, total_blanks, unit_words, unitless, variants,
               websites, word_slips)
from .context import Context, count_chars

FAMILIES = (completeness, parts, kinds, hierarchy, derived, consistency, records, regional, variants, text,
            statements, free_tables, blocks, asof, part_whole, school_names, subjects, designations, preface_parts,
            total_blanks, rates, shares, subsets, majors, distributions, websites, duplicates, claims, cell_units,
            table_changes, text_marks, per_student, change_columns, text_parts, scope_words, standards, table_rows,
            name_mentions, table_labels, cross_refs, word_slips, scope_excluded, build_costs, standards_status, grants,
            unit_words, pooled_means, case_periods, copied_years, award_counts, listed_columns, same_figure_labels,
            text_shapes, award_summary, table_sources, role_cells, run_in, front_dates, cell_hygiene,
            enumerations, unitless, name_slips, designation_levels, time_slots, school_mentions,
            title_terms, rate_rises, preface_topics, structure_claims, placements, title_variants, mottos, cohorts,
            enum_labels, cumulative_counts, approx_counts, rounded_growth, mixed_contests)
#: Every rule unit in report order: (“family.name”, rule, what it reads).  The full run and the
#: live (per-edit) run both go through this list, so they cannot disagree on what is checked.
UNITS = tuple((f"{family.__name__.rsplit('.', 1)[1]}.{name}", rule, frozenset(reads))
              for family in FAMILIES for name, rule, reads in family.UNITS)
#: Report order of the kinds of places: front matter, the outline, the document, the annex, lists.
_KIND_ORDER = {"report": 0, "profile": 1, "preface": 2, "outline": 3, "node": 4, "block": 4,
               "indicator": 5, "record": 6}
_LAST = 10 ** 9

__all__ = ["validate", "validate_session", "summarise", "findings_by_place", "place_key",
           "count_chars", "UNITS", "in_report_order", "report_order"]


def validate(data: ReportData) -> list[Finding]:
    """All findings of one report year, sorted by severity, then by place in report order."""
    ctx = Context(data)
    return in_report_order([f for _, rule, _ in UNITS for f in rule(ctx)], report_order(ctx))


def in_report_order(findings: list, order: dict) -> list[Finding]:
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
    """The key the UI tints by: ("indicator", id, column), ("node", id), ("block", id),
    ("preface",), ("outline", part key), ("record", list_id, row, field), ("profile", key),
    ("report",)."""
    if place.kind == "indicator":
        return ("indicator", place.indicator, place.column or "value")
    if place.kind == "node":
        return ("node", place.node)
    if place.kind == "block":
        return ("block", place.block)
    if place.kind == "preface":
        return ("preface",)
    if place.kind == "outline":
        return ("outline", place.part)
    if place.kind == "record":
        return ("record", place.list_id, place.row, place.field)
    if place.kind == "profile":
        return ("profile", place.field)
    return ("report",)


def findings_by_place(findings) -> dict:
    """Findings grouped by `place_key`, in the order given."""
    grouped = {}
    for finding in findings:
        grouped.setdefault(place_key(finding.place), []).append(finding)
    return grouped


def report_order(ctx: Context) -> dict:
    """Position of each heading, block, missing part, indicator and list in the printed report."""
    edition = ctx.edition
    order = dict(ctx.outline.order)          # headings and blocks in the document's reading order
    order.update({("part", key): i for i, (key, *_) in enumerate(edition.parts())})
    order.update({("indicator", r.id): i for i, r in enumerate(edition.indicators())})
    order.update({("list", rl.id): i for i, rl in enumerate(edition.record_lists)})
    return order


def _place_order(place: Place, order: dict) -> tuple:
    rank = _KIND_ORDER.get(place.kind, 9)
    if place.kind == "indicator":
        return rank, order.get(("indicator", place.indicator), _LAST), place.column or ""
    if place.kind in ("node", "block"):
        return rank, order.get((place.kind, getattr(place, place.kind)), _LAST)
    if place.kind == "outline":
        return rank, order.get(("part", place.part), _LAST)
    if place.kind == "record":
        return rank, order.get(("list", place.list_id), _LAST), place.row if place.row is not None else -1, \
            place.field or ""
    return rank, 0, place.field or ""
