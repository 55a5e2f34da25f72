"""R16.approx (hints): counts of one kind of thing written in two places that cannot both hold.

- Two approximate counts of one classifier and noun whose ranges do not overlap (Anshan 2023:
  “…等 800 余家企业与职业院校深度对接” and “与 600 余家企业开展校企合作”): most likely they count
  different scopes (中职 only, or every 职业院校), which each place should say.  Exact counts
  (“与 60 家企业合作” of one project) are not compared: they are often a part.
- A count of a conjunction (“职教集团和职教联盟 17 个”) smaller than a count of one of its nouns
  (“6 个职教集团”): the two cannot both be right.  17 ≥ 6 is consistent and raises nothing.

The nouns each classifier counts are data (common/number-scopes.toml).  Counts the text gives for
different years (“2022 年…”, “2023 年…”), counts of one text (a text's breakdown: “与 600 余家企业合作，
与 300 余家企业共建基地”), counts said of a part (“其中 300 余家…”) and counts under half the other
(more likely its part) are not compared.
"""

import functools
import re
from dataclasses import dataclass

from vqdesk.core.findings import Finding, Place

from .context import Context
from .number_scopes import NUMBER, Written, vocabulary, written
from .plain_texts import plain_texts
from .statements import _year

_COUNT = re.compile(r"(?<![\d.])" + NUMBER + r"\s*(?P<cl>[家所个门项])(?P<about>左右)?")
_LINK_VERB = re.compile(r"(?:共有|共计|合计|总计|达到|共|有|达|计|为)$")
_AND = "和与及、"
#: What may follow the second noun of “17 个职教集团和职教联盟”: the clause ends (not “…与职业院校深度对接”).
_ENDS = "，,。；;、）)！？等\n"
_CLAUSE = re.compile(r"[，,。；;！？\n]")
#: Two totals of one thing in different scopes are of one size (800 余 and 600 余); a count under
#: half the other is more likely its part (与 100 余家企业共建产业学院), which needs no scope.
MAX_RATIO = 2


@dataclass(frozen=True)
class Count:
    nouns: tuple            # (企业,) or, for a conjunction, (职教集团, 职教联盟)
    classifier: str
    year: int
    count: Written
    quote: str              # “800余家企业”, as the text writes it (without spaces)
    text: int               # which text says it (a text's own counts are not compared)
    place: Place
    where: str


def _noun_at(text: str, pos: int, nouns: tuple) -> str | None:
    return next((n for n in nouns if text.startswith(n, pos)), None)


def _noun_before(text: str, end: int, nouns: tuple) -> str | None:
    return next((n for n in nouns if text.endswith(n, 0, end)), None)


def _after(text: str, m, nouns: tuple):
    """“800 余家企业”, “17 个职教集团和职教联盟。”: (nouns, end of the words) after the count."""
    end = m.end()
    first = _noun_at(text, end, nouns)
    if first is None:
        return None
    end += len(first)
    if end < len(text) and text[end] in _AND:
        second = _noun_at(text, end + 1, nouns)
        stop = end + 1 + len(second or "")
        if second and second != first and (stop == len(text) or text[stop] in _ENDS):
            return (first, second), stop
    return (first,), end


def _before(text: str, m, nouns: tuple):
    """“引进企业 20 多家”, “职教集团和职教联盟 17 个”: (nouns, start of the words) before the count."""
    head = text[:m.start()].rstrip()
    head = head[:len(head) - len(link.group(0))] if (link := _LINK_VERB.search(head)) else head
    second = _noun_before(head, len(head), nouns)
    if second is None:
        return None
    start = len(head) - len(second)
    if start and head[start - 1] in _AND:
        first = _noun_before(head, start - 1, nouns)
        if first and first != second:
            return (first, second), start - 1 - len(first)
    return (second,), start


@functools.lru_cache(maxsize=2048)
def counts(text: str, year: int) -> tuple:
    """(nouns, classifier, year, count, quote) of each count of a listed noun the text gives
    (found once per text: validation reads every text after each edit)."""
    return tuple(_counts(text, year))


def _counts(text: str, year: int):
    vocab = vocabulary()
    for m in _COUNT.finditer(text):
        nouns = vocab.nouns.get(m.group("cl"), ())
        after = _after(text, m, nouns)
        if after is not None:
            said, end = after
            about = bool(m.group("about")) or text.startswith("左右", end)
            begin, quote = m.start(), text[m.start():end]
        elif (before := _before(text, m, nouns)) is not None:
            said, start = before
            about = bool(m.group("about"))
            begin, quote = start, text[start:m.end()]
        else:
            continue
        if "其中" in _CLAUSE.split(text[:begin])[-1]:
            continue            # a part of a count said before it
        yield said, m.group("cl"), _year(text, m.start(), year), written(m, about), re.sub(r"\s+", "", quote)


def _said(ctx: Context) -> list:
    out = []
    for n, source in enumerate(plain_texts(ctx)):
        found = counts(source.text, ctx.data.year)
        if found:
            place, where = source.located()
            out += [Count(*c, n, place, where) for c in found]
    return out


def _ranges_apart(a: Count, b: Count) -> bool:
    return a.count.approximate and b.count.approximate and len(a.nouns) == len(b.nouns) == 1 \
        and a.nouns == b.nouns and a.classifier == b.classifier and a.year == b.year \
        and not a.count.overlaps(b.count) \
        and min(a.count.high, b.count.high) * MAX_RATIO >= max(a.count.low, b.count.low)


def _smaller_whole(whole: Count, part: Count) -> bool:
    return len(whole.nouns) == 2 and len(part.nouns) == 1 and part.nouns[0] in whole.nouns \
        and whole.classifier == part.classifier and whole.year == part.year and whole.count.high < part.count.low


def _finding(earlier: Count, later: Count) -> Finding | None:
    if later.text != earlier.text and _ranges_apart(earlier, later):
        return Finding("info", "R16.approx", later.place,
                       f"{later.where}写有“{later.quote}”{later.count.note()}，而{earlier.where}写有“{earlier.quote}”"
                       f"{earlier.count.note()}：两个约数的范围不重叠，请分别写明统计的范围"
                       "（如仅中职学校，还是全部职业院校；哪一年）")
    whole, part = (later, earlier) if len(later.nouns) == 2 else (earlier, later)
    if _smaller_whole(whole, part):
        first, second = whole.nouns
        return Finding("info", "R16.approx", later.place,
                       f"{whole.where}写有“{whole.quote}”，而{part.where}写有“{part.quote}”：{first}和{second}合计"
                       f"不应少于其中的{part.nouns[0]}，请核对两处的数字和统计范围")
    return None


def check(ctx: Context) -> list[Finding]:
    """Each count against the counts before it: one finding, at the later place, for the first
    that it cannot agree with (a pair of quotes is named once)."""
    said, out, seen = _said(ctx), [], set()
    for i, later in enumerate(said):
        for earlier in said[:i]:
            key = (later.quote, earlier.quote)
            found = _finding(earlier, later) if key not in seen else None
            if found is not None:
                seen.add(key)
                out.append(found)
                break
    return out


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("approx-counts", check, {"document"}),)
