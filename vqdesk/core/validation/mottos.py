"""R17.motto (hint): a quoted motto explained with phrases it does not contain.

Jinzhou 2025 1.2: 学校秉承“立德立行、匠心匠成”的办学理念, then “尚德笃行”强调… ；“行知合一”注重…:
the motto's parts are 立德立行 and 匠心匠成, the explanation glosses two other phrases (the motto of
another school, or an older one).  A glossed phrase is a quoted phrase as long as the parts and
followed at once by a glossing verb, in the motto's paragraph or the next one; an explanation
glosses the parts one by one, so a single glossed phrase (“三全育人”要求…) is none.
"""

import re
from functools import lru_cache

from vqdesk.core.findings import Finding

from .context import Context
from .title_variants import sections

#: What a motto is called; 精神 only after the quotation (“…”的精神), never before it.
LABELS = ("办学理念", "办学宗旨", "校训", "校风", "学风", "教风", "精神")
#: The verbs that gloss a phrase right after it: “尚德笃行”强调…
GLOSSES = ("强调", "注重", "是指", "即", "意味着", "体现", "要求", "寓意")
_AFTER = re.compile(r"“(?P<motto>[^“”\n]{4,40})”(?:的|之|为|作为)?(?P<label>" + "|".join(LABELS) + ")")
_BEFORE = re.compile(r"(?P<label>" + "|".join(x for x in LABELS if x != "精神") + r")(?:是|为|即|：|:)?“(?P<motto>[^“”\n]{4,40})”")
_GLOSSED = re.compile(r"“(?P<phrase>[\u4e00-\u9fff]{2,8})”(?:" + "|".join(GLOSSES) + ")")
#: An explanation of a motto glosses at least this many phrases.
MIN_GLOSSES = 2
_SEPARATORS = re.compile(r"[、，,\s]+")
_PART = re.compile(r"^[\u4e00-\u9fff]{2,8}$")


def _parts(motto: str) -> list | None:
    """The parts of a motto made of two or more phrases, else None."""
    parts = [p for p in _SEPARATORS.split(motto.strip()) if p]
    return parts if len(parts) >= 2 and all(_PART.match(p) for p in parts) else None


@lru_cache(maxsize=8192)
def _mottos(paragraph: str) -> tuple:
    """(label, motto, parts, end) of each labelled motto in a paragraph (most have no quotation
    and are passed over at once)."""
    if "“" not in paragraph:
        return ()
    seen, out = set(), []
    for pattern in (_AFTER, _BEFORE):
        for m in pattern.finditer(paragraph):
            parts = _parts(m.group("motto"))
            if parts and m.group("motto") not in seen:
                seen.add(m.group("motto"))
                out.append((m.group("label"), m.group("motto"), parts, m.end()))
    return tuple(out)


def _paragraphs(group: list) -> list:
    """[(paragraph, place, where)] of one section's texts."""
    return [(p, place, where) for text, place, where in group for p in text.split("\n") if p.strip()]


def check(ctx: Context) -> list[Finding]:
    out = []
    for group in sections(ctx):
        paragraphs = _paragraphs(group)
        for i, (paragraph, place, where) in enumerate(paragraphs):
            found = list(_mottos(paragraph))
            if not found:
                continue
            following = paragraphs[i + 1][0] if i + 1 < len(paragraphs) else ""
            every_part = {p for _, _, parts, _ in found + list(_mottos(following)) for p in parts}
            for label, motto, parts, end in found:
                sizes = {len(p) for p in parts}
                glossed = [m.group("phrase") for m in _GLOSSED.finditer(paragraph[end:] + "\n" + following)
                           if len(m.group("phrase")) in sizes]
                strangers = list(dict.fromkeys(p for p in glossed if p not in every_part))
                if len(set(glossed)) >= MIN_GLOSSES and strangers:
                    out.append(Finding("info", "R17.motto", place,
                                       f"{where}写有{label}“{motto}”，随后解释的{''.join(f'“{p}”' for p in strangers)}"
                                       f"却不在其中（{label}由{''.join(f'“{p}”' for p in parts)}组成）："
                                       f"请核对解释与{label}是否一致"))
    return out


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("mottos", check, {"document"}),)
