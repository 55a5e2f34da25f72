"""Coercing typed input (from a form, a paste or a workbook) into stored values, with Chinese
reasons when it does not fit.  Shared by the session, the Excel importer and the UI."""

import re
from datetime import date

from vqdesk.core.editions.model import FieldDef, Indicator
from vqdesk.core.choices import match_choice
from vqdesk.core.errors import InputError
from vqdesk.core.kinds import parse_approx, parse_area, parse_number

_NAME_SEPARATORS = re.compile(r"\s*[、,，;；/／\s]\s*")
#: A date as reports write it: 2024, 2024年, 2024.11, 2024年11月, 2024-11-16, 2024年11月16日.
_DAY = r"(?P<{p}y>\d{{4}})\s*(?:[-./年]\s*(?P<{p}m>\d{{1,2}})\s*(?:[-./月]\s*(?P<{p}d>\d{{1,2}})\s*日?|月)?|年)?"
_DATE_RE = re.compile("^" + _DAY.format(p="a") + "$")
#: The end of a range: a whole date, a month and day (“12.02”) or a day (“17”, “17日”).
_END_RE = re.compile(r"^(?:(?P<y>\d{4})\s*[-./年]\s*)?(?:(?P<m>\d{1,2})\s*[-./月]\s*)?(?P<d>\d{1,2})\s*日?$")
_RANGE_SEPARATORS = ("至", "—", "–", "～", "~", "-")


def parse_date(raw) -> str:
    """A date with its precision, as ISO text: '2024' (year), '2024-11' (month), '2024-11-16'
    (day) or '2024-11-16/2024-11-17' (range).  2024.11.16-17 and 2024年11月16日至17日 are ranges."""
    if isinstance(raw, date):
        return raw.strftime("%Y-%m-%d")
    if isinstance(raw, int) and not isinstance(raw, bool):
        raw = str(raw)
    text = str(raw).strip().replace(" ", "")
    match = _DATE_RE.match(text)
    if match:
        return _iso(raw, match.group("ay"), match.group("am"), match.group("ad"))
    for sep in _RANGE_SEPARATORS:
        head, found, tail = text.rpartition(sep)
        if found and (first := _DATE_RE.match(head)) and first.group("ad") and (end := _END_RE.match(tail)):
            y, m = first.group("ay"), first.group("am")
            start = _iso(raw, y, m, first.group("ad"))
            stop = _iso(raw, end.group("y") or y, end.group("m") or m, end.group("d"))
            if stop < start:
                raise ValueError(f"“{raw}”的结束日期早于开始日期")
            return f"{start}/{stop}"
    raise ValueError(f"“{raw}”不是日期，应写成 2025-05-19、2025.05 或 2025 这样的形式")


def _iso(raw, y, m, d) -> str:
    try:
        if m is None:
            return date(int(y), 1, 1).strftime("%Y")
        if d is None:
            return date(int(y), int(m), 1).strftime("%Y-%m")
        return date(int(y), int(m), int(d)).strftime("%Y-%m-%d")
    except ValueError:
        raise ValueError(f"“{raw}”不是有效日期") from None


def date_span(stored) -> tuple[date, date] | None:
    """The first and last day a stored date (of any precision) stands for; None if not a date."""
    text = str(stored or "")
    first, _, last = text.partition("/")
    try:
        start, end = _bounds(first), _bounds(last or first)
    except ValueError:
        return None
    return start[0], end[1]


def _bounds(text: str) -> tuple[date, date]:
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 1:
        return date(parts[0], 1, 1), date(parts[0], 12, 31)
    if len(parts) == 2:
        y, m = parts
        nxt = date(y + (m == 12), m % 12 + 1, 1)
        return date(y, m, 1), date.fromordinal(nxt.toordinal() - 1)
    day = date(*parts)
    return day, day


def coerce_field(fd: FieldDef, raw, resolve=None):
    """The stored form of `raw` for a record field; None for blank.  Raises ValueError.

    :param resolve: optional callable (kind, text) -> canonical name, for master-list fields.
    """
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    kind = fd.kind
    if fd.approx and kind in ("int", "decimal") and not isinstance(raw, (int, float)):
        approx = parse_approx(raw)
        if approx is not None:
            return approx.text        # kept as written; sums and derived figures skip it
    if kind == "decimal" and fd.unit == "平方米" and not isinstance(raw, (int, float)):
        area = parse_area(raw)
        if area is not None:
            return area               # “330亩” is 220000 平方米
    if kind == "year" and isinstance(raw, str):
        raw = raw.strip().removesuffix("届").removesuffix("年")      # “2024年”, “2024届”
    if kind in ("int", "year"):
        value = parse_number(raw, "int")
        if kind == "int" and value < 0:
            raise ValueError(f"{fd.label}不能为负数")
        if kind == "year" and not 2000 <= value <= 2100:
            raise ValueError(f"{fd.label}“{raw}”不是有效年份")
        return value
    if kind in ("decimal", "money_wan"):
        value = parse_number(raw, "decimal")
        if value < 0:
            raise ValueError(f"{fd.label}不能为负数")
        return value
    if kind == "date":
        return parse_date(raw)
    text = str(raw).strip()
    if kind == "choice":
        option = match_choice(fd.options, text)
        if option is not None:
            return option
        if fd.open:
            return text               # the bureau's list is not closed: validation only hints
        raise ValueError(f"{fd.label}“{text}”不在可选项中（{'、'.join(fd.options)}）")
    if kind == "names":
        return "、".join(n for n in _NAME_SEPARATORS.split(text) if n)
    if kind in ("major", "organisation") and resolve:
        return resolve(kind, text) or text
    if fd.pattern and not re.match(fd.pattern, text):
        raise ValueError(f"{fd.label}“{text}”格式不对，应为{fd.pattern_hint or fd.pattern}")
    return text


def coerce_indicator(ind: Indicator, raw, column_kind: str = ""):
    """The stored (number, text) pair for an indicator cell.  Raises InputError."""
    kind = column_kind or ind.kind
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None, None
    if kind == "text":
        return None, str(raw).strip()
    try:
        number = parse_number(raw, kind)
    except ValueError as exc:
        raise InputError(f"{_where(ind)}：{exc}") from None
    if number < 0:
        raise InputError(f"{_where(ind)}：不能为负数（{number}）")
    if kind == "percent" and number > 100:
        raise InputError(f"{_where(ind)}：百分比应在 0-100 之间，而不是 {number}")
    return float(number), None


def _where(ind: Indicator) -> str:
    return f"表{ind.table_no} {ind.name}（{ind.unit}）"
