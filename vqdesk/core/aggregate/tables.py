"""Aggregating the six tables: counts summed; rates and averages as weighted means of the schools;
derived ratios never averaged (they are recomputed from the summed bases by the edition)."""

from vqdesk.core.derive import Figures
from vqdesk.core.editions.model import Edition
from vqdesk.core.model import ReportData

#: Kinds whose regional value is the sum of the schools' values unless the edition says otherwise.
SUMMED_KINDS = {"count", "money_wan", "money_yuan", "decimal"}


def aggregate_values(edition: Edition, schools: list[ReportData]) -> dict:
    """{(indicator id, column): number or text} for the region; blank where no school reported."""
    figures = [Figures(d) for d in schools]
    out = {}
    for table in edition.tables:
        columns = {c.key for c in table.columns}
        for row in table.rows:
            if not row.applicable or edition.is_derived(row.id):
                continue
            value = _aggregate_row(edition, row, figures, table.no)
            if value is not None:
                out[(row.id, "value")] = value
            if "respondents" in columns:
                total = _sum([f.typed(row.id, "respondents") for f in figures])
                if total is not None:
                    out[(row.id, "respondents")] = total
            if "method" in columns:
                methods = sorted({f.typed(row.id, "method") for f in figures} - {None})
                if methods:
                    out[(row.id, "method")] = "、".join(methods)
    return out


def _aggregate_row(edition, row, figures, table_no):
    values = [f.typed(row.id) for f in figures]
    rule = edition.aggregation.get(row.id)
    if table_no == 2 and rule is None:
        weights = [f.typed(row.id, "respondents") for f in figures]
        return _weighted_mean(values, weights)
    if rule is not None and rule.method == "weighted_mean":
        weights = [rule.weight.evaluate(f) for f in figures]
        return _weighted_mean(values, weights)
    if row.kind == "percent":
        # A rate with no declared weight: weight by full-time students, the broadest base.
        return _weighted_mean(values, [f.typed("6.1") for f in figures])
    if row.kind == "text":
        texts = sorted({v for v in values if isinstance(v, str)})
        return "、".join(texts) or None
    return _sum(values)


def _numbers(values):
    return [v for v in values if isinstance(v, (int, float)) and not isinstance(v, bool)]


def _sum(values):
    numbers = _numbers(values)
    return float(sum(numbers)) if numbers else None


def _weighted_mean(values, weights):
    pairs = [(v, w) for v, w in zip(values, weights)
             if isinstance(v, (int, float)) and isinstance(w, (int, float)) and w > 0]
    total = sum(w for _, w in pairs)
    if not pairs or total == 0:
        return None
    return round(sum(v * w for v, w in pairs) / total, 2)
