"""Case blocks: the label and title, then the case's own blocks (text, tables, charts, photos), in
one tinted box that may break between its rows across pages."""

from reportlab.platypus import Paragraph

from vqdesk.core.document.numbering import titled
from vqdesk.core.pdf.context import CASES, Context
from vqdesk.core.pdf.flowables import EntryMeta, EntryParagraph, case_box, gap, marked, split_to_height
from vqdesk.core.pdf.text import entry_text, markup

#: Horizontal padding of the box on each side (flowables.case_box).
PADDING = 10


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
    title = marked(EntryParagraph, markup(text, styles.fonts, styles.case_title.fontName), styles.case_title, meta)
    title.keepWithNext = True
    inner = ctx.width - 2 * PADDING
    rows = [[title]]
    for child in block.children:
        for piece in render(ctx, child, node, inner, True):
            rows += _rows(ctx, piece.items, inner)
    return [gap(8), case_box(_glue(rows), ctx.width, ctx.height), gap(8)]


def _rows(ctx: Context, items: list, width: float) -> list:
    """Rows (each a list of flowables) for one piece; a lone paragraph is cut so that no row is
    taller than half a page."""
    items = [i for i in items if not _is_gap(i)] or items
    if len(items) == 1 and isinstance(items[0], Paragraph):
        keep = getattr(items[0], "keepWithNext", False)
        parts = split_to_height(items[0], width, ctx.height * 0.45)
        rows = [[p] for p in parts]
        rows[-1][-1].keepWithNext = keep
        return rows
    return [items]


def _is_gap(flowable) -> bool:
    return type(flowable).__name__ == "Spacer"


def _glue(rows: list) -> list:
    """Join the title and each run-in sub-heading to the row after it, so the box never breaks
    right after them (a table breaks only between rows)."""
    out = []
    for row in rows:
        if out and getattr(out[-1][-1], "keepWithNext", False):
            out[-1] = out[-1] + row
        else:
            out.append(list(row))
    return out
