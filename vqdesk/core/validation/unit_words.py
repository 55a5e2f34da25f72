"""R16.unit-word (hints): a table declares one unit, and a text gives its figures with another
measure word.

Liangzhou 表8 “2022年学生技能大赛成绩（单位：人）” has 金牌 / 银牌 / 铜牌 columns holding 19, 18,
27 on a row labelled 人数, while the case text writes 金牌19枚、银牌18枚、铜牌27枚: the medals are
counted in 枚, not people, and the table's unit says otherwise.

A cell's unit is its column's own (“金牌（枚）”), else its row label's (…人数), else the caption's
(“（单位：人）”; with several, “人、个”, any of them).  Its subject is the column header, or the row
label when the header is generic (数量, 2023年).  A text that writes the subject beside the same
number with a measure word of another unit is a match; one match of a small number (< 10) could
be chance, so a single small one is not reported.
"""

import re
from bisect import bisect_right

from vqdesk.core.findings import Finding
from vqdesk.core.kinds import normalise_text

from .cell_units import _unit_of_label
from .context import Context
from .free_tables import plain, row_label

_CAPTION_UNITS = re.compile(r"[（(]\s*单位\s*[:：]\s*([^）)]+)[）)]")
_SPLIT = re.compile(r"[、，,/／;；\s]+")
_BRACKETS = re.compile(r"[（(][^）)]*[）)]")
#: A number with its measure word in a text; the context either side holds the subject.
_MEASURED = re.compile(r"(?<![\d.])(\d+)\s*(人次|枚|项|个|块|件|次|人|名|所|门|册|台)")
_OWN_UNIT = re.compile(r"[（(](人次|枚|项|个|块|件|次|人|名|所|门|册|台)[）)]$")
_SAME = {"名": "人"}
_GENERIC = re.compile(r"^(?:20\d\d.*|.*(?:合计|总计|小计|数量|人数|人次|次数|项目|指标|数|情况|类别|名称))$")
#: Words allowed between a subject and its number: “金牌19枚”, “获金牌共19枚”, “金牌为19枚”.
_FILLER = re.compile(r"^(?:共|共计|合计|为|达|达到|有|计|[:：])?$")
SMALL = 10


def check(ctx: Context) -> list[Finding]:
    tables = [(block, cells) for block in ctx.typed_tables() for cells in [list(_cells(block))] if cells]
    if not tables:
        return []
    subjects = {subject for _, cells in tables for subject, _, _ in cells}
    found = _measured(ctx, subjects)
    out = []
    for block, cells in tables:
        hits = {}
        for subject, value, unit in cells:
            for measure, before, after, where in found.get(value, ()):
                tail = _tail(before, subject)
                if _norm(measure) not in unit and ((tail is not None and _FILLER.match(tail))
                                                   or after.startswith(subject)):
                    hits.setdefault(where, {})[(subject, value)] = (measure, "、".join(sorted(unit)))
        for where, items in hits.items():
            if len(items) >= 2 or any(v >= SMALL for _, v in items):
                out.append(Finding("info", "R16.unit-word", ctx.outline.block_place(block),
                                   _message(ctx.table_name(block), where, items)))
    return out


def _message(table: str, where: str, items: dict) -> str:
    units = sorted({unit for _, unit in items.values()})
    written = "、".join(f"{s} {plain(v)} {m}" for (s, v), (m, _) in items.items())
    subjects = "”“".join(dict.fromkeys(s for s, _ in items))
    measures = "、".join(dict.fromkeys(m for m, _ in items.values()))
    return (f"{table}的单位为“{'、'.join(units)}”，而{where}写{written}，与表中“{subjects}”的数字相同："
            f"如这些数字计的是{measures}而不是{'、'.join(units)}，请在表头注明各自的单位，或改正表格的单位")


def _norm(unit: str) -> str:
    return _SAME.get(unit, unit)


def _tail(before: str, subject: str):
    """What stands between `subject` and the number, if `subject` ends the text before it."""
    at = before.rfind(subject)
    return before[at + len(subject):] if at >= 0 else None


def _joined(ctx: Context):
    """All texts as one string (each ended by a line break) and where each starts: one find
    per subject over the whole report instead of one per text."""
    texts = ctx.texts()
    starts, at = [], 0
    for text, _, _ in texts:
        starts.append(at)
        at += len(text) + 1
    return "\n".join(text for text, _, _ in texts) + "\n", starts


def _measured(ctx: Context, subjects: set) -> dict:
    """number -> [(measure word, 8 characters before, 8 after, where)] of the numbers written
    near one of the tables' subjects in the texts (the rest of a text is not read)."""
    joined, starts = ctx.memo("joined-texts", _joined)
    texts = ctx.texts()
    out, seen = {}, set()
    for subject in subjects:
        at = joined.find(subject)
        while at >= 0:
            for m in _MEASURED.finditer(joined, max(0, at - 12), at + len(subject) + 12):
                if m.start() not in seen:
                    seen.add(m.start())
                    where = texts[bisect_right(starts, m.start()) - 1][2]
                    before = joined[max(0, m.start() - 8):m.start()].rsplit("\n", 1)[-1].replace(" ", "")
                    after = joined[m.end():m.end() + 8].split("\n", 1)[0].replace(" ", "")
                    out.setdefault(int(m.group(1)), []).append((m.group(2), before, after, where))
            at = joined.find(subject, at + 1)
    return out


def _cells(block):
    """(subject, number, {units}) of each numeric cell whose unit the table declares."""
    d = block.data
    declared = _CAPTION_UNITS.search(normalise_text(block.caption or ""))
    caption_units = {_norm(u) for u in _SPLIT.split(declared.group(1)) if u} if declared else set()
    columns = d.get("columns") or []
    column_units = [_unit_of(str(h)) for h in columns]
    column_subjects = [_subject(h) for h in columns]
    for row in d.get("rows") or []:
        label = row_label(row)
        row_unit = row_subject = None
        if label:
            row_unit, row_subject = _unit_of(label), _subject(label)
        for c, cell in enumerate(row[:len(columns)]):
            if not isinstance(cell, (int, float)) or isinstance(cell, bool) or cell <= 0 or not float(cell).is_integer():
                continue
            unit = column_units[c] or row_unit
            units = {_norm(unit)} if unit else caption_units
            subject = column_subjects[c] or row_subject
            if units and subject:
                yield subject, int(cell), units


def _unit_of(label: str) -> str | None:
    """A label's own unit: “金牌（枚）”, “培训人次”, “参赛人数”."""
    own = _OWN_UNIT.search(normalise_text(label))
    return own.group(1) if own else _unit_of_label(label)


def _subject(name) -> str | None:
    """What a header or row label counts, unless it is generic (数量, 人数, 2023年)."""
    text = _BRACKETS.sub("", normalise_text(str(name or "")))
    return text if len(text) >= 2 and not _GENERIC.match(text) else None


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("unit-words", check, {"document"}),)
