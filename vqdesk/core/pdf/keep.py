"""Headings and captions kept with the start of what follows them, whatever it is.

reportlab's keepWithNext wraps a heading and the *whole* next flowable in a KeepTogether: a
heading before a spacer is kept with the spacer only (and stranded at the foot of a page), and a
heading before a long table is pushed to the next page with all of it, leaving a hole.  Instead,
each run of keep-with-next flowables gets a CondPageBreak asking for room for the run plus the
first part of the next flowable: two lines of a paragraph, the header and first row of a table,
a case's title and first lines, or the whole of a chart or photo row.
"""

from reportlab.platypus import CondPageBreak, KeepTogether, Spacer

#: Room asked for a row of a table whose first row is taller than this.
ROW_ROOM = 60
BIG = 1e6


def keep_with_next(story: list, width: float) -> list:
    """`story` with a CondPageBreak before every run of keepWithNext flowables."""
    out, i = [], 0
    while i < len(story):
        f = story[i]
        if not getattr(f, "keepWithNext", False) or isinstance(f, (Spacer, KeepTogether)):
            out.append(f)
            i += 1
            continue
        j, need = i, 0.0
        while j < len(story) and (getattr(story[j], "keepWithNext", False) or isinstance(story[j], Spacer)):
            need += _full(story[j], width)
            story[j].keepWithNext = False
            j += 1
        if j < len(story):
            need += head_height(story[j], width)
        out += [CondPageBreak(need)] + story[i:j]
        i = j
    return out


def _full(f, width: float) -> float:
    if not hasattr(f, "wrap"):
        return 0
    return f.wrap(width, BIG)[1] + f.getSpaceBefore() + f.getSpaceAfter()


def head_height(f, width: float) -> float:
    """The height of the smallest first part of `f` worth starting a page with."""
    if hasattr(f, "head_height"):
        return f.head_height(width)
    if isinstance(f, KeepTogether):
        return sum(_full(x, width) for x in f._content)
    if isinstance(f, Spacer):
        return f.height
    if hasattr(f, "line_count"):                       # GridParagraph
        f.wrap(width, BIG)
        lines = f.line_count if f.line_count < 4 else 2
        return lines * f.style.leading + f.getSpaceBefore()
    heights = getattr(f, "_rowHeights", None)
    if heights is not None:                            # a table: its header and first row
        f.wrap(width, BIG)
        rows = f._rowHeights[:(f.repeatRows or 0) + 1]
        return sum(rows[:-1]) + min(rows[-1], ROW_ROOM)
    return _full(f, width)
