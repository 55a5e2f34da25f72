"""Case blocks: the label and title, then the case's own blocks (text, tables, charts, photos), in
one tinted box that breaks at any line and continues with （续） (casebox)."""

from vqdesk.core.document.numbering import titled
from vqdesk.core.pdf.context import CASES, Context
from vqdesk.core.pdf.casebox import CaseBox
from vqdesk.core.pdf.flowables import EntryMeta, EntryParagraph, gap
from vqdesk.core.pdf.text import ENTRY_MAX_CHARS, entry_text, markup

#: Least horizontal padding of the box on each side.
MIN_PADDING = 10


def case_heading(label: str, title: str) -> str:
    """“【案例 1-2】” + “标题” → “【案例 1-2】标题”; “案例一” + “标题” → “案例一 标题”."""
    return titled(label, title.strip()) if title.strip() else label


def case_flowables(ctx: Context, block, node, depth: int, render) -> list:
    """The box of one case; `render(ctx, block, node, width, in_case)` gives an inner block's pieces."""
    styles = ctx.styles
    numbered = block.data.get("numbered", True)
    text = case_heading(ctx.numberer.case(), block.title) if numbered else (block.title or "案例")
    if numbered:
        ctx.used.add(CASES)
    entry = entry_text(text)
    meta = EntryMeta(key=ctx.key("case"), toc_markup=markup(entry, styles.fonts, styles.body_font),
                     outline_title=entry, list_kind=CASES if numbered else None, level=0,
                     outline_level=min(depth + 1, 4))
    # A title longer than a list entry is printed whole as the box's first line of text, under
    # its shortened form: a head taller than a page could never be placed.
    head = text if len(text) <= ENTRY_MAX_CHARS else entry
    title = ctx.entry(EntryParagraph, markup(head, styles.fonts, styles.case_title.fontName), styles.case_title, meta)
    padding = case_padding(ctx.width, styles.case_body.fontSize)
    inner = ctx.width - 2 * padding
    items = [] if head == text else [ctx.grid(text, styles.case_body)]
    for child in block.children:
        for piece in render(ctx, child, node, inner, True):
            items += piece.items
    if block.data.get("school") and block.data.get("attribution", "note") == "note":
        items.append(ctx.para(f"（来源：{block.data['school']}）", styles.source))  # a school's case
    continued = ctx.para(f"{entry}（续）", styles.case_continued)
    return [gap(8), CaseBox(title, items, padding, continued), gap(8)]


def case_padding(width: float, size: float) -> float:
    """Side padding of at least MIN_PADDING that leaves a whole number of characters inside."""
    chars = (width - 2 * MIN_PADDING) // size
    return (width - chars * size) / 2
