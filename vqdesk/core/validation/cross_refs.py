"""R19.ref: a table or figure number typed in the text (“（见图 7-2）”, “具体数据见表 2-1”) is one the
report prints, and is about what the sentence is about.

Numbers are given by the report (document.labels, the PDF's own order), so a number typed by
hand goes stale when a table is added above it; and in the published reports it was often wrong
from the start (Anshan: “（见图 7-2）” where 图 7-4 is meant; Jinzhou: “表 1-1” for a table printed
as 表1).

- a number the report does not print is a warning (there is nothing to see there);
- a number whose caption shares no word with the sentence, while one other caption of the same
  kind does, is a hint naming both: the number may point at the wrong table or figure.
"""

import functools
import re

from vqdesk.core.document.labels import captions
from vqdesk.core.findings import Finding

from .context import Context

_DIGIT = str.maketrans("０１２３４５６７８９－—–．.", "0123456789-----")
_NUMBER = r"[0-9０-９]+(?:\s*[-－—–.．]\s*[0-9０-９]+)*"
#: A reference: after 见 (详见, 参见) or an opening bracket, a table or figure word and its number,
#: then more numbers joined by 、 和 及 至 (“见数据图 1-2、1-3”).  “代表1名” is no reference.
_REF = re.compile(rf"(?:见|[（(])\s*(?:数据|分析|统计)?(表|图)\s*({_NUMBER}(?:\s*[、和及至与]\s*{_NUMBER})*)")
_ONE = re.compile(_NUMBER)
_SENTENCE_END = "。！？；\n"
_CJK = re.compile(r"[\u4e00-\u9fff]{2,}")
#: Words most captions share, which say nothing of their subject.
COMMON = frozenset({"图片", "情况", "统计", "一览", "汇总", "学校", "中职", "职业", "年度", "近三", "三年",
                    "数据", "明细", "分析", "示意", "照片", "现场", "活动"})
_KIND = {"表": "table", "图": "figure"}
_WORD = {"table": "表格", "figure": "图"}


def _key(number: str) -> str:
    return re.sub(r"\s+", "", number.translate(_DIGIT))


def _words(text: str, stop: frozenset) -> set:
    """The two-character words of a text's runs of Chinese characters, less the common ones."""
    out = set()
    for run in _CJK.findall(text):
        out.update(run[i:i + 2] for i in range(len(run) - 1))
    return out - stop


def _labelled(ctx: Context) -> dict:
    """(kind, number key) -> Caption of everything the report numbers; the annex's 表 1-6 too."""
    out = {}
    for caption in captions(ctx.data, ctx.table_view, ctx.chart_values):
        if caption.label:
            out[(caption.kind, _key(caption.label.rsplit(" ", 1)[-1]))] = caption
    annex = (ctx.data.document.settings or {}).get("annex") or {}
    if annex.get("enabled", True):
        for table in ctx.edition.tables:
            out.setdefault(("table", str(table.no)), None)
    return out


def _stop_words(ctx: Context) -> frozenset:
    name = (ctx.data.profile or {}).get("name") or ""
    return COMMON | _words(name, frozenset())


@functools.lru_cache(maxsize=4096)
def _references(text: str) -> tuple:
    """(kind, number key, the sentence up to the reference) of every number a text refers to;
    kept per text, as every cell edit runs the rule over the same texts again."""
    out = []
    for match in _REF.finditer(text) if ("见" in text or "（" in text) else ():
        start = max(text.rfind(c, 0, match.start()) for c in _SENTENCE_END) + 1
        out += [(_KIND[match.group(1)], _key(n), text[start:match.start()]) for n in _ONE.findall(match.group(2))]
    return tuple(out)


def check(ctx: Context) -> list[Finding]:
    found = [(place, where, ref) for text, place, where in ctx.texts() for ref in _references(text)]
    if not found:
        return []
    labelled, stop = _labelled(ctx), _stop_words(ctx)
    out = []
    for place, where, (kind, key, sentence) in found:
        finding = _one(ctx, labelled, stop, kind, key, sentence, where)
        if finding:
            out.append(Finding(finding[0], "R19.ref", place, finding[1]))
    return out


def _one(ctx, labelled, stop, kind, key, sentence, where):
    typed = f"{'表' if kind == 'table' else '图'} {key}"
    if (kind, key) not in labelled:
        return "warning", (f"{where}引用了“{typed}”，报告中没有这一编号的{_WORD[kind]}{_range(labelled, kind, key)}："
                           "手写的编号不会随表图增删而更新，请核对后改正")
    target = labelled[(kind, key)]
    said = _words(sentence, stop)
    if target is None or not said or said & _words(target.title, stop):
        return None
    near = [(c, said & _words(c.title, stop)) for (k, _), c in labelled.items() if k == kind and c is not None]
    near = [(c, shared) for c, shared in near if shared]
    if len(near) != 1:
        return None
    other, shared = near[0]
    words = "、".join(f"“{w}”" for w in _runs(sentence, shared))
    return "info", (f"{where}引用了“{typed}”，它是“{target.title}”，与引用它的这句话对不上；"
                    f"这句话说到的{words}见于{other.label}“{other.title}”：请核对编号")


def _runs(text: str, words: set) -> list:
    """The shared two-character words joined where they overlap in the text: 承办 + 办省 -> 承办省."""
    out, run = [], ""
    for i in range(len(text) - 1):
        if text[i:i + 2] in words:
            run = run + text[i + 1] if run else text[i:i + 2]
        elif run:
            out.append(run)
            run = ""
    return list(dict.fromkeys(out + [run] if run else out))


def _range(labelled: dict, kind: str, key: str) -> str:
    """The numbers there are: of the typed number's chapter (or section) when it has any."""
    labels = [c.label for (k, _), c in labelled.items() if k == kind and c is not None]
    head = key.rsplit("-", 1)[0] + "-" if "-" in key else None
    near = [c.label for (k, n), c in labelled.items() if k == kind and c is not None and head and n.startswith(head)]
    if near:
        start = f"{near[0].rsplit(' ', 1)[0]} {head}"
        return f"（以“{start}”开头的只有 {near[0]}）" if len(near) == 1 else \
            f"（以“{start}”开头的为 {near[0]} 至 {near[-1]}）"
    if not labels:
        return "（报告中没有编号的" + _WORD[kind] + "）"
    return f"（{_WORD[kind]}编号为 {labels[0]} 至 {labels[-1]}）" if len(labels) > 1 else f"（只有 {labels[0]}）"


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("cross-refs", check, {"document", "photos", "values", "records", "profile", "report"}),)
