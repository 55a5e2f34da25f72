"""R18.mention (hints): a name written one way in a text and another way in a table or a list.

- An organisation a typed table or a record list names in full (辽宁华冶集团发展有限公司) and a text
  names a few characters apart (辽宁华冶发展有限公司, Anshan I23).  The text is searched from the
  name's first characters up to its legal form, so the words around a name in a sentence (与…签订)
  never become part of it.
- A document title in 《》 written twice with a different ending (《…实施意见》 / 《…实施方案》,
  Anshan I22): possibly two documents, possibly one miswritten, so only a hint.
"""

import functools
import re
from os.path import commonprefix

from vqdesk.core.findings import Finding

from .context import Context
from .rates import paragraphs_of
from .variants import FORMS, core_name, is_variant

_FORM = "|".join(FORMS)
_ORGANISATION = re.compile(rf"^[\u4e00-\u9fff（）()]{{4,24}}(?:{_FORM})$")
_TAIL = re.compile(rf"[\u4e00-\u9fff（）()]{{0,20}}?(?:{_FORM})")
_TITLE = re.compile(r"《([^《》]{6,60})》")
#: A table cell that is a document's title without brackets (a policy list's 名称 column).
_TITLE_CELL = re.compile(r"^[^《》]{6,60}(?:意见|方案|办法|通知|规划|计划|决定|细则|规定|纲要)$")
#: Characters a name's first characters must match for a mention to be looked at.
ANCHOR = 4
#: Two titles differ only in an ending this long (意见 / 方案 / 办法 / 通知).
TITLE_ENDING = 4


def _named(ctx: Context) -> list:
    """(name, where) of every organisation named in full: typed-table cells and list fields."""
    out = []
    for block in ctx.typed_tables():
        for row in block.data.get("rows") or []:
            for cell in row or []:
                if isinstance(cell, str) and _ORGANISATION.match(cell.strip()):
                    out.append((cell.strip(), ctx.table_name(block)))
    for rl in ctx.edition.record_lists:
        for fd in (f for f in rl.fields if f.kind == "organisation"):
            for record in ctx.data.records.get(rl.id, []):
                text = record.get(fd.key)
                if isinstance(text, str) and _ORGANISATION.match(text.strip()):
                    out.append((text.strip(), f"名单“{rl.title}”"))
    return out


def _texts(ctx: Context):
    for _, block in ctx.blocks():
        if block.kind == "text" and block.text.strip():
            yield block, "\n".join(paragraphs_of(block.text))


@functools.lru_cache(maxsize=64)
def _anchors(names: tuple):
    """One pattern finding any name's first characters, and the names each anchor starts."""
    by_anchor: dict = {}
    for name in names:
        by_anchor.setdefault(core_name(name)[:ANCHOR], []).append(name)
    return re.compile("|".join(map(re.escape, by_anchor))), by_anchor


@functools.lru_cache(maxsize=4096)
def _mentions(text: str, names: tuple) -> tuple:
    """(spelling, name) of every spelling in `text` that starts as one of `names` does and ends
    in a legal form, and is another spelling of it; one pass over the text (cached, as live
    validation reads the same texts at every edit)."""
    pattern, by_anchor = _anchors(names)
    found = []
    for m in pattern.finditer(text):
        tail = _TAIL.match(text, m.end())
        if not tail:
            continue
        spelled = m.group() + tail.group()
        found += [(spelled, name) for name in by_anchor[m.group()] if spelled != name and is_variant(spelled, name)]
    return tuple(found)


def check(ctx: Context) -> list[Finding]:
    named = _named(ctx)
    sources = {}
    for name, source in named:
        sources.setdefault(name, source)
    names = tuple(sorted(sources))
    out, said = [], set()
    for block, text in _texts(ctx) if names else ():
        where = ctx.outline.name(block)
        for spelled, name in _mentions(text, names):
            if (spelled, name) in said:
                continue
            said.add((spelled, name))
            out.append(Finding("info", "R18.mention", ctx.outline.block_place(block),
                               f"{where}写作“{spelled}”，{sources[name]}写作“{name}”：像是同一单位的不同写法，请统一"))
    return out + _titles(ctx)


def _title_places(ctx: Context):
    """(title, block, where) of every document title: 《》 in texts and tables, and title cells."""
    for _, block in ctx.blocks():
        if block.kind == "text" and block.text.strip():
            for title in _TITLE.findall(block.text):
                yield title, block, ctx.outline.name(block)
    for block in ctx.typed_tables():
        for row in block.data.get("rows") or []:
            for cell in row or []:
                if isinstance(cell, str):
                    titles = _TITLE.findall(cell) or ([cell.strip()] if _TITLE_CELL.match(cell.strip()) else [])
                    for title in titles:
                        yield title, block, ctx.table_name(block)


def _same_but_ending(a: str, b: str) -> bool:
    """Two titles alike but for their last few characters (…发展实施意见 / …发展的实施方案)."""
    shared = len(commonprefix([a, b]))
    return a != b and shared >= 8 and max(len(a), len(b)) - shared <= TITLE_ENDING + 1


def _titles(ctx: Context) -> list[Finding]:
    seen: dict = {}
    out = []
    for title, block, where in _title_places(ctx):
        if title in seen:
            continue
        other = next((t for t in seen if _same_but_ending(t, title)), None)
        seen[title] = where
        if other:
            out.append(Finding("info", "R18.mention", ctx.outline.block_place(block),
                               f"{where}写有《{title}》，{seen[other]}写有《{other}》：若是同一份文件，请统一名称"))
    return out


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("name-mentions", check, {"document", "records"}),)
