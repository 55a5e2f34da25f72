"""R18.title (hint): one course, book or document named two ways in one case or one section.

Jinzhou 2025 案例17's title speaks of 《智能药品包装机综合实训》 and its body of the course
《智能药品包装机零部件测绘与综合加工实训》: the short name's characters come in order in the long
one, and both start alike.  Different documents (《…管理办法》 / 《…实施方案》) fail that test.

A name the longer one holds whole is left alone: that is another document built on it
(《…管理办法》 / 《…管理办法实施细则》) or the same one with its edition (《…标准（试行）》); so is a
difference of brackets or spaces only.
"""

import re

from vqdesk.core.findings import Finding
from vqdesk.core.kinds import normalise_text

from .context import Context

_NAME = re.compile(r"《([^《》\n]+)》")
_BRACKETS = re.compile(r"\([^()]*\)")
#: Names shorter than this are too generic to compare (《标准》, 《章程》, 《论语》).
MIN_NAME = 6
#: Two names of one thing start alike for at least this many characters.
MIN_PREFIX = 2


def _subsequence(short: str, long: str) -> bool:
    chars = iter(long)
    return all(c in chars for c in short)


def _variants(a: str, b: str) -> bool:
    """Whether two names written in 《》 look like one thing named two ways."""
    x, y = normalise_text(a), normalise_text(b)
    if _BRACKETS.sub("", x) == _BRACKETS.sub("", y):
        return False
    short, long = sorted((x, y), key=len)
    return (len(short) >= MIN_NAME and short not in long and short[:MIN_PREFIX] == long[:MIN_PREFIX]
            and _subsequence(short, long))


def sections(ctx: Context, titles: bool = False) -> list:
    """[(text, place, where)] of the preface, of each case and of each heading's own texts (a
    case's title first when `titles`), in reading order."""
    groups = {"preface": [t for t in ctx.texts() if t[1].kind == "preface"]}
    for _, block in ctx.blocks():
        if block.kind == "case" and titles and block.title.strip():
            groups[id(block)] = [(block.title, ctx.outline.block_place(block), ctx.outline.name(block))]
        elif block.kind == "text" and block.text:
            holder = ctx.outline.case_of(block) or ctx.outline.holder(block)
            groups.setdefault(id(holder), []).append((block.text, ctx.outline.block_place(block),
                                                      ctx.outline.name(block)))
    return [group for group in groups.values() if group]


def _pairs(texts) -> list:
    names = []
    for text in texts:
        for m in _NAME.finditer(text):
            if m.group(1).strip() not in names:
                names.append(m.group(1).strip())
    return [(a, b) for i, a in enumerate(names) for b in names[i + 1:] if _variants(a, b)]


def check(ctx: Context) -> list[Finding]:
    out = []
    for group in sections(ctx, titles=True):
        _, place, where = group[0]
        for a, b in _pairs(text for text, _, _ in group):
            out.append(Finding("info", "R18.title", place,
                               f"{where}写有《{a}》，又写有《{b}》：若是同一课程、书或文件，请统一名称"))
    return out


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("title-variants", check, {"document"}),)
