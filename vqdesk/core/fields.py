"""Coercing typed input (from a form, a paste or a workbook) into stored values, with Chinese
reasons when it does not fit.  Shared by the session, the Excel importer and the UI."""

import re
from datetime import date

from vqdesk.core.editions.model import FieldDef, Indicator
from vqdesk.core.errors import InputError
from vqdesk.core.kinds import normalise_text, parse_number

_DATE_RE = re.compile(r"^(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*日?$")
_NAME_SEPARATORS = re.compile(r"\s*[、,，;；/／\s]\s*")


def parse_date(raw) -> str:
    """2024-11-16, 2024.11.16, 2024/11/16, 2024年11月16日 or a date object -> '2024-11-16'."""
    if isinstance(raw, date):
        return raw.strftime("%Y-%m-%d")
    text = str(raw).strip().replace(" ", "")
    match = _DATE_RE.match(text)
    if not match:
        raise ValueError(f"“{raw}”不是日期，应写成 2025-05-19 这样的形式")
    y, m, d = (int(g) for g in match.groups())
    try:
        return date(y, m, d).strftime("%Y-%m-%d")
    except ValueError:
        raise ValueError(f"“{raw}”不是有效日期") from None


def coerce_field(fd: FieldDef, raw, resolve=None):
    """The stored form of `raw` for a record field; None for blank.  Raises ValueError.

    :param resolve: optional callable (kind, text) -> canonical name, for master-list fields.
    """
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    kind = fd.kind
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
        for option in fd.options:
            if normalise_text(option) == normalise_text(text):
                return option
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
