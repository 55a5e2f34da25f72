"""Per-school tables of a regional report (table source type "schools"): schools as rows with
chosen attributes and figures as columns, grouped by an attribute with 小计 / 合计 / 平均 rows and
ranks; 达标 tables (threshold, value, 超标数值/幅度, 年增幅); and 合规性评分 from the criteria the
bureau keeps in its report.  All read the regional lists written by aggregation."""

import re

from vqdesk.core.document.table_view import TableView, is_figure, round_number, view_of_figure
from vqdesk.core.errors import FormulaError
from vqdesk.core.formula import Formula

ATTRIBUTE_LABELS = {"category": "类别", "affiliation": "隶属关系", "nature": "学校性质", "planning": "规划分类",
                    "district": "所在区县", "honours": "荣誉", "code": "学校标识码"}
VIEWS = {"figures": "各校指标", "attributes": "学校名单", "standards": "达标情况", "compliance": "合规性评分",
         "status": "报送学校数"}
_SUMMED = ("count", "money_wan", "money_yuan", "decimal")
_ID = re.compile(r"^\[?([0-9A-Za-z][0-9A-Za-z._]*)\]?$")


def schools_view(src: dict, data) -> TableView:
    view = src.get("view") or "figures"
    if view == "standards":
        return _standards(src, data)
    if view == "compliance":
        return _compliance(src, data)
    if view == "status":
        return _status(data)
    if view == "attributes":
        return _attribute_table(src, data)
    return _figures(src, data)


def parse_source(src: dict, where: str, fail) -> dict:
    """The checked JSON form of a per-school source (document/blocks.py calls this)."""
    view = src.get("view") or "figures"
    if view not in VIEWS:
        fail(where, f"各校表的“view”应为 {'、'.join(f'{k}（{v}）' for k, v in VIEWS.items())} 之一")
    ids = src.get("indicators") or []
    attrs = src.get("attributes") or []
    for name, values in (("indicators", ids), ("attributes", attrs)):
        if not isinstance(values, list) or not all(isinstance(v, str) and v for v in values):
            fail(where, f"“{name}”应为文字列表")
    unknown = [a for a in attrs + [src.get("group")] if a and a not in ATTRIBUTE_LABELS]
    if unknown:
        fail(where, f"没有学校属性“{unknown[0]}”（可用：{'、'.join(ATTRIBUTE_LABELS)}）")
    if view == "figures" and not ids:
        fail(where, "各校对比表至少要选一项指标")
    total = src.get("total")
    if total not in (None, "sum", "mean", "both"):
        fail(where, "各校表的“total”应为 sum（区域合计）、mean（各校平均）、both（两行）或 null")
    rank = src.get("rank")
    if rank is not None and view == "figures" and rank not in ids:
        fail(where, f"排名指标“{rank}”不在所选指标中")
    if src.get("total_position", "bottom") not in ("top", "bottom"):
        fail(where, "“total_position”应为 top（合计在表头下）或 bottom")
    return {"type": "schools", "view": view, "indicators": list(ids), "attributes": list(attrs),
            "group": src.get("group"), "subtotal": bool(src.get("subtotal", False)), "total": total,
            "rank": rank, "numbered": bool(src.get("numbered", True)),
            "total_position": src.get("total_position", "bottom"), "per_school": bool(src.get("per_school", False)),
            "standards": [s for s in src.get("standards") or [] if isinstance(s, str)]}


# -- schools × figures --------------------------------------------------------------------------

def school_values(data) -> dict:
    """{school: {figure id: value}} from the regional list school_figures, in the schools' order."""
    out: dict = {}
    for row in data.rows("school_figures"):
        out.setdefault(row.get("school"), {})[row.get("figure")] = row.get("value")
    return out


def _attributes(data) -> dict:
    return {r.get("school"): r for r in data.rows("schools")}


