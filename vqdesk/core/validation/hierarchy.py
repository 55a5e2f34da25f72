"""R1 (a 其中 item is ≤ its parent), R2 (partitions sum exactly), R3 (overlapping categories are
each ≤ the parent, never summed) and R9 (an overall score lies within its components' range)."""

from vqdesk.core.findings import Finding

from .context import Context

_EPS = 1e-6


def check(ctx: Context) -> list[Finding]:
    return [f for _, rule, _ in UNITS for f in rule(ctx)]


def _groups(ctx: Context, kind: str):
    for table in ctx.edition.tables:
        yield from getattr(table, kind)


def _complete_partitions(ctx: Context) -> set:
    """(part, parent) pairs already judged by R2 because the whole partition is filled."""
    pairs = set()
    for group in _groups(ctx, "partitions"):
        if all(ctx.number(i) is not None for i in (group.parent, *group.parts)):
            pairs.update((part, group.parent) for part in group.parts)
    return pairs


def _parents(ctx: Context):
    skip = _complete_partitions(ctx)
    skip |= {(part, g.parent) for g in _groups(ctx, "overlaps") for part in g.parts}
    for ind in ctx.rows.values():
        parent = ctx.rows.get(ind.parent) if ind.parent else None
        if parent is None or (ind.id, parent.id) in skip:
            continue
        # a % row under a count row, or 门 under 学时, is not a part of it
        if ind.unit != parent.unit or ind.kind == "percent" or ind.kind != parent.kind:
            continue
        if not (ctx.applicable(ind) and ctx.applicable(parent)):
            continue
        yield from _not_above(ctx, "R1", ind.id, parent.id)


def _not_above(ctx: Context, rule: str, part: str, parent: str, note: str = ""):
    value, total = ctx.number(part), ctx.number(parent)
    if value is None or total is None or value <= total + _EPS:
        return
    yield ctx.at_indicator("error", rule, part,
                           f"{ctx.label(part)} {ctx.show(part, value)} 大于 "
                           f"{ctx.label(parent)} {ctx.show(parent, total)}{note}")


def _partitions(ctx: Context):
    for group in _groups(ctx, "partitions"):
        values = [ctx.number(i) for i in (group.parent, *group.parts)]
        if any(v is None for v in values):
            continue
        total, parts = values[0], values[1:]
        if abs(sum(parts) - total) <= _EPS + 1e-9 * abs(total):
            continue
        terms = " + ".join(f"{ctx.rows[p].name} {ctx.show(p, v)}" for p, v in zip(group.parts, parts))
        yield ctx.at_indicator("error", "R2", group.parent,
                               f"{ctx.label(group.parent)} {ctx.show(group.parent, total)} 不等于各分项之和："
                               f"{terms} = {ctx.show(group.parts[0], sum(parts))}")


def _overlaps(ctx: Context):
    for group in _groups(ctx, "overlaps"):
        for part in group.parts:
            yield from _not_above(ctx, "R3", part, group.parent, "（各类别可以重叠，只与总数比较，不相加）")


def _means(ctx: Context):
    for group in _groups(ctx, "means"):
        overall = ctx.number(group.parent)
        parts = [ctx.number(p) for p in group.parts]
        if overall is None or any(v is None for v in parts):
            continue
        low, high = min(parts), max(parts)
        if low - 0.005 <= overall <= high + 0.005:
            continue
        names = "、".join(f"{ctx.rows[p].name} {ctx.show(p, v)}" for p, v in zip(group.parts, parts))
        yield ctx.at_indicator("warning", "R9", group.parent,
                               f"{ctx.label(group.parent)} {ctx.show(group.parent, overall)} 是各分项的总体水平，"
                               f"应在 {ctx.show(group.parent, low)} 与 {ctx.show(group.parent, high)} 之间（{names}）")


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("parents", _parents, {"figures", "report"}), ("partitions", _partitions, {"figures"}),
         ("overlaps", _overlaps, {"figures"}), ("means", _means, {"figures"}))
