"""Automatic numbers for headings, tables, figures and cases, following edition.numbering.

Numbers are assigned while the story is assembled (once), so every pass of multiBuild and every
list (表目录, 图目录, 案例目录) sees the same number.
"""

from vqdesk.core.editions.model import Edition

_DIGITS = "零一二三四五六七八九"


def chinese_numeral(n: int) -> str:
    """1 -> 一, 10 -> 十, 12 -> 十二, 21 -> 二十一, 100 -> 一百 (enough for headings)."""
    if n <= 0:
        return str(n)
    if n < 10:
        return _DIGITS[n]
    if n < 20:
        return "十" + (_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return _DIGITS[n // 10] + "十" + (_DIGITS[n % 10] if n % 10 else "")
    if n < 1000:
        rest = n % 100
        tail = "" if rest == 0 else ("零" + _DIGITS[rest] if rest < 10 else
                                     ("一" + chinese_numeral(rest) if rest < 20 else chinese_numeral(rest)))
        return _DIGITS[n // 100] + "百" + tail
    return str(n)


def _fill(pattern: str, n: int, chapter: str = "") -> str:
    return pattern.replace("{cn}", chinese_numeral(n)).replace("{n}", str(n)).replace("{chapter}", chapter)


class Numberer:
    """Hands out the labels of one document, in reading order."""

    def __init__(self, edition: Edition):
        self.numbering = edition.numbering
        self.cases = edition.cases
        self.chapter_no = 0
        self._chapter_label = ""
        self._section_no = 0
        self._counts = {"table": 0, "figure": 0, "case": 0}

    def chapter(self) -> str:
        """Start the next chapter and return its label ("1" or "一、")."""
        self.chapter_no += 1
        self._section_no = 0
        self._chapter_label = _fill(self.numbering.chapter, self.chapter_no).rstrip("、")
        if self.numbering.tables == "per_chapter":
            self._counts["table"] = 0
        if self.numbering.figures == "per_chapter":
            self._counts["figure"] = 0
        if self.cases.numbering == "per_chapter":
            self._counts["case"] = 0
        return _fill(self.numbering.chapter, self.chapter_no)

    def section(self) -> str:
        """The next section label within the chapter ("1.2" or "（二）")."""
        self._section_no += 1
        return _fill(self.numbering.section, self._section_no, self._chapter_label)

    def table(self) -> str:
        return "表 " + self._next("table", self.numbering.tables == "per_chapter")

    def figure(self) -> str:
        return "图 " + self._next("figure", self.numbering.figures == "per_chapter")

    def case(self) -> str:
        number = self._next("case", self.cases.numbering == "per_chapter")
        return f"【{self.cases.label} {number}】"

    def _next(self, kind: str, per_chapter: bool) -> str:
        self._counts[kind] += 1
        count = self._counts[kind]
        return f"{max(self.chapter_no, 1)}-{count}" if per_chapter else str(count)
