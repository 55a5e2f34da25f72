"""Names and labels shared by the exporter and the importer, so both read the same layout."""

import re

from vqdesk.core.editions.model import APPLICABILITY, StandardTable

COVER_SHEET = "封面"
FINDINGS_SHEET = "校验结果"
META_SHEET = "_vqdesk"
META_FORMAT = "vqdesk-workbook-1"
SEQ_LABEL, NAME_LABEL, UNIT_LABEL = "序号", "指标", "单位"
NOTE_PREFIX = "备注："
DEFINITION_PREFIX = "计算方法："
NOT_APPLICABLE_TEXTS = tuple(t for t in APPLICABILITY.values() if t)
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def sheet_title(text: str) -> str:
    """A legal sheet name: no []:*?/\\ and at most 31 characters."""
    return _SHEET_FORBIDDEN.sub("", text)[:31]


def table_sheet_name(table: StandardTable) -> str:
    return sheet_title(table.caption)


def column_label(label: str, year: int) -> str:
    return label.replace("<year>", str(year))


def table_headers(table: StandardTable, year: int) -> list[str]:
    return [SEQ_LABEL, NAME_LABEL, UNIT_LABEL] + [column_label(c.label, year) for c in table.columns]


def unit_label(unit: str, kind: str) -> str:
    """Ratios print as 11.17 with ":1" in the unit column."""
    return ":1" if kind == "ratio" else unit


def field_header(field) -> str:
    return f"{field.label}（{field.unit}）" if field.unit else field.label
