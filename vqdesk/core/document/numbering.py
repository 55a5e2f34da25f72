"""Heading numbers and case labels as the report prints them, from settings["numbering"] and
settings["cases"].  One definition for the PDF, the Word export, the app and validation messages.

The Numberer hands out table, figure and case labels in print order; it is called while the
PDF's story is assembled (once, so every pass and every list sees the same number), and by
document.labels, which walks the document in the same order for validation."""

_DIGITS = "零一二三四五六七八九"
#: settings["numbering"] pattern per outline depth (0 = chapter).
HEADING_KEYS = ("chapter", "section", "level3", "level4")
#: No space between a number ending in one of these and the title: “一、基本情况”, “（一）沿革”.
_TIGHT = ("、", "）", ")", ".", "．", "：", "】")


def chinese_numeral(n: int) -> str:
    """1 -> 一, 10 -> 十, 12 -> 十二, 21 -> 二十一, 105 -> 一百零五."""
    if n <= 0:
        return str(n)
    if n < 100:
        tens, ones = divmod(n, 10)
        head = "" if tens == 0 else ("十" if tens == 1 else _DIGITS[tens] + "十")
        return head + (_DIGITS[ones] if ones else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        tail = "" if rest == 0 else (("零" + _DIGITS[rest]) if rest < 10 else
                                     ("一" + chinese_numeral(rest) if rest < 20 else chinese_numeral(rest)))
        return _DIGITS[hundreds] + "百" + tail
    return str(n)


def numeral_value(text: str) -> int:
    """一 -> 1, 十二 -> 12, “12” -> 12; 0 for what is no well-formed numeral (“十一十”, “一十”).
    How run-in headings are read, by the PDF and by validation alike."""
    if text.isdigit():
        return int(text)
    if not text or any(c not in _DIGITS[1:] + "十" for c in text):
        return 0
    if "十" not in text:
        return _DIGITS.index(text) if len(text) == 1 else 0
    tens, _, ones = text.partition("十")
    if len(tens) > 1 or len(ones) > 1 or "十" in tens + ones:
        return 0
    value = (_DIGITS.index(tens) if tens else 1) * 10 + (_DIGITS.index(ones) if ones else 0)
    return value if chinese_numeral(value) == text else 0


def fill(pattern: str, n: int, above: tuple = ()) -> str:
    """A pattern with {n}, {cn} and the numbers above it ({chapter}, {section}, {sub}) filled in."""
    out = pattern.replace("{cn}", chinese_numeral(n)).replace("{n}", str(n))
    for token, index in (("{chapter}", 0), ("{section}", 1), ("{sub}", 2)):
        out = out.replace(token, str(above[index]) if len(above) > index else "")
    return out


def titled(number: str, title: str) -> str:
    """“1.2 立德树人”, but “一、基本情况” and “（一）校园文化”."""
    if not number:
        return title
    return number + title if number.endswith(_TIGHT) else f"{number} {title}"


def heading_numbers(doc) -> dict:
    """Node id -> its printed number (“1”, “1.2”, “（一）”), and the position tuple of each node."""
    numbering = (doc.settings or {}).get("numbering", {})
    out = {}
    for depth, path, node in doc.walk():
        position = tuple(i + 1 for i in path)
        pattern = numbering.get(HEADING_KEYS[min(depth, 3)], "{n}")
        out[node.id] = fill(pattern, position[-1], position[:-1])
    return out


def numbered_titles(doc) -> dict:
    """Node id -> numbered title, for the tree, lists and messages."""
    numbers = heading_numbers(doc)
    return {node.id: titled(numbers[node.id], node.title) for node in doc.nodes()}


def case_labels(doc) -> dict:
    """Case block id -> its label (“【案例 2-3】”, “案例 7”, “案例一”), counted in reading order,
    per chapter or through the report as settings["cases"]["numbering"] says; "" for a case
    marked `numbered: false`."""
    cases = (doc.settings or {}).get("cases", {})
    pattern, per_chapter = cases.get("label", "【案例 {chapter}-{n}】"), cases.get("numbering") == "per_chapter"
    out, count = {}, 0
    for chapter_no, chapter in enumerate(doc.outline, start=1):
        if per_chapter:
            count = 0
        for _, _, node in chapter.walk():
            for block in node.blocks:
                if block.kind == "case" and block.data.get("numbered", True):
                    count += 1
                    out[block.id] = fill(pattern, count, (chapter_no,))
                elif block.kind == "case":
                    out[block.id] = ""            # an unnumbered case has no label
    return out


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
