"""What every part of the Word file needs while it is written: data, numbers, sizes, and the
helpers for paragraphs and numbered captions.

Numbers come from the Numberer (core.document.numbering), called in the same print order as
the PDF's story, so each heading, table, figure and case carries the label the PDF prints.  A
caption's number is a SEQ field whose cached result is that label, so the file reads right
before Word updates it and Word renumbers it when the office inserts a table:

- flat (表 7):            “表 ” SEQ 表 \\* ARABIC
- per_chapter (表 1-1):   “表 1-” SEQ 表 \\* ARABIC \\s 1   (restarts at every 标题 1)
- per_section (表 1.2.3): “表 1.2.” SEQ 表 \\* ARABIC \\s 2  (restarts at every 标题 2)

The first caption of each chapter (or section) also says \\r 1: LibreOffice ignores \\s and would
count on through the report.  The price, in Word: a table inserted before that first one of a
chapter starts at 1 too until the \\r is removed.  The chapter part stays text: the headings'
numbers are text too (the report numbers them, not Word's list numbering, which STYLEREF needs).
"""

from dataclasses import dataclass, field
from typing import Callable

from vqdesk.core.derive import Figures
from vqdesk.core.docx_export import ooxml
from vqdesk.core.docx_export.styles import CAPTION, Look
from vqdesk.core.model import ReportData
from vqdesk.core.document.numbering import Numberer
from vqdesk.core.pdf.text import clean

#: The lists after the 目录 and the SEQ identifier each one collects.
TABLES, FIGURES, CASES = "table", "figure", "case"
CASE_SEQ = "案例"
_RESET = {"flat": "", "per_chapter": " \\s 1", "per_section": " \\s 2"}


@dataclass
class Context:
    data: ReportData
    figures: Figures
    numberer: Numberer
    look: Look
    fonts: object                   # the PDF's FontSet (chart drawings use its names)
    width: float                    # text width in points
    height: float                   # text height in points
    photo_data: Callable | None = None
    skipped: list = field(default_factory=list)
    used: set = field(default_factory=set)       # TABLES / FIGURES / CASES the body holds
    depth: int = -1

    @property
    def settings(self) -> dict:
        return self.data.document.settings

    def warn(self, note: str):
        self.skipped.append(note)

    def seq_name(self, kind: str) -> str:
        """The SEQ identifier of tables or figures: the label word (表, 图), as 表目录 collects it."""
        key = "table_label" if kind == TABLES else "figure_label"
        return (self.settings["numbering"][key] or "").strip() or ("表" if kind == TABLES else "图")

    def caption(self, container, label: str, title: str, kind: str):
        """A numbered caption paragraph (“表 2-1 标题”) whose number is a SEQ field."""
        para = styled(container.add_paragraph(), CAPTION)
        prefix, number = split_label(label)
        scope = self.settings["numbering"]["tables" if kind == TABLES else "figures"]
        if prefix:
            para.add_run(prefix)
        restart = " \\r 1" if scope != "flat" and number == "1" else ""
        ooxml.add_field(para, f"SEQ {self.seq_name(kind)} \\* ARABIC{_RESET.get(scope, '')}{restart}", number)
        if title:
            para.add_run(" " + clean(title).replace("\n", " "))
        self.used.add(kind)
        return para

    def block_caption(self, container, block, kind: str):
        """The caption of a table or chart block: numbered (SEQ), or plain (numbered: false)."""
        title = block.caption.strip()
        if not block.data.get("numbered", True):
            return para(container, title, CAPTION) if title else None
        label = self.numberer.table() if kind == TABLES else self.numberer.figure()
        return self.caption(container, label, title, kind)


def split_label(label: str) -> tuple[str, str]:
    """“表 1-1” -> (“表 1-”, “1”); “表 7” -> (“表 ”, “7”); “表 1.2.3” -> (“表 1.2.”, “3”)."""
    cut = max(label.rfind(" "), label.rfind("-"), label.rfind("."))
    return label[:cut + 1], label[cut + 1:]


def para(container, text: str, style: str):
    """A paragraph of user text in `style` (control characters dropped, lines kept as breaks)."""
    paragraph = styled(container.add_paragraph(), style)
    lines = clean(text).split("\n")
    for i, line in enumerate(lines):
        run = paragraph.add_run(line)
        if i < len(lines) - 1:
            run.add_break()
    return paragraph


def styled(paragraph, style_id: str):
    """The paragraph in the style of that id (python-docx's lookup by name costs a scan of all
    styles per paragraph)."""
    paragraph._p.style = style_id
    return paragraph


def has_content_after(element) -> bool:
    """Whether anything but the section properties follows `element` in its container."""
    following = element.getnext()
    return following is not None and not following.tag.endswith("}sectPr")