def _figures(src: dict, data) -> TableView:
    from vqdesk.core.derive import Figures
    ids = [i for i in src["indicators"] if is_figure(data, i)]
    figures = [view_of_figure(data, i) for i in ids]            # (label, kind)
    attrs, group = src.get("attributes") or [], src.get("group")
    by_school, attributes = school_values(data), _attributes(data)
    lead = ([ATTRIBUTE_LABELS[group]] if group else []) + ["学校"] + [ATTRIBUTE_LABELS[a] for a in attrs]
    n_lead = len(lead)

    def row_of(school, values):
        a = attributes.get(school, {})
        return ([a.get(group) or "（未填）"] if group else []) + [school] + [a.get(k) for k in attrs] + \
            [_shown(values.get(i), k) for i, (_, k) in zip(ids, figures)]

    rows = [row_of(s, v) for s, v in by_school.items()]
    # widths from the cells (None): six-figure areas need more room than a head count
    view = TableView(lead + [label for label, _ in figures], ["text"] * n_lead + ["number"] * len(ids), [])
    kinds = [k for _, k in figures]
    groups = _groups(rows, group is not None)
    for name, members in groups:
        start = len(view.rows)
        view.rows += members
        if group and src.get("subtotal"):
            view.rows.append([name] + ["小计"] + [None] * len(attrs) + _sums(members, n_lead, kinds))
            view.total_rows.append(len(view.rows) - 1)
        if group and len(view.rows) - start > 1:
            view.spans.append((0, start, len(view.rows) - 1))
    data_rows = [r for i, r in enumerate(view.rows) if i not in view.total_rows]
    if src.get("rank") in ids:
        _rank(view, n_lead + ids.index(src["rank"]))
    totals = []
    if src.get("total") in ("sum", "both") and data_rows:
        region = Figures(data)
        totals.append(["合计"] + [_shown(region.get(i), k) for i, k in zip(ids, kinds)])
    if src.get("total") in ("mean", "both") and data_rows:
        totals.append(["平均"] + [_mean([r[n_lead + n] for r in data_rows]) for n in range(len(ids))])
    lead_of = (lambda label: [None, label] + [None] * (n_lead - 2)) if group else \
        (lambda label: [label] + [None] * (n_lead - 1))
    _place_totals(view, src, [lead_of(t[0]) + t[1:] for t in totals])
    _number(view, src)
    missing = [i for i in src["indicators"] if i not in ids]
    if missing:
        view.problem = f"模板中没有指标“{missing[0]}”"
    return view


def _groups(rows, grouped: bool):
    if not grouped:
        return [("", rows)]
    out: dict = {}
    for r in rows:
        out.setdefault(r[0], []).append(r)
    return list(out.items())


def _sums(rows, start: int, kinds) -> list:
    out = []
    for n, kind in enumerate(kinds):
        numbers = [r[start + n] for r in rows if isinstance(r[start + n], (int, float))]
        out.append(round_number(sum(numbers)) if numbers and kind in _SUMMED else None)
    return out


def _place_totals(view: TableView, src: dict, rows: list):
    """合计 / 平均 rows under the schools, or right under the header (Benxi 表 1.1)."""
    if not rows:
        return
    rows = [r + [None] * (len(view.columns) - len(r)) for r in rows]
    if src.get("total_position") == "top":
        n = len(rows)
        view.rows[:0] = rows
        view.total_rows = list(range(n)) + [i + n for i in view.total_rows]
        view.spans = [(c, a + n, b + n) for c, a, b in view.spans]
    else:
        view.total_rows += list(range(len(view.rows), len(view.rows) + len(rows)))
        view.rows += rows
    view.total_label = next(c for c in rows[0] if c)


def _rank(view: TableView, col: int, desc: bool = True):
    """排名 among the schools (subtotal and total rows unranked); equal values share a rank."""
    values = [r[col] if i not in view.total_rows and isinstance(r[col], (int, float)) else None
              for i, r in enumerate(view.rows)]
    ordered = sorted((v for v in values if v is not None), reverse=desc)
    view.columns.append("排名")
    view.kinds.append("text")
    if view.widths:
        view.widths.append(1.2)
    for row, value in zip(view.rows, values):
        row.append(ordered.index(value) + 1 if value is not None else None)


