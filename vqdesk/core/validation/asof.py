"""Figures given “截至” a date (R15.asof, R16.asof).

A report's figures describe its data period.  A text or a table caption that dates its figures
“截至12月” when the period ends on 31 August brings in later data (Anshan: employment as of
December in the text, as of the end of August in the table).  And one figure stated at two
dates with two values (直接就业 1664 as of December, 1566 as of August) is one figure written two
ways: the user has to choose the date the report speaks of.

Figures with their own R16.twice comparison (毕业生, 就业率) are left to it.
"""

import calendar
import functools
import re
from dataclasses import dataclass
from datetime import date, timedelta

from vqdesk.core.binding import TOKEN_RE
from vqdesk.core.findings import Finding, Place
from vqdesk.core.kinds import normalise_text

from .context import Context
from .free_tables import TOTALS, plain, row_label
from .records import _period
from .statements import _cell_year, key_of
from .vocabulary import vocabulary

_ASOF = re.compile(r"(?:截至|截止)(?:到)?\s*(?:(?P<y>20\d\d)\s*年\s*)?"
                   r"(?:(?P<m>\d{1,2})\s*月\s*(?:(?P<d>\d{1,2})\s*日|底|末|份)?|(?P<ye>底|末))")
_SENTENCE_END = re.compile(r"[。！？!?\n]")
_NUMBER = re.compile(r"\d[\d,，]*(?:\.\d+)?\s*(?:人次|万元|人|名|个|所|项|%|％)")


@dataclass(frozen=True)
class Dated:
    key: str
    value: float
    written: str
    asof: date
    where: str
    place: Place


def asof_date(match, period_end: date) -> date | None:
    """The day a “截至…” names; a month without a year is the report year's (its period's end)."""
    year = int(match.group("y")) if match.group("y") else period_end.year
    if match.group("ye"):
        if not match.group("y"):
            return None                     # “截至年底”: which year is not said
        return date(year, 12, 31)
    month = int(match.group("m"))
    if not 1 <= month <= 12:
        return None
    last = calendar.monthrange(year, month)[1]
    day = int(match.group("d")) if match.group("d") else last
    return date(year, month, min(day, last))


@functools.cache
def _figures_pattern():
    names = sorted({n for f in vocabulary().asof for n in f.names}, key=len, reverse=True)
    return re.compile(r"(?<!对口)(?<!直接)(?P<name>" + "|".join(map(re.escape, names)) + r")"
                      r"(?:人数)?(?:共有|共计|合计|达到|为|达|共|有)?\s*"
                      r"(?P<n>\d[\d,，]*(?:\.\d+)?)\s*(?P<unit>人|名|%|％)")


def _text_figures(sentence: str):
    """(key, value, written) of each figure of the vocabulary a sentence states."""
    voc = vocabulary()
    for m in _figures_pattern().finditer(sentence):
        figure = voc.asof_key(m.group("name"))
        number = re.sub(r"[,，]", "", m.group("n"))
        rate = m.group("unit") in "%％"
        yield figure.key, float(number), number + ("%" if rate else "")


def _dated_sentences(text: str, end: date):
    """(as-of words, day, rest of the sentence) of each “截至…” in a text."""
    plain_text = TOKEN_RE.sub("〔字段〕", text or "")
    for m in _ASOF.finditer(plain_text):
        day = asof_date(m, end)
        if day is None:
            continue
        rest = _SENTENCE_END.split(plain_text[m.end():], maxsplit=1)[0]
        yield m.group(0).replace(" ", ""), day, rest


def _table_figures(block):
    """(key, value, written, cell) a free table states per column: its 合计 row, or for counts
    the sum of its rows (a table of categories without a 合计 row)."""
    d = block.data
    columns, rows = list(d.get("columns") or []), [list(r) for r in d.get("rows") or [] if r]
    total = next((r for r in rows if normalise_text(row_label(r)).replace(" ", "") in TOTALS), None)
    body = [r for r in rows if r is not total]
    by_year = any(_cell_year(row_label(r)) is not None for r in body)     # rows of years add up to nothing
    for c, header in enumerate(columns):
        figure = vocabulary().asof_key(header) if c else None
        if figure is None:
            continue
        if total is not None and c < len(total) and _is_number(total[c]):
            yield figure.key, float(total[c]), plain(total[c]), f"合计行“{header}”"
        elif total is None and not by_year and figure.kind == "count" and body and all(c < len(r) and _is_number(r[c]) for r in body):
            value = sum(r[c] for r in body)
            yield figure.key, float(value), plain(value), f"“{header}”各行之和"


def _is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def check(ctx: Context) -> list[Finding]:
    start, end = _period(ctx)
    latest = end + timedelta(days=1)            # stock figures are often counted on 1 September
    period = f"报告期 {start.isoformat()} 至 {end.isoformat()}"
    out, dated = [], []
    for _, block in ctx.blocks():
        if block.kind == "text" and block.text.strip():
            where, place = ctx.outline.name(block), ctx.outline.block_place(block)
            for words, day, rest in _dated_sentences(block.text, end):
                figures = list(_text_figures(rest))
                dated += [Dated(k, v, w, day, where, place) for k, v, w in figures]
                shown = "、".join(f"{k} {w}" for k, _, w in figures) or \
                    "、".join(n.replace(" ", "") for n in _NUMBER.findall(rest)[:4])
                if day > latest and shown:
                    out.append(Finding("warning", "R15.asof", place,
                                       f"{where}写的是“{words}”（{day.isoformat()}）的数字：{shown}，这一时点在{period} "
                                       "之后：请改用报告期末的数据，或注明时点与口径"))
        elif block.kind == "table" and block.data.get("source") is None and block.caption:
            found = [(m, asof_date(m, end)) for m in _ASOF.finditer(block.caption)]
            found = [(m, day) for m, day in found if day is not None]
            if not found:
                continue
            (m, day), place = found[0], ctx.outline.block_place(block)
            name = f"表格“{block.caption}”"
            if day > latest:
                out.append(Finding("warning", "R15.asof", place,
                                   f"{name}的标题写明“{m.group(0).replace(' ', '')}”（{day.isoformat()}），"
                                   f"这一时点在{period} 之后：请改用报告期末的数据，或注明时点与口径"))
            dated += [Dated(k, v, w, day, f"{name}{cell}", place) for k, v, w, cell in _table_figures(block)]
    return out + _two_dates(dated, end)


def _two_dates(dated: list, end: date) -> list[Finding]:
    """One figure stated at two dates with two values: named at the statement dated later."""
    out, by_key = [], {}
    for d in dated:
        if key_of(d.key) is None:                # R16.twice compares 毕业生 and 就业率
            by_key.setdefault(d.key, []).append(d)
    for key, said in by_key.items():
        said.sort(key=lambda d: d.asof)
        first = said[0]
        for other in said[1:]:
            if other.asof == first.asof or abs(other.value - first.value) < 1e-9:
                continue
            out.append(Finding(
                "warning", "R16.asof", other.place,
                f"{other.where}写有截至{other.asof.isoformat()}的{key} {other.written}，而{first.where}为截至"
                f"{first.asof.isoformat()}的 {first.written}：同一数字用了两个时点，请统一为报告期末"
                f"（{end.isoformat()}）的数据，或分别注明"))
    return out


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("as-of", check, {"document", "report"}),)
