"""Record lists: R15 (dates inside the report period), R18 (one name per entity, master lists and
aliases) and the lists' own rules (duplicate rows, 获证人数 ≤ 毕业生人数, unique 专业代码)."""

from collections import defaultdict
from datetime import date, timedelta

from vqdesk.core.fields import date_span
from vqdesk.core.findings import Finding, Place
from vqdesk.core.kinds import normalise_text

from .context import Context
from .variants import closest_variant

#: Employment and certificates are often counted after the school year ends.
DATE_GRACE_DAYS = 92
#: Fields that identify a row, per list; a list not named here compares whole rows.
ROW_KEYS = {
    "majors": ("name",), "enrolment": ("major", "grade"), "major_groups": ("name",),
    "partners": ("organisation",), "internships": ("organisation",), "conditions": ("campus",),
    "teacher_structure": ("category",), "funding": ("category", "item"),
    "certificates": ("cohort", "major", "certificate"),
}
#: Major fields that must name a major of the 专业设置 list.
OFFERED_MAJORS = (("enrolment", "major"), ("major_groups", "core_major"))


def check(ctx: Context) -> list[Finding]:
    return [f for _, rule, _ in UNITS for f in rule(ctx)]


def _place(list_id, row, field=None) -> Place:
    return Place(kind="record", list_id=list_id, row=row, field=field)


def _rows(ctx: Context, list_id: str):
    return ctx.data.records.get(list_id, [])


# -- R15 ------------------------------------------------------------------------------------------

def _period(ctx: Context) -> tuple[date, date]:
    """The report's data period; the school year ending in the report year when unset."""
    report = ctx.data.report
    return _span(report.period_start, report.period_end, report.year)


def _span(first, last, year: int) -> tuple[date, date]:
    try:
        return date.fromisoformat(first), date.fromisoformat(last)
    except (TypeError, ValueError):
        return date(year - 1, 9, 1), date(year, 8, 31)


def school_periods(ctx: Context) -> dict:
    """A regional report's schools and their own data periods (from 学校报送情况)."""
    periods = {}
    for record in _rows(ctx, "submissions"):
        if record.get("period_start") and record.get("period_end"):
            periods[record.get("school")] = _span(record.get("period_start"), record.get("period_end"),
                                                  ctx.data.year)
    return periods


def _dates(ctx: Context):
    own = _period(ctx)
    schools = school_periods(ctx)
    for rl in ctx.edition.record_lists:
        fields = [f for f in rl.fields if f.kind == "date"]
        for row, record in enumerate(_rows(ctx, rl.id)):
            # a regional row is checked against the period of the school it came from
            start, end = schools.get(record.get("school"), own)
            latest = end + timedelta(days=DATE_GRACE_DAYS)
            for fd in fields:
                span = date_span(record.get(fd.key))
                # compared at the date's own precision: “2024年” is inside when any day of it is
                if span is None or (span[0] <= latest and span[1] >= start):
                    continue
                whose = f"{record.get('school')}的" if record.get("school") in schools else ""
                yield Finding("warning", "R15", _place(rl.id, row, fd.key),
                              f"名单“{rl.title}”第{row + 1}行：{fd.label} {_show_date(record.get(fd.key))} "
                              f"不在{whose}报告期 {start.isoformat()} 至 {end.isoformat()} 内")


def _show_date(stored) -> str:
    return str(stored).replace("/", " 至 ")


# -- the lists' own rules -------------------------------------------------------------------------

def _duplicates(ctx: Context):
    for rl in ctx.edition.record_lists:
        keys = ROW_KEYS.get(rl.id)
        seen = {}
        for row, record in enumerate(_rows(ctx, rl.id)):
            if keys:
                ident = tuple(_norm(record.get(k)) for k in keys)
                if all(v == "" for v in ident):
                    continue
                # merged regional rows: identical rows of two schools are two facts
                ident += (_norm(record.get("school")),)
            else:
                ident = tuple(sorted((k, _norm(v)) for k, v in record.data.items()))
            if ident in seen:
                yield Finding("warning", "R18.duplicate", _place(rl.id, row),
                              f"名单“{rl.title}”第{row + 1}行与第{seen[ident] + 1}行重复"
                              + (f"（{_describe(rl, keys, record)}）" if keys else ""))
            else:
                seen[ident] = row


def _norm(value) -> str:
    return "" if value is None else normalise_text(str(value))


def _describe(rl, keys, record) -> str:
    return "，".join(f"{rl.field(k).label}“{record.get(k)}”" for k in keys if record.get(k) is not None)


def _certificates(ctx: Context):
    for row, record in enumerate(_rows(ctx, "certificates")):
        graduates, certified = record.get("graduates"), record.get("certified")
        if isinstance(graduates, (int, float)) and isinstance(certified, (int, float)) and certified > graduates:
            yield Finding("error", "R1.certificates", _place("certificates", row, "certified"),
                          f"名单“证书获取”第{row + 1}行：获证人数 {certified} 大于毕业生人数 {graduates}")


