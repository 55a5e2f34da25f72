"""Custom flowables: headings that feed the TOC and outline, captions that feed 表目录 / 图目录 /
案例目录, the tinted case box, photos fitted to the frame, and data tables."""

import io
import logging
from dataclasses import dataclass

from reportlab.platypus import Image, Paragraph, Spacer, Table, TableStyle

from vqdesk.core.pdf.styles import CASE_BORDER, CASE_TINT, HEADER_TINT, RULE

log = logging.getLogger(__name__)


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


def fitted_image(data: bytes, max_width: float, max_height: float) -> Image | None:
    """The photo scaled to fit the box, or None (logged) when the bytes are not a usable image."""
    try:
        from PIL import Image as PILImage
        with PILImage.open(io.BytesIO(data)) as probe:
            probe.load()
            width, height = probe.size
        if width <= 0 or height <= 0:
            raise ValueError("empty image")
        scale = min(max_width / width, max_height / height)
        return Image(io.BytesIO(data), width=width * scale, height=height * scale)
    except Exception as exc:  # noqa: BLE001 - a corrupt photo is skipped, never fatal
        log.warning("图片无法读取，已跳过：%s", exc)
        return None


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


def case_box(rows: list, width: float) -> Table:
    """A light tinted box with a border: each flowable is one row, so the box can break
    between paragraphs across pages."""
    table = Table([[row] for row in rows], colWidths=[width], hAlign="CENTER")
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


def data_table(rows: list, col_widths: list, *, header_rows: int = 1, extra=()) -> Table:
    """A ruled table with a tinted header repeated on every page; rows are never split."""
    table = Table(rows, colWidths=col_widths, repeatRows=header_rows, hAlign="CENTER")
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

