"""What a table block shows: its header rows, columns and cells, resolved from the block's own
cells (a free table) or from the data it is bound to (a record list, indicators over years, the
schools of a regional report).  The PDF, the app's preview and the charts all read this view.

A figure whose inputs are missing is None here, and printed as “—”, never as 0.
"""

from dataclasses import dataclass

from vqdesk.core.derive import year_over_year
from vqdesk.core.document.school_tables import schools_view
from vqdesk.core.document.table_view import TableView, figure_name, is_figure
from vqdesk.core.kinds import format_value
from vqdesk.core.trends import trend_rows, trend_years, unit_kind

#: Record-field kinds -> column kinds of a table view.
_FIELD_COLUMN = {"int": "number", "decimal": "number", "money_wan": "number", "year": "text",
                 "date": "date", "percent": "percent"}


def table_view(block, data) -> TableView:
    """The view of a table block in the year `data` (a ReportData)."""
    source = block.data.get("source")
    if source is None:
        view = _free(block.data)
    elif source["type"] == "indicators":
        view = _indicators(source, data)
    elif is_per_school(source):
        view = schools_view(source, data)
    else:
        view = _list(source, data)
    if block.data.get("columns") and source is not None and len(block.data["columns"]) == len(view.columns):
        view.columns = list(block.data["columns"])       # the user's own header labels
    if block.data.get("header_groups") and sum(g["span"] for g in block.data["header_groups"]) == len(view.columns):
        view.header_groups = block.data["header_groups"]
    view.widths = block.data.get("widths") or view.widths
    return view


def is_per_school(source: dict) -> bool:
    """A per-school table (schools as rows), as opposed to a regional list printed as it is."""
    return source["type"] == "schools" and ("view" in source or "indicators" in source)


def default_columns(source: dict, data) -> list:
    """The header labels a bound table shows unless the user renamed them."""
    if source["type"] == "indicators":
        return _indicators(source, data).columns
    if is_per_school(source):
        return schools_view(source, data).columns
    return _list(source, data).columns


# -- free tables ----------------------------------------------------------------------------------

def _free(d: dict) -> TableView:
    rows = [list(r) for r in d.get("rows", [])]
    view = TableView(columns=list(d["columns"]), kinds=list(d["column_kinds"]), rows=rows)
    total = d.get("total")
    if total and rows:
        row = [None] * len(view.columns)
        row[0] = total["label"]
        for c in total["columns"]:
            numbers = [r[c] for r in rows if isinstance(r[c], (int, float)) and not isinstance(r[c], bool)]
            row[c] = _round(sum(numbers)) if numbers else None
        view.rows.append(row)
        view.total_rows = [len(view.rows) - 1]
    return view


def _round(value: float):
    value = round(value, 6)
    return int(value) if float(value).is_integer() else value


# -- record lists and per-school lists ------------------------------------------------------------

def _list(src: dict, data) -> TableView:
    try:
        rl = data.edition.record_list(src["list"])
    except KeyError:
        return TableView(["序号"], ["text"], [], problem=f"模板中没有名单“{src['list']}”")
    known = {f.key: f for f in rl.fields}
    keys = [k for k in (src.get("fields") or [f.key for f in rl.fields])]
    missing = [k for k in keys if k not in known]
    if missing:
        return TableView(["序号"], ["text"], [], problem=f"名单“{rl.title}”没有字段“{missing[0]}”")
    fields = [known[k] for k in keys]
    rows = [r for r in data.rows(src["list"]) if _matches(r, src.get("filter") or {})]
    for s in reversed(src.get("sort") or []):
        rows.sort(key=lambda r, k=s["field"]: _sort_key(r.get(k)), reverse=s["desc"])
    if src.get("group"):
        rows = _grouped(rows, src["group"], [f for f in rl.fields if _FIELD_COLUMN.get(f.kind) == "number"])
    if src.get("row_total"):
        fields, rows = _with_row_total(fields, rows, src["row_total"])
    if src.get("ratio"):
        fields, rows = _with_ratio(fields, rows, src["ratio"])
    if src.get("attribution") and "school" in known:
        fields, rows = _with_attribution(fields, rows, src["attribution"])
    columns = [_label(f) for f in fields]
    kinds = [_FIELD_COLUMN.get(f.kind, "text") for f in fields]
    body = [[_cell(r.get(f.key)) for f in fields] for r in rows]
    view = TableView(columns, kinds, body, widths=[4.0 if k == "text" else 2.2 for k in kinds])
    if src.get("rank"):
        _add_rank(view, fields, src["rank"])
    _add_totals(view, fields, src, rows)
    if src.get("numbered", True):
        view.columns.insert(0, "序号")
        view.kinds.insert(0, "text")
        view.widths.insert(0, 1.0)
        for i, row in enumerate(view.rows):
            row.insert(0, view.total_label if i in view.total_rows else str(i + 1))
    return view


