"""Text blocks: one paragraph per line in the block's style, bound fields filled in.

Every block renderer returns Pieces: flowables that belong together (a caption and its table,
a chart and its caption).  The body keeps a piece on one page; a case box makes it one row.
"""

from dataclasses import dataclass

from vqdesk.core.binding import render_text
from vqdesk.core.pdf.context import Context
from vqdesk.core.pdf.runin import fit_below, floor_rank
from vqdesk.core.pdf.text import is_subheading, paragraphs

#: Printed for a bound field whose inputs are missing (never 0).
MISSING_VALUE = "—"


@dataclass
class Piece:
    items: list
    keep: bool = True            # keep on one page (False: may break, e.g. a long table)


def text_pieces(ctx: Context, block, *, in_case: bool = False) -> list[Piece]:
    style = block.data.get("style", "body")
    styles = ctx.styles
    if style == "note":
        return [Piece([ctx.grid(line, styles.note)]) for line in _lines(ctx, block.text)]
    if style == "list":
        return [Piece([ctx.grid(line, styles.list_item)]) for line in _lines(ctx, block.text)]
    body = styles.case_body if in_case else styles.body
    return [Piece([p]) for p in narrative(ctx, block.text, body)]


def _lines(ctx: Context, text: str) -> list[str]:
    return paragraphs(render_text(text, ctx.figures, missing=MISSING_VALUE))


def narrative(ctx: Context, text: str, body_style=None) -> list:
    """Body paragraphs with bound fields filled in, each whole at any length; short 一、/（一）
    lines as run-in headings kept with what follows, numbered below the heading they stand under."""
    body_style = body_style or ctx.styles.body
    out = []
    for line in fit_below(_lines(ctx, text), floor_rank(ctx.settings["numbering"], ctx.depth)):
        if is_subheading(line):
            para = ctx.grid(line, ctx.styles.subheading)
            para.keepWithNext = True
            out.append(para)
            continue
        out.append(ctx.grid(line, body_style))
    return out
