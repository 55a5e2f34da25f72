"""Automatic numbers for headings, tables, figures and cases, following the report's settings
(settings["numbering"] and settings["cases"], see docs/content-format.md).  The patterns are
filled by core.document.numbering, the definition the app and validation share.

Numbers are assigned while the story is assembled (once, in print order), so every pass of
multiBuild and every list (表目录, 图目录, 案例目录) sees the same number.
"""

from vqdesk.core.document.numbering import HEADING_KEYS, chinese_numeral, fill

__all__ = ["Numberer", "chinese_numeral"]


class Numberer:
    """Hands out the labels of one document, in print order."""

    def __init__(self, settings: dict):
        self.numbering = settings["numbering"]
        self.cases = settings["cases"]
        self.levels = [0, 0, 0, 0]        # the current number at each outline depth
        self._counts: dict = {}

    @property
    def chapter_no(self) -> int:
        return self.levels[0]

    def heading(self, depth: int) -> str:
        """Start the next heading at `depth` (0 = chapter) and return its label ("1.2", "（一）")."""
        self.levels[depth] += 1
        for deeper in range(depth + 1, len(self.levels)):
            self.levels[deeper] = 0
        return fill(self.numbering[HEADING_KEYS[depth]], self.levels[depth], tuple(self.levels[:depth]))

    def leave_sections(self):
        """What follows belongs to the chapter itself (cases collected at its end)."""
        self.levels[1:] = [0, 0, 0]

    def table(self) -> str:
        return self._label(self.numbering["table_label"], "table", self.numbering["tables"])

    def figure(self) -> str:
        return self._label(self.numbering["figure_label"], "figure", self.numbering["figures"])

    def case(self) -> str:
        scope = "per_chapter" if self.cases["numbering"] == "per_chapter" else "flat"
        n = self._next("case", scope)
        return fill(self.cases["label"], n, (max(self.chapter_no, 1),))

    def _label(self, word: str, kind: str, scope: str) -> str:
        n = self._next(kind, scope)
        chapter, section = max(self.chapter_no, 1), self.levels[1]
        if scope == "flat":
            number = str(n)
        elif scope == "per_chapter" or not section:
            number = f"{chapter}-{n}" if scope == "per_chapter" else f"{chapter}.{n}"
        else:
            number = f"{chapter}.{section}.{n}"
        return f"{word} {number}" if word else number

    def _next(self, kind: str, scope: str) -> int:
        if scope == "flat":
            key = (kind,)
        elif scope == "per_chapter":
            key = (kind, self.chapter_no)
        else:                               # per_section; outside a section, per chapter
            key = (kind, self.chapter_no, self.levels[1])
        self._counts[key] = self._counts.get(key, 0) + 1
        return self._counts[key]
