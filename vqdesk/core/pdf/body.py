"""The body: the document's outline, each heading numbered by the settings and followed by its
own blocks (a chapter's blocks are its introduction), then its children.  Cases placed at the
chapter's end are collected while the chapter is printed."""

from reportlab.platypus import KeepTogether, NextPageTemplate, PageBreak

from vqdesk.core.document.numbering import titled
from vqdesk.core.pdf.cases import case_flowables
from vqdesk.core.pdf.chart_block import chart_pieces
from vqdesk.core.pdf.context import Context
from vqdesk.core.pdf.flowables import EntryMeta, TOCHeading
from vqdesk.core.pdf.photo_block import photo_pieces
from vqdesk.core.pdf.table_block import table_pieces
from vqdesk.core.pdf.text import entry_text, markup
from vqdesk.core.pdf.text_block import text_pieces


def heading(ctx: Context, text: str, style, key: str, level: int) -> TOCHeading:
    """A heading in the PDF outline at `level`, and in the 目录 when the settings list that level."""
    entry = entry_text(text)
    listed = level < ctx.settings["toc"]["levels"]
    meta = EntryMeta(key=key, toc_markup=markup(entry, ctx.styles.fonts, ctx.styles.toc[min(level, 3)].fontName),
                     outline_title=entry, list_kind="TOCEntry" if listed else None, level=level,
                     outline_level=level)
    para = ctx.entry(TOCHeading, markup(text, ctx.styles.fonts, style.fontName), style, meta)
    para.keepWithNext = True
    return para


def build_body(ctx: Context) -> list:
    story = [NextPageTemplate("body")]
    for chapter in ctx.data.document.outline:
        held: list = []
        printed = _node(ctx, chapter, 0, held)
        if printed:
            story += [PageBreak()] + printed
        if held:
            ctx.numberer.leave_sections()
            ctx.depth = 0                               # collected at the chapter's end
            for case, node, depth in held:
                story += case_flowables(ctx, case, node, 0, block_pieces)
    return story


def _node(ctx: Context, node, depth: int, held: list) -> list:
    """The node's heading, its blocks and its children; nothing at all when none of them prints
    anything: an empty section is no bare heading, in the body or the 目录.  The others keep the
    numbers the app and validation show (core.document.numbering), so a reference typed in the text
    (“见2.3.4”) still holds.  A chapter whose cases are collected at its end is not empty."""
    styles = ctx.styles
    style = (styles.h1, styles.h2, styles.h3, styles.h4)[min(depth, 3)]
    title = titled(ctx.numberer.heading(min(depth, 3)), node.title)
    head = heading(ctx, title, style, ctx.key("h"), min(depth, 3))
    at_end = ctx.settings["cases"]["placement"] == "chapter_end"
    held_before, out = len(held), []
    ctx.depth = min(depth, 3)
    for block in node.blocks:
        if block.kind == "case":
            if at_end:
                held.append((block, node, depth))
            else:
                out += case_flowables(ctx, block, node, depth, block_pieces)
            continue
        out += flow(block_pieces(ctx, block, node, ctx.width, False), ctx.width, ctx.height)
    for child in node.children:
        out += _node(ctx, child, depth + 1, held)
    if not out and not (depth == 0 and len(held) > held_before):
        return []
    return [head] + out


def block_pieces(ctx: Context, block, node, width: float, in_case: bool) -> list:
    """The pieces of a text, table, chart or photos block (a case within a case is not allowed)."""
    if block.kind == "text":
        return text_pieces(ctx, block, in_case=in_case)
    if block.kind == "table":
        return table_pieces(ctx, block, node, width)
    if block.kind == "chart":
        return chart_pieces(ctx, block, node, width)
    if block.kind == "photos":
        return photo_pieces(ctx, block, node, width)
    return []


#: A piece taller than this share of a page flows freely (a short table with an essay in a cell):
#: kept together it would be pushed whole to the next page, or leave a blank one.
KEEP_SHARE = 0.5


def flow(pieces: list, width: float, page_height: float) -> list:
    """Pieces as body flowables: each kept on one page unless it may break or is too tall."""
    out = []
    for piece in pieces:
        if piece.keep and len(piece.items) > 1 and _height(piece.items, width) <= KEEP_SHARE * page_height:
            out.append(KeepTogether(piece.items))
        else:
            out += piece.items
    return out


def _height(items: list, width: float) -> float:
    return sum(f.wrap(width, 1e6)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in items)
