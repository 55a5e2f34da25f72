"""Record lists of a regional report: the schools' lists merged, and the per-school tables."""

from collections import defaultdict

from vqdesk.core.derive import Figures
from vqdesk.core.editions.model import Edition
from vqdesk.core.model import ReportData

def merged_lists(edition: Edition, schools: list[tuple[str, ReportData]]) -> dict[str, list[dict]]:
    """Each school list the region has, merged as the edition's `[[list_merge]]` data says."""
    regional = {rl.id for rl in edition.record_lists}
    out = {}
    for list_id in sorted(regional & {rl.id for _, d in schools for rl in d.edition.record_lists}):
        rows = [(name, dict(r)) for name, d in schools for r in d.rows(list_id)]
        rule = edition.list_merge.get(list_id)
        how = rule.how if rule else "concat"
        if how == "offered_by":
            out[list_id] = _majors(rows, _has_school(edition, list_id))
        elif how == "sum":
            out[list_id] = _merge(rows, rule.by)
        elif how == "per_school":
            out[list_id] = [dict(r, **{rule.field or "school": name}) for name, r in rows]
        elif _has_school(edition, list_id):
            out[list_id] = [dict(r, school=name) for name, r in rows]
        else:
            out[list_id] = [r for _, r in rows]
    return out


def _has_school(edition: Edition, list_id: str) -> bool:
    return any(f.key == "school" for f in edition.record_list(list_id).fields)


def _majors(rows, named: bool = False) -> list[dict]:
    """One row per major code; the remark names the schools offering it (专业布点), and so does
    the row's school field where the edition has one (a table counts them: 开设学校 N 所)."""
    by_code: dict[str, tuple[dict, list]] = {}
    for school, row in rows:
        entry = by_code.setdefault(row.get("code") or row.get("name"), (dict(row), []))
        entry[1].append(school)
    out = []
    for first, schools in by_code.values():
        first.pop("remark", None)
        row = dict(first, remark=f"开设学校 {len(schools)} 所：{'、'.join(schools)}")
        out.append(dict(row, school="、".join(schools)) if named else row)
    return out


def _merge(rows, keys):
    merged: dict[tuple, dict] = {}
    for _, row in rows:
        key = tuple(row.get(k) for k in keys)
        target = merged.setdefault(key, {k: row.get(k) for k in keys if row.get(k) is not None})
        for field, value in row.items():
            if field in keys:
                continue
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                target[field] = round(target.get(field, 0) + value, 2)
            else:
                target.setdefault(field, value)
    return list(merged.values())


def per_school_tables(edition: Edition, schools: list[tuple[str, ReportData]]) -> dict[str, list[dict]]:
    scale, teachers, standards = [], [], []
    for name, data in schools:
        f = Figures(data)
        scale.append(_clean({"school": name, "students": f.get("6.1"), "graduates": f.get("1.1"),
                             "majors": f.get("3.4b"), "staff": f.get("6.4b"), "teachers": f.get("6.4c")}))
        tally = defaultdict(float)
        for row in data.rows("teacher_structure"):
            for key in ("dual_qualified", "senior_title"):
                tally[key] += row.get(key) or 0
        teachers.append(_clean({"school": name, "teachers": f.get("6.4c"),
                                "dual_qualified": tally["dual_qualified"] if data.rows("teacher_structure") else None,
                                "senior_title": tally["senior_title"] if data.rows("teacher_structure") else None,
                                "ratio": round(f.get("3.1"), 2) if f.get("3.1") is not None else None}))
        standards.extend(standard_rows(edition, name, f))
    out = {"school_scale": scale, "school_teachers": teachers, "school_standards": standards}
    if any(rl.id == "school_figures" for rl in edition.record_lists):
        out["school_figures"] = [row for name, data in schools for row in school_figure_rows(name, data)]
    return out


def school_figure_rows(school: str, data: ReportData) -> list[dict]:
    """Every number of one school's six tables and key figures, for per-school comparison tables."""
    f = Figures(data)
    ids = [r.id for r in data.edition.indicators() if r.kind != "text"] + [k.id for k in data.edition.key_figures]
    rows = []
    for figure in ids:
        value = f.get(figure)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            rows.append({"school": school, "figure": figure, "value": round(float(value), 4)})
    return rows


def standard_rows(edition: Edition, school: str, figures: Figures) -> list[dict]:
    """达标 / 不达标 per 办学条件 standard, against the edition's editable thresholds."""
    rows = []
    for std in edition.standards:
        value = figures.get(std.figure) if not std.figure.startswith("[") else figures.evaluate(std.figure)
        if value is None:
            result = "无数据"
        else:
            ok = value >= std.threshold if std.op == ">=" else value <= std.threshold
            result = "达标" if ok else "不达标"
        threshold = f"{'≥' if std.op == '>=' else '≤'}{std.threshold:g}{std.unit}"
        rows.append(_clean({"school": school, "standard": std.name,
                            "value": round(value, 2) if value is not None else None,
                            "threshold": threshold, "result": result}))
    return rows


def _clean(row: dict) -> dict:
    return {k: (int(v) if isinstance(v, float) and v.is_integer() and k != "value" and k != "ratio" else v)
            for k, v in row.items() if v is not None}
