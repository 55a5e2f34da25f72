"""R16.share: shares written beside their counts in a text (“中级职称204人，占37.2%”) fit a base.

- A share that names its base (“占教师总数的22.8%”; common/rates-2023.toml, bases) is the count
  ÷ that base as the paragraph (or the six tables) gives it.  When it is not, the message names
  the base the shares of that sentence do fit, if any (125 @ 22.8 % and 204 @ 37.2 % fit 548–549).
- A share without a named base fits some count the paragraph states (直接就业320人: 56 人 17.5 %).
  One that fits only if .5 is rounded down (68 ÷ 320 = 21.25 % printed 21.2 %) is a hint.
- A share with no count (“其余的占5.5%”) after shares of one base that make 100 % with it is the
  remainder: base − the counts before it (320 − 302 = 18, 5.63 %).
"""

import functools
import re
from dataclasses import dataclass

from vqdesk.core.findings import Finding

from .context import Context, decimals_of
from .free_tables import plain
from .rate_vocab import vocabulary
from .rates import Sources, _texts, paragraph_figures, paragraphs_of, table_counts

_ITEM = re.compile(r"(?P<n>\d+)\s*(?:人|名)(?!次)\s*[，,]?\s*[（(]?\s*"
                   r"(?:占(?:比)?(?P<base>[^\d，。；,;%％（）()]{0,8}?)(?:的)?(?:比例|比重)?(?:达到|为|达)?\s*)?"
                   r"(?P<pct>\d+(?:\.\d+)?)\s*[%％]")
_BARE = re.compile(r"占(?:比)?(?P<base>[^\d，。；,;%％（）()]{0,8}?)(?:的)?(?:比例|比重)?(?:达到|为|达)?\s*"
                   r"(?P<pct>\d+(?:\.\d+)?)\s*[%％]")
_COUNT = re.compile(r"(?<![\d.])(\d+)\s*(?:人|名)(?!次)")
_VAGUE = ("约", "近", "超", "逾", "不足", "不到")
_LABEL_END = re.compile(r"[，,；;。：:（(]")


@dataclass(frozen=True)
class Share:
    label: str
    n: int | None          # None: a share with no count of its own
    pct: float
    written: str
    base: str              # the base word as written (“教师总数”), "" if none
    sentence: int
    end: int

    def half(self) -> float:
        return 0.5 * 10 ** -decimals_of(float(self.written))

    def fits(self, base: float, slack: float = 1e-9) -> bool:
        return self.n is not None and base > 0 and abs(100 * self.n / base - self.pct) <= self.half() + slack

    def exact(self, base: float) -> bool:
        """The share is the count ÷ base rounded half up, as printed."""
        if self.n is None or base <= 0:
            return False
        return float(_round_half_up(100 * self.n / base, decimals_of(float(self.written)))) == float(self.written)

    def said(self) -> str:
        return f"“{self.label}{self.n}人”占 {self.written}%" if self.n is not None else f"“{self.label}”占 {self.written}%"


@functools.lru_cache(maxsize=4096)
def shares_in(paragraph: str) -> tuple:
    out, taken = [], []
    for m in _ITEM.finditer(paragraph):
        if any(v in (m.group("base") or "") for v in _VAGUE):
            continue
        out.append(Share(_label(paragraph, m.start()), int(m.group("n")), float(m.group("pct")), m.group("pct"),
                         _base_word(m.group("base")), paragraph.count("。", 0, m.start()), m.end()))
        taken.append((m.start(), m.end()))
    for m in _BARE.finditer(paragraph):
        if any(a <= m.start() < b for a, b in taken) or any(v in m.group("base") for v in _VAGUE):
            continue
        out.append(Share(_label(paragraph, m.start()).rstrip("的"), None, float(m.group("pct")), m.group("pct"),
                         _base_word(m.group("base")), paragraph.count("。", 0, m.start()), m.end()))
    return tuple(sorted(out, key=lambda s: s.end))


def _label(text: str, start: int) -> str:
    head = _LABEL_END.split(text[max(0, start - 14):start])[-1]
    return re.sub(r"^(其中|另有|有)", "", head.strip())


def _base_word(word) -> str:
    return re.sub(r"^(的|了)", "", (word or "").strip())


# -- the rule ---------------------------------------------------------------------------------------------

def check(ctx: Context) -> list[Finding]:
    sources = Sources(ctx, table_counts(ctx))
    out = []
    for text, where in _texts(ctx):
        for paragraph in paragraphs_of(text):
            shares = shares_in(paragraph)
            if not shares:
                continue
            sources.paragraph = paragraph_figures(paragraph, ctx.data.year)[0]
            stated = [int(m.group(1)) for m in _COUNT.finditer(paragraph)]
            problems = [*_named(shares, sources, ctx.data.year), *_unnamed(shares, stated)]
            if problems:
                place, name = where()
                out += [Finding(severity, rule, place, name + message) for severity, rule, message in problems]
    return out