def _grouped(rows: list, key: str, numeric) -> list:
    """One row per value of `key` (in first-seen order), numeric fields summed."""
    groups: dict = {}
    for r in rows:
        g = groups.setdefault(str(r.get(key, "")), {key: r.get(key, "")})
        for f in numeric:
            if isinstance(r.get(f.key), (int, float)):
                g[f.key] = g.get(f.key, 0) + r[f.key]
    return list(groups.values())


@dataclass(frozen=True)
class _RowTotal:
    key: str
    label: str
    kind: str = "int"
    unit: str = ""


def _with_row_total(fields, rows, spec):
    """A computed column summing some fields of each row (男 + 女 = 合计)."""
    column = _RowTotal("__row_total", spec["label"])
    out = []
    for r in rows:
        numbers = [r.get(k) for k in spec["fields"] if isinstance(r.get(k), (int, float))]
        out.append(dict(r, __row_total=_round(sum(numbers)) if numbers else None))
    return list(fields) + [column], out


def _with_ratio(fields, rows, spec):
    """A computed percentage column; blank (never 0) where a base is missing or zero."""
    column = _RowTotal("__ratio", spec["label"], kind="percent")
    out = []
    for r in rows:
        top, base = r.get(spec["numerator"]), r.get(spec["denominator"])
        ok = isinstance(top, (int, float)) and isinstance(base, (int, float)) and base
        out.append(dict(r, __ratio=round(top / base * 100, 2) if ok else None))
    return list(fields) + [column], out


def _with_attribution(fields, rows, how: str):
    """Where a regional row came from: 开设学校 N 所 (count) or the 来源学校 (name) as a column."""
    if how == "count":
        column = _RowTotal("__schools", "开设学校", unit="所")
        counted = [dict(r, __schools=len([n for n in str(r.get("school") or "").split("、") if n]) or None)
                   for r in rows]
        return list(fields) + [column], counted
    if any(f.key == "school" for f in fields):
        return fields, rows
    return list(fields) + [_RowTotal("school", "来源学校", kind="text")], rows


def _label(f) -> str:
    return f"{f.label}（{f.unit}）" if f.unit and f.unit != ":1" else f.label


def _matches(row: dict, filt: dict) -> bool:
    return all(str(row.get(k, "")) == str(v) for k, v in filt.items())


def _sort_key(value):
    if value is None:
        return (2, "")
    if isinstance(value, (int, float)):
        return (0, value)
    return (1, str(value))


def _cell(value):
    if isinstance(value, list):
        return "、".join(str(v) for v in value)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _add_rank(view: TableView, fields, rank_key: str):
    index = next((i for i, f in enumerate(fields) if f.key == rank_key), None)
    if index is None:
        view.problem = f"排名字段“{rank_key}”不在所选列中"
        return
    values = [r[index] if isinstance(r[index], (int, float)) else None for r in view.rows]
    ordered = sorted((v for v in values if v is not None), reverse=True)
    view.columns.append("排名")
    view.kinds.append("text")
    view.widths.append(1.2)
    for row, value in zip(view.rows, values):
        row.append(ordered.index(value) + 1 if value is not None else None)


