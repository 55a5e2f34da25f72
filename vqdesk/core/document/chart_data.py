"""The numbers a chart block draws: given inline, taken from a table block's columns, or taken
from indicators over the stored years.  One function for the PDF and the app's preview."""

from dataclasses import dataclass, field

from vqdesk.core.document.tables import chosen_years, figure_name, is_figure, table_view
from vqdesk.core.kinds import parse_number
from vqdesk.core.trends import trend_rows


@dataclass
class ChartData:
    labels: list
    series: list = field(default_factory=list)     # [(name, [value or None...])]
    problem: str = ""                              # why nothing can be drawn (Chinese), or ""


def chart_data(block, doc, data, view_of=None, table_of=None) -> ChartData:
    """The labels and series a chart block draws.  `view_of(table block)` gives a table's view
    and `table_of(ref)` the table block when the caller already has them (validation makes each
    view, and its index of tables, once per run)."""
    d = block.data
    if d.get("data") is not None:
        return ChartData(list(d["data"]["labels"]),
                         [(s["name"], list(s["values"])) for s in d["data"]["series"]])
    src = d["source"]
    if "table" in src:
        return _from_table(src, doc, data, view_of, table_of)
    return _from_indicators(src, data)


def _from_table(src: dict, doc, data, view_of=None, table_of=None) -> ChartData:
    table = (table_of or doc.table_by_ref)(src["table"])
    if table is None:
        return ChartData([], problem=f"找不到引用名为“{src['table']}”的表格")
    view = view_of(table) if view_of is not None else table_view(table, data)
    width = len(view.columns)
    bad = [c for c in [src["labels"], *src["series"]] if c >= width]
    if bad:
        return ChartData([], problem=f"表格“{table.caption or src['table']}”没有第 {bad[0] + 1} 列")
    rows = [r for i, r in enumerate(view.rows) if i not in view.total_rows]
    labels = ["" if r[src["labels"]] is None else str(r[src["labels"]]) for r in rows]
    series = [(view.columns[c], [_number(r[c]) for r in rows]) for c in src["series"]]
    return ChartData(labels, series)


def _number(value):
    """A cell as a number: 85.2, "85.2%", "1,200" -> numbers; text or blank -> None."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        return value
    text = str(value).strip().rstrip("%％").replace(",", "").replace("，", "")
    try:
        return parse_number(text)
    except (ValueError, TypeError):
        return None


def _from_indicators(src: dict, data) -> ChartData:
    years = chosen_years(src, data)
    known = [i for i in src["indicators"] if is_figure(data, i)]
    if not known:
        return ChartData([], problem=f"模板中没有指标“{src['indicators'][0]}”")
    labels = [(i, figure_name(data, i)) for i in known]
    rows = trend_rows(data, figures=labels, years=years)
    if len(years) == 1:      # one year: the indicators are the categories (a pie, a bar per item)
        year = years[0]
        return ChartData([r.label for r in rows], [(f"{year}年", [_value(r.values.get(year)) for r in rows])])
    return ChartData([f"{y}年" for y in years],
                     [(r.label, [r.values.get(y) if isinstance(r.values.get(y), (int, float)) else None
                                 for y in years]) for r in rows])


def _value(value):
    return value if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def drawable(values: ChartData, kind: str) -> bool:
    """Whether a chart of `kind` has anything to draw (and so prints, and takes a figure number):
    a line needs one number, a pie or ring one positive share, the others one non-zero value,
    and a radar at least three labels."""
    if values.problem or not values.labels:
        return False
    numbers = [v for _, vs in values.series for v in vs if isinstance(v, (int, float)) and not isinstance(v, bool)]
    if kind == "line":
        return bool(numbers)
    if kind in ("pie", "ring"):
        first = values.series[0][1] if values.series else []
        return any(isinstance(v, (int, float)) and v > 0 for v in first)
    if kind == "radar" and len(values.labels) < 3:
        return False
    return any(v != 0 for v in numbers)