def _number(view: TableView, src: dict):
    if not src.get("numbered", True):
        return
    view.columns.insert(0, "序号")
    view.kinds.insert(0, "text")
    if view.widths:
        view.widths.insert(0, 1.0)
    n = 0
    for i, row in enumerate(view.rows):
        if i in view.total_rows:
            row.insert(0, "")
        else:
            n += 1
            row.insert(0, str(n))
    view.spans = [(c + 1, a, b) for c, a, b in view.spans]


def _shown(value, kind: str):
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return None
    return round_number(round(value, 2)) if kind != "count" else int(round(value))


def _mean(values):
    numbers = [v for v in values if isinstance(v, (int, float)) and not isinstance(v, bool)]
    return round_number(round(sum(numbers) / len(numbers), 2)) if numbers else None


def _status(data) -> TableView:
    """The public word on submissions: how many schools submitted and how many did not."""
    rows = data.rows("submissions")
    missing = sum(1 for r in rows if r.get("status") == "未报送")
    return TableView(["报送学校（所）", "未报送学校（所）"], ["number", "number"], [[len(rows) - missing, missing]],
                     widths=[3.0, 3.0])


def _attribute_table(src: dict, data) -> TableView:
    """Liangzhou 表1: the schools with chosen attributes (性质, 隶属, 荣誉), grouped if asked."""
    attrs, group = src.get("attributes") or [], src.get("group")
    rows = [[r.get(group) or "（未填）"] * bool(group) + [r.get("school")] + [r.get(a) for a in attrs]
            for r in data.rows("schools")]
    lead = ([ATTRIBUTE_LABELS[group]] if group else []) + ["学校名称"]
    view = TableView(lead + [ATTRIBUTE_LABELS[a] for a in attrs], ["text"] * (len(lead) + len(attrs)), [],
                     widths=[2.4] * bool(group) + [4.0] + [7.0 if a == "honours" else 2.4 for a in attrs])
    for _, members in _groups(rows, bool(group)):
        if group and len(members) > 1:
            view.spans.append((0, len(view.rows), len(view.rows) + len(members) - 1))
        view.rows += members
    _number(view, src)
    return view


# -- 达标 tables -----------------------------------------------------------------------------------

def _standard_value(std, figures_get, evaluate):
    return figures_get(std.figure) if not std.figure.startswith("[") else evaluate(std.figure)


def _standards(src: dict, data) -> TableView:
    """Liangzhou 表5: per standard, last year's and this year's value, the threshold, 超标数值
    (value − standard), 超标幅度 ((value − standard) / standard) and 年增幅 (value / last − 1);
    per_school: one row per school and standard."""
    from vqdesk.core.derive import Figures
    chosen = src.get("standards") or []
    standards = [s for s in data.edition.standards if not chosen or s.id in chosen]
    prev_year = data.year - 1
    previous = data.history.get(prev_year)
    if src.get("per_school"):
        return _standards_per_school(standards, data, previous)
    now, before = Figures(data), Figures(previous) if previous is not None else None
    rows = []
    for std in standards:
        value = _standard_value(std, now.get, now.evaluate)
        last = _standard_value(std, before.get, before.evaluate) if before else None
        rows.append([std.name, std.unit, _r(last), _r(value), round_number(std.threshold)]
                    + _exceed(value, std.threshold)
                    + [_growth(value, last)])
    columns = ["项目", "单位", f"{prev_year}年", f"{data.year}年", "标准", "超标数值", "超标幅度", "年增幅"]
    return TableView(columns, ["text", "text", "number", "number", "number", "text", "text", "text"], rows,
                     widths=[3.6, 1.4, 1.8, 1.8, 1.6, 1.8, 1.8, 1.6])


def _standards_per_school(standards, data, previous) -> TableView:
    now = school_values(data)
    before = school_values(previous) if previous is not None else {}
    rows = []
    for school, values in now.items():
        for std in standards:
            value = _school_figure(std.figure, values)
            last = _school_figure(std.figure, before.get(school, {}))
            met = None if value is None else (value >= std.threshold if std.op == ">=" else value <= std.threshold)
            rows.append([school, std.name, _r(value), _threshold(std)] + _exceed(value, std.threshold)
                        + [_growth(value, last), "—" if met is None else ("达标" if met else "不达标")])
    columns = ["学校", "项目", "实际值", "标准", "超标数值", "超标幅度", "较上年", "结果"]
    view = TableView(columns, ["text", "text", "number", "text", "text", "text", "text", "text"], rows,
                     widths=[4.0, 3.0, 1.8, 1.8, 1.8, 1.8, 1.6, 1.4])
    _span_repeats(view, 0)
    return view


