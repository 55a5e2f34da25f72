"""R16.subject (hints): one subject written with two numbers within one section (a heading's own
texts and the cases under it).

- A model named by digits in quotes (“432”模式: 4 主体, 3 阶段, 2 结合) and the same name a digit
  off a line later (“433”即…) is likely one name mistyped (Anshan 案例 2-5).
- One programme (a …班, …项目, …计划, …工程) given two head counts in one section (400 人 vs 148 名)
  is either one programme written two ways or two programmes the text does not tell apart.
"""

import re
from dataclasses import dataclass
from functools import lru_cache

from vqdesk.core.binding import TOKEN_RE
from vqdesk.core.findings import Finding, Place

from .context import Context

_QUOTED_DIGITS = re.compile(r"[“\"「『](\d{2,6})[”\"」』]")
_PROGRAMME = r"(?P<subject>[\u4e00-\u9fff]{2,14}?(?:班|项目|计划|工程))"
_COUNT_AFTER = re.compile(r"(?<![\d.])(?P<n>\d+)\s*(?P<unit>人|名)(?:的)?" + _PROGRAMME)
#: … the programme, then a few words of the same clause (“现有学员”), then the count
_COUNT_BEFORE = re.compile(r"(?P<subject>[\u4e00-\u9fff]{2,14}(?:班|项目|计划|工程))[^，,。；;、\d]{0,6}?"
                           r"(?P<n>\d+)\s*(?P<unit>人|名)")
#: A subject names one programme only with this many characters (“培训班” alone says too little).
MIN_SUBJECT = 5


@dataclass(frozen=True)
class Said:
    subject: str
    written: str
    where: str
    place: Place


def _texts(ctx: Context):
    """(heading, where, place, text) of every text block, cases' blocks under their heading."""
    for node, block in ctx.blocks():
        if block.kind == "text" and block.text.strip():
            yield node, ctx.outline.name(block), ctx.outline.block_place(block), _unbound(block.text)


@lru_cache(maxsize=4096)
def _unbound(text: str) -> str:
    """The text with its bound fields blanked: a field's value is the data's, not a slip."""
    return TOKEN_RE.sub("〔字段〕", text)


def check(ctx: Context) -> list[Finding]:
    sections: dict = {}
    for node, where, place, text in _texts(ctx):
        sections.setdefault(id(node), (node, []))[1].append((where, place, text))
    out = []
    for node, texts in sections.values():
        out += _digit_names(texts) + _head_counts(ctx, node, texts)
    return out


def _digit_names(texts) -> list[Finding]:
    seen: dict = {}         # “432” -> where it was first written
    out = []
    for where, place, text in texts:
        for m in _QUOTED_DIGITS.finditer(text):
            name = m.group(1)
            if name in seen:
                continue
            near = next((s for s in seen if len(s) == len(name) and sum(a != b for a, b in zip(s, name)) == 1), None)
            seen[name] = where
            if near is not None:
                first = "" if seen[near] == where else seen[near]
                out.append(Finding("info", "R16.subject", place,
                                   f"{first}写有“{near}”，{where}又写作“{name}”：只差一位数字，像是同一名称的笔误，请统一"
                                   if first else
                                   f"{where}中既写“{near}”又写“{name}”：只差一位数字，像是同一名称的笔误，请统一"))
    return out


#: Neither pattern reaches over these marks: a text is searched clause by clause, and only the
#: clauses that hold both a number and a programme word (most hold neither) are searched at all.
_CLAUSE = re.compile(r"[，,。；;、]")
_WORTH = re.compile(r"班|项目|计划|工程")
_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=4096)
def _counts(text: str) -> tuple:
    clauses = [c for c in _CLAUSE.split(text) if _DIGIT.search(c) and _WORTH.search(c)]
    return tuple((m.group("subject"), m.group("n") + m.group("unit"), int(m.group("n")))
                 for pattern in (_COUNT_AFTER, _COUNT_BEFORE) for clause in clauses for m in pattern.finditer(clause))


def _head_counts(ctx: Context, node, texts) -> list[Finding]:
    said: list = []
    out = []
    for where, place, text in texts:
        for subject, written, number in _counts(text):
            for other in said:
                same = _same_subject(subject, other.subject)
                if same and int(re.sub(r"\D", "", other.written)) != number:
                    out.append(Finding(
                        "info", "R16.subject", place,
                        f"“{ctx.outline.title(node)}”中“{same}”有两个人数：{other.written}（{other.where}）和 {written}"
                        f"（{where}）：若是同一项目，请统一；若不是，请写明两者的区别"))
                    break
            else:
                said.append(Said(subject, written, where, place))
    return out


def _same_subject(a: str, b: str) -> str | None:
    """The programme two subjects both name (“开办村干部学历提升班” and “村干部学历提升班”)."""
    short, long = sorted((a, b), key=len)
    return short if len(short) >= MIN_SUBJECT and long.endswith(short) else None


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("subjects", check, {"document"}),)
