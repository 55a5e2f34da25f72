"""R16.rate: a rate the report states fits the counts it states (common/rates-2023.toml).

A rate written in a text (“升学率80.93%”) is recomputed from the counts of the same year that the
report gives: those written in the same paragraph first, then a free table's row or column of
that year, then the six tables' cells for the report year.  A rate may follow any of its
definitions (升学 ÷ 毕业生, 录取 ÷ 报考); it is wrong only when every definition can be computed
and none gives the printed value.  Where only the denominator is known, the printed value must
at least be reachable: some whole number of people out of it (97.67 % of 104 is 101.58 people).
"""

import functools
import re

from vqdesk.core.binding import TOKEN_RE
from vqdesk.core.findings import Finding, Place

from .context import Context, decimals_of
from .free_tables import plain, row_label
from .rate_vocab import vocabulary
from .statements import _caption_year, _cell_year, _is_number
from .text import PART_ENDINGS

#: “其中升学330人” is a part of the school's figure, and the figure rates are made of.
_PARTS = tuple(p for p in PART_ENDINGS if p != "其中")


_YEAR = re.compile(r"(20\d\d)\s*(?:年|届)")


def of_a_part(text: str, start: int) -> bool:
    return text[max(0, start - 4):start].endswith(_PARTS)


def _year(text: str, start: int, year: int) -> int:
    """The year the sentence speaks of up to `start` (“2022年…毕业生2603人，…就业率97.3%”: 2022 for
    both); the report year by default."""
    sentence = re.split(r"[。！？]", text[:start])[-1]
    years = _YEAR.findall(sentence)
    return int(years[-1]) if years else year


# -- what a paragraph states ------------------------------------------------------------------------

@functools.cache
def _patterns():
    vocab = vocabulary()
    names = sorted(((s, c.key) for c in vocab.counts.values() for s in c.spellings), key=lambda x: -len(x[0]))
    after = sorted(((s, c.key) for c in vocab.counts.values() for s in c.spellings_after), key=lambda x: -len(x[0]))
    rates = sorted(((s, r.key) for r in vocab.rates.values() for s in r.spellings), key=lambda x: -len(x[0]))
    before = re.compile(
        r"(?P<name>" + "|".join(re.escape(s) for s, _ in names) + r")(?:共有|共计|合计|总计|达到|共|有|达|为|计)?"
        r"[:：]?\s*(?P<n>\d[\d,，]*)\s*(?:名|人)(?!次)")
    behind = re.compile(r"(?P<n>\d[\d,，]*)\s*(?:名|人)(?!次)[^，。；,;\d]{0,8}?(?P<name>"
                        + "|".join(re.escape(s) for s, _ in after) + ")") if after else None
    rate = re.compile(r"(?P<name>" + "|".join(re.escape(s) for s, _ in rates) + r")(?:为|是|达|达到|保持在)?\s*"
                      r"(?P<v>\d+(?:\.\d+)?)\s*[%％]")
    return before, behind, rate, dict(names), dict(after), dict(rates)


#: Words right before a count that make it the sum of the items listed before it.
_TOTALS = ("合计", "共计", "总计", "一共", "共")


@functools.lru_cache(maxsize=4096)
def paragraph_figures(text: str, year: int):
    """({(count, year): value}, [(rate, year, value, written)]) of one paragraph; figures of a
    part (“数控专业就业率”) are not the school's."""
    before, behind, rate_re, names, after, rates = _patterns()
    counts, out = {}, []
    if not any(ch.isdigit() for ch in text):
        return counts, out
    totals = set()
    for pattern, spell in ((before, names), (behind, after)):
        for m in (pattern.finditer(text) if pattern else ()):
            if of_a_part(text, m.start()):
                continue
            key, value = (spell[m.group("name")], _year(text, m.start(), year)), int(re.sub(r"[,，]", "", m.group("n")))
            # “其中13人考入甲校，38人考入乙校，合计155人考入…”: the total, not the first item, is the count
            if text[max(0, m.start() - 2):m.start()].endswith(_TOTALS) and key not in totals:
                counts[key] = value
                totals.add(key)
            else:
                counts.setdefault(key, value)
    for m in rate_re.finditer(text):
        if not of_a_part(text, m.start()):
            out.append((rates[m.group("name")], _year(text, m.start(), year), float(m.group("v")), m.group("v")))
    return counts, tuple(out)


# -- where counts come from ---------------------------------------------------------------------------

class Sources:
    """The counts known for a rate: the paragraph's, then the free tables', then the cells'."""

    def __init__(self, ctx: Context, tables: dict):
        self.ctx, self.tables, self.vocab = ctx, tables, vocabulary()
        self.paragraph: dict = {}

    def values(self, key: str, year: int) -> list:
        """[(value, where)] of one count: where is "" in the paragraph, else its place."""
        if (key, year) in self.paragraph:
            return [(self.paragraph[(key, year)], "")]
        found = list(self.tables.get((key, year), []))
        count = self.vocab.counts[key]
        if not found and year == self.ctx.data.year and count.indicator in self.ctx.rows \
                and self.ctx.applicable(self.ctx.rows[count.indicator]):
            value = self.ctx.number(count.indicator)
            if value is not None:
                found.append((value, self.ctx.label(count.indicator)))
        if not found and count.difference:
            a, b = (self.values(k, year) for k in count.difference)
            if a and b:
                found.append((a[0][0] - b[0][0], f"= {count.difference[0]} {plain(a[0][0])} − "
                                                 f"{count.difference[1]} {plain(b[0][0])}"))
        return found


