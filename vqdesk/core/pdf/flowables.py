"""Custom flowables: headings that feed the TOC and outline, captions that feed 表目录 / 图目录 /
案例目录, the tinted case box, photos fitted to the frame, and data tables."""

from dataclasses import dataclass

from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from vqdesk.core.images import printable_image
from vqdesk.core.pdf.gridpara import GridParagraph
from vqdesk.core.pdf.photo_embed import PhotoFlowable
from vqdesk.core.pdf.styles import HEADER_TINT, RULE


@dataclass(frozen=True)
class EntryMeta:
    """Where a heading or caption is listed: list_kind is the notify kind of its list (None: no
    list), outline_level its PDF outline depth (None: not in the outline)."""
    key: str
    toc_markup: str
    outline_title: str
    list_kind: str | None = "TOCEntry"
    level: int = 0
    outline_level: int | None = 0


class _Marked(Paragraph):
    """A Paragraph carrying EntryMeta; only the first fragment of a split keeps it."""
    meta: EntryMeta | None = None

    def split(self, availWidth, availHeight):
        parts = super().split(availWidth, availHeight)
        if parts:
            parts[0].meta = self.meta
        return parts

    def _bookmark(self):
        if self.meta:
            self.canv.bookmarkHorizontal(self.meta.key, 0, self.height + self.style.leading)


class TOCHeading(_Marked):
    """A chapter, section or annex heading; the doc template lists it after it is drawn."""

    def draw(self):
        super().draw()
        self._bookmark()


class EntryParagraph(_Marked):
    """A caption or case title; it registers itself when drawn, even inside a table cell."""

    def draw(self):
        super().draw()
        self._bookmark()
        doc = getattr(self.canv, "_doctemplate", None)
        if self.meta and doc is not None and hasattr(doc, "register"):
            doc.register(self.meta)


def marked(cls, markup: str, style, meta: EntryMeta):
    para = cls(markup, style)
    para.meta = meta
    return para


def fitted_image(data: bytes, max_width: float, max_height: float, name: str = "图片") -> PhotoFlowable:
    """The photo scaled to fit the box; raises InputError (naming `name`) when it cannot be used."""
    photo = printable_image(data, name)
    scale = min(max_width / photo.width, max_height / photo.height)
    return PhotoFlowable(photo.data, photo.width * scale, photo.height * scale)


#: A row at least this share of a page may split across pages (moved whole, it would leave a gap).
TALL_ROW = 1 / 3
#: With this share of the page still free the table stands at its top: split rather than move.
TOP_OF_PAGE = 0.85


