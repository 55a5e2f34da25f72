"""The rates' definitions (common/rates-2023.toml): which counts a rate is computed from, how
reports spell those counts, and how a share names its base.  Read and checked once."""

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from vqdesk.core.errors import EditionError
from vqdesk.core.resources import read_toml, templates_dir

RATES_FILE = "common/rates-2023.toml"
_INDICATOR = re.compile(r"^\d+\.\d+[a-z]?$")


@dataclass(frozen=True)
class Count:
    key: str
    spellings: tuple
    spellings_after: tuple = ()
    indicator: str = ""
    difference: tuple = ()          # (a, b): the count is a − b
    part_of: str = ""               # the count this one is a part of


@dataclass(frozen=True)
class Definition:
    numerator: str
    denominator: tuple              # (a,) or (a, b) for a − b

    def describe(self) -> str:
        den = self.denominator[0] if len(self.denominator) == 1 else "（{} − {}）".format(*self.denominator)
        return f"{self.numerator} ÷ {den}"


@dataclass(frozen=True)
class Rate:
    key: str
    spellings: tuple
    definitions: tuple


@dataclass(frozen=True)
class Distribution:
    name: str
    totals: tuple
    parts: tuple
    coverage_of: str = ""
    min_coverage: float = 0.0


@dataclass(frozen=True)
class Vocabulary:
    counts: dict                    # key -> Count
    rates: dict                     # key -> Rate
    bases: dict                     # spelling -> count key
    distributions: tuple = ()

    def count_of_label(self, label: str) -> str | None:
        """The count a table header or row label names (“报考人数（人）” -> 报考)."""
        text = re.sub(r"[（(][^）)]*[）)]$", "", str(label or "")).replace(" ", "")
        short = re.sub(r"(人数|总人数|总数|数)$", "", text)
        for count in self.counts.values():
            if text in count.spellings or short in count.spellings:
                return count.key
        return None

    def rate_of_label(self, label: str) -> str | None:
        text = re.sub(r"[（(][^）)]*[）)]$", "", str(label or "")).replace(" ", "")
        return next((r.key for r in self.rates.values() if text in r.spellings), None)


@cache
def vocabulary() -> Vocabulary:
    return read_vocabulary(templates_dir() / RATES_FILE)


def read_vocabulary(path: Path) -> Vocabulary:
    name = path.name
    raw = read_toml(path)
    counts = {}
    for i, item in enumerate(raw.get("counts", [])):
        count = _count(name, f"counts[{i}]", item)
        if count.key in counts:
            raise EditionError(name, f"counts[{i}]", f"“{count.key}”重复")
        counts[count.key] = count
    rates = {}
    for i, item in enumerate(raw.get("rates", [])):
        rate = _rate(name, f"rates[{i}]", item, counts)
        rates[rate.key] = rate
    bases = {}
    for i, item in enumerate(raw.get("bases", [])):
        if not isinstance(item, dict) or item.get("count") not in counts or not item.get("spelling"):
            raise EditionError(name, f"bases[{i}]", "应有 spelling 和 counts 中已定义的 count")
        bases[item["spelling"]] = item["count"]
    for count in counts.values():
        for part in (*count.difference, *([count.part_of] if count.part_of else [])):
            if part not in counts:
                raise EditionError(name, count.key, f"“{part}”未在 counts 中定义")
    return Vocabulary(counts, rates, bases, tuple(_distribution(name, f"distributions[{i}]", item)
                                                  for i, item in enumerate(raw.get("distributions", []))))


def _distribution(file, entry, item) -> Distribution:
    if not isinstance(item, dict) or not isinstance(item.get("name"), str) or not item["name"]:
        raise EditionError(file, entry, "缺少必填项“name”")
    coverage = item.get("min_coverage", 0.0)
    if isinstance(coverage, bool) or not isinstance(coverage, (int, float)) or not 0 <= coverage <= 1:
        raise EditionError(file, entry, "“min_coverage”应是 0 到 1 之间的数")
    indicator = item.get("coverage_of", "")
    if indicator and not _INDICATOR.match(str(indicator)):
        raise EditionError(file, entry, f"“coverage_of”应是指标编号，如 6.1，而不是“{indicator}”")
    parts = _strings(file, entry, item, "parts")
    if len(parts) < 2:
        raise EditionError(file, entry, "“parts”至少应有两项")
    return Distribution(item["name"], _strings(file, entry, item, "totals"), parts, indicator, float(coverage))


def _strings(file, entry, item, key, required=True) -> tuple:
    value = item.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value) \
            or (required and not value):
        raise EditionError(file, entry, f"“{key}”应是非空的文字列表")
    return tuple(value)


def _count(file, entry, item) -> Count:
    if not isinstance(item, dict) or not isinstance(item.get("key"), str) or not item["key"]:
        raise EditionError(file, entry, "缺少必填项“key”")
    indicator = item.get("indicator", "")
    if indicator and not _INDICATOR.match(str(indicator)):
        raise EditionError(file, entry, f"“indicator”应是指标编号，如 1.1，而不是“{indicator}”")
    difference = _strings(file, entry, item, "difference", required=False)
    if difference and len(difference) != 2:
        raise EditionError(file, entry, "“difference”应是两个计数：被减数和减数")
    return Count(item["key"], _strings(file, entry, item, "spellings"),
                 _strings(file, entry, item, "spellings_after", required=False), indicator, difference,
                 str(item.get("part_of", "")))


def _rate(file, entry, item, counts) -> Rate:
    if not isinstance(item, dict) or not isinstance(item.get("key"), str) or not item["key"]:
        raise EditionError(file, entry, "缺少必填项“key”")
    definitions = []
    for text in _strings(file, entry, item, "definitions"):
        parts = [p.strip() for p in text.split("/")]
        if len(parts) != 2:
            raise EditionError(file, entry, f"口径“{text}”应写作“分子 / 分母”")
        den = tuple(p.strip() for p in parts[1].split(" - "))
        for key in (parts[0], *den):
            if key not in counts:
                raise EditionError(file, entry, f"口径“{text}”中的“{key}”未在 counts 中定义")
        definitions.append(Definition(parts[0], den))
    return Rate(item["key"], _strings(file, entry, item, "spellings"), tuple(definitions))