def _span_repeats(view: TableView, col: int):
    """A school standing over several rows is printed once, its cell spanning them."""
    start = 0
    for i in range(1, len(view.rows) + 1):
        if i == len(view.rows) or view.rows[i][col] != view.rows[start][col]:
            if i - 1 > start:
                view.spans.append((col, start, i - 1))
            start = i


def _threshold(std) -> str:
    return f"{'≥' if std.op == '>=' else '≤'}{std.threshold:g}{'' if std.unit == ':1' else std.unit}"


def _r(value):
    return None if value is None else round_number(round(value, 2))


def _exceed(value, threshold) -> list:
    if value is None or not threshold:
        return ["—", "—"]
    diff = round(value, 2) - threshold
    return [f"{diff:+.2f}", f"{diff / threshold * 100:+.1f}%"]


def _growth(value, last) -> str:
    if value is None or not last:
        return "—"
    return f"{(round(value, 2) / round(last, 2) - 1) * 100:+.1f}%"


class _SchoolContext:
    def __init__(self, values: dict):
        self.values = values

    def indicator(self, indicator_id):
        return self.values.get(indicator_id)

    def records(self, list_id):
        return []


def _school_figure(figure: str, values: dict):
    match = _ID.match(figure)
    if match:
        value = values.get(match.group(1))
        return value if isinstance(value, (int, float)) else None
    try:
        return Formula.parse(figure).evaluate(_SchoolContext(values))
    except FormulaError:
        return None


# -- 合规性评分 ------------------------------------------------------------------------------------

def criteria(data) -> list[dict]:
    """The bureau's criteria in its report, else (before any aggregation) the edition's defaults."""
    return data.rows("compliance_criteria") or [
        {"name": c.name, "figure": c.figure, "op": c.op, "threshold": c.threshold, "points": c.points}
        for c in data.edition.compliance]


def compliance_scores(data) -> list[tuple[str, list, float]]:
    """(school, points per criterion or None where the figure is missing, score) per school."""
    criteria_ = criteria(data)
    errors = {r.get("school"): r.get("errors") or 0 for r in data.rows("submissions")}
    out = []
    for school, values in school_values(data).items():
        values = dict(values, **{"school.errors": errors.get(school, 0)})
        points = []
        for c in criteria_:
            value = values.get("school.errors") if c.get("figure") == "school.errors" else \
                _school_figure(c.get("figure") or "", values)
            threshold = c.get("threshold") or 0
            met = value is not None and (value >= threshold if c.get("op") == ">=" else value <= threshold)
            points.append(None if value is None else (c.get("points") or 0) * met)
        out.append((school, points, round_number(round(sum(p for p in points if p), 2))))
    return out


def _compliance(src: dict, data) -> TableView:
    """Anshan 7-3: each school's 得分 (the points of the criteria it meets) and 排名; with
    per_school, also the points of each criterion."""
    detail = src.get("per_school")
    columns = ["学校"] + ([c.get("name", "") for c in criteria(data)] if detail else []) + ["得分"]
    rows = [[school] + ([round_number(p) if p is not None else None for p in points] if detail else []) + [score]
            for school, points, score in compliance_scores(data)]
    view = TableView(columns, ["text"] + ["number"] * (len(columns) - 1), rows,
                     widths=[4.0] + [2.0] * (len(columns) - 1))
    _rank(view, len(columns) - 1)
    if src.get("total") in ("mean", "both") and rows:
        view.rows.append(["平均"] + [_mean([r[c] for r in rows]) for c in range(1, len(columns))] + [None])
        view.total_rows.append(len(view.rows) - 1)
        view.total_label = "平均"
    _number(view, src)
    if not criteria(data):
        view.problem = "还没有合规性评分标准（名单“合规性评分标准”）"
    return view
