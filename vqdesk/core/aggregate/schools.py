"""The region's own lists about its schools: their attributes (类别, 隶属, 性质, 规划分类, 荣誉),
taken from each school's profile and then the bureau's to edit, and the 合规性 criteria the
bureau scores them by.  Re-aggregating keeps what the bureau changed."""

from vqdesk.core.errors import InputError

#: Attribute field <- the school profile key it starts from.
FROM_PROFILE = {"code": "code", "category": "category", "nature": "nature", "affiliation": "sponsor",
                "district": "district"}
ATTRIBUTES = ("code", "category", "affiliation", "nature", "planning", "district", "honours", "aliases")
#: The attribute names a bureau may type (Chinese labels as in the seeds, or the keys).
ATTRIBUTE_LABELS = {"标识码": "code", "类别": "category", "学校类别": "category", "隶属": "affiliation",
                    "隶属关系": "affiliation", "性质": "nature", "学校性质": "nature", "办学性质": "nature",
                    "规划分类": "planning", "区县": "district", "所在区县": "district", "荣誉": "honours",
                    "别名": "aliases"}


def attribute_rows(schools: list[tuple[str, dict]], existing: list[dict]) -> list[dict]:
    """One row per school (the schools read now, then earlier ones the bureau listed): the
    bureau's own values kept, blanks filled from the school's profile."""
    kept = {r.get("school"): r for r in existing}
    out, seen = [], set()
    for name, profile in schools:
        row = {"school": name}
        row.update({k: profile.get(p) for k, p in FROM_PROFILE.items() if profile.get(p)})
        row.update({k: v for k, v in kept.get(name, {}).items() if v not in (None, "")})
        out.append(row)
        seen.add(name)
    out += [dict(r) for r in existing if r.get("school") not in seen]
    return out


def criteria_rows(edition, existing: list[dict]) -> list[dict]:
    """The bureau's criteria if it has any, else the edition's defaults."""
    if existing:
        return [dict(r) for r in existing]
    return [{"name": c.name, "figure": c.figure, "op": c.op, "threshold": c.threshold, "points": c.points}
            for c in edition.compliance]


def attribute_key(name: str) -> str:
    key = ATTRIBUTE_LABELS.get(name.strip(), name.strip())
    if key not in ATTRIBUTES:
        known = "、".join(sorted(set(ATTRIBUTE_LABELS) - {"学校类别", "隶属关系", "学校性质", "办学性质", "所在区县"}))
        raise InputError(f"没有学校属性“{name}”。可用：{known}。")
    return key


def set_school_attribute(session, year: int, school: str, name: str, value: str):
    """The bureau's edit of one school's attribute (kept when it aggregates again)."""
    key = attribute_key(name)
    rows = session.records(year, "schools")
    record = next((r for r in rows if r.data.get("school") == school), None)
    if record is None:
        have = "、".join(r.data.get("school", "") for r in rows) or "无"
        raise InputError(f"{year} 年度的辖区学校中没有“{school}”（已有：{have}）。")
    session.update_record(record.id, key, value.strip(), source="manual")


def parse_assignment(text: str) -> tuple[str, str, str]:
    """“学校:属性=值” as the command line takes it."""
    school, sep, rest = text.partition(":")
    if not sep:
        school, sep, rest = text.partition("：")
    name, eq, value = rest.partition("=")
    if not sep or not eq or not school.strip() or not name.strip():
        raise InputError(f"“{text}”的写法不对，应为 学校:属性=值，如 凉州区职业中等专业学校:性质=公办。")
    return school.strip(), name.strip(), value


def use_school_case(session, year: int, node_id: int, index: int):
    """Put case `index` of the region's case library (各校案例) under a heading of the bureau's
    report, as a case that keeps its school: the PDF prints “（来源：某某学校）” under it."""
    rows = session.records(year, "school_cases")
    if not 0 <= index < len(rows):
        raise InputError(f"{year} 年度的各校案例中没有第 {index + 1} 条（共 {len(rows)} 条）。")
    from vqdesk.core.aggregate.library import school_case_block
    return session.add_block(node_id, school_case_block(rows[index].data))
