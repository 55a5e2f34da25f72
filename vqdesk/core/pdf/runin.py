"""Run-in headings that fit below the heading they stand under.

Chinese reports number their levels 一、 → （一） → 1. → （1）.  When an edition numbers its own
headings that way (national-2024: chapters 一、, sections （一）), a narrative's “一、背景” inside a
section would read as a new chapter.  The markers a narrative uses are moved down the hierarchy,
in their order, to the first levels below the deepest one its headings use: “一、” in a （一）
section prints as “1.”, its “（一）” as “（1）”.  Text under decimal headings (1, 1.1) is left alone.
"""

import re

from vqdesk.core.document.numbering import HEADING_KEYS, chinese_numeral, fill, numeral_value

#: The marker of each level of the hierarchy, at the start of a line: (pattern, rank).
_MARKERS = (
    (re.compile(r"^([一二三四五六七八九十]{1,3})、"), 0),
    (re.compile(r"^[（(]([一二三四五六七八九十]{1,3})[）)]"), 1),
    (re.compile(r"^(\d{1,2})[.．、](?!\d)"), 2),
    (re.compile(r"^[（(](\d{1,2})[）)]"), 3),
)
DEEPEST = 3


def marker(line: str):
    """(rank, number, length of the marker) of a line starting with a hierarchy marker, else None."""
    for pattern, rank in _MARKERS:
        found = pattern.match(line)
        if found:
            number = numeral_value(found.group(1))
            return (rank, number, found.end()) if number else None
    return None


def label(rank: int, n: int) -> str:
    return (f"{chinese_numeral(n)}、", f"（{chinese_numeral(n)}）", f"{n}.", f"（{n}）")[rank]


def floor_rank(numbering: dict, depth: int) -> int:
    """The deepest hierarchy rank the headings down to `depth` print (-1: none, e.g. 1 / 1.1)."""
    ranks = [-1]
    for key in HEADING_KEYS[:max(depth, -1) + 1]:
        found = marker(fill(numbering.get(key, ""), 1, (1, 1, 1)))
        if found:
            ranks.append(found[0])
    return max(ranks)


def fit_below(lines: list[str], floor: int) -> list[str]:
    """The lines with their hierarchy markers moved below `floor`, keeping their numbers."""
    found = [marker(line) for line in lines]
    used = sorted({m[0] for m in found if m})
    if not used or used[0] > floor:
        return lines
    target = {rank: min(floor + 1 + i, DEEPEST) for i, rank in enumerate(used)}
    return [line if m is None else label(target[m[0]], m[1]) + line[m[2]:].lstrip()
            for line, m in zip(lines, found)]
