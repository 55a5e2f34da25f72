"""R16.website: the school's web address is typed once, in the profile; an address written
anywhere else (a text, a case, a free table, the profile's other address field) that is one or
two characters away from it is a typo that sends readers to the wrong site (Jinzhou: 公开网址
jzjdgctx.com, back cover jzjdgcxx.com).  Other sites (a partner's, the ministry's) differ by
more and are left alone.
"""

import re
from functools import lru_cache

from vqdesk.core.findings import Finding, Place
from vqdesk.core.profile import profile_field

from .context import Context

PROFILE_KEYS = ("website", "publication_url")
_URL = re.compile(r"(?:https?://)?(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|cn|net|org|edu|gov|top)"
                  r"(?:\.cn)?(?:/[\x21-\x7e]*)?", re.IGNORECASE)
MAX_TYPO = 2
MIN_HOST = 6


def host(url: str) -> str:
    text = re.sub(r"^https?://", "", url.strip().lower())
    return re.sub(r"^www\.", "", text.split("/")[0])


def _distance(a: str, b: str) -> int:
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (x != y))
    return row[-1]


def near_miss(a: str, b: str) -> bool:
    return a != b and min(len(a), len(b)) >= MIN_HOST and _distance(a, b) <= MAX_TYPO


def _written(ctx: Context):
    """(address, place, where) of every address the document writes."""
    preface = ctx.data.settings.get("preface") or {}
    if preface.get("text"):
        for m in _URL.finditer(preface["text"]):
            yield m.group(0), Place(kind="preface", label=preface.get("title")), f"“{preface.get('title') or '前言'}”"
    for _, block in ctx.blocks():
        if block.kind == "text":
            cells = [block.text or ""]
        elif block.kind == "table" and block.data.get("source") is None:
            cells = [str(c) for row in block.data.get("rows") or [] for c in row if isinstance(c, str)]
        else:
            continue
        for cell in cells:
            for url in _urls(cell):
                yield url, ctx.outline.block_place(block), ctx.outline.name(block)


#: A cheap look for a domain ending before the address pattern runs over a long text's numbers.
_TLD = re.compile(r"\.(?:com|cn|net|org|edu|gov|top)", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _urls(cell: str) -> tuple:
    return tuple(m.group(0) for m in _URL.finditer(cell)) if _TLD.search(cell) else ()


def _label(key: str, level: str) -> str:
    return re.sub(r"[（(].*$", "", profile_field(key, level).label)


def check(ctx: Context) -> list[Finding]:
    level = ctx.data.report.level
    typed = [(key, str(ctx.data.profile.get(key) or "").strip()) for key in PROFILE_KEYS]
    typed = [(key, url) for key, url in typed if url]
    out = []
    if len(typed) == 2 and near_miss(host(typed[0][1]), host(typed[1][1])):
        (k1, u1), (k2, u2) = typed
        out.append(Finding("warning", "R16.website", Place(kind="profile", field=k2),
                           f"学校信息中的{_label(k2, level)}“{u2}”与{_label(k1, level)}“{u1}”只差几个字符，"
                           "像是同一网址的笔误，请核对"))
    for url, place, where in _written(ctx):
        for key, profile_url in typed:
            if near_miss(host(url), host(profile_url)):
                out.append(Finding("warning", "R16.website", place,
                                   f"{where}写有网址“{url}”，与学校信息中的{_label(key, level)}“{profile_url}”"
                                   f"只差几个字符，请核对（正文可用数据字段 {{{{profile.{key}}}}}，与学校信息一致）"))
                break
    return out


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("websites", check, {"document", "profile", "report"}),)
