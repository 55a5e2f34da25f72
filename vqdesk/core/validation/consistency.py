"""Cross-checks: R6/R7 (the edition's checks), R8 (survey respondents), R12 (geography),
R13 (year-over-year jumps) and R14 (suspiciously many identical round values)."""

from collections import defaultdict

from vqdesk.core.derive import Figures
from vqdesk.core.findings import Finding, Place
from vqdesk.core.kinds import format_number

from .context import Context

#: Who answers each survey (R8): the population its respondents cannot exceed.
SURVEY_POPULATIONS = {"2.1": "6.1", "2.2b": "1.1", "2.3": "6.4b"}
#: 东北 and 西部 provinces (R12): there, staying local is already 到西部和东北地区就业.
NORTHEAST_WEST = ("辽宁", "吉林", "黑龙江", "内蒙古", "广西", "重庆", "四川", "贵州", "云南",
                  "西藏", "陕西", "甘肃", "青海", "宁夏", "新疆")
#: 毕业三年内毕业生满意度: bounded by the three previous cohorts' graduates.
RECENT_GRADUATES = "2.2c"
JUMP_RELATIVE = 0.5
JUMP_ABSOLUTE = 20
ROUND_REPEATS = 5
#: Identical values that stand out: a decimal repeated, or an integer amid decimals (R14).
PLACEHOLDER_REPEATS = 3


def check(ctx: Context) -> list[Finding]:
    return [f for _, rule, _ in UNITS for f in rule(ctx)]


# -- R6 / R7: the edition's checks -------------------------------------------------------------

def _edition_checks(ctx: Context):
    for chk in ctx.edition.checks:
        left, right = ctx.figures.evaluate(chk.left), ctx.figures.evaluate(chk.right)
        if left is None or right is None or _holds(left, chk.op, right):
            continue
        message = chk.message.format(left=format_number(left), right=format_number(right))
        if chk.place in ctx.rows:
            place = ctx.place(chk.place)
        else:
            place = Place(kind="report")
        yield Finding(chk.severity, f"R6.{chk.id}", place, message)


def _holds(left: float, op: str, right: float) -> bool:
    eps = 1e-6
    if op == "<=":
        return left <= right + eps
    if op == ">=":
        return left >= right - eps
    return abs(left - right) <= eps


# -- R8: survey respondents ---------------------------------------------------------------------

def _population(ctx: Context, ind_id: str):
    for prefix, population in SURVEY_POPULATIONS.items():
        if ind_id == prefix or (ind_id.startswith(prefix) and not ind_id[len(prefix)].isdigit()):
            return population
    return None


def _survey(ctx: Context):
    for ind in ctx.rows.values():
        asked = ctx.typed(ind.id, "respondents")
        if asked is None or not ctx.expected(ind):
            continue
        population = _population(ctx, ind.id)
        size = ctx.number(population) if population else None
        if size is not None and asked > size:
            yield ctx.at_indicator("error", "R8.population", ind.id,
                                   f"{ctx.label(ind.id, 'respondents')} {format_number(asked)} 大于被调查群体 "
                                   f"{ctx.label(population)} {ctx.show(population, size)}", "respondents")
        if ind.id == RECENT_GRADUATES:
            yield from _recent_graduates(ctx, ind.id, asked)
        parent = ind.parent
        whole = ctx.typed(parent, "respondents") if parent else None
        if whole is not None and asked > whole:
            yield ctx.at_indicator("error", "R8.subgroup", ind.id,
                                   f"{ctx.label(ind.id, 'respondents')} {format_number(asked)} 大于 "
                                   f"{ctx.label(parent, 'respondents')} {format_number(whole)}", "respondents")


def _recent_graduates(ctx: Context, ind_id: str, asked: float):
    """毕业三年内毕业生 answer from the three previous cohorts, when the file holds all three."""
    cohorts = []
    for year in range(ctx.data.year - 3, ctx.data.year):
        past = ctx.data.history.get(year)
        value = past.value("1.1") if past is not None else None
        if not isinstance(value, (int, float)):
            return
        cohorts.append(value)
    if asked > sum(cohorts):
        yield ctx.at_indicator("error", "R8.population", ind_id,
                               f"{ctx.label(ind_id, 'respondents')} {format_number(asked)} 大于前三届毕业生人数之和 "
                               f"{int(sum(cohorts))}（{ctx.data.year - 3}-{ctx.data.year - 1} 年 表1 毕业生人数）",
                               "respondents")


