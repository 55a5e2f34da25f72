"""What every part of the story needs while it is assembled: data, styles, numbers, fonts."""

from dataclasses import dataclass, field
from typing import Callable

from reportlab.platypus import KeepTogether, Paragraph

from vqdesk.core.derive import Figures
from vqdesk.core.model import ReportData
from vqdesk.core.pdf.flowables import EntryMeta, EntryParagraph, data_table, gap, marked
from vqdesk.core.pdf.numbering import Numberer
from vqdesk.core.pdf.styles import Styles
from vqdesk.core.pdf.text import entry_text, markup

#: notify kinds of the three lists after the TOC.
TABLES, FIGURES, CASES = "TableEntry", "FigureEntry", "CaseEntry"


@dataclass
class Context:
    data: ReportData
    figures: Figures
    styles: Styles
    numberer: Numberer
    width: float                      # frame width in points
    height: float                     # frame height in points
    photo_data: Callable | None = None
    skipped: list = field(default_factory=list)   # notes about what could not be printed
    used: set = field(default_factory=set)        # list kinds (表/图/案例) the story holds

    def para(self, text, style, cls=Paragraph) -> Paragraph:
        """A paragraph of user text, escaped and with glyph fallback."""
        return cls(markup(text, self.styles.fonts, style.fontName), style)

    def cell(self, text, style=None) -> Paragraph:
        return self.para("" if text is None else text, style or self.styles.cell)

    def _align(self, value):
        """Numbers and short codes are centred; text reads from the left."""
        text = "" if value is None else str(value)
        numeric = text and (text[0].isdigit() or text[0] in "+-—") and len(text) <= 16
        return self.styles.cell_center if numeric or text == "合计" else self.styles.cell

    def caption(self, label: str, title: str, list_kind: str, key: str) -> EntryParagraph:
        """A numbered caption ("表 2-1 …") that lists itself in 表目录 / 图目录."""
        text = f"{label} {title}".strip()
        self.used.add(list_kind)
        entry = entry_text(text)
        meta = EntryMeta(key=key, toc_markup=markup(entry, self.styles.fonts, self.styles.body_font),
                         outline_title=entry, list_kind=list_kind, outline_level=None)
        return marked(EntryParagraph, markup(text, self.styles.fonts, self.styles.heading_font),
                      self.styles.caption, meta)

    def table_block(self, title: str, key: str, header: list, rows: list, widths: list,
                    extra=(), note: str = "") -> list:
        """Caption above, then the table (header repeated on each page), then an optional note."""
        cells = [[self.cell(h, self.styles.cell_head) for h in header]]
        for row in rows:
            cells.append([self.cell(c, self._align(c)) if isinstance(c, (str, int, float, type(None))) else c
                          for c in row])
        scale = self.width / sum(widths)
        table = data_table(cells, [w * scale for w in widths], extra=extra, page_height=self.height)
        caption = self.caption(self.numberer.table(), title, TABLES, key)
        out = [gap(4), KeepTogether([caption, table]) if len(rows) <= 12 else caption]
        if len(rows) > 12:
            caption.keepWithNext = True
            out.append(table)
        if note:
            out.append(self.para(note, self.styles.source))
        out.append(gap(6))
        return out

    def figure_block(self, drawing, title: str, key: str, source: str) -> list:
        """The figure, then its caption below and the data source line; kept on one page."""
        if drawing is None:
            return []
        caption = self.caption(self.numberer.figure(), title, FIGURES, key)
        parts = [drawing, caption]
        if source:
            parts.append(self.para(source, self.styles.source))
        return [gap(6), KeepTogether(parts)]
