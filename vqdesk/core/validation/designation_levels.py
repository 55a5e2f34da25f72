"""R7.level (hint): one school's designation given at two levels.

Liangzhou 2023 (I-12): the bureau's school table gives 凉州区职业中等专业学校 the honour
“教育部首批1+X证书制度试点院校”, while 7.2 has 区职业中专 do its “1+X证书制度省级试点” work.  A
national pilot is not a provincial one; either the text or the honour names the wrong level (or
they are two pilots, which the text should then say).  The school is found by its registry name
or aliases; the honour's level by its issuer (教育部, 国家, 全国 are national).
"""

import re

from vqdesk.core.findings import Finding

from .context import Context
from .designations import _plain, _spellings
from .vocabulary import vocabulary

_NATIONAL = re.compile(r"教育部|国家|全国")
_LEVEL = re.compile(r"(省级|市级|区级|县级|省)")
_CLAUSE = re.compile(r"[^。；;！？\n]+")


def _national_honours(data) -> list:
    """(school, core, kind, honour) of each registry honour of a national issuer: “教育部首批1+X
    证书制度试点院校” -> core “1+X证书制度”, kind “试点”."""
    kinds = sorted(vocabulary().kinds, key=len, reverse=True)
    out = []
    for row in data.rows("schools"):
        for honour in re.split(r"[；;、\s]+", _plain(str(row.get("honours") or ""))):
            if not _NATIONAL.search(honour):
                continue
            kind = next((k for k in kinds if k in honour), None)
            if kind is None:
                continue
            core = _NATIONAL.sub("", honour[:honour.index(kind)]).replace("首批", "").replace("第一批", "")
            if len(core) >= 3:
                out.append((row.get("school"), core, kind, honour))
    return out


def check(ctx: Context) -> list[Finding]:
    data = ctx.data
    if data.report.level == "school" or not data.rows("schools"):
        return []
    honours = _national_honours(data)
    if not honours:
        return []
    spellings = _spellings(data)
    out = []
    for text, place, where in ctx.texts():
        plain = _plain(text)
        for clause in _CLAUSE.findall(plain):
            for school, core, kind, honour in honours:
                m = re.search(re.escape(core) + r"(省级|市级|区级|县级)" + re.escape(kind), clause)
                if not m or not any(s == school and spelling in clause[:m.start()] for spelling, s in spellings):
                    continue
                out.append(Finding("info", "R7.level", place,
                                   f"{where}称{school}的{core}{kind}为{m.group(1)}{kind}，而辖区学校名单中该校的荣誉是"
                                   f"“{honour}”（国家级）：请核对级别；如是两项不同的试点，请写明"))
    return out


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("designation-levels", check, {"document", "records", "report"}),)
