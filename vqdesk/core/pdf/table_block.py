"""Table blocks: caption above, one or two header rows (repeated on every page), tinted 合计 rows,
then the note.  What the table shows comes from document.tables.table_view."""

import re

from vqdesk.core.document.labels import table_prints
from vqdesk.core.document.tables import table_view
from vqdesk.core.pdf.context import TABLES, Context
from vqdesk.core.pdf.flowables import data_table, gap
from vqdesk.core.pdf.styles import TOTAL_TINT
from vqdesk.core.pdf.text_block import Piece

#: Tables with more rows than this may break across pages (their header repeats).
KEEP_ROWS = 12
#: Narrowest column: two characters of table text and the cell padding.
MIN_WIDTH = 31


def block_name(block, node, what: str) -> str:
    """How a note names a block: its caption, or the heading it stands under."""
    caption = (block.caption or "").strip()
    return f"{what}“{caption}”" if caption else f"“{node.title}”中的{what}"


def table_pieces(ctx: Context, block, node, width: float) -> list[Piece]:
    view = table_view(block, ctx.data)
    if view.problem:
        what = "没有打印" if not view.rows else "部分内容没有打印"
        ctx.warn(f"{block_name(block, node, '表格')}{what}：{view.problem}。")
    if not table_prints(block, view):
        return []                              # a bound table with nothing entered yet
    header, spans = header_rows(ctx, view)
    hidden = {(c, r) for c, a, b in view.spans for r in range(a + 1, b + 1)}
    body = [["" if (c, r) in hidden else _cell(ctx, view, r, c) for c in range(len(view.columns))]
            for r in range(len(view.rows))]
    extra = list(spans) + [("BACKGROUND", (0, len(header) + r), (-1, len(header) + r), TOTAL_TINT)
                           for r in view.total_rows] + keep_rules(view, len(header))
    caption = ctx.block_caption(block, TABLES)
    continued = f"续表 {ctx.last_label.split(' ', 1)[-1]}".strip() if ctx.last_label else "续表"
    table = data_table(header + body, column_widths(view, width, ctx.styles.table_size), header_rows=len(header),
                       extra=extra, page_height=ctx.height, continued=continued,
                       label_style=ctx.styles.continued)
    items = [x for x in (caption, table) if x is not None]
    if block.data.get("note"):
        items.append(ctx.para(block.data["note"], ctx.styles.source))
    if caption is not None:
        caption.keepWithNext = True
    return [Piece([gap(4)] + items + [gap(6)], keep=len(view.rows) <= KEEP_ROWS)]


#: A merged group of at most this many rows is never split across pages (it is spanned).
KEEP_GROUP = 15


def keep_rules(view, header: int) -> list:
    """Long per-school tables break only where a reader can follow: a group of schools (with its
    小计) stays on one page and its label cell spans it; the first two rows stay under the header;
    the last school stays with the 合计 / 平均 rows."""
    rules, n = [], len(view.rows)
    for col, first, last in view.spans:
        if last - first < KEEP_GROUP:
            rules += [("NOSPLIT", (0, header + first), (-1, header + last)),
                      ("SPAN", (col, header + first), (col, header + last)), ("VALIGN", (col, header + first),
                                                                            (col, header + last), "MIDDLE")]
    if n > KEEP_ROWS:
        rules.append(("NOSPLIT", (0, header), (-1, header + 1)))
        tail = [r for r in view.total_rows if r >= n - len(view.total_rows)]
        if tail and tail[0] > 0:
            rules.append(("NOSPLIT", (0, header + tail[0] - 1), (-1, header + n - 1)))
    return rules


def header_rows(ctx: Context, view) -> tuple[list, list]:
    """The header rows and their SPAN commands: the leaf labels, under an optional upper row whose
    groups span columns; a group with an empty label merges its columns' two cells vertically."""
    head = ctx.styles.cell_head
    leaf = [ctx.cell(h, head) for h in view.columns]
    if not view.header_groups:
        return [leaf], []
    top, spans, col = [], [], 0
    for group in view.header_groups:
        span = group["span"]
        if group["label"]:
            top += [ctx.cell(group["label"], head)] + [""] * (span - 1)
            if span > 1:
                spans.append(("SPAN", (col, 0), (col + span - 1, 0)))
        else:
            for c in range(col, col + span):
                top.append(leaf[c])
                leaf[c] = ""
                spans.append(("SPAN", (c, 0), (c, 1)))
        col += span
    return [top, leaf], spans