def table_counts(ctx: Context, with_blocks: bool = False) -> dict:
    """{(count, year): [(value, where)]} of the free tables: rows or columns of a year, a label
    beside its one value (the caption's year); with_blocks adds each table's block id.  Made once
    per run (several rules ask); callers do not change it."""
    return ctx.memo(f"table_counts:{with_blocks}", lambda ctx: _table_counts(ctx, with_blocks))


def _table_counts(ctx: Context, with_blocks: bool) -> dict:
    vocab, out = vocabulary(), {}
    for _, block in ctx.blocks():
        d = block.data
        if block.kind != "table" or d.get("source") is not None:
            continue
        name = ctx.table_name(block)
        columns = list(d.get("columns") or [])
        caption_year = _caption_year(block.caption or "", ctx.data.year)
        for row in d.get("rows") or []:
            label = row_label(row or [])
            numbers = [(c, v) for c, v in enumerate(row or []) if c and _is_number(v)]
            for c, value in numbers:
                header = columns[c] if c < len(columns) else ""
                if _cell_year(label) is not None:
                    key, at, cell = vocab.count_of_label(header), _cell_year(label), f"“{label}”行"
                elif _cell_year(header) is not None:
                    key, at, cell = vocab.count_of_label(label), _cell_year(header), f"“{header}”列"
                elif len(numbers) == 1:
                    key, at, cell = vocab.count_of_label(label), caption_year, f"“{label}”行"
                else:
                    continue
                if key:
                    found = (value, f"{name}{cell}") + ((id(block),) if with_blocks else ())
                    out.setdefault((key, at), []).append(found)
    return out


# -- the rule ---------------------------------------------------------------------------------------------

def _fits(value: float, decimals: int, computed: float) -> bool:
    return abs(computed - value) <= 0.5 * 10 ** -decimals + 1e-9


def _reachable(value: float, decimals: int, n: float) -> bool:
    if n <= 0 or not float(n).is_integer():
        return True
    guess = round(value * n / 100)
    return any(0 <= k <= n and _fits(value, decimals, 100 * k / n) for k in (guess - 1, guess, guess + 1))


def _sources(wheres) -> str:
    """Where the counts not written in the paragraph itself come from."""
    named = list(dict.fromkeys(w for w in wheres if w))
    return f"（{'；'.join(named)}）" if named else ""


def judge(rate, value: float, written: str, year: int, sources: Sources):
    """None when some definition fits or cannot be judged; else the parts of the message."""
    decimals = decimals_of(float(written))
    said = []
    for definition in rate.definitions:
        nums = sources.values(definition.numerator, year)
        dens = [sources.values(k, year) for k in definition.denominator]
        if not all(dens):
            return None                                   # this definition may be the one used
        den = dens[0][0][0] - (dens[1][0][0] if len(dens) == 2 else 0)
        if den <= 0 or any(n > den for n, _ in nums):
            continue                                      # counts of different scopes: not this definition
        den_text = " − ".join(plain(d[0][0]) for d in dens)
        den_text = den_text if len(dens) == 1 else f"（{den_text}）"
        wheres = [d[0][1] for d in dens]
        if not nums:
            if _reachable(value, decimals, den):
                return None
            said.append(f"“{definition.describe()}”的分母为 {den_text}{_sources(wheres)}，"
                        f"没有哪个整数人数能得出 {written}%（{_neighbours(value, den)}）")
            continue
        fitting = [n for n, _ in nums if den and _fits(value, decimals, 100 * n / den)]
        if fitting:
            return None
        n, where = nums[0]
        computed = 100 * n / den if den else None
        result = f"{computed:.2f}%" if computed is not None else "无法计算（分母为 0）"
        said.append(f"按“{definition.describe()}”为 {plain(n)} ÷ {den_text} = {result}{_sources([where] + wheres)}")
    return said or None


def _neighbours(value: float, n: float) -> str:
    guess = int(value * n / 100)
    pairs = [(k, 100 * k / n) for k in (guess, guess + 1) if 0 <= k <= n]
    return "，".join(f"{k} ÷ {plain(n)} = {v:.2f}%" for k, v in pairs)


@functools.lru_cache(maxsize=4096)
def paragraphs_of(text: str) -> tuple:
    """A text's paragraphs with its bound fields masked (they print the stored figure, which the
    rules compare on their own); cached, as live validation reads the same texts at every edit."""
    return tuple(TOKEN_RE.sub("〔字段〕", text).split("\n"))


def check(ctx: Context) -> list[Finding]:
    vocab = vocabulary()
    sources = Sources(ctx, table_counts(ctx))
    out = []
    for text, where in _texts(ctx):
        for paragraph in paragraphs_of(text):
            counts, rates = paragraph_figures(paragraph, ctx.data.year)
            sources.paragraph = counts
            for key, year, value, written in rates:
                said = judge(vocab.rates[key], value, written, year, sources)
                if said:
                    place, name = where()
                    when = "" if year == ctx.data.year else f"（{year}年）"
                    out.append(Finding("warning", "R16.rate", place,
                                       f"{name}写有{key}{when} {written}%，与报告所列人数不符：" + "；".join(said)
                                       + "。请核对，并写明该比率的分子和分母"))
    return out


def _texts(ctx: Context):
    preface = ctx.data.settings.get("preface") or {}
    if preface.get("title") is not None:
        yield preface.get("text") or "", lambda: (Place(kind="preface", label=preface["title"]),
                                                   f"“{preface['title']}”")
    for _, b in ctx.blocks():
        if b.kind == "text" and b.text.strip():
            yield b.text, lambda b=b: (ctx.outline.block_place(b), ctx.outline.name(b))


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("rates", check, {"document", "figures", "report"}),)
