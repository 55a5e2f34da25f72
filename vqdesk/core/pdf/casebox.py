"""CaseBox: a case's title and content in one tinted, bordered box that breaks at any line.

A box too long for the page is cut inside whatever straddles the foot of the page (a paragraph
between two lines, a table between rows); the next part starts with the title and （续）.  There
is no limit on the number of parts, so a long case fills its pages.  The rule sits right under
the title (and under the （续） line of later parts).
"""

from reportlab.platypus import Flowable, Spacer

from vqdesk.core.pdf.styles import CASE_BORDER, CASE_TINT

PAD_TOP, PAD_BOTTOM, RULE_GAP = 7, 6, 4
BIG = 1e6


class CaseBox(Flowable):
    def __init__(self, title, items: list, padding: float, continued=None, *, first=True):
        super().__init__()
        self.title, self.items, self.padding = title, items, padding
        self.continued = continued            # a flowable: “【案例 1-2】标题（续）”
        self.first = first

    def _head(self):
        return self.title if self.first else self.continued

    def _inner(self, width):
        return width - 2 * self.padding

    def _heights(self, width):
        inner = self._inner(width)
        head = self._head().wrap(inner, BIG)[1] + RULE_GAP * 2
        body = [f.wrap(inner, BIG)[1] for f in self.items]
        return head, body

    def wrap(self, availWidth, availHeight):
        head, body = self._heights(availWidth)
        # as draw() and split() do: no space above the first item (it sits under the rule)
        spaces = sum((f.getSpaceBefore() if n else 0) + f.getSpaceAfter() for n, f in enumerate(self.items))
        self.width, self.height = availWidth, PAD_TOP + head + sum(body) + spaces + PAD_BOTTOM
        return self.width, self.height

    def head_height(self, width):
        head, body = self._heights(width)
        lines = body[0] if not self.items or not hasattr(self.items[0], "line_count") else \
            min(body[0], 3 * self.items[0].style.leading)
        return PAD_TOP + head + (lines if self.items else 0) + PAD_BOTTOM

    def split(self, availWidth, availHeight):
        inner = self._inner(availWidth)
        head, body = self._heights(availWidth)
        room = availHeight - PAD_TOP - head - PAD_BOTTOM
        first, rest, used = [], [], 0.0
        for i, (f, h) in enumerate(zip(self.items, body)):
            before = f.getSpaceBefore() if first else 0
            if used + before + h <= room:
                first.append(f)
                used += before + h + f.getSpaceAfter()
                continue
            parts = f.split(inner, room - used - before) if room - used - before > 0 else []
            if len(parts) >= 2:
                first.append(parts[0])
                rest = list(parts[1:]) + self.items[i + 1:]
            else:
                rest = self.items[i:]
            break
        while first and (getattr(first[-1], "keepWithNext", False) or isinstance(first[-1], Spacer)):
            rest.insert(0, first.pop())            # a sub-heading or caption goes with what follows
        if not any(not isinstance(f, Spacer) for f in first) or not rest:
            return []
        while rest and isinstance(rest[0], Spacer):
            rest.pop(0)
        return [CaseBox(self.title, first, self.padding, self.continued, first=self.first),
                CaseBox(self.title, rest, self.padding, self.continued, first=False)]

    def draw(self):
        canv = self.canv
        canv.saveState()
        canv.setFillColor(CASE_TINT)
        canv.setStrokeColor(CASE_BORDER)
        canv.setLineWidth(0.9)
        canv.rect(0, 0, self.width, self.height, stroke=1, fill=1)
        inner = self._inner(self.width)
        y = self.height - PAD_TOP
        head = self._head()
        h = head.wrap(inner, BIG)[1]
        y -= h
        head.drawOn(canv, self.padding, y)
        y -= RULE_GAP
        canv.setLineWidth(0.5)
        canv.line(self.padding, y, self.width - self.padding, y)
        y -= RULE_GAP
        canv.restoreState()
        for n, f in enumerate(self.items):
            if n:
                y -= f.getSpaceBefore()
            _, fh = f.wrap(inner, BIG)
            y -= fh
            f.drawOn(canv, self.padding + _offset(f, inner), y)
            y -= f.getSpaceAfter()


def _offset(f, inner: float) -> float:
    """Centre what is narrower than the box (tables, charts, photos)."""
    width = getattr(f, "_width", None) or getattr(f, "width", inner)
    if getattr(f, "hAlign", "LEFT") == "CENTER" and width < inner:
        return (inner - width) / 2
    return 0
