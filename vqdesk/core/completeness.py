"""How complete a report year is: per narrative, per standard table and per record list."""

import re
from dataclasses import dataclass

from vqdesk.core.binding import render_text
from vqdesk.core.derive import Figures
from vqdesk.core.model import ReportData

EMPTY, STARTED, DONE = "未填写", "填写中", "已完成"
_COUNTED = re.compile(r"[\u3400-\u9fff\uf900-\ufaffA-Za-z0-9]")


def count_chars(text: str, figures=None) -> int:
    """Characters that count toward a length limit: 汉字, letters and digits, no spaces or
    punctuation.  With `figures`, bound fields count as the text they print."""
    if figures is not None:
        text = render_text(text, figures, missing="")
    return len(_COUNTED.findall(text or ""))


@dataclass(frozen=True)
class Progress:
    key: str
    title: str
    status: str
    done: int          # characters, filled cells or rows
    target: int        # minimum characters, applicable cells, or 0


def narrative_progress(data: ReportData) -> list[Progress]:
    edition = data.edition
    figures = Figures(data)
    out = []
    fm = edition.front_matter
    if fm.preface:
        out.append(_narrative("preface", "前言", data, fm.preface_min_chars, figures))
    for chapter in edition.chapters:
        if chapter.narrative:
            out.append(_narrative(chapter.key, chapter.title, data, chapter.min_chars, figures))
        for section in chapter.sections:
            out.append(_narrative(section.key, f"{chapter.title}·{section.title}", data, section.min_chars,
                                  figures))
    return out


def _narrative(key, title, data, minimum, figures) -> Progress:
    chars = count_chars(data.narratives.get(key, ""), figures)
    status = EMPTY if chars == 0 else (DONE if chars >= max(minimum, 1) else STARTED)
    return Progress(key, title, status, chars, minimum)


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