def _cell(ctx: Context, view, row: int, col: int):
    text = view.formatted(row, col)
    styles = ctx.styles
    if view.kinds[col] in ("number", "percent") and _numeric(text):
        return ctx.cell(text, styles.cell_right)     # digits line up in a column of numbers
    if view.kinds[col] == "date" or _numeric(text) or text in ("—", "合计", "平均") or (
            row in view.total_rows and col == 0):
        return ctx.cell(text, styles.cell_center)
    return ctx.cell(text, styles.cell)


def _numeric(text: str) -> bool:
    """Numbers and short codes (2024, 88.5%, +3.2) as opposed to words."""
    return bool(text) and (text[0].isdigit() or text[0] in "+-") and len(text) <= 16


#: Headers this short never wrap (序号, 单位, 年份, 专业代码).
SHORT_HEADER = 4
PADDING = 8


#: Values this short (in ems) are words that should not break: 平方米, 一般类, 万元.
SHORT_VALUE = 4
#: A unit in brackets at a header's end, which cannot break inside: （人）, （平方米）, (%).
_BRACKETED_UNIT = re.compile(r"[（(][^（）()]{1,4}[）)]\s*$")


def _short_header(label: str, size: float) -> float:
    return len(label) * size + PADDING + 1 if len(label) <= SHORT_HEADER else 0


def _ems(text: str) -> float:
    """Printed width in ems: a CJK character or full-width mark 1, a Latin letter or digit about ½."""
    return sum(1.0 if ord(ch) >= 0x2E80 else 0.55 for ch in text)


def _least(view, c: int, size: float) -> float:
    return least_width(str(view.columns[c]), [view.formatted(r, c) for r in range(len(view.rows))], size)


def least_width(header: str, cells: list, size: float) -> float:
    """The narrowest a column may be: a short header on one line, and neither a bracketed unit
    of its header (“（人）”) nor a short word among its cells (“平方米”) broken, so that no line
    of a cell starts with a closing mark or holds a lone character of a unit."""
    unit = _BRACKETED_UNIT.search(header)
    words = [_ems(t) for t in cells if t and _ems(t) <= SHORT_VALUE]
    unbroken = max([_ems(unit.group().strip()) if unit else 0.0] + words)
    return max(MIN_WIDTH, _short_header(header, size), unbroken * size + PADDING + 1 if unbroken else 0)


def column_widths(view, width: float, size: float = 10.5) -> list:
    """The view's relative widths, or widths from the longest cell of each column, fitted to
    `width`; each column gets at least its least (_least) when all of them fit."""
    count = len(view.columns)
    widths = view.widths if view.widths and len(view.widths) == count else None
    if widths is None:
        widths = []
        for c in range(count):
            longest = max([len(view.formatted(r, c)) for r in range(len(view.rows))] + [0])
            widths.append(min(max(longest, len(view.columns[c]) * 0.7, 2.0), 14.0))
    return fit_widths(widths, [_least(view, c, size) for c in range(count)], width)


def fit_widths(weights: list, least: list, width: float) -> list:
    """`weights` scaled to fill `width`, each column at least its `least` when all of them fit:
    a column below its least gets it, taken from the others in proportion, until none is."""
    count = len(weights)
    fitted = [w * width / sum(weights) for w in weights]
    if sum(least) > width:
        return fitted                          # no room for every column's least: keep the ratios
    fixed: set = set()
    while True:
        narrow = [i for i in range(count) if i not in fixed and fitted[i] < least[i] - 1e-9]
        free = [i for i in range(count) if i not in fixed and i not in narrow]
        if not narrow:
            return fitted
        if not free:                           # every column at its least, the rest shared out
            return [least[i] * width / sum(least) for i in range(count)]
        fixed.update(narrow)
        room = width - sum(least[i] for i in fixed)
        share = sum(weights[i] for i in free)
        for i in fixed:
            fitted[i] = least[i]
        for i in free:
            fitted[i] = room * weights[i] / share
