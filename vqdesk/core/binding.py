"""Bound fields in narratives: {{[6.1]}}, {{count(majors)}}, {{profile.name}}.

The text stores the token; printing replaces it with the current value, so the narrative and the
tables cannot disagree (rule R16).
"""

import re
from dataclasses import dataclass

from vqdesk.core.derive import REPORTED_MARK, Figures
from vqdesk.core.errors import FormulaError
from vqdesk.core.formula import Formula
from vqdesk.core.kinds import format_number, format_value
from vqdesk.core.profile import PROFILE_KEYS, profile_set, publication_url

TOKEN_RE = re.compile(r"\{\{\s*(.+?)\s*\}\}")
_SINGLE_INDICATOR = re.compile(r"^\[([0-9A-Za-z][0-9A-Za-z._]*)\]$")


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    expression: str


def tokens(text: str) -> list[Token]:
    return [Token(m.start(), m.end(), m.group(1)) for m in TOKEN_RE.finditer(text or "")]


def render_token(expression: str, figures: Figures) -> str | None:
    """The printed value of one bound field, or None when it is blank or broken."""
    if expression.startswith("profile."):
        key = expression[len("profile."):]
        profile = figures.data.profile
        value = publication_url(profile) if key == "publication_url" else profile.get(key)
        return value or None
    single = _SINGLE_INDICATOR.match(expression)
    try:
        formula = Formula.parse(expression)
    except FormulaError:
        return None
    value = formula.evaluate(figures)
    if value is None:
        return None
    if single:
        ref = single.group(1)
        kind = _kind_of(ref, figures)
        # a reported value (typed or imported, nothing to compute it from) says so where it prints
        mark = REPORTED_MARK if figures.is_computed(ref) and figures.shown(ref).reported else ""
        if kind:
            return format_value(value, kind) + mark
        return format_number(value) + mark
    return format_number(value)


def _kind_of(ref: str, figures: Figures) -> str | None:
    edition = figures.edition
    if edition.has_indicator(ref):
        return edition.indicator(ref).kind
    try:
        return edition.key_figure(ref).kind
    except KeyError:
        return None


def render_text(text: str, figures: Figures, missing: str = "【待填写】") -> str:
    """Replace every bound field by its value; blank or broken ones print `missing`."""
    def repl(match):
        value = render_token(match.group(1), figures)
        return missing if value is None else value
    return TOKEN_RE.sub(repl, text or "")


def check_token(expression: str, figures: Figures) -> str | None:
    """A Chinese problem description for a token that cannot print, else None."""
    if expression.startswith("profile."):
        key = expression[len("profile."):]
        if key not in PROFILE_KEYS:
            return f"数据字段“{expression}”不存在"
        return None if render_token(expression, figures) else f"数据字段“{expression}”引用的学校信息未填写"
    problem, formula = _parsed(expression, figures.edition)
    if problem:
        return problem
    if formula.evaluate(figures) is None:
        return f"数据字段“{expression}”所需的数据未填写"
    return None


#: (id of an edition, expression) -> (problem, formula): editions are loaded once and never change,
#: and validation checks every token of every text again at each edit.
_PARSED: dict = {}


def _parsed(expression: str, edition) -> tuple:
    """A token's formula and what is wrong with it whatever the figures: a syntax error, or an
    indicator or list the edition does not have."""
    key = (id(edition), expression)
    if key not in _PARSED:
        _PARSED[key] = _parse(expression, edition)
    return _PARSED[key]


def _parse(expression: str, edition) -> tuple:
    try:
        formula = Formula.parse(expression)
    except FormulaError as exc:
        return str(exc), None
    refs = formula.references()
    figure_ids = {kf.id for kf in edition.key_figures}
    for ref in refs.indicators:
        if not edition.has_indicator(ref) and ref not in figure_ids:
            return f"数据字段引用的指标“{ref}”不存在", None
    lists = {rl.id for rl in edition.record_lists}
    for list_id in refs.lists:
        if list_id not in lists:
            return f"数据字段引用的名单“{list_id}”不存在", None
    return None, formula


def field_catalogue(figures: Figures) -> list[tuple[str, str]]:
    """(label, token) pairs the editor offers under 插入数据字段."""
    edition = figures.edition
    form = profile_set(figures.data.report.level)
    items = [(f"{form.title}·{f.label}", f"{{{{profile.{f.key}}}}}") for f in form.fields]
    for table in edition.tables:
        for row in table.rows:
            if row.applicable:
                items.append((f"表{table.no}·{row.name}（{row.unit}）", f"{{{{[{row.id}]}}}}"))
    items += [(f"计算·{kf.name}（{kf.unit}）", f"{{{{[{kf.id}]}}}}") for kf in edition.key_figures]
    items += [(f"名单·{rl.title}·行数", f"{{{{count({rl.id})}}}}") for rl in edition.record_lists]
    for rl in edition.record_lists:
        for fd in rl.fields:
            if fd.kind in ("int", "decimal", "money_wan"):
                items.append((f"名单·{rl.title}·{fd.label}合计", f"{{{{sum({rl.id}.{fd.key})}}}}"))
    return items
