"""Imported headings matched to the edition's parts where the titles agree, so that validation
and the default blocks know them (edition_part, as seed.py sets it); the rest stay the school's."""

import re
from difflib import SequenceMatcher

#: How alike two normalised titles must be to count as the same part.
CLOSE = 0.8
_NOISE = re.compile(r"[\s\u3000\W_]+")
_FILLER = re.compile(r"^(学校|本校|我校)|(情况|工作|方面)$")


def normalise(title: str) -> str:
    """Punctuation, spaces and digits gone: “（一） 学校 概况。” -> “学校概况”."""
    return _NOISE.sub("", re.sub(r"\d+", "", title or ""))


def similarity(a: str, b: str) -> float:
    a, b = normalise(a), normalise(b)
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    core_a, core_b = _FILLER.sub("", a) or a, _FILLER.sub("", b) or b
    if core_a == core_b:
        return 0.95
    if min(len(a), len(b)) >= 2 and (a in b or b in a):
        return 0.9 * min(len(a), len(b)) / max(len(a), len(b)) + 0.1
    return SequenceMatcher(None, a, b).ratio()


def match_parts(nodes: list, edition) -> None:
    """Set edition_part on top-level nodes matching a chapter, and on their children matching a
    section of that chapter; each part is taken at most once, best matches first."""
    chapters = list(edition.chapters)
    for node, chapter in _pairs(nodes, chapters, lambda c: c.title):
        node.edition_part = chapter.key
        for child, section in _pairs(node.children, list(chapter.sections), lambda s: s.title):
            child.edition_part = section.key


def _pairs(nodes: list, parts: list, title_of) -> list:
    scored = sorted(((similarity(n.title, title_of(p)), i, j) for i, n in enumerate(nodes)
                     for j, p in enumerate(parts)), key=lambda t: (-t[0], t[1], t[2]))
    used_nodes, used_parts, out = set(), set(), []
    for score, i, j in scored:
        if score < CLOSE:
            break
        if i in used_nodes or j in used_parts:
            continue
        used_nodes.add(i)
        used_parts.add(j)
        out.append((nodes[i], parts[j]))
    return out
