"""R19.source: a typed table says where its figures come from, where the edition asks for it
([sources] typed_tables: the bureaus' editions do, at “info”).

A bureau's report gathers its figures from the schools and from other departments; a table typed
in without a source line cannot be checked back (Anshan 2023 I28: eight tables and three charts
with none; Benxi 2024 #17: 表2.4.4 and five others).  Where the notes do name sources, one source
written two ways (“中职学校统计数据” / “中职学校数据统计”) and half- and full-width brackets around
them (“(来源：…)” / “（来源：…）”) are pointed out too (Benxi #17), since they read as two sources.
Tables drawn from the report's own data need no source: it is the report.
"""

import re

from vqdesk.core.findings import Finding

from .context import Context

_SOURCE = re.compile(r"(?:数据)?来源[于为：:]?\s*(?P<what>[^）)。；;\n]+)")
_HALF = re.compile(r"\(\s*(?:数据)?来源")
_FULL = re.compile(r"（\s*(?:数据)?来源")


def _named(note: str) -> bool:
    return "来源" in note or "数据来自" in note or "资料来自" in note


def check(ctx: Context) -> list[Finding]:
    severity = ctx.edition.source_severity
    if not severity:
        return []
    out, sources, brackets = [], {}, {"half": [], "full": []}
    for block in ctx.typed_tables():
        note = (block.data.get("note") or "").strip()
        place = ctx.outline.block_place(block)
        if not _named(note):
            out.append(Finding(severity, "R19.source", place,
                               f"{ctx.table_name(block)}没有注明数据来源：请在表注中写明（如“来源：各校质量年报”）"))
            continue
        m = _SOURCE.search(note)
        if m:
            sources.setdefault(m.group("what").strip(), []).append((block, place))
        if _HALF.search(note):
            brackets["half"].append(place)
        elif _FULL.search(note):
            brackets["full"].append(place)
    out += _two_ways(ctx, sources)
    if brackets["half"] and brackets["full"]:
        out.append(Finding("info", "R19.source", brackets["half"][0],
                           f"{len(brackets['half'])} 个表格的来源用半角括号“(来源：…)”，{len(brackets['full'])} 个用全角"
                           "“（来源：…）”：请统一为全角括号"))
    return out


def _two_ways(ctx: Context, sources: dict) -> list:
    """One source written in two orders of the same characters."""
    out, seen = [], {}
    for what, where in sources.items():
        key = "".join(sorted(what))
        if key in seen and seen[key] != what:
            out.append(Finding("info", "R19.source", where[0][1],
                               f"{ctx.table_name(where[0][0])}的来源写作“{what}”，另有表格写作“{seen[key]}”："
                               "同一来源请用同一写法"))
        seen.setdefault(key, what)
    return out


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("table-sources", check, {"document", "report"}),)
