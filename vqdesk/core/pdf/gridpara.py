"""GridParagraph: a plain-text paragraph broken by linebreak and drawn justified (两端对齐).

It replaces reportlab's Paragraph for body text, lists, notes, case text and table cells:
reportlab re-measures the rest of a paragraph at every page break (quadratic in its length) and
cannot stretch CJK text.  Here every character is measured once per width, lines are kept
across the TOC passes, and a page break only slices the list of lines.

Splits keep at least two lines on each page (no widows or orphans) when the paragraph has four
or more; shorter paragraphs move whole.
"""

from itertools import groupby

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable

from vqdesk.core.pdf.linebreak import Line, break_lines, gaps
from vqdesk.core.pdf.text import glyph_fonts
from vqdesk.core.pdf.textrun import draw_run

_WIDTHS: dict[str, dict] = {}      # font name -> {char: width at 1 pt}
#: Fewest lines left at the foot of a page or carried to the next one.
MIN_LINES = 2


def char_width(font: str, ch: str) -> float:
    table = _WIDTHS.setdefault(font, {})
    w = table.get(ch)
    if w is None:
        w = table[ch] = pdfmetrics.stringWidth(ch, font, 1)
    return w


def char_widths(text: str, faces: list, size: float) -> list[float]:
    """The width of each character of `text` at `size`, each in its own face."""
    face = faces[0] if faces else None
    if face is None or faces.count(face) != len(faces):
        return [char_width(f, c) * size for c, f in zip(text, faces)]
    table = _WIDTHS.setdefault(face, {})
    for ch in set(text).difference(table):
        char_width(face, ch)
    return [table[ch] * size for ch in text]


class GridParagraph(Flowable):
    """`text` (plain, one paragraph) in `style`; `fonts` gives the fallback per character."""

    def __init__(self, text: str, style, fonts=None, *, _glyphs=None, _lines=None, _units=None,
                 _first=True, _last=True):
        super().__init__()
        self.style = style
        self.keepWithNext = False
        if _glyphs is None:
            text, faces = glyph_fonts(text, fonts, style.fontName)
            _glyphs = (text, faces)
        self.text, self.faces = _glyphs
        self._first, self._last = _first, _last
        self._units, self._lines = _units, _lines
        self._laid_for = None if _lines is None else "fixed"

    # -- layout -----------------------------------------------------------------------------
    def _layout(self, width: float):
        if self._laid_for == "fixed" or self._laid_for == width:
            return
        s = self.style
        size = s.fontSize
        widths = char_widths(self.text, self.faces, size)
        inner = width - s.leftIndent - s.rightIndent
        first = inner - (s.firstLineIndent if self._first else 0)
        self._units, self._lines = break_lines(self.text, widths, first, inner)
        self._widths = widths
        self._laid_for = width

    def wrap(self, availWidth, availHeight):
        self._layout(availWidth)
        self.width = availWidth
        self.height = len(self._lines) * self.style.leading
        return self.width, self.height

    def getSpaceBefore(self):
        return self.style.spaceBefore if self._first else 0

    def getSpaceAfter(self):
        return self.style.spaceAfter if self._last else 0

    @property
    def line_count(self) -> int:
        return len(self._lines or ())

    def split(self, availWidth, availHeight):
        self._layout(availWidth)
        n = len(self._lines)
        fit = int((availHeight + 1e-6) // self.style.leading)
        if fit >= n:
            return [self]
        if n < 2 * MIN_LINES:
            return [] if fit < n else [self]
        fit = min(fit, n - MIN_LINES)
        if fit < MIN_LINES:
            return []
        return [self._part(self._lines[:fit], first=self._first, last=False),
                self._part(self._lines[fit:], first=False, last=self._last)]

    def _part(self, lines, *, first, last):
        part = GridParagraph("", self.style, _glyphs=(self.text, self.faces), _lines=lines,
                             _units=self._units, _first=first, _last=last)
        part._widths = self._widths
        part.keepWithNext = self.keepWithNext if last else False
        return part

    # -- drawing ----------------------------------------------------------------------------
    def _face_runs(self, start: int, end: int):
        """(font, start, end) of the stretches of characters [start, end) in one font."""
        faces = self.faces
        if faces.count(faces[start]) == len(faces):
            yield faces[start], start, end
            return
        for face, group in groupby(range(start, end), key=faces.__getitem__):
            first = next(group)
            last = first + sum(1 for _ in group)
            yield face, first, last + 1

    def draw(self):
        s = self.style
        canv = self.canv
        canv.setFillColor(s.textColor)
        leading, size = s.leading, s.fontSize
        baseline = self.height - leading + (leading - size) / 2 + size * 0.12
        for n, line in enumerate(self._lines):
            x0 = s.leftIndent + (s.firstLineIndent if self._first and n == 0 else 0)
            self._draw_line(line, x0, baseline - n * leading)

    def _draw_line(self, line: Line, x0: float, y: float):
        s = self.style
        slack = line.target - line.width
        ragged = (line.last and self._last) or s.alignment != TA_JUSTIFY or slack < 0
        gap = 0.0 if ragged or not gaps(line) else slack / gaps(line)
        if s.alignment == TA_CENTER:
            x0 += max(slack, 0) / 2
        elif s.alignment == TA_RIGHT:
            x0 += max(slack, 0)
        units, widths, text = self._units, self._widths, self.text
        if line.end <= line.start:
            return                                  # an empty paragraph or cell
        if not gap:             # nothing to spread (a full grid line, a last line): one run per font
            x = x0
            for face, start, end in self._face_runs(units[line.start][0], units[line.end - 1][1]):
                chunk = text[start:end]
                if not chunk.isspace():
                    draw_run(self.canv, face, s.fontSize, x, y, chunk)
                x += sum(widths[start:end])
            return
        # Runs of single characters in one font share one text object with a character
        # spacing of `gap`; a run stops before the line's last unit, so that no spacing trails
        # the line (poppler would count it as part of the last glyph).
        x, k = x0, line.start
        while k < line.end:
            a, b = units[k]
            face = self.faces[a]
            run = [k]
            while (b - a == 1 and run[-1] + 1 < line.end - 1 and units[run[-1] + 1][1] - units[run[-1] + 1][0] == 1
                   and self.faces[units[run[-1] + 1][0]] == face):
                run.append(run[-1] + 1)
            start, end = units[run[0]][0], units[run[-1]][1]
            chunk = text[start:end]
            spacing = gap if len(run) > 1 else 0.0
            if not chunk.isspace():
                draw_run(self.canv, face, s.fontSize, x, y, chunk, spacing)
            x += sum(widths[start:end]) + gap * len(run)
            k = run[-1] + 1
