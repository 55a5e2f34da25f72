"""R7.schools: a count of designated schools in a text (“1+X证书制度试点学校1所”) against the
schools the report names with that designation: in other texts (“甲校和乙校作为1+X证书制度试点
院校”) and in the honours of the bureau's school registry (辖区学校).  Naming more schools than
the count is a contradiction the user has to settle (Liangzhou: 1 所 in 1.1, two named in 4.5).

A designation is what stands before 学校 / 院校 and names a kind of title (试点, 示范, 重点…); the
words in front that only say who gave it (教育部, 全国, 首批) are left out when comparing.
"""

import functools
import re

from vqdesk.core.binding import TOKEN_RE
from vqdesk.core.findings import Finding
from vqdesk.core.kinds import normalise_text

from .context import Context
from .school_names import _ALIAS_SEPARATORS, clean
from .vocabulary import vocabulary

_NUMERALS = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_LEAD = re.compile(r"^(?:其中|包括|拥有|现有|共有|有)")
_CLAUSE_END = re.compile(r"[。；;！？!?\n，,]")


def _plain(text: str) -> str:
    return normalise_text(TOKEN_RE.sub("〔字段〕", text or "")).replace(" ", "").replace("＋", "+").replace("x", "X")


@functools.cache
def _count_pattern():
    endings = "|".join(map(re.escape, sorted(vocabulary().endings, key=len, reverse=True)))
    return re.compile(r"(?P<designation>[^，,。；;、：:\s]{2,30}?)(?:" + endings + r")(?:共|有|达|为)?"
                      r"(?P<n>\d+|[一两二三四五六七八九十])所")


def designation_key(words: str) -> str | None:
    """“教育部1+X证书制度试点” -> “1+X证书制度试点”; None if it names no kind of title."""
    voc = vocabulary()
    key = _LEAD.sub("", words)
    stripped = True
    while stripped:
        stripped = False
        for issuer in sorted(voc.issuers, key=len, reverse=True):
            if key.startswith(issuer) and len(key) > len(issuer):
                key, stripped = key[len(issuer):], True
    return key if len(key) >= 2 and any(kind in key for kind in voc.kinds) else None


def _spellings(data) -> list[tuple[str, str]]:
    """(spelling, registered school) of every name and alias in the registry, longest first."""
    out = []
    for row in data.rows("schools"):
        name = str(row.get("school") or "").strip()
        if name:
            out.append((clean(name), name))
            out += [(clean(a), name) for a in _ALIAS_SEPARATORS.split(str(row.get("aliases") or "")) if a.strip()]
    return sorted(out, key=lambda s: -len(s[0]))


def _named_in(clause: str, spellings) -> list[str]:
    """The registry's schools a clause names, each once, in the order written."""
    found, taken = [], []
    for spelling, school in spellings:
        start = clause.find(spelling)
        while start >= 0:
            span = range(start, start + len(spelling))
            if not any(set(span) & set(t) for t in taken):
                taken.append(span)
                found.append((start, school))
            start = clause.find(spelling, start + 1)
    return list(dict.fromkeys(school for _, school in sorted(found)))


def check(ctx: Context) -> list[Finding]:
    data = ctx.data
    if data.report.level == "school" or not data.rows("schools"):
        return []
    texts = [(b, _plain(b.text)) for _, b in data.document.blocks() if b.kind == "text" and b.text.strip()]
    spellings = _spellings(data)
    out = []
    for block, text in texts:
        for m in _count_pattern().finditer(text):
            key = designation_key(m.group("designation"))
            if key is None:
                continue
            count = int(m.group("n")) if m.group("n").isdigit() else _NUMERALS[m.group("n")]
            named = _named_with(key, texts, spellings, (block, m.start(), m.end()))
            marked = [r.get("school") for r in data.rows("schools") if key in _plain(str(r.get("honours") or ""))]
            problems = [f"{where}称{'、'.join(schools)}为{key}（{len(schools)} 所）"
                        for where, schools in (*((ctx.outline.name(b), s) for b, s in named),
                                               ("辖区学校名单的荣誉中", marked)) if len(schools) > count]
            if problems:
                out.append(Finding("warning", "R7.schools", ctx.outline.block_place(block),
                                   f"{ctx.outline.name(block)}写有“{_LEAD.sub('', m.group(0))}”，而{'；'.join(problems)}：请核对所数的学校"))
    return out


def _named_with(key: str, texts, spellings, itself) -> list:
    """(block, schools) of each clause naming schools before the designation `key`."""
    out = []
    for block, text in texts:
        start = text.find(key)
        while start >= 0:
            if not (block is itself[0] and itself[1] <= start < itself[2]):
                clause = _CLAUSE_END.split(text[:start])[-1]
                schools = _named_in(clause, spellings)
                if schools:
                    out.append((block, schools))
            start = text.find(key, start + 1)
    return out


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("designations", check, {"document", "records", "report"}),)
