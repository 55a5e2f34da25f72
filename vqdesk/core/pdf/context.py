"""What every part of the story needs while it is assembled: data, styles, numbers, fonts."""

from dataclasses import dataclass, field
from typing import Callable

from reportlab.platypus import Paragraph

from vqdesk.core.derive import Figures
from vqdesk.core.model import ReportData
from vqdesk.core.pdf.gridpara import GridParagraph
from vqdesk.core.pdf.flowables import EntryMeta, EntryParagraph, marked
from vqdesk.core.document.numbering import Numberer
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
    entries: list = field(default_factory=list)   # EntryMeta of every listed heading and caption
    _serial: int = 0
    last_label: str = ""                          # the number of the last numbered caption
    depth: int = -1                               # the outline depth of the heading being printed

    @property
    def settings(self) -> dict:
        return self.data.document.settings

    def key(self, prefix: str) -> str:
        """A bookmark key unique within this build."""
        self._serial += 1
        return f"{prefix}-{self._serial}"

    def warn(self, note: str):
        self.skipped.append(note)

    def para(self, text, style, cls=Paragraph) -> Paragraph:
        """A paragraph of user text, escaped and with glyph fallback."""
        return cls(markup(text, self.styles.fonts, style.fontName), style)

    def grid(self, text, style) -> GridParagraph:
        """A paragraph of user text on the character grid: justified, any length, linear time."""
        return GridParagraph(text, style, self.styles.fonts)

    def cell(self, text, style=None) -> GridParagraph:
        return self.grid("" if text is None else text, style or self.styles.cell)

    def entry(self, cls, text_markup: str, style, meta: EntryMeta):
        """A heading or caption paragraph; a listed one is recorded for its list (toc.py)."""
        if meta.list_kind:
            self.entries.append(meta)
        return marked(cls, text_markup, style, meta)

    def caption(self, label: str, title: str, list_kind: str, key: str) -> EntryParagraph:
        """A numbered caption ("表 2-1 …") that lists itself in 表目录 / 图目录."""
        text = f"{label} {title}".strip()
        self.used.add(list_kind)
        entry = entry_text(text)
        meta = EntryMeta(key=key, toc_markup=markup(entry, self.styles.fonts, self.styles.body_font),
                         outline_title=entry, list_kind=list_kind, outline_level=None)
        return self.entry(EntryParagraph, markup(text, self.styles.fonts, self.styles.heading_font),
                          self.styles.caption, meta)

    def block_caption(self, block, list_kind: str, fallback: str = ""):
        """The caption of a table or chart block: numbered and listed, or (numbered: false) plain."""
        title = block.caption.strip() or fallback
        self.last_label = ""
        if not block.data.get("numbered", True):
            return self.para(title, self.styles.caption) if title else None
        number = self.numberer.table() if list_kind == TABLES else self.numberer.figure()
        self.last_label = number
        return self.caption(number, title, list_kind, self.key("tab" if list_kind == TABLES else "fig"))
