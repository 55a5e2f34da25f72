"""The view of a table block (header, columns, cells) and the figure lookups its sources share;
document/tables.py builds views, document/school_tables.py the per-school ones."""

from dataclasses import dataclass, field

from vqdesk.core.kinds import format_value
from vqdesk.core.trends import unit_kind


@dataclass
class TableView:
    columns: list                       # leaf header labels
    kinds: list                         # text | number | percent | date, per column
    rows: list                          # cell values (str, int, float or None)
    header_groups: list = field(default_factory=list)   # upper header row [{"label", "span"}]
    total_rows: list = field(default_factory=list)      # indices of 合计 / 平均 rows
    widths: list | None = None
    problem: str = ""                   # why a bound table shows nothing (Chinese), or ""
    total_label: str = "合计"
    value_kinds: list = field(default_factory=list)     # indicator tables: each row's value kind
    spans: list = field(default_factory=list)           # (column, first row, last row) merged cells

    def formatted(self, row: int, col: int) -> str:
        value = self.rows[row][col]
        if value is None:
            return ""
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            kind = self.kinds[col]
            return format_value(value, "percent" if kind == "percent" else "decimal"
                                if value != int(value) else "count")
        return str(value)


def round_number(value: float):
    value = round(value, 6)
    return int(value) if float(value).is_integer() else value


def is_figure(data, figure: str) -> bool:
    """An indicator of the six tables or a key figure of the edition."""
    if data.edition.has_indicator(figure):
        return True
    try:
        data.edition.key_figure(figure)
        return True
    except KeyError:
        return False


def figure_name(data, figure: str) -> str:
    if data.edition.has_indicator(figure):
        return data.edition.indicator(figure).name
    return data.edition.key_figure(figure).name


def view_of_figure(data, figure: str) -> tuple[str, str]:
    """A per-school column's header (name and unit) and the figure's kind."""
    unit, kind = unit_kind(data, figure)
    name = figure_name(data, figure)
    if kind == "percent":
        return f"{name}（%）", kind
    return (f"{name}（{unit}）" if unit and kind != "ratio" else name), kind
