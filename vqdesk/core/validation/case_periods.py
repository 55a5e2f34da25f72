"""R15.case (hint): a case reporting the results of years wholly before the report's data period.

Liangzhou's 2023 report (data year 2022) shows in 案例 3 the medals its athletes won “在2020-2021年
期间”: a case is meant to show this year's work, so the reader is asked whether these results
belong to the report.  Only a sentence that gives figures for an explicit range of years
(“2020—2021学年”, “2020年至2021年”) is asked about, and not when the same sentence also reaches the
data period (“自2019年以来……2022年”, “2020-2022年”, “至今”): background is written that way.
"""

import re
from datetime import date

from vqdesk.core.binding import TOKEN_RE
from vqdesk.core.findings import Finding

from .context import Context
from .records import _period

_RANGE = re.compile(r"(20\d\d)\s*年?\s*(?:[-—–~～]+|至|到)\s*(20\d\d)\s*(学年|年度|年)?")
_YEAR = re.compile(r"(20\d\d)\s*(学年|年度|年|届)")
#: Words that carry a sentence into the present: it is not about past years only.
_NOW = re.compile(r"以来|至今|迄今|目前|当前|今年|本年度|本学年|近年|近\s*[\d一二三四五两]+\s*年")
_SENTENCE = re.compile(r"[^。！？；;\n]+")
_DIGIT = re.compile(r"\d")


def _span(first: int, last: int, kind: str) -> tuple[date, date]:
    """The days a written range stands for: a school year ends in August, a year in December."""
    if kind == "学年":
        return date(first, 9, 1), date(last, 8, 31)
    return date(first, 1, 1), date(last, 12, 31)


def _past_ranges(sentence: str, start: date) -> list[str]:
    """The ranges of years a sentence gives figures for, when all of them end before `start` and
    nothing in the sentence reaches the period; [] otherwise."""
    ranges = list(_RANGE.finditer(sentence))
    if not ranges or _NOW.search(sentence):
        return []
    if any(_span(int(m.group(1)), int(m.group(2)), m.group(3) or "年")[1] >= start for m in ranges):
        return []
    rest = _RANGE.sub("", sentence)
    if any(_span(int(y), int(y), kind)[1] >= start for y, kind in _YEAR.findall(rest)):
        return []
    if not _DIGIT.search(_YEAR.sub("", rest)):        # no figure: a date of background only
        return []
    return [re.sub(r"\s+", "", m.group(0)) for m in ranges]


def check(ctx: Context) -> list[Finding]:
    start, end = None, None
    out = []
    for _, block in ctx.blocks():
        if block.kind != "case":
            continue
        texts = [b.text for b in block.children if b.kind == "text" and b.text.strip()]
        if not any(_RANGE.search(t) for t in texts):
            continue
        if start is None:
            start, end = _period(ctx)
        written = []
        for text in texts:
            for sentence in _SENTENCE.findall(TOKEN_RE.sub("〔字段〕", text)):
                written += [w for w in _past_ranges(sentence, start) if w not in written]
        if written:
            out.append(Finding("info", "R15.case", ctx.outline.block_place(block),
                               f"{ctx.outline.name(block)}写的是{'、'.join(written)}的成绩，早于本报告的数据期"
                               f"（{start.isoformat()} 至 {end.isoformat()}）：案例应写本报告期的工作，请确认这些数字"
                               "属于本年度，或改用本年度的事例"))
    return out


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("case-periods", check, {"document", "report"}),)
