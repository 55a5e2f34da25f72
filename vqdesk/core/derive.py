"""Derived figures: computed from their base values, never typed (rule R4), and never invented.

A derived figure whose inputs are incomplete (a base figure blank, its list empty, a summed field
blank in some row) has no value: it prints “—” and validation names what to fill.  A value the
school typed or imported for a derived cell is its *reported* value: kept, printed (marked as
reported) while there is nothing to compute, and compared with the computed one by R4.
"""

import ast
import functools
from dataclasses import dataclass

from vqdesk.core.formula import Formula
from vqdesk.core.kinds import format_value
from vqdesk.core.model import ReportData

#: Printed for a figure that cannot be computed yet: never a made-up 0.
MISSING_MARK = "—"
#: Printed after a reported value, so a reader knows it is the school's figure, not computed.
REPORTED_MARK = "（填报）"
#: Source of a reported value the school chose to print even though the inputs are complete.
REPORTED_CHOSEN = "reported"


@dataclass(frozen=True)
class Shown:
    """What the report shows for one figure."""
    value: object                # the number (or text) printed; None when there is nothing
    reported: bool = False       # the school's typed / imported value, not the computed one
    computed: float | None = None
    typed: object = None
    missing: tuple = ()          # what to fill before the figure can be computed (Chinese)

    def text(self, kind: str) -> str:
        """The printed cell: “—” when inputs are missing, a reported value with its mark."""
        if self.value is None:
            return MISSING_MARK if self.missing else ""
        return format_value(self.value, kind) + (REPORTED_MARK if self.reported else "")


class Figures:
    """Every number of a report year: stored values, derived indicators and key figures.

    `get(id)` answers with the computed value for derived indicators and key figures (the
    reported value while nothing can be computed) and the stored value otherwise; `typed(id)` is
    always what is stored (for comparison, R4); `shown(id)` is what the report prints and why.
    """

    def __init__(self, data: ReportData):
        self.data = data
        self.edition = data.edition
        self._cache: dict[str, float | None] = {}
        self._missing: dict[str, tuple] = {}
        self._figures = {kf.id: kf for kf in self.edition.key_figures}

    # formula.Context
    def indicator(self, indicator_id: str):
        return self.get(indicator_id)

    def records(self, list_id: str) -> list[dict]:
        return self.data.rows(list_id)

    def get(self, indicator_id: str):
        if indicator_id in self.edition.derived or indicator_id in self._figures:
            value = self.computed(indicator_id)
            if value is None or self._prints_reported(indicator_id):
                return self._reported(indicator_id) if indicator_id in self.edition.derived else value
            return value
        return self.typed(indicator_id)

    def typed(self, indicator_id: str, column: str = "value"):
        return self.data.value(indicator_id, column)

    def computed(self, indicator_id: str) -> float | None:
        """The value from the base figures; None while any of them is missing."""
        if indicator_id not in self._cache:
            self._cache[indicator_id] = None  # guards against loops the loader missed
            formula = self._formula(indicator_id)
            value = None
            if formula is not None and not self.missing(indicator_id):
                value = formula.evaluate(self)
            self._cache[indicator_id] = value
        return self._cache[indicator_id]

    def missing(self, indicator_id: str) -> tuple:
        """What to fill before a derived figure can be computed: “名单“专业设置””, “表6 专任教师总数”,
        “名单“教师结构”第2行“双师素质””; () when complete or not derived."""
        if indicator_id not in self._missing:
            self._missing[indicator_id] = ()      # loops, see computed
            formula = self._formula(indicator_id)
            self._missing[indicator_id] = self._inputs_missing(formula) if formula else ()
        return self._missing[indicator_id]

    def shown(self, indicator_id: str) -> Shown:
        """What the report prints for a figure: the computed value, or the reported one (marked)
        while nothing can be computed or where the school chose it, or nothing (“—”)."""
        if not self.is_computed(indicator_id):
            return Shown(self.typed(indicator_id), typed=self.typed(indicator_id))
        computed, typed = self.computed(indicator_id), self._reported(indicator_id)
        if typed is not None and (computed is None or self._prints_reported(indicator_id)):
            return Shown(typed, True, computed, typed, self.missing(indicator_id))
        return Shown(computed, False, computed, typed, self.missing(indicator_id))

    def printed(self, indicator_id: str, kind: str | None = None) -> str:
        """The text the annex and bound fields print for a figure (see `Shown.text`)."""
        return self.shown(indicator_id).text(kind or self._kind(indicator_id))

    def evaluate(self, source: str | Formula) -> float | None:
        formula = Formula.parse(source) if isinstance(source, str) else source
        return formula.evaluate(self)

    def is_computed(self, indicator_id: str) -> bool:
        return indicator_id in self.edition.derived or indicator_id in self._figures

    # -- helpers -------------------------------------------------------------------------------
    def _reported(self, indicator_id: str):
        value = self.typed(indicator_id) if indicator_id in self.edition.derived else None
        return value if isinstance(value, (int, float)) else None

    def _prints_reported(self, indicator_id: str) -> bool:
        cell = self.data.values.get((indicator_id, "value"))
        return cell is not None and cell.source == REPORTED_CHOSEN and cell.number is not None

    def _kind(self, indicator_id: str) -> str:
        if self.edition.has_indicator(indicator_id):
            return self.edition.indicator(indicator_id).kind
        kf = self._figures.get(indicator_id)
        return kf.kind if kf else "decimal"

    def _inputs_missing(self, formula: Formula) -> tuple:
        refs, summed = _inputs(formula.source)
        out = []
        for ref in sorted(refs.indicators):
            value = self.get(ref)
            if value is None or isinstance(value, str):
                out.append(self._name(ref))
        for list_id in sorted(refs.lists):
            rows = self.data.rows(list_id)
            title = self._list_title(list_id)
            if not rows:
                out.append(f"名单“{title}”")
                continue
            for key in sorted(k for lid, k in summed if lid == list_id):
                blank = [n for n, row in enumerate(rows, 1) if not _is_number(row.get(key))]
                if blank:
                    rows_text = "、".join(f"第{n}行" for n in blank[:3]) + ("等" if len(blank) > 3 else "")
                    out.append(f"名单“{title}”{rows_text}的“{self._field_label(list_id, key)}”")
        return tuple(out)

    def _name(self, ref: str) -> str:
        if self.edition.has_indicator(ref):
            ind = self.edition.indicator(ref)
            return f"表{ind.table_no} {ind.name}"
        kf = self._figures.get(ref)
        return kf.name if kf else ref

    def _list_title(self, list_id: str) -> str:
        try:
            return self.edition.record_list(list_id).title
        except KeyError:
            return list_id

    def _field_label(self, list_id: str, key: str) -> str:
        try:
            return self.edition.record_list(list_id).field(key).label
        except KeyError:
            return key

    def _formula(self, indicator_id: str) -> Formula | None:
        if indicator_id in self.edition.derived:
            return self.edition.derived[indicator_id].formula
        if indicator_id in self._figures:
            return self._figures[indicator_id].formula
        return None


@functools.lru_cache(maxsize=1024)
def _inputs(source: str) -> tuple:
    """A formula's references and summed fields, found once per source (validation asks per edit)."""
    formula = Formula.parse(source)
    return formula.references(), frozenset(_summed_fields(formula))


def _summed_fields(formula: Formula) -> set:
    """(list, field) pairs a formula sums; filter fields (category="…") are not inputs."""
    return {(node.args[0].value.id, node.args[0].attr) for node in ast.walk(formula.tree)
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "sum"
            and node.args and isinstance(node.args[0], ast.Attribute)}


def _is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


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
