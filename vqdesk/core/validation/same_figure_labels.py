"""One figure written under two labels:

- R16.label (warning): one share of one base (“占直接就业学生的75.9%”) said of two areas (Liangzhou
  2.4 “在本省就业”, 4.2.1 “本地就业”).  本省 and 本地 are not one area, so one of the two places gives
  the figure a meaning it does not have.  The areas' words are data (common/scope-words.toml).
- R16.label (hint): one count of one kind of thing under two names (Anshan: 135 个“产教融合实训基地”
  in the text, 135 个“校内外实训基地” in the table): the same 实训基地 qualified two ways, which the
  reader cannot tell apart.  Only counts of ten or more are compared (small ones repeat by chance).
- R16.change (hint): a share said to have risen (“本地就业人数比例上升，占…75.9%”) with no earlier
  figure to rise from.
"""

import re
from dataclasses import dataclass
from functools import cache

from vqdesk.core.errors import EditionError
from vqdesk.core.findings import Finding, Place
from vqdesk.core.resources import read_toml, templates_dir

from .context import Context
from .plain_texts import plain_texts

FILE = "common/scope-words.toml"
_SEGMENT = re.compile(r"[^。；;：:！？\n]+")
_SHARE = re.compile(r"占(?P<base>[\u4e00-\u9fff]{2,12}?)(?:总数|总人数|人数)?的\s*(?P<n>\d+\.\d+)\s*[%％]")
_RISE = re.compile(r"(?:比例|占比|比重|率)(?P<verb>上升|提高|提升|增长|增加|下降|降低|减少)(?![^，,]*\d)")
_UNITS = "个|家|所|间|处|门"
_UNIT = re.compile(_UNITS)
_LABEL = _NAME_CELL = re.compile(r"[\u4e00-\u9fff]{2,12}")
_CELL = re.compile(rf"^\s*(?P<n>\d+)\s*(?P<u>{_UNITS})\s*$")
_HEADER_UNIT = re.compile(rf"[（(](?P<u>{_UNITS})[）)]")
_YEARS = re.compile(r"20\d\d\s*(?:[-—–至~]\s*20\d\d\s*)?(?:年|学年|届)")
_DIGIT = re.compile(r"\d")
#: Counts below this repeat by chance (3 个基地, 3 个专业群).
MIN_COUNT = 10
#: Shortest common tail that names one kind of thing (基地, 工作室).
MIN_HEAD = 2


@cache
def areas() -> dict:
    """word -> area, from common/scope-words.toml, checked once."""
    path = templates_dir() / FILE
    raw = read_toml(path)
    return parse_areas(raw, path.name)


def parse_areas(raw: dict, file: str = "scope-words.toml") -> dict:
    table = raw.get("areas")
    if not isinstance(table, dict) or not table:
        raise EditionError(file, "areas", "应列出各范围及其写法")
    out = {}
    for area, words in table.items():
        if not isinstance(words, list) or not words or not all(isinstance(w, str) and w for w in words):
            raise EditionError(file, f"areas.{area}", "写法应为非空的文字列表")
        for word in words:
            if word in out:
                raise EditionError(file, f"areas.{area}", f"“{word}”已属于“{out[word]}”")
            out[word] = area
    return out


@cache
def _area_pattern() -> re.Pattern:
    return re.compile("|".join(sorted(map(re.escape, areas()), key=len, reverse=True)))


@dataclass(frozen=True)
class Said:
    key: tuple
    label: str          # what the figure is said to be (the area's word, or the thing counted)
    shown: str          # the figure as the message quotes it
    where: str
    place: Place


def _shares(text: str, where: str, place: Place):
    """Shares of a named base said of one area, and rises claimed with nothing to rise from."""
    rises = []
    for segment in _SEGMENT.findall(text):
        after = 0
        for m in _SHARE.finditer(segment):
            subject, after = segment[after:m.start()], m.end()      # what this share is said of
            words = _area_pattern().findall(subject)
            if len({areas()[w] for w in words}) == 1:
                word = words[-1]
                yield Said(("share", m.group("base"), m.group("n")), word,
                           f"占{m.group('base')}的 {m.group('n')}%", where, place)
            rise = _RISE.search(subject)
            rest = _YEARS.sub("", segment[:m.start("n")] + segment[m.end("n"):])
            if rise and not _DIGIT.search(rest):
                rises.append(re.split(r"[，,]", subject[:rise.end()])[-1].strip())
    if rises:
        yield Finding("info", "R16.change", place,
                      f"{where}写有“{'”、“'.join(rises)}”，但没有给出上年的数值，读者无法核对；请写明上年的比例")