# -- R12: geography ------------------------------------------------------------------------------

def _geography(ctx: Context):
    province = (ctx.data.profile.get("province") or "").strip()
    if not province.startswith(NORTHEAST_WEST) or not {"4.1b", "4.1c"} <= ctx.rows.keys():
        return
    local, west = ctx.number("4.1b"), ctx.number("4.1c")
    if local is None or west is None or west >= local or not ctx.expected(ctx.rows["4.1c"]):
        return
    yield ctx.at_indicator("warning", "R12", "4.1c",
                           f"学校位于{province}，留在当地就业也属于到西部和东北地区就业，"
                           f"{ctx.label('4.1c')} {int(west)} 应不小于 {ctx.label('4.1b')} {int(local)}")


# -- R13: year-over-year jumps ---------------------------------------------------------------------

def _year_over_year(ctx: Context):
    year = ctx.data.year
    previous = ctx.data.history.get(year - 1)
    if previous is None:
        return
    before = Figures(previous)
    for ind in ctx.rows.values():
        if ind.kind != "count" or not ctx.expected(ind):
            continue
        if ind.graduate_related and not previous.report.has_graduates:
            continue
        now, then = ctx.number(ind.id), _number(before, ind.id, previous)
        if now is None or then is None or not _jump(now, then):
            continue
        change = f"，变化 {(now - then) / then * 100:+.1f}%" if then else ""
        yield ctx.at_indicator("warning", "R13", ind.id,
                               f"{ctx.label(ind.id)} 由 {year - 1} 年的 {int(then)} 变为 {year} 年的 "
                               f"{int(now)}{change}，变化较大，请核实")


def _number(figures: Figures, ind_id: str, data):
    if not data.edition.has_indicator(ind_id):
        return None
    value = figures.get(ind_id)
    return value if isinstance(value, (int, float)) else None


def _jump(now: float, then: float) -> bool:
    if abs(now - then) <= JUMP_ABSOLUTE:
        return False
    return then == 0 or abs(now - then) > JUMP_RELATIVE * then


# -- R14: placeholders ---------------------------------------------------------------------------

def _round_values(ctx: Context):
    """Several indicators of one table holding the same typed value look like placeholders;
    more so when that value is an integer and the rest of the table carries decimals."""
    for table in ctx.edition.tables:
        typed = {ind.id: ctx.typed(ind.id) for ind in table.rows if not ctx.edition.is_derived(ind.id)}
        typed = {i: v for i, v in typed.items() if v}          # 0 is what nothing happened looks like
        same = defaultdict(list)
        for ind_id, value in typed.items():
            same[(_measured(ctx, ind_id), value)].append(ind_id)
        # counts are integers by nature: the decimals test compares quantities with quantities
        measured = {i: v for i, v in typed.items() if _measured(ctx, i)}
        for (is_measured, value), ids in same.items():
            severity = _placeholder(value, ids, measured if is_measured else {})
            if severity is None:
                continue
            names = "、".join(ctx.rows[i].name for i in ids)
            others = "，而表中其他数值带有小数" if severity == "warning" else ""
            yield ctx.at_indicator(severity, "R14", ids[0],
                                   f"表{table.no} {table.title}中有 {len(ids)} 项数值都是 {format_number(value)}"
                                   f"（{names}）{others}，像是占位数字，请核实")


def _measured(ctx: Context, ind_id: str) -> bool:
    """A quantity that may carry decimals (amounts, rates, areas), unlike a count."""
    return ctx.rows[ind_id].kind not in ("count", "text")


def _placeholder(value: float, ids: list, typed: dict):
    integer = float(value).is_integer()
    if integer and len(ids) >= PLACEHOLDER_REPEATS and any(
            not float(v).is_integer() for i, v in typed.items() if i not in ids):
        return "warning"
    if not integer and typed and len(ids) >= PLACEHOLDER_REPEATS:
        return "info"
    if integer and len(ids) >= ROUND_REPEATS and abs(value) > 1:
        return "info"
    return None


#: (name, rule, what it reads): see deps.py for the vocabulary.  The edition's checks may sum
#: any list (sum(enrolment.male)), so they read every list.
UNITS = (("edition-checks", _edition_checks, {"figures", "records"}),
         ("survey", _survey, {"values", "figures", "history", "report"}),
         ("geography", _geography, {"profile", "figures", "report"}),
         ("year-over-year", _year_over_year, {"figures", "history", "report"}),
         ("placeholders", _round_values, {"values"}))
