"""The cross-checks' vocabulary (resources/templates/common/cross-checks.toml), read and checked
once: a broken entry is named with its file and place, as the edition loader does."""

import re
from dataclasses import dataclass
from functools import cache

from vqdesk.core.errors import EditionError
from vqdesk.core.kinds import normalise_text
from vqdesk.core.resources import read_toml, templates_dir

FILE = "common/cross-checks.toml"


@dataclass(frozen=True)
class AsOfFigure:
    key: str
    names: tuple
    kind: str          # "count" | "rate"


@dataclass(frozen=True)
class PartOf:
    part: tuple
    whole: tuple
    min_whole: int


@dataclass(frozen=True)
class Vocabulary:
    asof: tuple
    part_of: tuple
    shortenings: tuple      # (short, full), applied in order
    higher_education: tuple
    issuers: tuple
    endings: tuple
    kinds: tuple = ()

    def asof_key(self, label: str) -> AsOfFigure | None:
        """The figure a table header or a text's words name (“直接就业人数” -> 直接就业)."""
        text = _plain(label)
        return next((f for f in self.asof if text in f.names), None)


def _plain(label) -> str:
    return re.sub(r"[（(][^）)]*[）)]$", "", normalise_text(str(label or "")).replace(" ", ""))


@cache
def vocabulary() -> Vocabulary:
    path = templates_dir() / FILE
    raw = read_toml(path)
    return parse(raw, path.name)


def parse(raw: dict, file: str = "cross-checks.toml") -> Vocabulary:
    asof, seen = [], set()
    for i, item in enumerate(raw.get("asof", [])):
        where = f"asof[{i}]"
        names = _words(item, "names", file, where)
        if not item.get("key") or item.get("kind") not in ("count", "rate"):
            raise EditionError(file, where, "每项应有 key，kind 为 count 或 rate")
        if seen & set(names):
            raise EditionError(file, where, f"名称“{sorted(seen & set(names))[0]}”已属于另一项")
        seen |= set(names)
        asof.append(AsOfFigure(item["key"], names, item["kind"]))
    part_of = []
    for i, item in enumerate(raw.get("part_of", [])):
        where = f"part_of[{i}]"
        minimum = item.get("min_whole")
        if not isinstance(minimum, int) or minimum <= 0:
            raise EditionError(file, where, "min_whole 应为正整数")
        part_of.append(PartOf(_words(item, "part", file, where), _words(item, "whole", file, where), minimum))
    names = raw.get("school_names", {})
    shortenings = []
    for i, item in enumerate(names.get("shortenings", [])):
        if not isinstance(item, dict) or not item.get("short") or not item.get("full"):
            raise EditionError(file, f"school_names.shortenings[{i}]", "每项应有 short 和 full")
        shortenings.append((item["short"], item["full"]))
    designations = raw.get("designations", {})
    return Vocabulary(tuple(asof), tuple(part_of), tuple(shortenings),
                      _words(names, "higher_education", file, "school_names"),
                      _words(designations, "issuers", file, "designations"),
                      _words(designations, "endings", file, "designations"),
                      _words(designations, "kinds", file, "designations"))


def _words(item, key: str, file: str, where: str) -> tuple:
    words = item.get(key) if isinstance(item, dict) else None
    if not isinstance(words, list) or not words or not all(isinstance(w, str) and w for w in words):
        raise EditionError(file, where, f"“{key}”应为非空的文字列表")
    return tuple(words)
