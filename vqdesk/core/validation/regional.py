"""Regional reports: every row merged from the schools names the school it came from, and that
school is one of the report's schools.  (Each row's date is checked against its own school's
period, and duplicates are judged within a school, in records.py: R15 and R18.duplicate.)"""

from vqdesk.core.findings import Finding, Place

from .context import Context

#: Lists whose rows are the schools' own events, merged row by row with their school.
_OWN_SCHOOL = "school"


def check(ctx: Context) -> list[Finding]:
    return [f for _, rule, _ in UNITS for f in rule(ctx)]


def _sources(ctx: Context) -> list[Finding]:
    data = ctx.data
    if data.report.level == "school" or not any(rl.id == "submissions" for rl in data.edition.record_lists):
        return []
    schools = {r.get("school") for r in data.rows("submissions")}
    out = []
    for rl in data.edition.record_lists:
        if rl.id in ("submissions", "schools") or not any(f.key == _OWN_SCHOOL for f in rl.fields):
            continue
        for row, record in enumerate(data.records.get(rl.id, [])):
            school = record.get(_OWN_SCHOOL)
            place = Place("record", list_id=rl.id, row=row, field=_OWN_SCHOOL)
            if not school:
                out.append(Finding("warning", "R15.school", place,
                                   f"名单“{rl.title}”第{row + 1}行没有注明来源学校：无法按该校的报告期核对，"
                                   "也无法在报告中注明来源"))
                continue
            unknown = [n for n in str(school).split("、") if n not in schools]   # a major: all its schools
            if schools and unknown:
                out.append(Finding("warning", "R15.school", place,
                                   f"名单“{rl.title}”第{row + 1}行的来源学校“{unknown[0]}”不在“学校报送情况”中"))
    return out


#: (name, rule, what it reads): see deps.py.
UNITS = (("sources", _sources, {"records", "report"}),)
