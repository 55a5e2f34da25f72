"""Data tables and charts printed inside the body, next to the sections they illustrate.

PLACEMENT is the one place that says which builder goes under which section; builders whose
section the edition lacks go to the end of the first chapter (e.g. national-2024 has no 基本情况).
"""

from collections import OrderedDict

from vqdesk.core.derive import Figures, year_over_year
from vqdesk.core.kinds import format_value
from vqdesk.core.pdf import charts
from vqdesk.core.pdf.context import Context
from vqdesk.core.pdf.styles import TOTAL_TINT
from vqdesk.core.trends import trend_rows, trend_years

#: Key figures of the printed 近三年 table: (indicator id, label); values come from core.trends.
THREE_YEAR_ROWS = (("6.1", "全日制在校生"), ("1.1", "毕业生"), ("6.4c", "专任教师"),
                   ("3.2", "双师素质专任教师比例"), ("3.1", "生师比"))


def _total_style(row_index):
    return (("BACKGROUND", (0, row_index), (-1, row_index), TOTAL_TINT),)


def majors_table(ctx: Context, key: str) -> list:
    rows = ctx.data.rows("majors")
    if not rows:
        return []
    body = [[str(i), r.get("code", ""), r.get("name", ""), r.get("category", ""), r.get("duration", ""),
             r.get("group", "")] for i, r in enumerate(rows, 1)]
    return ctx.table_block(f"{ctx.data.year}年专业设置", f"tab-{key}-majors",
                           ["序号", "专业代码", "专业名称", "所属专业类", "学制", "所属专业群"], body,
                           [1, 2, 4, 3.2, 2.6, 3.4])


def enrolment_by_major(data) -> "OrderedDict[str, list[int]]":
    """专业 -> [男, 女] summed over grades, in the order majors first appear."""
    sums: OrderedDict = OrderedDict()
    for r in data.rows("enrolment"):
        pair = sums.setdefault(str(r.get("major", "")), [0, 0])
        pair[0] += int(r.get("male") or 0)
        pair[1] += int(r.get("female") or 0)
    return sums


def enrolment_table(ctx: Context, key: str) -> list:
    sums = enrolment_by_major(ctx.data)
    if not sums:
        return []
    body = [[str(i), major, str(m), str(f), str(m + f)] for i, (major, (m, f)) in enumerate(sums.items(), 1)]
    male, female = sum(v[0] for v in sums.values()), sum(v[1] for v in sums.values())
    body.append(["", "合计", str(male), str(female), str(male + female)])
    return ctx.table_block(f"{ctx.data.year}年分专业在校生人数", f"tab-{key}-enrolment",
                           ["序号", "专业", "男生（人）", "女生（人）", "合计（人）"], body, [1, 5, 2, 2, 2],
                           extra=_total_style(len(body)))


def enrolment_chart(ctx: Context, key: str) -> list:
    sums = enrolment_by_major(ctx.data)
    drawing = charts.bar_chart(list(sums), [("在校生", [m + f for m, f in sums.values()])], ctx.width,
                               ctx.styles.fonts, height=260)
    return ctx.figure_block(drawing, f"{ctx.data.year}年分专业在校生人数", f"fig-{key}-enrolment",
                            "数据来源：本报告分专业在校生名单")


def teacher_table(ctx: Context, key: str) -> list:
    rows = ctx.data.rows("teacher_structure")
    if not rows:
        return []
    cols = ("count", "dual_qualified", "senior_title", "postgraduate")
    body = [[r.get("category", "")] + [_int(r.get(c)) for c in cols] for r in rows]
    totals = [sum(int(r.get(c) or 0) for r in rows) for c in cols]
    body.append(["合计"] + [str(t) for t in totals])
    return ctx.table_block(f"{ctx.data.year}年专任教师结构", f"tab-{key}-teachers",
                           ["教师类别", "专任教师（人）", "双师素质（人）", "高级职称（人）", "研究生学历（人）"],
                           body, [3, 2.4, 2.4, 2.4, 2.4], extra=_total_style(len(body)))


def _int(value) -> str:
    return "" if value is None else str(int(value))


def teacher_chart(ctx: Context, key: str) -> list:
    rows = ctx.data.rows("teacher_structure")
    drawing = charts.pie_chart([r.get("category", "") for r in rows], [r.get("count") or 0 for r in rows],
                               ctx.width, ctx.styles.fonts, unit="人")
    return ctx.figure_block(drawing, f"{ctx.data.year}年专任教师类别构成", f"fig-{key}-teachers",
                            "数据来源：本报告教师结构名单")


def _years(data) -> list:
    """(year, Figures) for year-2 .. year, skipping years the file does not hold."""
    out = []
    for year in range(data.year - 2, data.year + 1):
        source = data if year == data.year else data.history.get(year)
        if source is not None:
            out.append((year, Figures(source)))
    return out


def change_text(current, previous, kind: str) -> str:
    """增减 in words: 百分点 for rates, absolute and relative change for quantities."""
    change = year_over_year(current, previous, kind)
    if change is None:
        return "—"
    if "points" in change:
        return f"{change['points']:+.2f} 个百分点"
    if kind == "ratio":
        return f"{change['change']:+.2f}"
    absolute = f"{change['change']:+.0f}" if kind == "count" else f"{change['change']:+.2f}"
    return absolute + (f"（{change['relative']:+.1f}%）" if "relative" in change else "")


