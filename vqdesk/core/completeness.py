"""How complete a report year is: per heading of the document, per standard table and per record list."""

import functools
import re
from dataclasses import dataclass

from vqdesk.core.binding import TOKEN_RE, render_token
from vqdesk.core.derive import Figures
from vqdesk.core.model import ReportData

EMPTY, STARTED, DONE = "未填写", "填写中", "已完成"
_COUNTED = re.compile(r"[\u3400-\u9fff\uf900-\ufaffA-Za-z0-9]")


def count_chars(text: str, figures=None) -> int:
    """字数: the one count of the editors' live count and of validation's length rules.

    Characters that count toward a length limit: 汉字, letters and digits, no spaces or
    punctuation.  With `figures`, bound fields count as the text they print (a blank one as
    nothing); without, as they are written.  Counted characters simply add up, so the fixed text
    around the fields is counted once and remembered (validation counts every text per edit)."""
    text = text or ""
    if figures is None or "{{" not in text:
        return _counted(text)
    fields = TOKEN_RE.findall(text)
    return _counted(TOKEN_RE.sub("", text)) + sum(
        len(_COUNTED.findall(render_token(expr, figures) or "")) for expr in fields)


@functools.lru_cache(maxsize=4096)
def _counted(text: str) -> int:
    return len(_COUNTED.findall(text))


@dataclass(frozen=True)
class Progress:
    key: str           # edition part, "preface", table or list id; "" for a heading the school added
    title: str
    status: str
    done: int          # characters, filled cells or rows
    target: int        # minimum characters, applicable cells, or 0
    node: int | None = None     # the heading's store id, for progress of the document


def narrative_progress(data: ReportData) -> list[Progress]:
    """The preface and every heading of the document in reading order; a heading counts its own
    text and that of the headings below it, against the minimum of the edition part it carries."""
    # imported here: validation imports count_chars from this module
    from vqdesk.core.validation.outline import Outline, subtree_text
    figures = Figures(data)
    out = []
    preface = data.settings.get("preface") or {}
    if preface.get("title") is not None:
        out.append(_progress("preface", preface["title"], preface.get("text", ""),
                             data.edition.front_matter.preface_min_chars, figures))
    outline = Outline(data.document)
    for node in data.document.nodes():
        part = data.edition.part(node.edition_part) if node.edition_part else None
        out.append(_progress(node.edition_part or "", outline.path(node), subtree_text(node),
                             part.min_chars if part else 0, figures, node.id))
    return out


def _progress(key, title, text, minimum, figures, node=None) -> Progress:
    chars = count_chars(text, figures)
    status = EMPTY if chars == 0 else (DONE if chars >= max(minimum, 1) else STARTED)
    return Progress(key, title, status, chars, minimum, node)


def table_progress(data: ReportData) -> list[Progress]:
    out = []
    for table in data.edition.tables:
        wanted = [r for r in table.rows if r.applicable and not data.edition.is_derived(r.id)
                  and not (r.graduate_related and not data.report.has_graduates)]
        filled = sum(1 for r in wanted if data.value(r.id) is not None)
        status = EMPTY if filled == 0 else (DONE if filled == len(wanted) else STARTED)
        out.append(Progress(f"table{table.no}", table.caption, status, filled, len(wanted)))
    return out


def list_progress(data: ReportData) -> list[Progress]:
    return [Progress(rl.id, rl.title, DONE if data.records.get(rl.id) else EMPTY,
                     len(data.records.get(rl.id, [])), 0) for rl in data.edition.record_lists]
