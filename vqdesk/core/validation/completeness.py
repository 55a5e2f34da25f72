"""R17 on the data (profile, indicator cells, survey columns, list fields), R10 (中职不填报
cells) and R11 (graduates).  The document's parts and cases are checked in `parts`."""

from vqdesk.core.findings import Finding, Place
from vqdesk.core.profile import check_profile_value, profile_set

from .context import Context


def check(ctx: Context) -> list[Finding]:
    return [f for _, rule, _ in UNITS for f in rule(ctx)]


# -- profile -----------------------------------------------------------------------------------

def _profile(ctx: Context):
    profile, level = ctx.data.profile, ctx.data.report.level
    form = profile_set(level)           # a bureau's report asks for its own facts (no 学校标识码)
    for field in form.fields:
        value = (profile.get(field.key) or "").strip()
        place = Place(kind="profile", field=field.key)
        if not value:
            if field.required:
                yield Finding("error", "R17.profile", place, f"{form.title}“{field.label}”未填写")
            continue
        problem = check_profile_value(field.key, value, level)
        if problem:
            yield Finding("error", "R5.profile", place, problem)


# -- indicator cells ---------------------------------------------------------------------------

def _indicators(ctx: Context):
    has_graduates = ctx.data.report.has_graduates
    for ind in ctx.rows.values():
        filled = ctx.data.value(ind.id) is not None
        if not ctx.applicable(ind):
            if filled:
                label = "中职不填报" if ind.applicability == "not_reported" else "高职填报"
                yield ctx.at_indicator("error", "R10", ind.id,
                                       f"{ctx.label(ind.id)} 为“{label}”项，中职学校报告中应为空，"
                                       f"现填写了 {ctx.show(ind.id, ctx.data.value(ind.id))}")
            continue
        if ind.graduate_related and not has_graduates:
            if filled:
                yield ctx.at_indicator("error", "R11", ind.id,
                                       f"本年度学校没有毕业生，{ctx.label(ind.id)} 应为空，"
                                       f"现填写了 {ctx.show(ind.id, ctx.data.value(ind.id))}")
            continue
        yield from _missing(ctx, ind)


def _missing(ctx: Context, ind):
    if ctx.edition.is_derived(ind.id):
        yield from _incomplete(ctx, ind)
        return
    if ctx.data.value(ind.id) is None:
        rule = "R11.missing" if ind.graduate_related else "R17.indicator"
        reason = "本年度有毕业生，" if ind.graduate_related else ""
        # counts and amounts are often left blank when nothing happened: 0 is the answer then
        hint = "（没有发生请填 0）" if ind.kind in ("count", "money_yuan", "money_wan") else ""
        yield ctx.at_indicator("warning", rule, ind.id, f"{reason}{ctx.label(ind.id)} 未填写{hint}")


def _incomplete(ctx: Context, ind):
    """A derived figure that cannot be computed prints “—”: say what to fill.  With a reported
    value it prints that value, marked as reported, which is only worth a hint."""
    shown = ctx.figures.shown(ind.id)
    if shown.computed is not None:
        return
    definition = ctx.edition.derived[ind.id].definition
    todo = f"，请填写{'、'.join(shown.missing)}" if shown.missing else ""
    if shown.reported:
        yield ctx.at_indicator("info", "R17.indicator", ind.id,
                               f"{ctx.label(ind.id)} 印填报值 {ctx.show(ind.id, shown.value)}，"
                               f"尚无法按公式核对{todo}（{definition}）")
        return
    yield ctx.at_indicator("warning", "R17.indicator", ind.id,
                           f"{ctx.label(ind.id)} 由公式计算，所需数据尚未填写，报告中印“—”{todo}（{definition}）")


def _survey_columns(ctx: Context):
    """A satisfaction figure needs its 调查人次 (and, less important, its 调查方式)."""
    for table in ctx.edition.tables:
        keys = {c.key for c in table.columns}
        if "respondents" not in keys:
            continue
        for ind in table.rows:
            if not ctx.expected(ind) or ctx.data.value(ind.id) is None:
                continue
            if ctx.data.value(ind.id, "respondents") is None:
                yield ctx.at_indicator("warning", "R17.respondents", ind.id,
                                       f"{ctx.label(ind.id)} 已填写，但调查人次未填写", "respondents")
            if "method" in keys and ctx.data.value(ind.id, "method") is None:
                yield ctx.at_indicator("info", "R17.method", ind.id,
                                       f"{ctx.label(ind.id)} 的调查方式未填写", "method")


# -- record lists ------------------------------------------------------------------------------

def _record_fields(ctx: Context):
    for rl in ctx.edition.record_lists:
        required = [f for f in rl.fields if f.required]
        for row, record in enumerate(ctx.data.records.get(rl.id, [])):
            for fd in required:
                value = record.get(fd.key)
                if value is None or (isinstance(value, str) and not value.strip()):
                    yield Finding("error", "R17.record", Place(kind="record", list_id=rl.id, row=row,
                                                               field=fd.key),
                                  f"名单“{rl.title}”第{row + 1}行：“{fd.label}”必须填写")


def _record_recommended(ctx: Context):
    """One hint per list and field the bureau does not ask for but the report reads better with."""
    for rl in ctx.edition.record_lists:
        rows = ctx.data.records.get(rl.id, [])
        for fd in (f for f in rl.fields if f.recommended):
            blank = [n for n, record in enumerate(rows) if record.get(fd.key) in (None, "")]
            if blank:
                some = f"有 {len(blank)} 行" if len(blank) < len(rows) else "各行都"
                yield Finding("info", "R17.record.recommended", Place(kind="record", list_id=rl.id, row=blank[0],
                                                                      field=fd.key),
                              f"名单“{rl.title}”{some}未填“{fd.label}”：不是必填项，填上后报告能分{fd.label}统计")


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("profile", _profile, {"profile", "report"}),
         ("indicators", _indicators, {"values", "figures", "report"}),
         ("survey-columns", _survey_columns, {"values", "report"}),
         ("record-fields", _record_fields, {"records"}),
         ("record-recommended", _record_recommended, {"records"}))
