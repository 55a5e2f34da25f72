"""Value kinds of indicators and record fields: how a value is checked, parsed and printed."""

import functools
import math
import re
import unicodedata
from dataclasses import dataclass

#: Kinds of indicator values.  The unit printed with a value comes from the indicator itself.
INDICATOR_KINDS = {
    "count": "非负整数",
    "decimal": "数值",
    "percent": "百分比（0-100）",
    "ratio": "比值（如 13.81:1）",
    "money_yuan": "金额（元）",
    "money_wan": "金额（万元）",
    "text": "文字",
}

#: Kinds of record-list fields.
FIELD_KINDS = {"text", "int", "decimal", "money_wan", "date", "year", "choice",
               "major", "organisation", "names"}

NUMERIC_KINDS = {"count", "decimal", "percent", "ratio", "money_yuan", "money_wan",
                 "int", "year"}

DECIMALS = {"count": 0, "int": 0, "year": 0, "decimal": 2, "percent": 2, "ratio": 2,
            "money_yuan": 2, "money_wan": 2}

_NUMBER_RE = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")


_SPACES = re.compile(r"\s+")


@functools.lru_cache(maxsize=8192)
def normalise_text(text: str) -> str:
    """Full-width to half-width (NFKC), unify separators, strip spaces and line breaks.  Cached:
    validation normalises the same names and labels on every edit."""
    return _SPACES.sub("", unicodedata.normalize("NFKC", text))


#: No figure of a school or a region reaches a trillion (万元 amounts included); larger is a typo.
MAX_MAGNITUDE = 1e12


def parse_number(raw, kind: str = "decimal"):
    """Read a number as people type it: 1,234 / 95% / ９５ / 11.17:1 / 2,500元.

    Returns a float (or int for integer kinds); raises ValueError with a Chinese reason.
    """
    if isinstance(raw, bool):
        raise ValueError("不是数值")
    if isinstance(raw, (int, float)):
        value = float(raw)
    else:
        text = normalise_text(str(raw))
        text = text.replace(",", "").replace("，", "")
        if kind == "ratio" and ":" in text:
            left, _, right = text.partition(":")
            if right not in ("1", "1.0", "1.00"):
                raise ValueError(f"比值“{raw}”应写成 X:1 的形式")
            text = left
        for suffix in ("%", "万元", "元", "人次", "人", "个", "册", "台"):
            if text.endswith(suffix):
                text = text[: -len(suffix)]
                break
        if not _NUMBER_RE.match(text):
            raise ValueError(f"“{raw}”不是数值")
        value = float(text)
    if math.isnan(value) or math.isinf(value):
        raise ValueError("不是有限的数值")
    if abs(value) >= MAX_MAGNITUDE:
        raise ValueError(f"数值 {value:.6g} 过大，请检查是否多输了数字或填错了单位")
    if kind in ("count", "int", "year"):
        if value != int(value):
            raise ValueError(f"{_fmt_plain(value)} 不是整数")
        return int(value)
    return value


def _fmt_plain(value) -> str:
    if value == int(value):
        return str(int(value))
    return f"{value:.2f}".rstrip("0").rstrip(".")


def format_value(value, kind: str, with_unit: str | None = None) -> str:
    """Print a stored value the way the report prints it (no unit unless asked)."""
    if value is None:
        return ""
    if kind == "text" or isinstance(value, str):
        return str(value)
    if kind in ("count", "int", "year"):
        text = str(int(round(value)))
    elif kind == "ratio":
        return f"{value:.2f}:1"
    else:
        text = f"{value:.{DECIMALS.get(kind, 2)}f}"
    if kind == "percent":
        return text + "%"
    return text + (with_unit or "")


def format_number(value) -> str:
    """Neutral printing for computed figures that have no declared kind."""
    if value is None:
        return ""
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.2f}"


# -- approximate numbers ----------------------------------------------------------------------

@dataclass(frozen=True)
class Approx:
    """A number as real reports write it when they do not know it exactly: “1700余”, “100+”,
    “近千”, “约 300”.  `low`–`high` is the range it stands for (both ends included)."""
    text: str
    value: float
    low: float
    high: float

    def agrees(self, number: float) -> bool:
        return self.low <= number <= self.high

    def describe(self) -> str:
        return f"{_fmt_plain(self.low)}–{_fmt_plain(self.high)}"


_CN_MAGNITUDES = {"十": 10, "百": 100, "千": 1000, "万": 10000}
_APPROX_RE = re.compile(
    r"^(?P<pre>约|近|将近|接近|大约|超过|逾)?(?P<num>\d+(?:\.\d+)?|[十百千万])(?P<mag>[十百千万])?"
    r"(?P<post>余|多|\+|以上)?(?P<unit>[^\d]{0,3})$")
#: Relative width of “约 300” either way, and how far below “近千” may be.
ABOUT = 0.05
NEARLY = 0.1


def parse_approx(raw) -> Approx | None:
    """The range of an approximate number, or None when `raw` is exact or not a number."""
    text = normalise_text(str(raw)).replace(",", "")
    match = _APPROX_RE.match(text)
    if not match or not (match.group("pre") or match.group("post")):
        return None
    num = match.group("num")
    value = float(_CN_MAGNITUDES.get(num, 0) or num)
    if match.group("mag"):
        value *= _CN_MAGNITUDES[match.group("mag")]
    pre, post = match.group("pre") or "", match.group("post") or ""
    if post:
        # “1700余”: 1700 to 1799 — the step is the written number's last non-zero place
        digits = str(int(value)) if value.is_integer() else ""
        zeros = len(digits) - len(digits.rstrip("0")) if digits else 0
        return Approx(text, value, value, value + 10 ** max(zeros, 1) - 1)
    if pre in ("超过", "逾"):
        return Approx(text, value, value, value * (1 + NEARLY * 5))
    if pre in ("近", "将近", "接近"):
        return Approx(text, value, value * (1 - NEARLY), value)
    return Approx(text, value, value * (1 - ABOUT), value * (1 + ABOUT))


#: Area units real reports use, in 平方米 (“330亩” for a campus).
AREA_UNITS = {"平方米": 1.0, "㎡": 1.0, "m²": 1.0, "m2": 1.0, "亩": 2000 / 3, "公顷": 10000.0}


def parse_area(raw) -> float | None:
    """An area written with its unit, in 平方米; None when it carries none of AREA_UNITS."""
    text = normalise_text(str(raw)).replace(",", "")
    for unit in sorted(AREA_UNITS, key=len, reverse=True):
        unit_n = normalise_text(unit)
        if text.endswith(unit_n) and _NUMBER_RE.match(text[: -len(unit_n)]):
            return round(float(text[: -len(unit_n)]) * AREA_UNITS[unit], 2)
    return None
