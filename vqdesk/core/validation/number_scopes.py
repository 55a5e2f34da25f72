"""What counts in texts count (common/number-scopes.toml, checked on load), and the range a
written count stands for: shared by R16.cumulative (cumulative_counts.py) and R16.approx
(approx_counts.py)."""

import re
from dataclasses import dataclass
from functools import cache

from vqdesk.core.errors import EditionError
from vqdesk.core.kinds import parse_approx
from vqdesk.core.resources import read_toml, templates_dir

from .free_tables import plain

FILE = "common/number-scopes.toml"
#: A number as texts write it, with the qualifiers that make it approximate (parse_approx reads them).
NUMBER = r"(?P<pre>约|大约|近|将近|接近|超过|逾)?\s*(?P<n>\d[\d,，]*(?:\.\d+)?)\s*(?P<post>余|多)?"


@dataclass(frozen=True)
class Vocabulary:
    verbs: tuple            # 培养, 输送: what a cumulative count counts
    generic: frozenset      # two-character words too common to make two subjects alike
    links: str              # characters that make a pair no term (为新)
    nouns: dict             # classifier -> nouns it counts


@cache
def vocabulary() -> Vocabulary:
    path = templates_dir() / FILE
    return parse(read_toml(path), path.name)


def _words(raw, file: str, entry: str, size: int = 1) -> list:
    if not isinstance(raw, list) or not raw or not all(isinstance(w, str) and len(w) >= size for w in raw):
        raise EditionError(file, entry, f"应为非空的文字列表，每项至少 {size} 个字")
    if len(set(raw)) != len(raw):
        twice = next(w for w in raw if raw.count(w) > 1)
        raise EditionError(file, entry, f"“{twice}”列了两次")
    return raw


def parse(raw: dict, file: str = "number-scopes.toml") -> Vocabulary:
    cumulative = raw.get("cumulative")
    if not isinstance(cumulative, dict):
        raise EditionError(file, "cumulative", "应列出 verbs、generic 和 links")
    verbs = _words(cumulative.get("verbs"), file, "cumulative.verbs", 2)
    generic = _words(cumulative.get("generic"), file, "cumulative.generic", 2)
    links = cumulative.get("links")
    if not isinstance(links, str) or not links:
        raise EditionError(file, "cumulative.links", "应为一串汉字")
    counted = raw.get("counted")
    if not isinstance(counted, dict) or not counted:
        raise EditionError(file, "counted", "应列出各量词及其计数的名词")
    nouns = {}
    for classifier, words in counted.items():
        if len(classifier) != 1:
            raise EditionError(file, f"counted.{classifier}", "量词应为一个字")
        nouns[classifier] = tuple(sorted(_words(words, file, f"counted.{classifier}"), key=len, reverse=True))
    return Vocabulary(tuple(verbs), frozenset(generic), links, nouns)


@dataclass(frozen=True)
class Written:
    """A count as a text writes it: “近 1200”, “800 余”, “1686”."""
    low: float
    high: float
    text: str               # without spaces: “近1200”, “800余”
    approximate: bool

    def overlaps(self, other: "Written") -> bool:
        return self.low <= other.high and other.low <= self.high

    def note(self) -> str:
        """The range an approximate count stands for, for a message: “（即 1080–1200）”."""
        return f"（即 {plain(self.low)}–{plain(self.high)}）" if self.approximate else ""


def written(match, about: bool = False) -> Written:
    """The range a NUMBER match stands for; `about` for a count followed by 左右 (约 N)."""
    number = re.sub(r"[,，]", "", match.group("n"))
    pre, post = match.group("pre") or "", match.group("post") or ""
    text = f"{pre}{number}{post}"
    about = about and not (pre or post)
    approx = parse_approx(("约" if about else "") + text)
    if approx is None:
        return Written(float(number), float(number), text, False)
    return Written(approx.low, approx.high, text + ("左右" if about else ""), True)
