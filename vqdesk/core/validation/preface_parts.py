"""R17.preface: the parts a preface announces (“报告内容包含学生发展、教学改革、国际合作……等六个
部分”) are in the outline.  A part with no heading of its name and no word of it in the texts is
announced but missing (Liangzhou: 国际合作).  (The number of parts is not compared with the
chapters: a school adds chapters of its own and the preface's count is a template's.)  A part counts as present when a heading contains its name or begins as it does
(政策保障 / 政策落实质量), or a text of the report speaks of it."""

import re

from vqdesk.core.findings import Finding, Place
from vqdesk.core.kinds import normalise_text

from .context import Context

_ANNOUNCED = re.compile(r"(?:包含|包括|分为|涵盖|由)(?P<list>[^。；;：:]{4,120}?)等?(?P<n>[一二两三四五六七八九十]|\d{1,2})"
                        r"(?:个|大)?(?:部分|方面|章|板块)")
_SEPARATORS = re.compile(r"[、，,]|以及")


def _items(text: str) -> list[str]:
    items = [item.strip("“”\"") for item in _SEPARATORS.split(text)]
    last = items[-1].split("和") if items else []
    if len(items) >= 2 and len(last) == 2 and min(map(len, last)) >= 2:      # “…、发展保障和面临挑战”
        items[-1:] = last
    return [item for item in items if len(item) >= 2]


def check(ctx: Context) -> list[Finding]:
    preface = ctx.data.settings.get("preface") or {}
    title, text = preface.get("title"), normalise_text(preface.get("text") or "").replace(" ", "")
    announced = [items for m in _ANNOUNCED.finditer(text) if len(items := _items(m.group("list"))) >= 2]
    if title is None or not announced:
        return []
    doc = ctx.data.document
    titles = [normalise_text(n.title).replace(" ", "") for n in doc.nodes()]
    texts = [b.text for _, b in doc.blocks() if b.kind == "text"]
    body = []                               # the texts normalised, made only if a part is not found as typed

    def in_body(item: str) -> bool:
        if any(item in t for t in texts):
            return True
        if not body:
            body.append("\n".join(normalise_text(t).replace(" ", "") for t in texts))
        return item in body[0]

    place = Place(kind="preface", label=title)
    out = []
    for items in announced:
        missing = [i for i in items if not any(i in t or t.startswith(i[:2]) for t in titles) and not in_body(i)]
        out += [Finding("warning", "R17.preface", place,
                        f"“{title}”说报告包含“{item}”，但大纲中没有这一部分，正文也没有写到：请补上，或改写“{title}”")
                for item in missing]
    return out


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("preface-parts", check, {"document"}),)
