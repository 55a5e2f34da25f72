"""Which paragraphs are headings, and at which outline level.

A document with Word heading styles (or outline levels) is taken at its word.  Otherwise the
numbers typed in front of headings decide: each kind of number (一、 （一） 1. （1） 1.1 …) takes
the next level the first time it appears and keeps it, the way a writer builds an outline; a
bold short paragraph without a number is a heading too.  The number is stripped from the title.
"""

from dataclasses import dataclass

from vqdesk.core.docx_import.items import Para
from vqdesk.core.docx_import.patterns import (caption, case_label, heading_number, is_back_matter,
                                              is_cover_line, is_front_matter, is_toc_line, short_title,
                                              strip_number)

MAX_LEVEL = 4


@dataclass
class Heading:
    title: str
    level: int
    index: int
    front: bool = False          # 前言, 目录, 附件…: front or back matter, not a part of the outline


def find_headings(items: list) -> tuple[list, dict]:
    """The items with heading paragraphs turned into Heading, table-of-contents lines dropped;
    and counts of what was dropped or demoted ({"toc": n, "deep": n})."""
    counts = {"toc": 0, "deep": 0}
    kept = []
    for item in items:
        if isinstance(item, Para) and (item.role == "toc" or is_toc_line(item.text)):
            counts["toc"] += 1
        else:
            kept.append(item)
    styled = any(isinstance(i, Para) and i.level is not None and i.role != "cover" for i in kept)
    return (_by_style(kept, counts) if styled else _by_numbers(kept)), counts


def _by_style(items: list, counts: dict) -> list:
    out = []
    for item in items:
        if isinstance(item, Para) and item.level is None and len(item.text.strip()) <= 8 \
                and is_front_matter(item.text) and item.role != "toc":
            out.append(Heading(item.text.strip().replace(" ", "").replace("\u3000", ""), 1, item.index, front=True))
            continue                 # “前言” set in a title style of its own
        if not isinstance(item, Para) or item.level is None or item.role == "cover" or "\n" in item.text.strip():
            out.append(item)
            continue
        title = strip_number(" ".join(item.text.split()))
        if is_front_matter(title) or is_back_matter(title):
            out.append(Heading(title, 1, item.index, front=True))
        elif item.level > MAX_LEVEL:
            counts["deep"] += 1
            out.append(item)
        else:
            out.append(Heading(title, item.level, item.index))
    return out


def _by_numbers(items: list) -> list:
    found = [_candidate(i) if isinstance(i, Para) else None for i in items]
    _drop_cover(found)
    out, stack = [], []          # stack: the kinds of number of the levels above, (kind, rank)
    for item, candidate in zip(items, found):
        if candidate is None:
            out.append(item)
            continue
        kind, rank, title = candidate
        if kind == "front":
            out.append(Heading(title, 1, item.index, front=True))
            continue
        level = _level(stack, kind, rank)
        out.append(Heading(title, level, item.index) if level else item)
    return out


def _drop_cover(found: list):
    """Bold lines before the first numbered heading are the cover (school name, title), unless
    a lower numbered heading follows at once (“基本情况” then “（一）概况”)."""
    numbered = [i for i, c in enumerate(found) if c is not None and c[0] not in ("bold", "front")]
    if not numbered:
        return
    for i in range(numbered[0]):
        if found[i] is None or found[i][0] != "bold":
            continue
        after = next((c for c in found[i + 1:] if c is not None), None)
        if after is None or after[0] in ("bold", "front") or after[1] < 2:
            found[i] = None


def _level(stack: list, kind: str, rank) -> int | None:
    kinds = [k for k, _ in stack]
    if kind in kinds:
        del stack[kinds.index(kind) + 1:]
        return len(stack)
    while stack and rank is not None and stack[-1][1] is not None and stack[-1][1] > rank:
        stack.pop()           # 一、 after （一）: back up to the level 一、 belongs above
    if len(stack) >= MAX_LEVEL:
        return None
    stack.append((kind, rank))
    return len(stack)


def _candidate(para: Para):
    """(kind, rank, title) if this paragraph reads as a heading, else None."""
    text = " ".join(para.text.split())
    if para.role in ("cover", "caption", "toc") or "\n" in para.text.strip() or not text:
        return None
    if caption(text) is not None or case_label(text) is not None:
        return None
    if is_front_matter(text) and (para.bold or len(text) <= 6):
        return "front", None, text.replace(" ", "")
    if is_back_matter(text) and (para.bold or len(text) <= 20) and short_title(text):
        return "front", None, text
    found = heading_number(text)
    if found is not None:
        kind, rank, title = found
        limit = 40 if para.bold or rank <= 2 else 30
        return (kind, rank, title) if short_title(title, limit) else None
    if para.bold and short_title(text, 30) and not is_cover_line(text):
        return "bold", None, text
    return None
