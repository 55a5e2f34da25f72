"""R5: values fit their kind — counts are non-negative integers, percentages lie in 0-100,
money and other quantities are not negative — in the six tables and in record lists.

The session refuses most such input already; values can still arrive through imports, old files
or edits of the edition, so the validator checks what is stored."""

import re

from vqdesk.core.findings import Finding, Place
from vqdesk.core.kinds import NUMERIC_KINDS, format_number, parse_approx

from .context import Context, show_number

_MONEY = {"money_yuan": "元", "money_wan": "万元"}


def check(ctx: Context) -> list[Finding]:
    return [f for _, rule, _ in UNITS for f in rule(ctx)]


def _cells(ctx: Context):
    for (ind_id, column), cell in ctx.data.values.items():
        if ind_id not in ctx.rows:
            continue
        kind = ctx.kind(ind_id, column)
        if kind not in NUMERIC_KINDS:
            continue
        label = ctx.label(ind_id, column)
        if cell.number is None:
            if cell.text is not None:
                yield ctx.at_indicator("error", "R5.number", ind_id,
                                       f"{label} 应填写数值，现为“{cell.text}”", column)
            continue
        problem = _problem(kind, cell.number)
        if problem:
            yield ctx.at_indicator("error", f"R5.{problem[0]}", ind_id, f"{label} {problem[1]}", column)


def _problem(kind: str, value: float):
    """(rule suffix, Chinese reason) when a number does not fit its kind, else None."""
    text = show_number(value, kind) if kind == "percent" else format_number(value)
    if kind in ("count", "int"):
        if value < 0 or not float(value).is_integer():
            return "count", f"应为非负整数，现为 {text}"
    elif kind == "percent":
        if not 0 <= value <= 100:
            return "percent", f"为百分比，应在 0 到 100 之间，现为 {text}"
    elif kind in _MONEY:
        if value < 0:
            return "money", f"金额（{_MONEY[kind]}）不能为负数，现为 {text}"
    elif value < 0:
        return "number", f"不能为负数，现为 {text}"
    return None


def _records(ctx: Context):
    for rl in ctx.edition.record_lists:
        for row, record in enumerate(ctx.data.records.get(rl.id, [])):
            for fd in rl.fields:
                value = record.get(fd.key)
                if value is None:
                    continue
                if fd.kind == "choice" and fd.open and value not in fd.options:
                    # the bureau's list is not closed: other text is allowed, worth a look only
                    yield Finding("info", "R5.option", _at(rl, row, fd),
                                  f"名单“{rl.title}”第{row + 1}行：{fd.label}“{value}”不在常用选项中"
                                  f"（{'、'.join(fd.options)}），请确认")
                    continue
                problem = _field_problem(fd, value)
                if problem:
                    yield Finding("error", "R5.record", _at(rl, row, fd),
                                  f"名单“{rl.title}”第{row + 1}行：{fd.label}{problem}")


def _at(rl, row: int, fd) -> Place:
    return Place(kind="record", list_id=rl.id, row=row, field=fd.key)


def _field_problem(fd, value):
    if fd.kind in ("int", "decimal", "money_wan", "year"):
        if fd.approx and isinstance(value, str) and parse_approx(value) is not None:
            return None             # “100+” as the report writes it
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            return f"应为数值，现为“{value}”"
        if value < 0:
            return f"不能为负数，现为 {format_number(value)}"
        if fd.kind in ("int", "year") and not float(value).is_integer():
            return f"应为整数，现为 {format_number(value)}"
        return None
    if fd.kind == "choice" and value not in fd.options:
        return f"“{value}”不在可选项中（{'、'.join(fd.options)}）"
    if fd.pattern and isinstance(value, str) and not re.match(fd.pattern, value):
        return f"“{value}”格式不对，应为{fd.pattern_hint or fd.pattern}"
    return None


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("cells", _cells, {"values"}), ("records", _records, {"records"}))