def _add_totals(view: TableView, fields, src: dict, rows: list):
    """合计 (chosen fields, or every numeric one for sum) or 平均 rows under the data rows; a
    ratio column's total is the ratio of the totals, never a sum of percentages."""
    total = src.get("total")
    if not total or not rows:
        return
    if isinstance(total, list):
        wanted, how = set(total) | ({"__row_total"} if src.get("row_total") else set()), "sum"
    else:
        wanted, how = {f.key for f in fields if _FIELD_COLUMN.get(f.kind) == "number"}, total
    label = src.get("total_label") or ("合计" if how == "sum" else "平均")
    row = [None] * len(view.columns)
    if not src.get("numbered", True):
        row[0] = label              # numbered tables print it in the 序号 column instead
    for i, f in enumerate(fields):
        if f.key not in wanted:
            continue
        numbers = [r[i] for r in view.rows if isinstance(r[i], (int, float)) and not isinstance(r[i], bool)]
        if numbers:
            row[i] = _round(sum(numbers) if how == "sum" else round(sum(numbers) / len(numbers), 2))
    ratio = src.get("ratio")
    if ratio:
        tops = [r.get(ratio["numerator"]) for r in rows if isinstance(r.get(ratio["numerator"]), (int, float))]
        bases = [r.get(ratio["denominator"]) for r in rows if isinstance(r.get(ratio["denominator"]), (int, float))]
        row[len(fields) - 1] = round(sum(tops) / sum(bases) * 100, 2) if tops and sum(bases) else None
    view.rows.append(row)
    view.total_rows = [len(view.rows) - 1]
    view.total_label = label


# -- indicators over years ------------------------------------------------------------------------

def chosen_years(src: dict, data) -> list:
    if src.get("years") == "recent":
        return trend_years(data, src.get("span") or 3)
    return [y for y in src["years"] if y == data.year or y in data.history]


def _indicators(src: dict, data) -> TableView:
    years = chosen_years(src, data)
    known = [i for i in src["indicators"] if is_figure(data, i)]
    labels = [(i, figure_name(data, i)) for i in known]
    rows_out = []
    change = src.get("change", True) and len(years) >= 2
    value_kinds = []
    for row in trend_rows(data, figures=labels, years=years):
        value_kinds.append(row.kind)
        cells = [row.label, "—" if row.kind == "ratio" else row.unit]
        cells += [row.values.get(y) for y in years]
        if change:
            cells.append(change_text(row.values.get(years[-1]), row.values.get(years[-2]), row.kind))
        rows_out.append(cells)
    kinds = ["text"] * len(rows_out[0]) if rows_out else ["text"] * (2 + len(years) + change)
    columns = ["指标", "单位"] + [f"{y}年" for y in years] + (["较上年增减"] if change else [])
    view = TableView(columns, kinds, rows_out, widths=[3.6, 1.2] + [1.7] * len(years) + ([3.0] if change else []),
                     value_kinds=value_kinds)
    unknown = [i for i in src["indicators"] if i not in known]
    if unknown:
        view.problem = f"模板中没有指标“{unknown[0]}”"
    _format_indicator_cells(view, len(years))
    return view


def _format_indicator_cells(view: TableView, year_count: int):
    """Year cells printed by their row's kind (13.81:1, 85.20%, 1200); a missing one is “—”."""
    for row, kind in zip(view.rows, view.value_kinds):
        for c in range(2, 2 + year_count):
            value = row[c]
            row[c] = "—" if not isinstance(value, (int, float)) else format_value(value, kind)


def change_text(current, previous, kind: str) -> str:
    """增减 in words: 百分点 for rates, absolute and relative change for quantities."""
    if not isinstance(current, (int, float)) or not isinstance(previous, (int, float)):
        return "—"
    change = year_over_year(current, previous, kind)
    if "points" in change:
        return f"{change['points']:+.2f} 个百分点"
    if kind == "ratio":
        return f"{change['change']:+.2f}"
    absolute = f"{change['change']:+.0f}" if kind == "count" else f"{change['change']:+.2f}"
    return absolute + (f"（{change['relative']:+.1f}%）" if "relative" in change else "")


__all__ = ["TableView", "table_view", "default_columns", "change_text", "chosen_years", "unit_kind",
           "is_figure", "figure_name"]
