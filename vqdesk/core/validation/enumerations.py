"""R17.count (hint): a count written beside the list it counts, and the list has another length.

- “五位一体” beside the quoted list it sums up, “专业建设共议、课程体系共订、师资队伍共建、培养过程
  共管、教育资源共享、校企文化共融”: six items, not five (Jinzhou 2025 §8.3 #34).  The list is the
  quoted one right before the count or in the same or the next sentence after it (“教、研、创、训、展”
  五位一体 is right).
- “开设3个专业：机电技术应用、数控技术应用、汽车运用与维修、焊接技术应用” (a count, a colon, the
  items): four, not three.  A list ending in 等 is not all of them and is left alone.
- A 、 left out between two items of a list whose items end alike: “人才链、产业链、项目链、技术链
  资本链的‘五链’” (Benxi 2024 6.x): 技术链 and 资本链 run together.
"""

import re
from functools import lru_cache

from vqdesk.core.document.numbering import numeral_value
from vqdesk.core.findings import Finding

from .context import Context

_NUMERAL = r"(?P<n>\d{1,2}|[一二两三四五六七八九十]{1,2})"
_WHOLE = re.compile(_NUMERAL + r"(?P<word>位一体|大体系|大工程|大举措|项举措|个方面|个维度|大平台|大行动|大任务)")
_QUOTED = re.compile(r"[“\"]([^”\"]{2,80})[”\"]")
_COLON = re.compile(_NUMERAL + r"\s*(?P<word>个|项|所|家|门|类)(?P<what>[\u4e00-\u9fff]{0,6})[：:](?P<items>[^。；;！？\n]{3,200})")
_SENTENCE_END = "。！？；\n"


def _count(text: str) -> int:
    return int(text) if text.isdigit() else (2 if text == "两" else numeral_value(text))


def _items(listed: str) -> list:
    return [i.strip() for i in listed.split("、") if i.strip()]


def _near_list(text: str, m) -> str | None:
    """The quoted 、-list just before the count, or the first one after it within two sentences."""
    before = text[max(0, m.start() - 82):m.start()]
    q = None
    for q in _QUOTED.finditer(before):
        pass
    if q is not None and q.end() == len(before) and "、" in q.group(1):
        return q.group(1)
    rest, ends = text[m.end():], 0
    for i, ch in enumerate(rest):
        if ch in _SENTENCE_END:
            ends += 1
            if ends == 2:
                rest = rest[:i]
                break
    for q in _QUOTED.finditer(rest):
        if "、" in q.group(1):
            return q.group(1)
    return None


def _mismatches(text: str):
    for m in _WHOLE.finditer(text):
        listed = _near_list(text, m)
        n = _count(m.group("n"))
        if listed and n and len(_items(listed)) != n:
            yield m.group(0), listed, len(_items(listed)), n
    for m in _COLON.finditer(text):
        listed = m.group("items").strip().rstrip("，,")
        items = _items(listed)
        n = _count(m.group("n"))
        if n >= 2 and "的" not in m.group("what") and len(items) >= 2 and not listed.endswith(("等", "等等")) \
                and len(items) != n:
            yield m.group(0)[:m.group(0).index(m.group("items")) - 1], listed, len(items), n


_LIST = re.compile(r"[\u4e00-\u9fff]{1,8}(?:、[\u4e00-\u9fff]{1,8}){2,}")


def _glued(text: str):
    """Items of a 、-list of three or more that end in one character, one of which holds two."""
    for m in _LIST.finditer(text):
        items = m.group(0).split("、")
        items[-1] = items[-1].split("等")[0]                      # “…、中秋节等传统节日”: the list ends at 等
        if not items[-1]:
            continue
        end = max(set(i[-1] for i in items[:-1]), key=[i[-1] for i in items].count)
        if [i[-1] for i in items].count(end) < 2 or end not in items[-1]:
            continue
        items[-1] = items[-1][:items[-1].rindex(end) + 1]      # “技术链资本链的” ends at its 链
        for item in items:
            cut = item.find(end)
            if 2 <= cut < len(item) - 2 and item.count(end) == 2 and not any(w in item for w in "和与及或"):
                yield item, item[:cut + 1], item[cut + 1:]


@lru_cache(maxsize=4096)
def _slips(text: str) -> tuple:
    """What one text's lists get wrong, as message tails: a text's scan is made once per edit of
    it, not once per edit of the report."""
    out = [f"所列的“{item}”像是“{first}”和“{second}”两项，中间少了“、”，请补上" for item, first, second in _glued(text)]
    for said, listed, found, n in _mismatches(text):
        shown = listed if len(listed) <= 80 else listed[:80] + "…"
        out.append(f"写“{said}”，而列出的“{shown}”是 {found} 项，不是 {n} 项：请核对数目或所列各项")
    return tuple(out)


def check(ctx: Context) -> list[Finding]:
    return [Finding("info", "R17.count", place, f"{where}{tail}")
            for text, place, where in ctx.texts() if "、" in text for tail in _slips(text)]


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("enumerations", check, {"document"}),)
