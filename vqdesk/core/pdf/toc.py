"""The 目录 and the lists after it (表目录, 图目录, 案例目录), laid out in the same single pass as
the body.

reportlab's TableOfContents needs a pass to find the page of every heading and another to print
them.  Here every entry is known before the build starts (the story is assembled first, and each
heading or caption records itself as it is made), so the lists are laid out at once with their
final lines; only the page numbers are unknown.  Each entry's dot leader and page number is a PDF
form that the entry's line draws where it ends, and that is filled in once the last page is laid
out.  An entry's number never changes the layout: it is drawn right-aligned in the space the
leader already takes.

Should the entries drawn differ from those recorded (an entry made but never printed), the lists
are not "satisfied" and reportlab lays the document out once more with the entries as printed.
"""

from dataclasses import dataclass

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Spacer, Table
from reportlab.platypus.tableofcontents import TableOfContents
from reportlab.platypus.tables import TableStyle

#: What one leader dot is; reportlab's own TOC uses the same.
DOT = " . "


@dataclass
class PendingNumber:
    """Where one entry's leader and page number go, drawn when all pages are known."""
    form: str
    key: str
    x: float
    y: float
    width: float
    style: object


class PrefilledTOC(TableOfContents):
    """A list of entries known before layout; `keep_chapters` keeps a chapter's line with the next."""

    def __init__(self, entries, *, keep_chapters: bool = False, **kwargs):
        super().__init__(dotsMinLevel=0, **kwargs)
        self._entries = [(level, text, 0, key) for level, text, key in entries]
        self.keep_chapters = keep_chapters

    def isSatisfied(self):
        return _shape(self._entries) == _shape(self._lastEntries)

    def wrap(self, availWidth, availHeight):
        entries = self._lastEntries or [(0, "", 0, None)]
        doc = getattr(self.canv, "_doctemplate", None)
        callback = f"tocEnd{id(self)}"

        def entry_end(canvas, kind, label):
            level, _text, _page, key = entries[int(label)]
            if doc is not None and key:
                place_number(canvas, doc, key, self.getLevelStyle(level), availWidth)
        self.canv.setNamedCB(callback, entry_end)

        rows, keep = [], []
        for i, (level, text, _page, key) in enumerate(entries):
            style = self.getLevelStyle(level)
            if style.spaceBefore:
                rows.append([Spacer(1, style.spaceBefore)])
            if self.keep_chapters and level == 0 and i + 1 < len(entries):
                after = len(rows) + 1 + (1 if self.getLevelStyle(entries[i + 1][0]).spaceBefore else 0)
                keep.append(("NOSPLIT", (0, len(rows)), (0, after)))
            line = EntryLine(f'{text}<onDraw name="{callback}" label="{i}"/>', style)
            line.key = key
            rows.append([line])
        style = TableStyle(list(self.tableStyle.getCommands()) + keep)
        self._table = Table(rows, colWidths=(availWidth,), style=style)
        self.width, self.height = self._table.wrapOn(self.canv, availWidth, availHeight)
        return self.width, self.height


class EntryLine(Paragraph):
    """One entry, a link to its page over the whole of it; its number's form is drawn after its
    text, so that copied or extracted text reads title, leader, number (the callback runs inside
    the text object, before that is written)."""

    key = None

    def split(self, availWidth, availHeight):
        parts = super().split(availWidth, availHeight)
        for part in parts:
            part.key = self.key
        return parts

    def draw(self):
        super().draw()
        if self.key:
            self.canv.linkRect("", self.key, (0, 0, self.width, self.height), relative=1)
        doc = getattr(self.canv, "_doctemplate", None)
        for form in getattr(doc, "forms_due", ()):
            self.canv.doForm(form)
        if doc is not None:
            doc.forms_due.clear()


def _shape(entries) -> list:
    """An entry list without its page numbers: what decides the layout."""
    return [(level, text, key) for level, text, _page, key in entries]


def place_number(canvas, doc, key: str, style, width: float):
    """Record the (still empty) form of this entry's leader and number, placed at the end of its
    line and drawn after it (EntryLine)."""
    x, y = canvas._curr_tx_info["cur_x"], canvas._curr_tx_info["cur_y"]
    form = f"tocpn{len(doc.pending_numbers)}"
    doc.pending_numbers.append(PendingNumber(form, key, x, y, width, style))
    doc.forms_due.append(form)


def fill_numbers(canvas, pending: list, page_of: dict):
    """Define every entry's form: its leader from the end of the text, then its page number
    flush with the right edge (in the coordinates of the line that drew it)."""
    for item in pending:
        page = page_of.get(item.key)
        canvas.beginForm(item.form, lowerx=-item.width, lowery=-2000, upperx=2 * item.width, uppery=2000)
        if page is not None:
            _leader_and_number(canvas, item, str(page))
        canvas.endForm()


def _leader_and_number(canvas, item: PendingNumber, number: str):
    style = item.style
    size = style.fontSize
    number_width = stringWidth(number, style.fontName, size)
    while number_width > item.width - item.x and size >= 1.0:       # as reportlab's TOC does
        size *= 0.9
        number_width = stringWidth(number, style.fontName, size)
    dot_width = stringWidth(DOT, style.fontName, size)
    dots = max(0, int((item.width - item.x - number_width) / dot_width))
    text = canvas.beginText(item.width - dots * dot_width - number_width, item.y)
    text.setFont(style.fontName, size)
    text.setFillColor(style.textColor)
    text.textLine(dots * DOT + number)
    canvas.drawText(text)
