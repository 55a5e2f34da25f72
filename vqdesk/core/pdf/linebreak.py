"""Chinese line breaking on a character grid, after W3C clreq and GB/T 15834, in linear time.

Text is cut into units that never break inside: one CJK character, a Latin word or number
(“2024”, “www.example.cn”), a space, a doubled mark (“——”, “……”), or a short word in full-width
brackets (“（人）”, “（平方米）”, “（一）”).  Between two units a line
may break unless the next unit is a closing mark (，。”）… may not start a line), the previous
one is an opening mark (“（《 may not end one) or a dash joins two numbers (2024—2025).

Lines are filled greedily: each unit is measured once, a line's end is found by bisection on the
running widths, and only the few units before it are looked at for a break, so a 100 000-character
paragraph costs no more per character than a short one.  A line that
would overflow breaks at its last allowed point; the next line starts there (推出: characters
are pushed to the next line rather than hung in the margin), and the justifier spreads what is
left of the line evenly over its gaps.  A last line of one character borrows one unit from the
line above, which then stretches by a fraction of a point per gap.
"""

import re
from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate

#: Closing marks and 点号: never at the start of a line.
CANNOT_START = frozenset("，。、；：？！）》」』】〉”’·%％℃,.;:?!)]}")
#: Opening marks: never at the end of a line.
CANNOT_END = frozenset("（《「『【〈“‘([{")
#: Marks written doubled, which must never be split between two lines.
DOUBLED = frozenset("—…")
#: A lone dash or tilde between numbers (2024—2025, 8~10): glued to both sides.
JOINERS = frozenset("—–-~～")
_FUZZ = 1e-6


@dataclass(frozen=True)
class Line:
    """Units [start, end) of one line, its natural width and the width it must fill."""
    start: int
    end: int
    width: float
    target: float
    last: bool = False          # a paragraph's last line stays ragged


def is_latin(ch: str) -> bool:
    """Letters, digits and ASCII signs that stay together as a word (not CJK, not a space)."""
    return (ch.isascii() and not ch.isspace()) or (ord(ch) < 0x2000 and ch.isalnum())


#: One unit: a short bracketed word (“（人）”, “（平方米）”, “（一）”: a unit or a list number,
#: never split), a run of `is_latin` characters, a doubled mark, or any one character.
_UNIT = re.compile(r"（[^（）\s]{1,4}）|(?:[!-~]|(?=[\u0080-\u1fff])[^\W_])+|——|……|.", re.S)


def segment(text: str) -> list[tuple[int, int]]:
    """The units of `text` as (start, end) character ranges."""
    return [m.span() for m in _UNIT.finditer(text)]


def breakable(text: str, units: list, k: int) -> bool:
    """May a line break between unit k-1 and unit k?"""
    a0, a1 = units[k - 1]
    b0, b1 = units[k]
    before, after = text[a1 - 1], text[b0]
    if after.isspace() or before.isspace():
        return True
    if after in CANNOT_START or before in CANNOT_END:
        return False
    if after in DOUBLED and b1 - b0 == 1 and after != "—":
        return False                                   # a lone … is a closing mark
    if b1 - b0 == 1 and after in JOINERS and is_latin(before):
        return False                                   # 2024|—2025
    if a1 - a0 == 1 and before in JOINERS and is_latin(after) and a0 > 0 and is_latin(text[a0 - 1]):
        return False                                   # 2024—|2025
    return True


def break_lines(text: str, widths: list[float], first: float, rest: float) -> tuple[list, list[Line]]:
    """The units of `text` and its lines; `widths[i]` is character i's width, `first` and `rest`
    the widths of the first and the following lines."""
    units = segment(text)
    uw = [widths[a] if b - a == 1 else sum(widths[a:b]) for a, b in units]
    prefix = list(accumulate(uw, initial=0.0))          # prefix[i]: width of units [0, i)
    lines: list[Line] = []
    start, target, n = 0, first, len(units)
    while True:
        # the first unit that does not fit on a line starting at `start` (n: all the rest fit)
        over = bisect_right(prefix, prefix[start] + target + _FUZZ, lo=start + 1) - 1
        if over >= n:
            break
        # the last place a break is allowed; none: cut at the frame (and keep at least one unit)
        cut = next((k for k in range(over, start, -1) if breakable(text, units, k)), over)
        cut = max(cut, start + 1)
        if cut >= n:
            break
        lines.append(_line(text, units, uw, start, cut, target))
        start, target = cut, rest
    lines.append(_line(text, units, uw, start, n, target, last=True))
    return units, _avoid_lonely_last(text, units, uw, lines)


def _line(text, units, uw, start, end, target, last=False) -> Line:
    """A line without the spaces at its ends (they neither print nor stretch)."""
    while end > start + 1 and text[units[end - 1][0]].isspace():
        end -= 1
    while start < end - 1 and text[units[start][0]].isspace():
        start += 1
    return Line(start, end, sum(uw[start:end]), target, last)


def _avoid_lonely_last(text, units, uw, lines: list[Line]) -> list[Line]:
    """A last line holding one character (and maybe its closing marks) takes one more unit
    from the line above, when a break is allowed there and that line keeps most of its text."""
    if len(lines) < 2:
        return lines
    prev, last = lines[-2], lines[-1]
    if _letters(text, units, last) > 1:
        return lines
    cut = last.start - 1
    if cut - prev.start < 4 or not breakable(text, units, cut):
        return lines
    return lines[:-2] + [_line(text, units, uw, prev.start, cut, prev.target),
                         _line(text, units, uw, cut, last.end, last.target, last=True)]


def _letters(text, units, line: Line) -> int:
    """Units of a line that are not punctuation."""
    return sum(1 for a, _ in units[line.start:line.end]
               if text[a] not in CANNOT_START and text[a] not in DOUBLED and not text[a].isspace())


def gaps(line: Line) -> int:
    """Places on a justified line where extra space goes: between its units."""
    return max(line.end - line.start - 1, 0)
