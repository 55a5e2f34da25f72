"""R18.school (hint): a school written in a text in another spelling than the bureau's registry.

The per-school tables are checked against the registry by school_names; the texts name schools
too, often in their short forms (Anshan 2023 I15: 案例 3-1 writes 海城市职教中心, other cases
台安职教中心 and 岫岩县职教中心).  A form the bureau registered as an alias is fine; another one
a few characters off a registered name is pointed out once per text, with the registry's name.
"""

import re

from vqdesk.core.findings import Finding

from .context import Context
from .school_names import candidates, clean, registry

_SCHOOL = re.compile(r"[\u4e00-\u9fff]{2,14}?(?:职业教育中心|职教中心|职业中专|中等专业学校|中专|职业学校|学校)")
#: The words a school's name may follow in a sentence, cut off before it is looked up.
MIN_NAME = 4
#: A place and a kind of school, no name: “鞍山市职业学校” are all of the city's.
_GENERIC = re.compile(r"^[\u4e00-\u9fff]{1,6}?[省市区县](?:中等)?(?:职业|中职)?(?:学校|中专)$")


def _variant(found: str, known: dict, names: list):
    """(as written, registered name) for the longest tail of `found` that is a variant of one
    registered school; None when the tail is registered as it is, or names none."""
    for start in range(0, max(1, len(found) - MIN_NAME + 1)):
        tail = found[start:]
        if clean(tail) in known or _GENERIC.match(tail):
            return None
        match = candidates(tail, names)
        if len(match) == 1 and tail[:2] == match[0][:2] or len(match) == 1 and len(tail) >= 6:
            return tail, match[0]
    return None


#: A name's place: “海城市职教中心” → 海城 (the registry may write 海城市 or 海城).
_PLACE = re.compile(r"^([\u4e00-\u9fff]{2,4}?)(?:满族自治县|自治县|市|县|区)")
#: More schools of one place than this, and a name tells nothing of which one is meant.
MAX_SAME_PLACE = 3


def _same_place(found: str, known: dict, names: list):
    """(as written, [registered names of its place]) for a school name no spelling links to the
    registry but whose place only a few registered schools share: Anshan's 海城市职教中心 for one of
    海城市中等职业技术专业学校 and 海城市卫生中等专业学校."""
    m = _PLACE.match(found)
    if not m or clean(found) in known or _GENERIC.match(found):
        return None
    here = [n for n in names if n.startswith(m.group(1))]
    return (found, here) if 1 <= len(here) <= MAX_SAME_PLACE else None


def _named(found: str, names: list) -> str:
    """The tail of a match that starts at a place of the registry (“组织海城市职教中心” → 海城市职教中心)."""
    for start in range(0, max(1, len(found) - MIN_NAME + 1)):
        m = _PLACE.match(found[start:])
        if m and any(n.startswith(m.group(1)) for n in names):
            return found[start:]
    return found


def _message(where: str, hit) -> str:
    written, registered = hit
    if isinstance(registered, str):
        return (f"{where}写作“{written}”，辖区学校名单中为“{registered}”：请统一，或在“辖区学校”中把它"
                "登记为该校的别名")
    schools = "".join(f"“{n}”" for n in registered)
    return (f"{where}写作“{written}”，辖区学校名单中没有这个名称，同一地方的学校是{schools}：请改用名单中的名称，"
            "或在“辖区学校”中把它登记为所指学校的别名")


def check(ctx: Context) -> list[Finding]:
    if ctx.data.report.level == "school":
        return []
    known = registry(ctx.data)
    if not known:
        return []
    names = list(dict.fromkeys(known.values()))
    out = []
    for text, place, where in ctx.texts():
        seen = set()
        for m in _SCHOOL.finditer(text):
            hit = _variant(m.group(0), known, names) or _same_place(_named(m.group(0), names), known, names)
            if hit and hit[0] not in seen:
                seen.add(hit[0])
                out.append(Finding("info", "R18.school", place, _message(where, hit)))
    return out


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("school-mentions", check, {"document", "records", "report"}),)