class SafeTable(Table):
    """A Table whose rows stay whole when they can; a tall row (an essay pasted into one cell)
    splits inside its cells, so no page holds only a header and no short row is cut in two.

    `continued` ("续表 2-1") is printed above every part after the first, with the repeated
    header under it."""
    page_height: float | None = None
    continued: str | None = None
    continued_style = None
    _label = None

    def _label_height(self, width) -> float:
        if not (self._is_continuation and self.continued):
            return 0
        if self._label is None:
            self._label = Paragraph(self.continued, self.continued_style)
        return self._label.wrap(width, 100)[1]

    _is_continuation = False
    _full_for = None                      # the width all rows' heights were last worked out for

    def _calc(self, availWidth, availHeight):
        # Row heights depend on the width only; reportlab works them out again at every wrap
        # and split (three or four times per table).  Once every row is known for a width it
        # is kept; only a partial pass (reportlab stops at the foot of the page) is redone.
        if self._full_for == availWidth:
            return
        super()._calc(availWidth, availHeight)
        if self._hmax == len(self._cellvalues):
            self._full_for = availWidth

    def wrap(self, availWidth, availHeight):
        extra = self._label_height(availWidth)
        width, height = super().wrap(availWidth, availHeight - extra)
        return width, height + extra

    def split(self, availWidth, availHeight):
        extra = self._label_height(availWidth)
        # Rows stay whole where they can: a short row that does not fit moves to the next page
        # with the rest of the table (Jinzhou printed 表14's first row half on each page).  Only
        # a tall row (an essay in a cell), or one that does not fit a page it starts, splits
        # inside its cells; reportlab cannot split rows under a SPAN at all.
        self.splitInRow = 0
        parts = super().split(availWidth, availHeight - extra)
        if not parts and not self._spanCmds and self._row_may_split(availHeight - extra):
            self.splitInRow = 1
            parts = super().split(availWidth, availHeight - extra)
        for n, part in enumerate(parts):
            part.page_height, part.continued, part.continued_style = (self.page_height, self.continued,
                                                                       self.continued_style)
            part._is_continuation = bool(self.continued) and (n > 0 or self._is_continuation)
            part._label = None
            # reportlab gives the parts of a split row fixed heights taken from the whole row, so
            # the tail of a split essay kept its full height and came out as empty slivers, each
            # under its own repeated header.  The rest of a split table sizes to its content again.
            if n > 0:
                part._argH = [None] * len(part._argH)
        return parts

    def _row_may_split(self, avail: float) -> bool:
        """Whether the row the space ends in is tall (a third of a page or more), or the table
        already stands at the top of a page, where moving it gains nothing."""
        page = self.page_height or avail
        if avail >= TOP_OF_PAGE * page:
            return True
        used = 0.0
        for height in self._rowHeights:
            if used + height > avail:
                return height >= TALL_ROW * page
            used += height
        return False

    def _splitCell(self, value, style, oldHeight, newHeight, width):
        # reportlab splits a cell's paragraphs at the column's width, not at the width inside the
        # cell's padding, so the lines of a split essay ran over the column rule.
        inner = width - style.leftPadding - style.rightPadding
        return super()._splitCell(value, style, oldHeight, newHeight, inner)

    def _drawCell(self, cellval, cellstyle, pos, size):
        # A cell holding one GridParagraph (nearly every cell) is placed directly: reportlab's
        # general path measures the paragraph again and sets a font and colour it never uses.
        if type(cellval) is not GridParagraph or cellstyle.href or cellstyle.destination:
            return super()._drawCell(cellval, cellstyle, pos, size)
        (colpos, rowpos), (colwidth, rowheight) = pos, size
        _, height = cellval.wrap(colwidth - cellstyle.leftPadding - cellstyle.rightPadding,
                                 rowheight - cellstyle.topPadding - cellstyle.bottomPadding)
        if cellstyle.valign == "TOP":
            top = rowpos + rowheight - cellstyle.topPadding
        elif cellstyle.valign == "BOTTOM":
            top = rowpos + cellstyle.bottomPadding + height
        else:
            top = rowpos + (rowheight + cellstyle.bottomPadding - cellstyle.topPadding + height) / 2
        cellval.drawOn(self.canv, colpos + cellstyle.leftPadding, top - height)

    def draw(self):
        if self._label is not None and self._is_continuation:
            self._label.wrap(self._width, 100)
            self._label.drawOn(self.canv, 0, self._height)
        super().draw()


def data_table(rows: list, col_widths: list, *, header_rows: int = 1, extra=(),
               page_height: float | None = None, continued: str | None = None, label_style=None) -> Table:
    """A ruled table with a tinted header repeated on every page under `continued` (续表 …);
    cells are top-aligned, so a row split across pages starts every cell at its top."""
    table = SafeTable(rows, colWidths=col_widths, repeatRows=header_rows, hAlign="CENTER")
    table.page_height = page_height
    table.continued, table.continued_style = continued, label_style
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, RULE),
        ("BOX", (0, 0), (-1, -1), 1.0, RULE),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_TINT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, header_rows - 1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        *extra,
    ]))
    return table


def gap(height: float = 6) -> Spacer:
    return Spacer(1, height)

