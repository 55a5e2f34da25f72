"""The flat stream a Word body is read into, before headings, captions and cases are decided."""

from dataclasses import dataclass, field


@dataclass
class Para:
    text: str
    index: int                       # the paragraph's number in the body, for messages
    level: int | None = None         # from a heading style or an outline level
    bold: bool = False               # bold, or set in a heading font
    font: str = ""                   # “黑” or “楷”: the heading font it is set in
    role: str = ""                   # "toc" | "caption" | "cover" | ""
    list_level: int | None = None    # a paragraph of a Word list: its level (0 …)

    @property
    def listed(self) -> bool:
        return self.list_level is not None


@dataclass
class Picture:
    """The images of one paragraph (side by side), each {"data", "filename", "caption"}."""
    images: list
    index: int


@dataclass
class Table:
    """A free table's block data (docs/content-format.md) and the notes on what was flattened."""
    data: dict
    index: int
    notes: list = field(default_factory=list)


@dataclass
class Photos:
    """A table laid out as a grid of pictures with their captions."""
    images: list
    per_row: int
    index: int


@dataclass
class Case:
    """A shaded single-cell table: a case holding its own items."""
    items: list
    index: int


@dataclass
class Lost:
    """Something the document model cannot hold, said in Chinese."""
    what: str
    index: int


@dataclass
class Break:
    """A section break (Word's 分节符): where a cover or back cover ends or begins."""
    index: int
