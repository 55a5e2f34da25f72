"""Derived figures: computed from their base values, never typed (rule R4)."""

from vqdesk.core.formula import Formula
from vqdesk.core.model import ReportData


class Figures:
    """Every number of a report year: stored values, derived indicators and key figures.

    `get(id)` answers with the computed value for derived indicators and key figures and the
    stored value otherwise; `typed(id)` is always what is stored (for comparison, R4).
    """

    def __init__(self, data: ReportData):
        self.data = data
        self.edition = data.edition
        self._cache: dict[str, float | None] = {}
        self._figures = {kf.id: kf for kf in self.edition.key_figures}

    # formula.Context
    def indicator(self, indicator_id: str):
        return self.get(indicator_id)

    def records(self, list_id: str) -> list[dict]:
        return self.data.rows(list_id)

    def get(self, indicator_id: str):
        if indicator_id in self.edition.derived or indicator_id in self._figures:
            return self.computed(indicator_id)
        return self.typed(indicator_id)

    def typed(self, indicator_id: str, column: str = "value"):
        return self.data.value(indicator_id, column)

    def computed(self, indicator_id: str) -> float | None:
        if indicator_id not in self._cache:
            self._cache[indicator_id] = None  # guards against loops the loader missed
            formula = self._formula(indicator_id)
            self._cache[indicator_id] = formula.evaluate(self) if formula else None
        return self._cache[indicator_id]

    def evaluate(self, source: str | Formula) -> float | None:
        formula = Formula.parse(source) if isinstance(source, str) else source
        return formula.evaluate(self)

    def is_computed(self, indicator_id: str) -> bool:
        return indicator_id in self.edition.derived or indicator_id in self._figures

    def _formula(self, indicator_id: str) -> Formula | None:
        if indicator_id in self.edition.derived:
            return self.edition.derived[indicator_id].formula
        if indicator_id in self._figures:
            return self._figures[indicator_id].formula
        return None


def year_over_year(current: float | None, previous: float | None, kind: str) -> dict | None:
    """增减 between two years: absolute change, and for percentages the change in 百分点;
    relative change (同比) only for quantities, never for rates."""
    if current is None or previous is None:
        return None
    change = {"change": current - previous}
    if kind == "percent":
        change["points"] = current - previous
    elif previous:
        change["relative"] = (current - previous) / previous * 100
    return change
