"""Chinese line-breaking rules (避头尾) for reportlab's CJK wrapping.

reportlab breaks CJK text character by character and only knows "cannot start a line" (with a
Japanese-oriented set that lacks "，：；！？”’"). Chinese typesetting also forbids an opening mark
(（《「“) at the end of a line. `install()` replaces reportlab's two CJK splitters (the one for plain
paragraphs and the one for paragraphs with several fonts) with `line_spans`, which applies both
rules and otherwise keeps reportlab's behaviour (one hanging closing mark, Latin words kept whole).
"""

from unicodedata import category

from reportlab.lib import textsplit
from reportlab.platypus import paragraph

#: Closing punctuation that must not start a line.
CANNOT_START = "，。、；：？！）》」』】〉”’·…—%％℃"
#: Opening punctuation that must not end a line.
CANNOT_END = "（《「『【〈“‘"

_FUZZ = textsplit._FUZZ


def line_spans(chars, width, max_widths, hard_break=None):
    """Split `chars` into lines: a list of (start, end, width_used, extra_space, hard) spans.

    `width(i, max_width)` is the width of character i; `hard_break(i)` says whether a forced line
    break (<br/>) follows character i.
    """
    if not isinstance(max_widths, (list, tuple)):
        max_widths = [max_widths]
    spans = []
    i = used = start = 0
    max_w = max_widths[0]
    while i < len(chars):
        used += width(i, max_w)
        i += 1
        hard = hard_break is not None and hard_break(i - 1)
        if not hard and not (used > max_w + _FUZZ and used > 0):
            continue
        extra = max_w - used
        if not hard:
            i, extra = _break_before(chars, width, max_w, start, i, extra)
        spans.append((start, i, max_w - extra, extra, hard))
        max_w = max_widths[min(len(spans), len(max_widths) - 1)]
        start, used = i, 0
    if used > 0:
        spans.append((start, len(chars), used, max_w - used, False))
    return spans


def _break_before(chars, width, max_w, start, i, extra):
    """Where the overflowing line [start, i) really ends, and the space left on it."""
    c = chars[i - 1]
    if ord(c) < 0x3000:
        # Inside Latin text or a number: break at the last space or CJK character instead.
        for j in range((i - 1), (start + i) >> 1, -1):
            cj = chars[j]
            if category(cj) == "Zs" or ord(cj) >= 0x3000:
                k = j + 1
                if k < i:
                    extra += sum(width(m, max_w) for m in range(k + 1, i))
                    i, c = k + 1, chars[k]
                    break
    if c not in textsplit.ALL_CANNOT_START and i > start + 1:
        i -= 1                      # the overflowing character opens the next line
        extra += width(i, max_w)
    # else: a closing mark hangs in the margin rather than starting a line.
    while i > start + 1 and chars[i - 1] in CANNOT_END:
        i -= 1                      # an opening mark moves down with the word it opens
        extra += width(i, max_w)
    return i, extra


def dumb_split(word, widths, max_widths):
    """textsplit.dumbSplit with both rules: [[extra_space, text], ...]."""
    spans = line_spans(word, lambda i, _w: widths[i], max_widths)
    return [[extra, word[s:e].strip()] for s, e, _used, extra, _hard in spans]


def cjk_frag_split(frags, max_widths, calc_bounds, encoding="utf8"):
    """paragraph.cjkFragSplit with both rules, for paragraphs mixing fonts."""
    glyphs = []
    for f in frags:
        text = f.text.decode(encoding) if isinstance(f.text, bytes) else f.text
        if text:
            glyphs.extend(paragraph.cjkU(t, f, encoding) for t in text)
        else:
            glyphs.append(paragraph.cjkU(text, f, encoding))

    def width(i, max_w):
        w = glyphs[i].width
        if hasattr(w, "normalizedValue"):     # percentages of the line width (images)
            w._normalizer = max_w
            w = w.normalizedValue(max_w)
        return w

    spans = line_spans(glyphs, width, max_widths, lambda i: hasattr(glyphs[i].frag, "lineBreak"))
    widths = max_widths if isinstance(max_widths, (list, tuple)) else [max_widths]
    lines = [paragraph.makeCJKParaLine(glyphs[s:e], widths[min(n, len(widths) - 1)], used, extra,
                                       hard, calc_bounds)
             for n, (s, e, used, extra, hard) in enumerate(spans)]
    return paragraph.ParaLines(kind=1, lines=lines)


def install() -> None:
    """Extend reportlab's kinsoku sets and use the splitters above (idempotent).

    paragraph.py copies ALL_CANNOT_START at import time, so both modules are patched.
    """
    extra_start = "".join(c for c in CANNOT_START if c not in textsplit.ALL_CANNOT_START)
    textsplit.ALL_CANNOT_START += extra_start
    paragraph.ALL_CANNOT_START = textsplit.ALL_CANNOT_START
    textsplit.dumbSplit = dumb_split
    paragraph.cjkFragSplit = cjk_frag_split
