"""Chart blocks: the drawing, its caption below and the note as a source line, on one page."""

from vqdesk.core.document.chart_data import chart_data, drawable
from vqdesk.core.pdf import charts, charts_round
from vqdesk.core.pdf.chart_marks import fit_height
from vqdesk.core.pdf.context import FIGURES, Context
from vqdesk.core.pdf.flowables import gap
from vqdesk.core.pdf.table_block import block_name
from vqdesk.core.pdf.text_block import Piece

DRAW = {
    "bar": charts.bar_chart,
    "grouped_bar": charts.bar_chart,
    "stacked_bar": lambda *a, **kw: charts.bar_chart(*a, stacked=True, **kw),
    "line": charts.line_chart,
    "hbar": charts.hbar_chart,
    "pie": charts_round.pie_chart,
    "ring": charts_round.ring_chart,
    "radar": charts_round.radar_chart,
}


def chart_pieces(ctx: Context, block, node, width: float) -> list[Piece]:
    values = chart_data(block, ctx.data.document, ctx.data)
    if values.problem:
        ctx.warn(f"{block_name(block, node, '图表')}没有打印：{values.problem}。")
        return []
    kind = block.data["chart"]
    if kind == "radar" and 0 < len(values.labels) < 3:
        ctx.warn(f"{block_name(block, node, '图表')}没有打印：雷达图至少需要三项数据。")
        return []
    if not drawable(values, kind):
        return []                               # nothing entered yet (document.labels agrees)
    drawing = DRAW[kind](values.labels, values.series, width, ctx.styles.fonts, block.data.get("unit", ""))
    if drawing is None:
        return []                               # nothing entered yet
    fit_height(drawing)
    drawing.hAlign = "CENTER"
    drawing.initialFontName = ctx.styles.fonts["song"]     # else an empty Helvetica BT per chart
    items = [gap(6), drawing, gap(2)]
    caption = ctx.block_caption(block, FIGURES)
    if caption is not None:
        items.append(caption)
    if block.data.get("note"):
        items.append(ctx.para(block.data["note"], ctx.styles.source))
    return [Piece(items)]
