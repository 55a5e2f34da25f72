"""Paragraph and table styles, derived from a few edition settings (edition.styles).

Defaults follow common practice for the reports: 宋体 小四 (12 pt) body with 1.5 line spacing,
黑体 headings (the free fonts have no bold, so weight comes from the 黑体 face).
Recognised edition.styles keys: body_font (song|fang|kai|hei), body_size, heading_font,
line_spacing, table_size.
"""

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from vqdesk.core.pdf.fonts import FontSet

CASE_TINT = colors.Color(0.93, 0.96, 0.99)
CASE_BORDER = colors.Color(0.36, 0.52, 0.72)
HEADER_TINT = colors.Color(0.90, 0.92, 0.95)
RULE = colors.Color(0.35, 0.35, 0.35)
TOTAL_TINT = colors.Color(0.96, 0.96, 0.96)
# Series colours in luminance steps (grey 0.23, 0.66, 0.46, 0.86, 0.32, 0.55), so that neighbours
# stay apart in grey print; chart_marks adds hatching and markers on top.
CHART_COLOURS = (colors.Color(0.12, 0.24, 0.48), colors.Color(0.93, 0.60, 0.25),
                 colors.Color(0.35, 0.55, 0.30), colors.Color(0.96, 0.86, 0.55),
                 colors.Color(0.62, 0.20, 0.18), colors.Color(0.58, 0.50, 0.72))


@dataclass(frozen=True)
class Styles:
    """Every style the report uses; one instance per build."""
    fonts: FontSet
    body_font: str
    heading_font: str
    body: ParagraphStyle
    subheading: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    h4: ParagraphStyle
    front_title: ParagraphStyle
    cover_title: ParagraphStyle
    cover_sub: ParagraphStyle
    cover_bottom: ParagraphStyle
    caption: ParagraphStyle
    source: ParagraphStyle
    cell: ParagraphStyle
    cell_center: ParagraphStyle
    cell_right: ParagraphStyle
    cell_head: ParagraphStyle
    case_title: ParagraphStyle
    case_continued: ParagraphStyle
    continued: ParagraphStyle
    case_body: ParagraphStyle
    list_item: ParagraphStyle
    note: ParagraphStyle
    toc: tuple
    list_entry: ParagraphStyle
    plain: ParagraphStyle
    table_size: float


def build_styles(fonts: FontSet, settings: dict | None = None) -> Styles:
    settings = settings or {}
    body_font = fonts.names.get(settings.get("body_font"), fonts["song"])
    head_font = fonts.names.get(settings.get("heading_font"), fonts["hei"])
    size = _number(settings, "body_size", 12, 9, 16)
    leading = size * _number(settings, "line_spacing", 1.5, 1.0, 2.5) * 1.2
    table_size = _number(settings, "table_size", 10.5, 7, 14)

    def ps(name, **kw):
        base = dict(fontName=body_font, fontSize=size, leading=leading, wordWrap="CJK")
        base.update(kw)
        return ParagraphStyle(name, **base)

    body = ps("body", alignment=TA_JUSTIFY, firstLineIndent=2 * size)
    cell = ps("cell", fontSize=table_size, leading=table_size * 1.35, alignment=TA_JUSTIFY)   # long cells too
    toc = tuple(ps(f"toc{i}", fontName=head_font if i == 0 else body_font, fontSize=size - (0 if i == 0 else 0.5),
                   leading=size * 1.6, leftIndent=i * 2 * size, spaceBefore=3 if i == 0 else 0)
                for i in range(4))
    return Styles(
        fonts=fonts, body_font=body_font, heading_font=head_font, body=body, table_size=table_size,
        subheading=ps("subheading", fontName=head_font, firstLineIndent=2 * size, spaceBefore=2),
        h1=ps("h1", fontName=head_font, fontSize=size + 4, leading=(size + 4) * 1.6, alignment=TA_LEFT,
              spaceBefore=6, spaceAfter=10),
        h2=ps("h2", fontName=head_font, fontSize=size + 2, leading=(size + 2) * 1.6, spaceBefore=8, spaceAfter=4),
        h3=ps("h3", fontName=head_font, fontSize=size + 0.5, leading=leading, spaceBefore=4, spaceAfter=2,
              firstLineIndent=size),
        h4=ps("h4", fontName=head_font, fontSize=size, leading=leading, spaceBefore=2, spaceAfter=1,
              firstLineIndent=2 * size),
        front_title=ps("front_title", fontName=head_font, fontSize=size + 6, leading=(size + 6) * 1.8,
                       alignment=TA_CENTER, spaceAfter=14),
        cover_title=ps("cover_title", fontName=head_font, fontSize=26, leading=40, alignment=TA_CENTER),
        cover_sub=ps("cover_sub", fontName=head_font, fontSize=13, leading=20, alignment=TA_CENTER),
        cover_bottom=ps("cover_bottom", fontName=head_font, fontSize=16, leading=28, alignment=TA_CENTER),
        caption=ps("caption", fontName=head_font, fontSize=table_size, leading=table_size * 1.6,
                   alignment=TA_CENTER, spaceBefore=4, spaceAfter=4),
        source=ps("source", fontSize=table_size - 1.5, leading=(table_size - 1.5) * 1.4, alignment=TA_LEFT,
                  textColor=colors.Color(0.3, 0.3, 0.3), spaceAfter=6),
        cell=cell,
        cell_center=ParagraphStyle("cell_center", parent=cell, alignment=TA_CENTER),
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        cell_head=ParagraphStyle("cell_head", parent=cell, fontName=head_font, alignment=TA_CENTER),
        continued=ps("continued", fontName=head_font, fontSize=table_size, leading=table_size * 1.8,
                     alignment=TA_RIGHT),
        case_title=ps("case_title", fontName=head_font, fontSize=size + 1, leading=(size + 1) * 1.5,
                      alignment=TA_CENTER, textColor=colors.Color(0.12, 0.25, 0.45)),
        case_continued=ps("case_continued", fontName=head_font, fontSize=size - 1, leading=(size - 1) * 1.4,
                          alignment=TA_LEFT, textColor=colors.Color(0.12, 0.25, 0.45)),
        case_body=ps("case_body", alignment=TA_JUSTIFY, firstLineIndent=2 * size, fontSize=size - 0.5,
                     leading=(size - 0.5) * 1.65),
        list_item=ps("list_item", alignment=TA_JUSTIFY, leftIndent=2 * size),
        note=ps("note", fontSize=table_size - 1.5, leading=(table_size - 1.5) * 1.5, alignment=TA_JUSTIFY,
                textColor=colors.Color(0.3, 0.3, 0.3)),
        toc=toc,
        list_entry=ps("list_entry", fontSize=size - 0.5, leading=leading * 0.95, leftIndent=0),
        plain=ps("plain", alignment=TA_LEFT),
    )


def _number(settings: dict, key: str, default: float, low: float, high: float) -> float:
    """A numeric setting kept within sane bounds; a bad value in a template falls back to the default."""
    try:
        value = float(settings.get(key, default))
    except (TypeError, ValueError):
        return default
    return min(max(value, low), high)
