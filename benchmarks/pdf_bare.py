"""The reference for the PDF benchmark: the same content rendered by bare reportlab in one pass.

Same fonts, same headings, paragraphs (bound fields filled in), tables (as table_view gives them),
charts (the same drawings), photos and the six annex tables, laid out by reportlab's own Paragraph and Table with CJK
wrapping, with no cover, front matter, contents, grid justification, keep rules or second pass.
It is what a plain reportlab script would print, so `pdf_export.py` can say what vqdesk's
typesetting and its contents pages cost on top of it.
"""

import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Image, Paragraph, SimpleDocTemplate, Spacer, Table
from reportlab.lib.units import mm
from xml.sax.saxutils import escape

from vqdesk.core.binding import render_text
from vqdesk.core.derive import Figures
from vqdesk.core.document.chart_data import chart_data
from vqdesk.core.document.tables import table_view
from vqdesk.core.kinds import format_value
from vqdesk.core.pdf.chart_block import DRAW
from vqdesk.core.pdf.fonts import resolve_fonts


def bare_render(data, out, photo_data) -> int:
    """Write the report's content to `out` in a single reportlab pass; returns the page count."""
    fonts = resolve_fonts()
    styles = {
        "body": ParagraphStyle("body", fontName=fonts["song"], fontSize=12, leading=22,
                               firstLineIndent=24, wordWrap="CJK"),
        "cell": ParagraphStyle("cell", fontName=fonts["song"], fontSize=10.5, leading=14, wordWrap="CJK"),
        0: ParagraphStyle("h1", fontName=fonts["hei"], fontSize=16, leading=28, spaceBefore=12),
        1: ParagraphStyle("h2", fontName=fonts["hei"], fontSize=14, leading=24, spaceBefore=8),
        2: ParagraphStyle("h3", fontName=fonts["hei"], fontSize=12, leading=22),
        3: ParagraphStyle("h4", fontName=fonts["hei"], fontSize=12, leading=22),
    }
    figures = Figures(data)
    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=28 * mm, rightMargin=26 * mm,
                            topMargin=37 * mm, bottomMargin=35 * mm)
    story = []
    for depth, _, node in data.document.walk():
        story.append(Paragraph(escape(node.title), styles[min(depth, 3)]))
        for block in node.blocks:
            story += _block(block, data, figures, styles, fonts, doc.width, photo_data)
    story += _annex(data, figures, styles, doc.width)
    doc.build(story)
    return doc.page


def _annex(data, figures, styles, width) -> list:
    """The six standard tables of the year, as plain tables (序号, 指标, 单位, values)."""
    out = []
    for table in data.edition.tables:
        rows = [[Paragraph(h, styles["cell"]) for h in ["序号", "指标", "单位"] + [c.label for c in table.columns]]]
        for row in table.rows:
            values = []
            for column in table.columns:
                value = figures.get(row.id) if column.key == "value" else data.value(row.id, column.key)
                values.append("" if value is None else format_value(value, column.kind or row.kind))
            rows.append([Paragraph(escape(str(x)), styles["cell"]) for x in [row.seq, row.label, row.unit] + values])
        out += [Paragraph(escape(table.title), styles[2]),
                Table(rows, repeatRows=1, colWidths=[width / len(rows[0])] * len(rows[0]),
                      style=[("GRID", (0, 0), (-1, -1), 0.5, "#333333")])]
    return out


def _block(block, data, figures, styles, fonts, width, photo_data) -> list:
    if block.kind == "text":
        text = render_text(block.text, figures, missing="—")
        return [Paragraph(escape(line), styles["body"]) for line in text.splitlines() if line.strip()]
    if block.kind == "table":
        view = table_view(block, data)
        if not view.rows:
            return []
        rows = [[Paragraph(escape(str(c)), styles["cell"]) for c in view.columns]]
        rows += [[Paragraph(escape(view.formatted(r, c)), styles["cell"]) for c in range(len(view.columns))]
                 for r in range(len(view.rows))]
        table = Table(rows, repeatRows=1, colWidths=[width / len(view.columns)] * len(view.columns))
        table.setStyle([("GRID", (0, 0), (-1, -1), 0.5, "#333333"), ("VALIGN", (0, 0), (-1, -1), "TOP")])
        return [Spacer(1, 6), table, Spacer(1, 6)]
    if block.kind == "chart":
        values = chart_data(block, data.document, data)
        if values.problem or (block.data["chart"] == "radar" and len(values.labels) < 3):
            return []
        drawing = DRAW[block.data["chart"]](values.labels, values.series, width, fonts,
                                            block.data.get("unit", ""))
        return [drawing] if drawing is not None else []
    if block.kind == "photos":
        out = []
        for item in block.data.get("items", ()):
            photo = data.photo(item.get("photo"))
            if photo is not None:
                image = Image(io.BytesIO(photo_data(photo.id)))
                scale = min(width / image.imageWidth, 200 / image.imageHeight, 1)
                image.drawWidth, image.drawHeight = image.imageWidth * scale, image.imageHeight * scale
                out.append(image)
        return out
    if block.kind == "case":
        out = [Paragraph(escape(block.title), styles[2])]
        for child in block.children:
            out += _block(child, data, figures, styles, fonts, width, photo_data)
        return out
    return []
