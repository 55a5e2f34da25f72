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

#: A title that a paragraph can open with: a bare term such as “产教融合”, not a sentence.
_TERM_TITLE = re.compile(r"[\u4e00-\u9fff]{2,8}")
#: The shortest caption term that can tell sections apart (“塔山阻击战”): four characters are still
#: common phrases (“服务地区”, “学生参观”).
MIN_TERM = 5
#: A caption sharing this many characters with its own section's text belongs there.
OWN_SHARE = 3


def check(ctx: Context) -> list[Finding]:
    scopes, out = {}, []
    for node in ctx.data.document.outline:
        _scope(node, scopes)
    for siblings in _sibling_lists(ctx.data.document):
        out += _left_behind(ctx, siblings, scopes)
        out += _photos_elsewhere(ctx, siblings, scopes)
    return out


def _sibling_lists(doc):
    yield doc.outline
    for node in doc.nodes():
        if node.children:
            yield node.children


class _Scope:
    """What is written under one heading, its subsections' and cases' included, made in one walk."""
    __slots__ = ("text", "photos", "last")

    def __init__(self, text: str, photos: list, last):
        self.text, self.photos, self.last = text, photos, last


def _scope(node, scopes: dict) -> _Scope:
    own = list(node.all_blocks())
    inner = [_scope(child, scopes) for child in node.children]
    text = "\n".join([b.text for b in own if b.kind == "text" and b.text] + [i.text for i in inner if i.text])
    photos = [b for b in own if b.kind == "photos"] + [p for i in inner for p in i.photos]
    last = next((i.last for i in reversed(inner) if i.last), None) or _last_paragraph(node)
    scopes[id(node)] = _Scope(text, photos, last)
    return scopes[id(node)]


# -- R17.misplaced ------------------------------------------------------------------------------
def _last_paragraph(node):
    """(text block, paragraph) of the last paragraph of a heading's own text, cases left out."""
    for block in reversed(node.blocks):
        if block.kind == "text" and block.text.strip():
            return block, [p for p in block.text.splitlines() if p.strip()][-1].strip()
    return None


def _left_behind(ctx, siblings, scopes):
    for here, after in zip(siblings, siblings[1:]):
        title, own = after.title.strip(), here.title.strip()
        if not _TERM_TITLE.fullmatch(title) or scopes[id(here)].last is None:
            continue
        block, paragraph = scopes[id(here)].last
        if not paragraph.startswith(title) or (own and own in paragraph):
            continue
        unit = "章" if here in ctx.data.document.outline else "节"
        alone = "" if after.text().strip() else f"，而该{unit}自身没有导语"
        holder = ctx.outline.holder(block)
        inside = "" if holder is here else f"（在“{ctx.outline.title(holder)}”中）"
        yield Finding("info", "R17.misplaced", ctx.outline.block_place(block),
                      f"“{ctx.outline.title(here)}”的最后一段{inside}以“{title}”开头（“{_opening(paragraph)}”），"
                      f"讲的像是下一{unit}“{ctx.outline.title(after)}”的内容{alone}：请核对这一段是否应移到该{unit}开头")


def _opening(paragraph: str) -> str:
    """The paragraph's first clause, or its first 18 characters."""
    cut = re.search(r"[，。；！？]", paragraph)
    if cut and cut.start() <= 24:
        return paragraph[:cut.start()] + ("……" if paragraph[cut.end():].strip() else "")
    return paragraph[:18] + ("……" if len(paragraph) > 18 else "")


# -- R19.photo-place ----------------------------------------------------------------------------
def _longest_shared(caption: str, text: str, at_least: int) -> str:
    """The longest piece of the caption, at_least characters or more, that the text holds."""
    best = ""
    for i in range(len(caption)):
        j = i + max(at_least, len(best) + 1)
        while j <= len(caption) and caption[i:j] in text:
            best, j = caption[i:j], j + 1
    return best


def _photos_elsewhere(ctx, siblings, scopes):
    if len(siblings) < 2 or not any(scopes[id(n)].photos for n in siblings):
        return
    for node in siblings:
        own = scopes[id(node)].text
        others = [(n, scopes[id(n)].text) for n in siblings if n is not node]
        for block in scopes[id(node)].photos:
            for caption in _captions(ctx, block):
                finding = _misplaced_photo(ctx, block, caption, node, own, others)
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
