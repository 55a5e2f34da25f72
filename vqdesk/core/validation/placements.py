"""Content standing under the wrong heading (hints).

- R17.misplaced: a chapter's last paragraph that opens with the next chapter's own title and never
  names its own.  Jinzhou 2025 chapter 5 国际合作 ends with the paragraph “产教融合是职业教育的基本办学
  模式……” that introduces chapter 6 产教融合, which has no introduction of its own: a paragraph left
  behind when the headings were moved.
- R19.photo-place: a photo whose caption names something that only a sibling section's text speaks
  of, while its own section's text shares no word with it.  Jinzhou 2025 图49 “学生参观塔山阻击战展馆”
  stands in 4.3 (文化经典), while 塔山阻击战 is told in 4.2 (红色基因).
"""

import re

from vqdesk.core.findings import Finding

from .context import Context
from .outline import subtree

#: A title that a paragraph can open with: a bare term such as “产教融合”, not a sentence.
_TERM_TITLE = re.compile(r"[\u4e00-\u9fff]{2,8}")
#: The shortest caption term that can tell sections apart (“塔山阻击战”): four characters are still
#: common phrases (“服务地区”, “学生参观”).
MIN_TERM = 5
#: A caption sharing this many characters with its own section's text belongs there.
OWN_SHARE = 3


def check(ctx: Context) -> list[Finding]:
    out = []
    for siblings in _sibling_lists(ctx.data.document):
        out += _left_behind(ctx, siblings)
        out += _photos_elsewhere(ctx, siblings)
    return out


def _sibling_lists(doc):
    yield doc.outline
    for node in doc.nodes():
        if node.children:
            yield node.children


def _scope_text(node) -> str:
    """Everything written under a heading: its own text, its subsections', its cases'."""
    return "\n".join(b.text for n in subtree(node) for b in n.all_blocks() if b.kind == "text" and b.text)


# -- R17.misplaced ------------------------------------------------------------------------------
def _last_paragraph(node):
    """(text block, paragraph) of the last paragraph written under a heading, cases left out."""
    for n in reversed(subtree(node)):
        for block in reversed(n.blocks):
            if block.kind == "text" and block.text.strip():
                return block, [p for p in block.text.splitlines() if p.strip()][-1].strip()
    return None, ""


def _left_behind(ctx, siblings):
    for here, after in zip(siblings, siblings[1:]):
        title, own = after.title.strip(), here.title.strip()
        if not _TERM_TITLE.fullmatch(title):
            continue
        block, paragraph = _last_paragraph(here)
        if block is None or not paragraph.startswith(title) or (own and own in paragraph):
            continue
        alone = "" if after.text().strip() else "，而该章自身没有导语"
        holder = ctx.outline.holder(block)
        inside = "" if holder is here else f"（在“{ctx.outline.title(holder)}”中）"
        yield Finding("info", "R17.misplaced", ctx.outline.block_place(block),
                      f"“{ctx.outline.title(here)}”的最后一段{inside}以“{title}”开头（“{_opening(paragraph)}”），"
                      f"讲的像是下一章“{ctx.outline.title(after)}”的内容{alone}：请核对这一段是否应移到该章开头")


def _opening(paragraph: str) -> str:
    """The paragraph's first clause, or its first 18 characters."""
    cut = re.search(r"[，。；！？]", paragraph)
    if cut and cut.start() <= 24:
        return paragraph[:cut.start()] + "……"
    return paragraph[:18] + "……"


# -- R19.photo-place ----------------------------------------------------------------------------
def _longest_shared(caption: str, text: str, at_least: int) -> str:
    """The longest piece of the caption, at_least characters or more, that the text holds."""
    best = ""
    for i in range(len(caption)):
        j = i + max(at_least, len(best) + 1)
        while j <= len(caption) and caption[i:j] in text:
            best, j = caption[i:j], j + 1
    return best


def _photos_elsewhere(ctx, siblings):
    if len(siblings) < 2:
        return
    texts = [_scope_text(n) for n in siblings]
    for k, node in enumerate(siblings):
        others = [(n, t) for j, (n, t) in enumerate(zip(siblings, texts)) if j != k]
        for block in (b for n in subtree(node) for b in n.all_blocks() if b.kind == "photos"):
            for caption in _captions(ctx, block):
                finding = _misplaced_photo(ctx, block, caption, node, texts[k], others)
                if finding:
                    yield finding


def _captions(ctx, block):
    for item in block.data.get("items") or ():
        photo = ctx.data.photo(item["photo"]) if item.get("photo") is not None else None
        caption = (photo.caption if photo else None) or item.get("caption") or ""
        if len(caption.strip()) >= MIN_TERM:
            yield caption.strip()


def _misplaced_photo(ctx, block, caption, node, own, others):
    if len(_longest_shared(caption, own, 2)) >= OWN_SHARE:
        return None
    term = max((_longest_shared(caption, t, MIN_TERM) for _, t in others), key=len, default="")
    holders = [n for n, t in others if term and term in t]
    if len(holders) != 1:
        return None                                  # nothing shared, or a term several sections use
    return Finding("info", "R19.photo-place", ctx.outline.block_place(block),
                   f"图片“{caption}”放在“{ctx.outline.title(node)}”，这一节的文字没有提到“{term}”；"
                   f"写到它的是“{ctx.outline.title(holders[0])}”：请核对图片的位置")


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("placements", check, {"document", "photos"}),)
