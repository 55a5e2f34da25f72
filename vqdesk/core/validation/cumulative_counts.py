"""R16.cumulative (hint): two cumulative totals of one thing that cannot be the same figure.

Anshan 2023: “累计为新疆培养内地中职班学生 1686 人” in one section and, in a case, “截至 2023 年，
累计为新疆地区培养输送技能人才近 1200 人”: both count what the schools did for 新疆 since some
year, with 培养, yet 1686 is not within 1080–1200.  Either one is wrong or they count different
things (培养 vs 输送, since different years), which the report should say.

Two totals are of one thing when they count in one unit, share a verb (培养, 输送…) and share a
distinctive term of two characters or more (新疆) in the words between 累计 and the number; the
verbs, the words too common to count (学生, 人才) and the linking characters are data
(common/number-scopes.toml).  Totals as of different years (截至 2022 年 / 截至 2023 年) are not
compared.
"""

import functools
import re
from dataclasses import dataclass

from vqdesk.core.findings import Finding, Place

from .context import Context
from .number_scopes import NUMBER, Written, vocabulary, written
from .plain_texts import plain_texts
from .statements import _year

_UNITS = {"人次": "人次", "人": "人", "名": "人", "个": "个", "家": "家", "所": "所", "项": "项", "场次": "场次",
          "场": "场", "批次": "批次", "课时": "课时", "学时": "学时", "小时": "小时", "万元": "万元", "元": "元"}
_CUMULATIVE = re.compile(r"累计(?P<subject>[^，,。；;：:！？\d\n]{1,30}?)" + NUMBER +
                         r"\s*(?P<unit>" + "|".join(sorted(_UNITS, key=len, reverse=True)) + r")(?P<about>左右)?")


@dataclass(frozen=True)
class Total:
    quote: str              # “累计为新疆培养内地中职班学生 1686 人”, as the text writes it
    verbs: frozenset
    terms: frozenset
    unit: str
    year: int
    count: Written
    place: Place
    where: str


def _terms(subject: str, verbs: frozenset) -> frozenset:
    """Pairs of characters of the subject outside its verbs, linking characters and common words."""
    vocab = vocabulary()
    pieces = re.split("|".join(map(re.escape, sorted(verbs, key=len, reverse=True))), subject) if verbs else [subject]
    pairs = {p[i:i + 2] for p in pieces for i in range(len(p) - 1)}
    return frozenset(t for t in pairs if not any(c in vocab.links for c in t) and t not in vocab.generic
                     and "\u4e00" <= t[0] <= "\u9fff" and "\u4e00" <= t[1] <= "\u9fff")


@functools.lru_cache(maxsize=2048)
def totals(text: str, year: int) -> tuple:
    """(quote, verbs, terms, unit, year, count) of each cumulative total a text states with a verb
    (found once per text: validation reads every text after each edit)."""
    verbs, out = vocabulary().verbs, []
    for m in _CUMULATIVE.finditer(text):
        subject = m.group("subject").strip()
        used = frozenset(v for v in verbs if v in subject)
        if used:
            out.append((re.sub(r"\s+", " ", m.group(0)), used, _terms(subject, used), _UNITS[m.group("unit")],
                        _year(text, m.start(), year), written(m, bool(m.group("about")))))
    return tuple(out)


def _said(ctx: Context) -> list:
    out = []
    for source in plain_texts(ctx):
        if "累计" not in source.text:
            continue
        found = totals(source.text, ctx.data.year)
        if found:
            place, where = source.located()
            out += [Total(*t, place, where) for t in found]
    return out


def _alike(a: Total, b: Total) -> bool:
    return a.unit == b.unit and a.year == b.year and bool(a.verbs & b.verbs) and bool(a.terms & b.terms)


def check(ctx: Context) -> list[Finding]:
    said, out = _said(ctx), []
    for i, later in enumerate(said):
        earlier = next((e for e in said[:i] if _alike(e, later) and not e.count.overlaps(later.count)), None)
        if earlier is None:
            continue
        verbs = [v for v in vocabulary().verbs if v in earlier.verbs | later.verbs]
        what = f"（如{'还是'.join(verbs)}）" if earlier.verbs != later.verbs else ""
        out.append(Finding(
            "info", "R16.cumulative", later.place,
            f"{later.where}写有“{later.quote}”{later.count.note()}，而{earlier.where}写有“{earlier.quote}”"
            f"{earlier.count.note()}：同一件事的两个累计数对不上，请写明各自统计的是什么{what}、自何年起累计"))
    return out


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("cumulative-counts", check, {"document"}),)
