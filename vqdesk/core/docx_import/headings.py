"""Which paragraphs are headings, and at which outline level.

A document with Word heading styles (or outline levels) is taken at its word.  Otherwise the
numbers typed in front of headings decide: each kind of number (一、 （一） 1. （1） 1.1 …) takes
the next level the first time it appears and keeps it, the way a writer builds an outline; a
bold short paragraph without a number is a heading too.  The number is stripped from the title.
"""

import re
from dataclasses import dataclass

from vqdesk.core.docx_import.items import Para
from vqdesk.core.docx_import.patterns import (caption, case_label, heading_number, is_back_matter,
                                              is_cover_line, is_front_matter, is_toc_line, number_pattern,
                                              short_title, strip_number)

MAX_LEVEL = 4


@dataclass
class Heading:
    title: str
    level: int
    index: int
    front: bool = False          # 前言, 目录, 附件…: front or back matter, not a part of the outline
    number: str | None = None    # the numbering pattern typed before it (“{cn}、”), see patterns


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
        if not isinstance(item, Para) or item.level is None or item.role == "cover":
            out.append(item)
            continue
        title = strip_number(_join_lines(item.text))
        if is_front_matter(title) or is_back_matter(title):
            out.append(Heading(title, 1, item.index, front=True))
        elif item.level > MAX_LEVEL:
            counts["deep"] += 1
            out.append(item)
        else:
            out.append(Heading(title, item.level, item.index, number=number_pattern(_join_lines(item.text))))
    return out


def _join_lines(text: str) -> str:
    """A styled heading broken over two lines (Shift+Enter) is one title; Chinese lines join
    without a space."""
    out = ""
    for line in (" ".join(line.split()) for line in text.split("\n") if line.strip()):
        out += line if not out or ord(out[-1]) >= 0x3000 else " " + line
    return out


def _by_numbers(items: list) -> list:
    found = [_candidate(i) if isinstance(i, Para) else None for i in items]
    _decimal_ranks(found, items)
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
        out.append(Heading(title, level, item.index, number=number_pattern(item.text)) if level else item)
    return out


#: Ranks in a report numbered 1. / 1.1 / 1.1.1: “1.” is a chapter, and 一、（一）（1） are
#: enumerations below the decimal levels.
_DECIMAL_RANKS = {"di": 0, "ar": 1, "dec2": 2, "dec3": 3, "dec4": 4, "cn": 5, "pcn": 6, "par": 7, "cpar": 7,
                  "circ": 8}


def _decimal_ranks(found: list, items: list):
    """Re-rank a decimal-numbered report; there a “1.” that does not continue the chapters'
    count (“6.3 …” then “1. …”) is an enumeration inside the section, not chapter 1."""
    kinds = [c[0] for c in found if c is not None]
    decimal = sum(k.startswith("dec") for k in kinds)
    if not decimal or decimal <= kinds.count("cn"):
        for i, c in enumerate(found):       # “20 所学校……” is no heading outside a decimal report
            if c is not None and c[0] == "bare":
                found[i] = None
        return
    chapter, form, listed = None, None, None
    for i, c in enumerate(found):
        if c is None or c[0] not in _DECIMAL_RANKS and c[0] != "bare":
            continue
        kind, rank = ("ar" if c[0] == "bare" else c[0]), _DECIMAL_RANKS["ar" if c[0] == "bare" else c[0]]
        number = int(re.match(r"\d+", items[i].text.strip()).group()) if kind == "ar" or kind.startswith("dec") else None
        if kind == "ar":
            if _is_list_item(c[0], number, chapter, form, listed):
                kind, rank, listed = "ar-list", _DECIMAL_RANKS["cn"], number
            else:
                chapter, form, listed = number, form or c[0], None
        elif kind.startswith("dec"):
            listed = None
            chapter = chapter if chapter is not None else number
        found[i] = (kind, rank, c[2])


def _is_list_item(form_here: str, number: int, chapter, form, listed) -> bool:
    """Is this “N.” (or “N 标题”) an enumeration rather than the next chapter?"""
    if chapter is None:
        return False
    if form is not None and form_here != form:
        return True                       # chapters are “1 基本情况”, this is “1. …” (or the reverse)
    if listed is not None and number == listed + 1:
        return True
    return number != chapter + 1


def _drop_cover(found: list):
    """Bold lines before the first numbered heading are the cover (school name, title), unless
    a lower numbered heading follows at once (“基本情况” then “（一）概况”)."""
    numbered = [i for i, c in enumerate(found) if c is not None and not c[0].startswith(("bold", "front"))]
    if not numbered:
        return
    for i in range(numbered[0]):
        if found[i] is None or not found[i][0].startswith("bold"):
            continue
        after = next((c for c in found[i + 1:] if c is not None), None)
        if after is None or after[0].startswith(("bold", "front")) or after[1] is None or after[1] < 2:
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
        if kind == "circ":
            return None                  # ① ② …: enumerations in the text
        if kind == "bare" and re.search(r"\s", title):
            return None                  # “1 鞍山市 一等奖 车身修理”: a table's row typed as text
        limit = 40 if para.bold or rank <= 2 else 30
        return (kind, rank, title) if short_title(title, limit) else None
    if para.listed and para.bold and short_title(text, 30):
        return f"list{para.list_level}", 1 + para.list_level, text    # Word's automatic heading numbers
    if para.bold and short_title(text, 30) and not is_cover_line(text):
        return f"bold{para.font}", None, text           # 黑体 and 楷体 headings are two levels
    return None