def _counts(text: str, source):
    """“135个产教融合实训基地”: found from the unit (few) back to its digits, which is faster
    than a pattern starting at every digit."""
    for m in _UNIT.finditer(text):
        end = m.start()
        while end and text[end - 1] == " ":
            end -= 1
        if not end or not "0" <= text[end - 1] <= "9":       # most 个 are not counted things
            continue
        start = end - 1
        while start and "0" <= text[start - 1] <= "9":
            start -= 1
        label = _LABEL.match(text, m.end())
        if (start and text[start - 1] == ".") or label is None or int(text[start:end]) < MIN_COUNT:
            continue
        place, where = source.located()
        yield Said(("count", text[start:end], m.group(0)), label.group(0), f"{text[start:end]} {m.group(0)}",
                   where, place)


def _table_counts(ctx: Context, block):
    d = block.data
    columns = list(d.get("columns") or [])
    for row in d.get("rows") or []:
        label = None
        for c, cell in enumerate(row):
            if isinstance(cell, str) and _NAME_CELL.fullmatch(cell.strip()):
                label = cell.strip()
                continue
            unit = _HEADER_UNIT.search(str(columns[c])) if c < len(columns) and isinstance(cell, int) else None
            m = _CELL.match(cell) if isinstance(cell, str) else None
            n, u = (m.group("n"), m.group("u")) if m else (str(cell), unit.group("u")) if unit else (None, None)
            if label and n and int(n) >= MIN_COUNT:
                yield Said(("count", n, u), label, f"{n} {u}", f"{ctx.table_name(block)}“{label}”行",
                           ctx.outline.block_place(block))


def _statements(ctx: Context):
    for text in plain_texts(ctx):
        if "占" in text.text:
            yield from _shares(text.text, *reversed(text.located()))
        yield from _counts(text.text, text)
    for block in ctx.typed_tables():
        yield from _table_counts(ctx, block)


def _head(a: str, b: str) -> str:
    """The tail two names share (实训基地), when each qualifies it in its own way."""
    size = 0
    while size < min(len(a), len(b)) and a[-1 - size] == b[-1 - size]:
        size += 1
    return a[len(a) - size:] if size >= MIN_HEAD and size < min(len(a), len(b)) else ""


def _same(a: Said, b: Said) -> bool:
    """Said of one thing: one area (本省, 省内), or one name."""
    if a.key[0] == "share":
        return areas()[a.label] == areas()[b.label]
    return a.label == b.label


def _finding(said: Said, other: Said) -> Finding | None:
    if said.key[0] == "share":
        return Finding("warning", "R16.label", said.place,
                       f"{said.where}写有“{said.label}”{said.shown}，而{other.where}把同一比例写作“{other.label}”"
                       f"{other.shown}：“{said.label}”与“{other.label}”范围不同，请核对这一比例说的是哪里")
    head = _head(said.label, other.label)
    if not head:
        return None
    return Finding("info", "R16.label", said.place,
                   f"{said.where}写有{said.shown}“{said.label}”，而{other.where}写有{other.shown}"
                   f"“{other.label}”：同一数字用了两个名称，请确认是否同一批{head}，并统一名称")


def check(ctx: Context) -> list[Finding]:
    """A figure said of something no earlier place says it of, beside the first place that says it
    of something else (a text's own figures are not compared with each other)."""
    seen: dict = {}
    out = []
    for said in _statements(ctx):
        if isinstance(said, Finding):
            out.append(said)
            continue
        others = [o for o in seen.get(said.key, ()) if o.where != said.where]
        if others and not any(_same(said, o) for o in others):
            found = next((f for o in others if (f := _finding(said, o)) is not None), None)
            if found is not None:
                out.append(found)
        seen.setdefault(said.key, []).append(said)
    return out


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("same-figure-labels", check, {"document"}),)
