"""近三年 comparisons: the same figures over the file's stored years, with 增减 computed
(百分点 for rates, relative change for quantities), never typed."""

from dataclasses import dataclass

from vqdesk.core.derive import Figures, year_over_year
from vqdesk.core.model import ReportData

#: (figure id, label) compared across years; units and kinds come from the edition.
TREND_FIGURES = (
    ("6.1", "全日制在校生人数"), ("1.1", "毕业生人数"), ("k.placement_rate", "毕业去向落实率"),
    ("k.further_study_rate", "升学率"), ("6.4c", "专任教师总数"), ("3.2", "双师素质专任教师比例"),
    ("3.1", "生师比"), ("3.13", "生均教学科研仪器设备值"), ("2.1a", "在校生满意度"),
)


@dataclass(frozen=True)
class TrendRow:
    figure: str
    label: str
    unit: str
    kind: str
    values: dict          # year -> value or None
    change: dict | None   # year_over_year() of the last two years


def trend_years(data: ReportData, span: int = 3) -> list[int]:
    """The report year and up to span-1 earlier stored years, oldest first."""
    earlier = sorted(y for y in data.history if y < data.year)[-(span - 1):] if span > 1 else []
    return earlier + [data.year]


def trend_rows(data: ReportData, span: int = 3, figures=TREND_FIGURES, years=None) -> list[TrendRow]:
    """One row per (figure id, label) in `figures`, over `years` (default trend_years()); years
    the file does not hold are left out, and a missing figure is None, never 0."""
    years = list(years) if years is not None else trend_years(data, span)
    years = [y for y in years if y == data.year or y in data.history]
    per_year = {y: Figures(data if y == data.year else data.history[y]) for y in years}
    rows = []
    for figure, label in figures:
        unit, kind = unit_kind(data, figure)
        values = {y: per_year[y].get(figure) for y in years}
        change = year_over_year(values[years[-1]], values[years[-2]], kind) if len(years) > 1 else None
        rows.append(TrendRow(figure, label, unit, kind, values, change))
    return rows


def unit_kind(data: ReportData, figure: str) -> tuple[str, str]:
    edition = data.edition
    if edition.has_indicator(figure):
        ind = edition.indicator(figure)
        return ind.unit, ind.kind
    kf = edition.key_figure(figure)
    return kf.unit, kf.kind
