"""R4: derived values are computed from their base figures.  A typed (e.g. imported) value that
differs from the computed one beyond rounding is an error showing both.  R7: a typed 专业数量 or
专业群数量 must equal the number of rows of its list."""

import re

from vqdesk.core.derive import REPORTED_CHOSEN
from vqdesk.core.findings import Finding

from .context import Context, tolerance

_COUNT_OF_LIST = re.compile(r"^\s*count\(\s*(\w+)\s*\)\s*$")


def check(ctx: Context) -> list[Finding]:
    out = []
    for ind_id, derived in ctx.edition.derived.items():
        typed = ctx.typed(ind_id)
        computed = ctx.figures.computed(ind_id)
        if typed is None or computed is None or ind_id not in ctx.rows:
            continue
        kind = ctx.rows[ind_id].kind
        if abs(typed - computed) <= tolerance(typed, kind):
            continue
        listed = _COUNT_OF_LIST.match(derived.formula.source)
        if listed:
            out.append(_count_mismatch(ctx, ind_id, typed, computed, listed.group(1)))
            continue
        out.append(ctx.at_indicator(
            *_severity(ctx, ind_id), "R4", ind_id,
            f"{ctx.label(ind_id)} 填写为 {ctx.show(ind_id, typed)}，按基础数据计算应为 "
            f"{ctx.show(ind_id, computed)}（{derived.definition}）{_resolve(ctx, ind_id)}"))
    return out


def _chosen(ctx: Context, ind_id: str) -> bool:
    cell = ctx.data.values.get((ind_id, "value"))
    return cell is not None and cell.source == REPORTED_CHOSEN


def _severity(ctx: Context, ind_id: str) -> tuple:
    # once the school has chosen to print its reported value, the difference stays visible
    # but is no longer an error of the report
    return ("warning",) if _chosen(ctx, ind_id) else ("error",)


def _resolve(ctx: Context, ind_id: str) -> str:
    if _chosen(ctx, ind_id):
        return "；报告中印的是学校填报值"
    return "；请改正基础数据（名单或表中的基础指标），或在表中右键此格选择“以报送值为准”或“使用计算值”"


def _count_mismatch(ctx: Context, ind_id, typed, computed, list_id) -> Finding:
    try:
        title = ctx.edition.record_list(list_id).title
    except KeyError:
        title = list_id
    return ctx.at_indicator(*_severity(ctx, ind_id), "R7", ind_id,
                            f"{ctx.label(ind_id)} 填写为 {ctx.show(ind_id, typed)}，"
                            f"但名单“{title}”有 {int(computed)} 行{_resolve(ctx, ind_id)}")


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("reported", check, {"values", "figures"}),)
