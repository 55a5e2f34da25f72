"""Custom flowables: headings that feed the TOC and outline, captions that feed 表目录 / 图目录 /
案例目录, the tinted case box, photos fitted to the frame, and data tables."""

import io
from dataclasses import dataclass

from reportlab.platypus import Image, Paragraph, Spacer, Table, TableStyle

from vqdesk.core.images import printable_image
from vqdesk.core.pdf.styles import CASE_BORDER, CASE_TINT, HEADER_TINT, RULE


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


def fitted_image(data: bytes, max_width: float, max_height: float, name: str = "图片") -> Image:
    """The photo scaled to fit the box; raises InputError (naming `name`) when it cannot be used."""
    photo = printable_image(data, name)
    scale = min(max_width / photo.width, max_height / photo.height)
    return Image(io.BytesIO(photo.data), width=photo.width * scale, height=photo.height * scale)


def split_to_height(para: Paragraph, width: float, max_height: float) -> list:
    """Cut a long paragraph into pieces no taller than max_height, so each fits one table row."""
    pieces, rest = [], para
    for _ in range(10_000):
        parts = rest.split(width, max_height)
        if len(parts) < 2:
            pieces.append(rest)
            return pieces
        pieces.append(parts[0])
        rest = parts[1]
    return pieces + [rest]


class SafeTable(Table):
    """A Table whose rows stay whole, unless a row is taller than a page (an essay pasted into
    one cell, a case title thousands of characters long): then rows may break across pages,
    which beats failing the whole export."""
    page_height: float | None = None

    def wrap(self, availWidth, availHeight):
        size = super().wrap(availWidth, availHeight)
        heights = [h for h in self._rowHeights or () if h]
        if self.page_height and not self.splitInRow and heights and max(heights) > 0.9 * self.page_height:
            self.splitInRow = 1
        return size


def case_box(rows: list, width: float, page_height: float | None = None) -> Table:
    """A light tinted box with a border: each flowable is one row, so the box can break
    between paragraphs across pages."""
    table = SafeTable([[row] for row in rows], colWidths=[width], hAlign="CENTER")
    table.page_height = page_height
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), CASE_TINT),
        ("BOX", (0, 0), (-1, -1), 0.9, CASE_BORDER),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, CASE_BORDER),
        ("LEFTPADDING", (0, 0), (-1, -1), 10),
        ("RIGHTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, 0), 7),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 6),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
    ]))
    return table


def data_table(rows: list, col_widths: list, *, header_rows: int = 1, extra=(),
               page_height: float | None = None) -> Table:
    """A ruled table with a tinted header repeated on every page; rows are split only when one
    is taller than `page_height`."""
    table = SafeTable(rows, colWidths=col_widths, repeatRows=header_rows, hAlign="CENTER")
    table.page_height = page_height
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, RULE),
        ("BOX", (0, 0), (-1, -1), 1.0, RULE),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_TINT),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        *extra,
    ]))
    return table


def gap(height: float = 6) -> Spacer:
    return Spacer(1, height)

