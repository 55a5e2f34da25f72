"""R17.title (hint): a heading that names indicators its section never gives.

Benxi 2024 1.3.3 is titled “巩固率与升学率” and gives the 巩固率 only.  Only titles made of
indicator names (…率, …满意度) are read: their words are the ones a section giving them writes,
where a title like “党建引领与思政教育” is said in other words.
"""

import re

from vqdesk.core.findings import Finding
from vqdesk.core.kinds import normalise_text

from .context import Context
from .outline import subtree

_TERMS = re.compile(r"[与和及、]")
_INDICATOR = re.compile(r"^[\u4e00-\u9fff]{1,6}(?:率|满意度|比例|生师比)$")


def _said(node) -> str:
    """Everything a section writes: texts, captions, table headers and cells, below it too."""
    parts = []
    for n in subtree(node):
        for block in n.all_blocks():
            if block.kind == "text":
                parts.append(block.text)
            else:
                parts.append(block.caption or "")
                parts += [str(c or "") for c in block.data.get("columns") or []]
                parts += [str(c) for row in block.data.get("rows") or [] for c in row if isinstance(c, str)]
    return normalise_text("".join(parts))


def check(ctx: Context) -> list[Finding]:
    out = []
    for node in ctx.data.document.nodes():
        terms = [t for t in _TERMS.split(normalise_text(node.title)) if t]
        if len(terms) < 2 or not all(_INDICATOR.match(t) for t in terms):
            continue
        said = _said(node)
        if not said:
            continue                          # an empty section is R17.empty's
        for term in terms:
            if term not in said:
                out.append(Finding("info", "R17.title", ctx.outline.node_place(node),
                                   f"“{ctx.outline.title(node)}”的标题写有“{term}”，本节却没有给出{term}：请补上，或改标题"))
    return out


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("title-terms", check, {"document"}),)