def three_year_table(ctx: Context, key: str) -> list:
    years = trend_years(ctx.data)
    if len(years) < 2:
        return []
    body = []
    for row in trend_rows(ctx.data, figures=THREE_YEAR_ROWS):
        numbers = [v if isinstance(v, (int, float)) else None for v in row.values.values()]
        if all(v is None for v in numbers):
            continue
        body.append([row.label, "—" if row.kind == "ratio" else row.unit]
                    + [format_value(v, row.kind) or "—" for v in numbers]
                    + [change_text(numbers[-1], numbers[-2], row.kind)])
    if not body:
        return []
    header = ["指标", "单位"] + [f"{y}年" for y in years] + ["较上年增减"]
    return ctx.table_block(f"近{len(years)}年主要办学指标对比", f"tab-{key}-three-years", header, body,
                           [3.6, 1.2] + [1.7] * len(years) + [3.0],
                           note="注：比例类指标的增减以百分点计；数据来源：本报告各年度表1、表3、表6。")


def _series(ctx: Context, indicator_id: str):
    years = _years(ctx.data)
    values = [fig.get(indicator_id) for _, fig in years]
    return [y for y, _ in years], [v if isinstance(v, (int, float)) else None for v in values]


def students_trend_chart(ctx: Context, key: str) -> list:
    years, students = _series(ctx, "6.1")
    _, graduates = _series(ctx, "1.1")
    if len(years) < 2:
        return []
    drawing = charts.bar_chart([f"{y}年" for y in years], [("全日制在校生", students), ("毕业生", graduates)],
                               ctx.width, ctx.styles.fonts, height=200)
    return ctx.figure_block(drawing, f"近{len(years)}年在校生与毕业生人数", f"fig-{key}-students-trend",
                            "数据来源：本报告各年度表6、表1")


def dual_trend_chart(ctx: Context, key: str) -> list:
    years, values = _series(ctx, "3.2")
    if len(years) < 2:
        return []
    drawing = charts.line_chart([f"{y}年" for y in years], values, ctx.width, ctx.styles.fonts, suffix="%",
                                name="双师素质专任教师比例（%）")
    return ctx.figure_block(drawing, f"近{len(years)}年双师素质专任教师比例", f"fig-{key}-dual-trend",
                            "数据来源：本报告各年度表3、教师结构名单")


def employment_chart(ctx: Context, key: str) -> list:
    ids = ("1.5b", "1.5c", "1.5d")
    values = [ctx.figures.get(i) for i in ids]
    drawing = charts.pie_chart(["第一产业", "第二产业", "第三产业"],
                               [v if isinstance(v, (int, float)) else 0 for v in values],
                               ctx.width, ctx.styles.fonts, unit="人")
    return ctx.figure_block(drawing, f"{ctx.data.year}年毕业生就业产业分布", f"fig-{key}-industries",
                            "数据来源：本报告表1")


def satisfaction_chart(ctx: Context, key: str) -> list:
    edition = ctx.data.edition
    try:
        table = edition.table(2)
    except KeyError:
        return []
    rows = [r for r in table.rows if r.parent is None and r.applicable and r.kind == "percent"]
    values = [ctx.figures.get(r.id) for r in rows]
    drawing = charts.hbar_chart([r.name for r in rows], [v if isinstance(v, (int, float)) else None for v in values],
                                ctx.width, ctx.styles.fonts)
    return ctx.figure_block(drawing, f"{ctx.data.year}年各方满意度", f"fig-{key}-satisfaction",
                            "数据来源：本报告表2")


#: section key -> builders printed after that section's narrative and cases.
def list_table(list_id: str, caption: str):
    """A builder printing a record list as it stands (used for the regional per-school tables)."""
    def build(ctx: Context, key: str) -> list:
        try:
            rl = ctx.data.edition.record_list(list_id)
        except KeyError:
            return []
        rows = ctx.data.rows(list_id)
        if not rows:
            return []
        headers = ["序号"] + [f"{f.label}（{f.unit}）" if f.unit and f.unit != ":1" else f.label for f in rl.fields]
        body = [[str(i)] + [_cell(r.get(f.key)) for f in rl.fields] for i, r in enumerate(rows, 1)]
        widths = [1] + [4 if f.kind == "text" else 2.2 for f in rl.fields]
        return ctx.table_block(f"{ctx.data.year}年{caption}", f"tab-{key}-{list_id}", headers, body, widths)
    build.__name__ = f"list_table_{list_id}"
    return build


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else f"{value:.2f}"
    return str(value)


PLACEMENT = {
    "basic.overview": (list_table("submissions", "各校报送情况"), list_table("school_scale", "各校基本办学规模")),
    "basic.conditions": (list_table("school_standards", "各校办学条件达标情况"),),
    "support.compliance": (list_table("school_findings", "各校数据校验问题"),),
    "basic.majors": (majors_table,),
    "basic.students": (enrolment_table, enrolment_chart, three_year_table, students_trend_chart),
    "basic.teachers": (teacher_table, teacher_chart, dual_trend_chart,
                       list_table("school_teachers", "各校教师队伍")),
    "talent.experience": (satisfaction_chart,),
    "talent.career": (employment_chart,),
}


def placements(edition) -> tuple[dict, list]:
    """(section key -> builders, builders for the end of the first chapter)."""
    present = {s.key for s in edition.sections()}
    placed, orphans = {}, []
    for key, builders in PLACEMENT.items():
        if key in present:
            placed[key] = builders
        else:
            orphans.extend(builders)
    return placed, orphans
