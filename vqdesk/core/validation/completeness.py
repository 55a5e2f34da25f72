"""R17 (required parts filled, lengths within bounds), R10 (中职不填报 cells) and R11 (graduates)."""

from vqdesk.core.findings import Finding, Place
from vqdesk.core.profile import PROFILE_FIELDS, check_profile_value

from .context import Context


def check(ctx: Context) -> list[Finding]:
    return [*_narratives(ctx), *_profile(ctx), *_indicators(ctx), *_survey_columns(ctx),
            *_cases(ctx), *_record_fields(ctx)]


# -- narratives --------------------------------------------------------------------------------

def _narratives(ctx: Context):
    edition = ctx.edition
    fm = edition.front_matter
    if fm.preface:
        # the preface is required when the edition sets a minimum length for it
        yield from _bounds(ctx, "preface", fm.preface_min_chars > 0,
                           fm.preface_min_chars, fm.preface_max_chars)
    for chapter in edition.chapters:
        if chapter.narrative:
            yield from _bounds(ctx, chapter.key, chapter.required, chapter.min_chars, chapter.max_chars)
        for section in chapter.sections:
            yield from _bounds(ctx, section.key, chapter.required and section.required,
                               section.min_chars, section.max_chars)
        yield from _chapter_empty(ctx, chapter)


def _text_of(ctx: Context, key: str) -> str:
    """A section's own text plus the text of the sub-sections the user added under it."""
    parts = [ctx.data.narratives.get(key, "")]
    parts += [ctx.data.narratives.get(sub.key, "") for sub in ctx.data.subsections_of(key)]
    return "\n".join(p for p in parts if p)


def _bounds(ctx: Context, key: str, required: bool, low: int, high: int):
    chars = ctx.char_count(_text_of(ctx, key))
    title = ctx.section_title(key)
    place = Place(kind="section", section=key)
    if chars == 0:
        if required:
            yield Finding("error", "R17.empty", place, f"“{title}”是必填部分，尚未撰写正文")
        return
    if low and chars < low:
        yield Finding("warning", "R17.short", place,
                      f"“{title}”正文 {chars} 字，少于模板要求的 {low} 字")
    if high and chars > high:
        yield Finding("warning", "R17.long", place,
                      f"“{title}”正文 {chars} 字，超过模板上限 {high} 字")


def _chapter_empty(ctx: Context, chapter):
    """A required chapter whose sections are all optional must still say something."""
    if not chapter.required or chapter.narrative or not chapter.sections:
        return
    if any(s.required for s in chapter.sections):
        return
    if not any(ctx.char_count(_text_of(ctx, s.key)) for s in chapter.sections):
        yield Finding("error", "R17.empty", Place(kind="section", section=chapter.key),
                      f"“{chapter.title}”是必填章节，其下各节都还没有正文")


# -- profile -----------------------------------------------------------------------------------

def _profile(ctx: Context):
    profile = ctx.data.profile
    for field in PROFILE_FIELDS:
        value = (profile.get(field.key) or "").strip()
        place = Place(kind="profile", field=field.key)
        if not value:
            # A bureau's report has no 学校标识码; every other required field applies to it too.
            regional_exempt = field.key == "code" and ctx.data.report.level != "school"
            if field.required and not regional_exempt:
                yield Finding("error", "R17.profile", place, f"学校信息“{field.label}”未填写")
            continue
        problem = check_profile_value(field.key, value)
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
        if ctx.figures.computed(ind.id) is None:
            definition = ctx.edition.derived[ind.id].definition
            yield ctx.at_indicator("warning", "R17.indicator", ind.id,
                                   f"{ctx.label(ind.id)} 由公式计算，所需数据尚未填写（{definition}）")
        return
    if ctx.data.value(ind.id) is None:
        rule = "R11.missing" if ind.graduate_related else "R17.indicator"
        reason = "本年度有毕业生，" if ind.graduate_related else ""
        # counts and amounts are often left blank when nothing happened: 0 is the answer then
        hint = "（没有发生请填 0）" if ind.kind in ("count", "money_yuan", "money_wan") else ""
        yield ctx.at_indicator("warning", rule, ind.id, f"{reason}{ctx.label(ind.id)} 未填写{hint}")


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


# -- cases -------------------------------------------------------------------------------------

def _cases(ctx: Context):
    rules = ctx.edition.cases
    for case in ctx.data.cases:
        place = Place(kind="case", case_id=case.id, section=case.section_key)
        name = f"案例“{case.title}”" if case.title.strip() else "案例"
        if not case.title.strip():
            yield Finding("error", "R17.case.title", place, f"{ctx.section_title(case.section_key)}中有一个案例没有标题")
        chars = ctx.char_count(case.body)
        if chars == 0:
            yield Finding("error", "R17.case.empty", place, f"{name}还没有正文")
        elif rules.max_chars and chars > rules.max_chars:
            yield Finding("error", "R17.case.long", place,
                          f"{name}正文 {chars} 字，超过模板上限 {rules.max_chars} 字")
        elif rules.min_chars and chars < rules.min_chars:
            yield Finding("warning", "R17.case.short", place,
                          f"{name}正文 {chars} 字，少于模板要求的 {rules.min_chars} 字")


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