def _major_codes(ctx: Context):
    seen = {}
    for row, record in enumerate(_rows(ctx, "majors")):
        code = _norm(record.get("code"))
        if not code:
            continue
        if code in seen:
            yield Finding("error", "R18.code", _place("majors", row, "code"),
                          f"名单“专业设置”第{row + 1}行：专业代码 {code} 与第{seen[code] + 1}行重复")
        else:
            seen[code] = row


# -- R18: names -------------------------------------------------------------------------------------

def _aliases(ctx: Context) -> dict:
    """(kind, normalised spelling) -> canonical name, from the file's master lists."""
    table = {}
    for entry in ctx.data.masters:
        for spelling in (entry.name, *entry.aliases):
            table[(entry.kind, normalise_text(spelling))] = entry.name
    return table


def _names(ctx: Context):
    aliases = _aliases(ctx)
    for rl in ctx.edition.record_lists:
        for fd in (f for f in rl.fields if f.kind in ("major", "organisation")):
            spellings = defaultdict(list)
            for row, record in enumerate(_rows(ctx, rl.id)):
                text = record.get(fd.key)
                if not isinstance(text, str) or not text.strip():
                    continue
                canonical = aliases.get((fd.kind, normalise_text(text)))
                if canonical and canonical != text:
                    yield Finding("info", "R18.alias", _place(rl.id, row, fd.key),
                                  f"名单“{rl.title}”第{row + 1}行：{fd.label}“{text}”是“{canonical}”的别称，"
                                  f"建议统一写作“{canonical}”")
                spellings[canonical or normalise_text(text)].append((row, text))
            yield from _spellings(rl, fd, spellings)


def _spellings(rl, fd, spellings):
    """Two different spellings of one entity in one list."""
    for entries in spellings.values():
        texts = list(dict.fromkeys(text for _, text in entries))
        if len(texts) < 2:
            continue
        first = texts[0]
        for row, text in entries:
            if text != first:
                yield Finding("warning", "R18.spelling", _place(rl.id, row, fd.key),
                              f"名单“{rl.title}”第{row + 1}行：{fd.label}“{text}”与其他行的“{first}”"
                              f"是同一名称的不同写法，请统一")


def _offered(ctx: Context):
    aliases = _aliases(ctx)

    def canonical(text):
        return aliases.get(("major", normalise_text(text)), normalise_text(text))

    names = [r.get("name") for r in _rows(ctx, "majors") if isinstance(r.get("name"), str)]
    offered = {canonical(n) for n in names}
    if not offered:
        return
    for list_id, key in OFFERED_MAJORS:
        try:
            rl = ctx.edition.record_list(list_id)
        except KeyError:
            continue
        for row, record in enumerate(_rows(ctx, list_id)):
            text = record.get(key)
            if isinstance(text, str) and text.strip() and canonical(text) not in offered:
                # no master entry settles it: name the offered major it is probably written for
                near = closest_variant(text, names)
                hint = (f"，可能是“{near}”的另一种写法，请统一，或在名录中登记为别名" if near else "")
                yield Finding("warning", "R18.major", _place(list_id, row, key),
                              f"名单“{rl.title}”第{row + 1}行：{rl.field(key).label}“{text}”"
                              f"不在“专业设置”名单中{hint}")


def _without_students(ctx: Context):
    """A major offered (专业设置) that the per-major students (分专业在校生) leave out: a hint, since
    a major may take no students one year, but a table of all students that omits two joint
    majors (Jinzhou 表2) understates the school."""
    aliases = _aliases(ctx)

    def canonical(text):
        return aliases.get(("major", normalise_text(text)), normalise_text(text))

    enrolled = {canonical(r.get("major")) for r in _rows(ctx, "enrolment") if isinstance(r.get("major"), str)}
    if not enrolled:
        return
    names = [r.get("name") for r in _rows(ctx, "majors") if isinstance(r.get("name"), str)]
    # an enrolment row written in a variant of an offered major is R18.major already (_offered)
    meant = {canonical(near) for text in enrolled - {canonical(n) for n in names}
             if (near := closest_variant(text, names))}
    for row, record in enumerate(_rows(ctx, "majors")):
        name = record.get("name")
        if isinstance(name, str) and name.strip() and canonical(name) not in enrolled | meant:
            yield Finding("info", "R18.major", _place("majors", row, "name"),
                          f"名单“专业设置”第{row + 1}行：专业“{name}”在“分专业在校生”名单中没有在校生：如本年度"
                          "未招生、学生不在本校就读，可不理会；否则请补上")


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("dates", _dates, {"records", "report"}), ("duplicates", _duplicates, {"records"}),
         ("certificates", _certificates, {"records"}), ("major-codes", _major_codes, {"records"}),
         ("names", _names, {"records", "masters"}), ("offered", _offered, {"records", "masters"}),
         ("without-students", _without_students, {"records", "masters"}))