def _named(shares, sources, year):
    """Shares of a named base, a sentence at a time (a share after one inherits its base)."""
    vocab, groups, current = vocabulary(), {}, None
    for s in shares:
        if s.n is None:
            yield from _reachable(s, sources, year)
            continue
        if s.base:
            current = (s.sentence, vocab.bases.get(s.base), s.base) if s.base in vocab.bases else None
        elif current is not None and current[0] != s.sentence:
            current = None
        if current is not None:
            groups.setdefault(current, []).append(s)
    for (_, key, word), group in groups.items():
        values = sources.values(key, year)
        if not values:
            continue
        base, at = values[0]
        wrong = [s for s in group if not s.fits(base)]
        if not wrong:
            continue
        computed = "、".join(f"{s.n} ÷ {plain(base)} = {100 * s.n / base:.2f}%" for s in wrong)
        fitting = _common_bases(group)
        hint = (f"；这些比例只与 {_span(fitting)} 人的基数相符，而不是{key} {plain(base)} 人" if fitting else "")
        source = f"（{at}）" if at else ""
        yield ("warning", "R16.share",
               f"写有{'、'.join(s.said() for s in group)}（基数为“{word}”），但{key}为 {plain(base)} 人{source}："
               f"{computed}{hint}。请核对所用基数")


def _reachable(s: Share, sources, year):
    """A share with no count of its own but a named base (“双师型教师占比专任教师达到71.6%”) is some
    whole number of people out of that base (71.6 % of 124 would be 88.78 people)."""
    key = vocabulary().bases.get(s.base)
    values = sources.values(key, year) if key else None
    if not values:
        return
    base, at = values[0]
    below = int(base * s.pct / 100)
    if base != int(base) or any(abs(100 * n / base - s.pct) <= s.half() + 1e-9 for n in (below, below + 1)):
        return
    near = "，".join(f"{n} ÷ {plain(base)} = {100 * n / base:.2f}%" for n in (below, below + 1) if 0 <= n <= base)
    source = f"（{at}）" if at else ""
    yield ("warning", "R16.share",
           f"写有{s.said()}（基数为“{s.base}”），但{key}为 {plain(base)} 人{source}：没有哪个整数人数能得出 "
           f"{s.written}%（{near}）。请核对比例或所用基数")


def _unnamed(shares, stated):
    """Shares with no named base fit a count the paragraph states; a bare share is the remainder."""
    run: list = []               # the shares before, of one base
    for s in shares:
        if s.base and s.base in vocabulary().bases:
            run = []
            continue
        if s.n is None:
            yield from _remainder(s, run)
            run = []
            continue
        exact = [b for b in stated if b > s.n and s.exact(b)]
        if exact:
            run = [x for x in run if x.fits(exact[0])] + [s]
            continue
        boundary = [b for b in stated if b > s.n and s.fits(b)]
        if boundary:
            b = boundary[0]
            yield ("info", "R16.rounding",
                   f"写有{s.said()}：{s.n} ÷ {b} = {100 * s.n / b:.2f}%，四舍五入应为 "
                   f"{_round_half_up(100 * s.n / b, decimals_of(float(s.written)))}%，与其他比例的舍入方式不一致")
            run = []
            continue
        bases = [b for b in stated if run and all(x.fits(b) for x in run)]
        if bases:
            b = bases[0]
            yield ("warning", "R16.share",
                   f"写有{s.said()}，但按同段其他比例的基数 {b} 人计算为 {s.n} ÷ {b} = {100 * s.n / b:.2f}%，请核对")
        run = []


def _remainder(s: Share, run: list):
    if len(run) < 2:
        return
    bases = {round(100 * x.n / x.pct) for x in run if x.pct}
    base = next((b for b in sorted(bases) if all(x.fits(b) for x in run)), None)
    total = sum(x.pct for x in run) + s.pct
    if base is None or not 99 <= total <= 101:
        return
    rest = base - sum(x.n for x in run)
    expected = 100 * rest / base
    if abs(expected - s.pct) <= s.half() + 1e-9:
        return
    counts = " + ".join(str(x.n) for x in run)
    yield ("warning", "R16.share",
           f"写有{s.said()}，但按基数 {base} 人，其余 {base} − （{counts}） = {rest} 人应占 {_round_half_up(expected, 2)}%"
           f"（约 {_round_half_up(expected, decimals_of(float(s.written)))}%）；各项比例相加为 {plain(round(total, 6))}%")


def _common_bases(group) -> list:
    """The whole numbers every share of the group fits as its base."""
    low = max(s.n / ((s.pct + s.half()) / 100) for s in group)
    high = min(s.n / ((s.pct - s.half()) / 100) for s in group if s.pct > s.half())
    return [b for b in range(int(low), int(high) + 1) if all(s.fits(b) for s in group)]


def _span(values) -> str:
    return str(values[0]) if len(values) == 1 else f"{values[0]}–{values[-1]}"


def _round_half_up(value: float, decimals: int) -> str:
    scaled = int(value * 10 ** decimals + 0.5 + 1e-9)
    return plain(scaled / 10 ** decimals) if decimals else str(scaled)


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("shares", check, {"document", "figures", "report"}),)
