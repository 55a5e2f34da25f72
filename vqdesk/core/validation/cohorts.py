"""R15.cohort (hint): a cohort too young for the results it is given.

级 names the year of entry, 届 the year of leaving.  Jinzhou's 2025 report gives the 2025
admission results to the “24级升学班”: students who entered in 2024 have not finished a 中职
course by 2025 (its leavers entered in 2022).  A 级 of digits (“24级”, “2024 级”) in one sentence
with a result of leaving, in the report of a year at most one year after the entry, is read.
Plans (“预计…”), 届 and levels (省级, 一级) are left alone.
"""

import re
from functools import lru_cache

from vqdesk.core.findings import Finding

from .context import Context

_COHORT = re.compile(r"(?<![\d.．])(?P<year>(?:20)?\d{2})\s*级(?!别)")
#: Results of leaving; a class named after its goal (单招班, 高考班) or a course (就业指导) is none.
_RESULT = re.compile(r"考入|录取|升入|毕业(?!设计|论文|班)|就业(?!指导|教育|创业|意向|班)|升学考试"
                     r"|单招(?!班)|高考(?!班)|对口升学(?!班)")
#: Words of a plan or of a time still to come: the results are not claimed.  Admitting new
#: students (“录取2025级新生”) is a result of entering, not of leaving.
_PLAN = re.compile(r"计划|预计|拟|将于|将在|将会|力争|争取|有望|目标|预期|毕业后|毕业时|准备|模拟"
                   r"|新生|招生|招收|入学|报到")
_SENTENCE = re.compile(r"[^。！？\n]+")
#: Entered at most this many years before the report year: too soon to leave a 中职 course.
MAX_YEARS = 1
QUOTE_CHARS = 30


def _entry(digits: str) -> int:
    return int(digits) if len(digits) == 4 else 2000 + int(digits)


def _quote(sentence: str, start: int, end: int) -> str:
    words = sentence[start:end].strip()
    return words if len(words) <= QUOTE_CHARS else words[:QUOTE_CHARS] + "…"


def check(ctx: Context) -> list[Finding]:
    year = ctx.data.year
    return [Finding("info", "R15.cohort", place, f"{where}{tail}")
            for text, place, where in ctx.texts() if "级" in text for tail in _too_young(text, year)]


@lru_cache(maxsize=4096)
def _too_young(text: str, year: int) -> tuple:
    """The message tails of one text's cohorts too young for their results: once per edit of it."""
    out = []
    for sentence in _SENTENCE.findall(text):
        result = _RESULT.search(sentence) if "级" in sentence else None
        if not result or _PLAN.search(sentence):
            continue
        for m in _COHORT.finditer(sentence):
            entry = _entry(m.group("year"))
            if not 0 <= year - entry <= MAX_YEARS:
                continue
            after = _RESULT.search(sentence, m.end()) or result
            quoted = _quote(sentence, min(m.start(), after.start()), max(m.end(), after.end()))
            out.append(f"写有“{quoted}”：“{m.group(0).strip()}”是 {entry} 年入学的学生，"
                       f"到 {year} 年还没有读完中职，不会有“{after.group(0)}”的结果；"
                       f"请核对“级”（入学年份）与“届”（毕业年份）是否写错")
            break
    return tuple(out)


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("cohorts", check, {"document", "report"}),)
