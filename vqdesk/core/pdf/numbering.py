"""Automatic numbers for headings, tables, figures and cases, following the report's settings
(settings["numbering"] and settings["cases"], see docs/content-format.md).

Numbers are assigned while the story is assembled (once, in print order), so every pass of
multiBuild and every list (表目录, 图目录, 案例目录) sees the same number.
"""

_DIGITS = "零一二三四五六七八九"
#: Heading pattern per outline depth.
HEADING_KEYS = ("chapter", "section", "level3", "level4")


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


def fill(pattern: str, n: int, levels=(0, 0, 0)) -> str:
    """A label pattern with {n}, {cn}, {chapter}, {section} and {sub} (the numbers above) filled in."""
    chapter, section, sub = levels
    return (pattern.replace("{cn}", chinese_numeral(n)).replace("{n}", str(n))
            .replace("{chapter}", str(chapter)).replace("{section}", str(section)).replace("{sub}", str(sub)))


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
        return fill(self.numbering[HEADING_KEYS[depth]], self.levels[depth], tuple(self.levels[:3]))

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
        return fill(self.cases["label"], n, (max(self.chapter_no, 1), self.levels[1], self.levels[2]))

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
