"""The body as pdf.body prints it: the outline in reading order, each heading numbered by the
settings (标题 1–4 with the number in its text) and followed by its own blocks, then its
children; an empty section prints no heading and keeps the numbers of the others; cases placed
at the chapter's end are collected while the chapter is written."""

from vqdesk.core.binding import render_text
from vqdesk.core.document.numbering import titled
from vqdesk.core.docx_export.cases import add_case
from vqdesk.core.docx_export.context import Context, has_content_after, para
from vqdesk.core.docx_export.figures import add_chart, add_photos
from vqdesk.core.docx_export.styles import BODY, CASE_BODY, HEADING_IDS, LIST, NOTE, SUBHEADING
from vqdesk.core.docx_export.tables import add_table
from vqdesk.core.pdf.runin import fit_below, floor_rank
from vqdesk.core.pdf.text import is_subheading, paragraphs
from vqdesk.core.pdf.text_block import MISSING_VALUE


def build_body(ctx: Context, document, progress=None):
    chapters = ctx.data.document.outline
    for i, chapter in enumerate(chapters):
        held: list = []
        _node(ctx, document, chapter, 0, held)
        if held:
            ctx.numberer.leave_sections()
            ctx.depth = 0                              # collected at the chapter's end
            for case, node, _depth in held:
                add_case(ctx, document, case, node, 0, add_block)
        if progress is not None:
            progress((i + 1) / max(len(chapters), 1), chapter.title)


def _node(ctx: Context, container, node, depth: int, held: list):
    level = min(depth, 3)
    title = titled(ctx.numberer.heading(level), node.title)
    head = para(container, title.replace("\n", " "), HEADING_IDS[level])
    at_end = ctx.settings["cases"]["placement"] == "chapter_end"
    held_before = len(held)
    ctx.depth = level
    for block in node.blocks:
        if block.kind == "case":
            if at_end:
                held.append((block, node, depth))
            else:
                add_case(ctx, container, block, node, depth, add_block)
            continue
        add_block(ctx, container, block, node, ctx.width, False)
    for child in node.children:
        _node(ctx, container, child, depth + 1, held)
    if not has_content_after(head._p) and not (depth == 0 and len(held) > held_before):
        head._p.getparent().remove(head._p)           # an empty section: no bare heading


def add_block(ctx: Context, container, block, node, width: float, in_case: bool):
    """A text, table, chart or photos block, written into `container` (the body or a case's cell)."""
    if block.kind == "text":
        add_text(ctx, container, block, in_case)
    elif block.kind == "table":
        add_table(ctx, container, block, node, width)
    elif block.kind == "chart":
        add_chart(ctx, container, block, node, width)
    elif block.kind == "photos":
        add_photos(ctx, container, block, node, width)


def lines(ctx: Context, text: str) -> list[str]:
    """The text's paragraphs with bound fields filled in as the PDF prints them (“—” when missing)."""
    return paragraphs(render_text(text, ctx.figures, missing=MISSING_VALUE))


def add_text(ctx: Context, container, block, in_case: bool = False):
    style = block.data.get("style", "body")
    if style in ("note", "list"):
        for line in lines(ctx, block.text):
            para(container, line, NOTE if style == "note" else LIST)
        return
    narrative(ctx, container, block.text, CASE_BODY if in_case else BODY)


def narrative(ctx: Context, container, text: str, body_style: str = BODY):
    """Body paragraphs; short 一、/（一） lines as run-in headings (小标题), moved below the heading
    they stand under as the PDF moves them (pdf.runin)."""
    for line in fit_below(lines(ctx, text), floor_rank(ctx.settings["numbering"], ctx.depth)):
        para(container, line, SUBHEADING if is_subheading(line) else body_style)
