"""The Word file's styles, sized from the PDF's own styles (pdf.styles.build_styles), so the two
renderers print one design.  Fonts are the names Chinese Word users know (宋体, 黑体, 仿宋, 楷体)
in the East Asian slot, with Times New Roman for Latin letters and digits, set in the styles so
that text typed later in Word gets them too.  Headings are Word's built-in 标题 1–4 (Heading1–4)."""

from dataclasses import dataclass

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT

from vqdesk.core.docx_export import ooxml
from vqdesk.core.pdf.styles import CASE_BORDER, build_styles

#: Word's names for the PDF's font roles.
WORD_FONTS = {"song": "宋体", "hei": "黑体", "fang": "仿宋", "kai": "楷体"}
LATIN = "Times New Roman"
HEADING_IDS = ("Heading1", "Heading2", "Heading3", "Heading4")

#: Our own paragraph styles: id -> name shown in Word's style list.
BODY, SUBHEADING, CAPTION, CELL, CELL_HEAD = "Normal", "VqSubheading", "Caption", "VqCell", "VqCellHead"
SOURCE, NOTE, LIST, PICTURE, PLAIN = "VqSource", "VqNote", "VqList", "VqPicture", "VqPlain"
CASE_TITLE, CASE_BODY, FRONT_TITLE = "VqCaseTitle", "VqCaseBody", "VqFrontTitle"
COVER_TITLE, COVER_SUB, COVER_BOTTOM = "VqCoverTitle", "VqCoverSub", "VqCoverBottom"
ANNEX_HEADINGS = ("VqAnnex1", "VqAnnex2")
TOC_IDS = ("TOC1", "TOC2", "TOC3", "TOC4")
FIGURE_LIST = "TableofFigures"
NAMES = {SUBHEADING: "小标题", CELL: "表格文字", CELL_HEAD: "表头文字", SOURCE: "表注", NOTE: "说明文字",
         LIST: "列项", PICTURE: "图片", PLAIN: "无缩进正文", CASE_TITLE: "案例标题", CASE_BODY: "案例正文",
         FRONT_TITLE: "篇名", COVER_TITLE: "封面标题", COVER_SUB: "封面副标题", COVER_BOTTOM: "封面落款",
         ANNEX_HEADINGS[0]: "附件标题", ANNEX_HEADINGS[1]: "附件标题 2",
         TOC_IDS[0]: "toc 1", TOC_IDS[1]: "toc 2", TOC_IDS[2]: "toc 3", TOC_IDS[3]: "toc 4",
         FIGURE_LIST: "table of figures"}


@dataclass(frozen=True)
class Look:
    """What the other modules need to know of the design: sizes and the text width."""
    body_size: float
    table_size: float
    body_role: str
    heading_role: str
    pdf: object                  # the PDF's Styles, for sizes the writer needs at a block

    def word_font(self, role: str) -> str:
        return WORD_FONTS.get(role, WORD_FONTS["song"])


def roles(fonts, edition_styles: dict) -> tuple[str, str]:
    """The body's and the headings' font roles, chosen as pdf.styles.build_styles chooses them."""
    settings = edition_styles or {}
    body = settings.get("body_font") if settings.get("body_font") in fonts.names else "song"
    head = settings.get("heading_font") if settings.get("heading_font") in fonts.names else "hei"
    return body, head


def install(document, fonts, edition_styles: dict, text_width: float) -> Look:
    """Define every style the export uses in `document` and return the sizes chosen."""
    pdf = build_styles(fonts, edition_styles)
    body_role, head_role = roles(fonts, edition_styles)
    look = Look(pdf.body.fontSize, pdf.table_size, body_role, head_role, pdf)
    song, hei = look.word_font(body_role), look.word_font(head_role)
    spacing = pdf.body.leading / (pdf.body.fontSize * 1.2)        # the PDF's 1.5 lines
    _defaults(document, song, pdf.body.fontSize)
    styles = document.styles
    body = _style(styles, BODY, pdf.body, song, line=spacing)
    ooxml.indent_chars(body.paragraph_format, 2, pdf.body.fontSize)
    for i, (sid, ps) in enumerate(zip(HEADING_IDS, (pdf.h1, pdf.h2, pdf.h3, pdf.h4))):
        style = _style(styles, sid, ps, hei, line=1.25, keep=True)
        style.paragraph_format.page_break_before = i == 0        # each chapter on a new page
        if ps.firstLineIndent:
            ooxml.indent_chars(style.paragraph_format, ps.firstLineIndent / ps.fontSize, ps.fontSize)
        ooxml.outline_level(style.element.get_or_add_pPr(), i)
    for sid, ps, level in ((ANNEX_HEADINGS[0], pdf.h1, 0), (ANNEX_HEADINGS[1], pdf.h2, 1)):
        style = _style(styles, sid, ps, hei, line=1.25, keep=True)
        style.paragraph_format.page_break_before = level == 0
        ooxml.outline_level(style.element.get_or_add_pPr(), level)
    sub = _style(styles, SUBHEADING, pdf.subheading, hei, line=spacing, keep=True)
    ooxml.indent_chars(sub.paragraph_format, 2, pdf.subheading.fontSize)
    _style(styles, CAPTION, pdf.caption, hei, line=1.2)
    _style(styles, CELL, pdf.cell, song, line=1.1)
    _style(styles, CELL_HEAD, pdf.cell_head, hei, line=1.1)
    _style(styles, SOURCE, pdf.source, song, line=1.15)
    _style(styles, NOTE, pdf.note, song, line=1.25)
    lst = _style(styles, LIST, pdf.list_item, song, line=spacing)
    lst.paragraph_format.left_indent = Pt(pdf.list_item.leftIndent)
    _style(styles, PICTURE, pdf.plain, song, line=1.0, keep=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    _style(styles, PLAIN, pdf.plain, song, line=spacing)
    title = _style(styles, CASE_TITLE, pdf.case_title, hei, line=1.25, keep=True)
    ooxml.paragraph_border(title.element.get_or_add_pPr(), "bottom", 4, ooxml.hex_colour(CASE_BORDER), 4)
    case_body = _style(styles, CASE_BODY, pdf.case_body, song, line=spacing)
    ooxml.indent_chars(case_body.paragraph_format, 2, pdf.case_body.fontSize)
    front = _style(styles, FRONT_TITLE, pdf.front_title, hei, line=1.4)
    front.paragraph_format.page_break_before = True
    for sid, ps in ((COVER_TITLE, pdf.cover_title), (COVER_SUB, pdf.cover_sub), (COVER_BOTTOM, pdf.cover_bottom)):
        _style(styles, sid, ps, hei, line=1.3)
    for i, (sid, ps) in enumerate(zip(TOC_IDS, pdf.toc)):
        toc = _style(styles, sid, ps, hei if i == 0 else song, line=1.3)
        toc.paragraph_format.left_indent = Pt(ps.leftIndent)
        toc.paragraph_format.tab_stops.add_tab_stop(Pt(text_width), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    figures = _style(styles, FIGURE_LIST, pdf.list_entry, song, line=1.3)
    figures.paragraph_format.tab_stops.add_tab_stop(Pt(text_width), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    for sid, size, font in (("Header", 9, hei), ("Footer", 10.5, song)):
        style = styles[sid]
        _font(style, font, size)
        ooxml.indent_chars(style.paragraph_format, 0, size)
    return look


_ALIGN = {TA_CENTER: WD_ALIGN_PARAGRAPH.CENTER, TA_RIGHT: WD_ALIGN_PARAGRAPH.RIGHT,
          TA_JUSTIFY: WD_ALIGN_PARAGRAPH.JUSTIFY}


def _defaults(document, song: str, size: float):
    """docDefaults: the body font in every slot, Chinese as the East Asian language, no gaps."""
    defaults = document.styles.element.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    ooxml.set_fonts(rpr, song, LATIN)
    ooxml.east_asian_language(rpr)
    for tag in ("w:sz", "w:szCs"):
        found = rpr.find(qn(tag))
        if found is not None:
            found.set(qn("w:val"), str(round(size * 2)))
    spacing = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr")).find(qn("w:spacing"))
    if spacing is not None:
        spacing.set(qn("w:after"), "0")
        spacing.set(qn("w:line"), "240")


def _style(styles, style_id: str, ps, font: str, *, line: float, keep: bool = False, align=None):
    """A paragraph style (built-in when it exists) with the PDF style's size, spacing and alignment."""
    style = _get_or_add(styles, style_id)
    _font(style, font, ps.fontSize)
    if ps.textColor is not None and ooxml.hex_colour(ps.textColor) != "000000":
        style.font.color.rgb = RGBColor.from_string(ooxml.hex_colour(ps.textColor))
    pf = style.paragraph_format
    pf.alignment = align if align is not None else _ALIGN.get(ps.alignment, WD_ALIGN_PARAGRAPH.LEFT)
    pf.space_before, pf.space_after = Pt(ps.spaceBefore), Pt(ps.spaceAfter)
    pf.line_spacing_rule = WD_LINE_SPACING.MULTIPLE
    pf.line_spacing = line
    ooxml.indent_chars(pf, 0, ps.fontSize)     # not Normal's 2 字符, which every style inherits
    pf.keep_with_next = keep
    pf.widow_control = True
    return style


def _get_or_add(styles, style_id: str):
    for style in styles:
        if style.style_id == style_id:
            return style
    style = styles.add_style(NAMES.get(style_id, style_id), WD_STYLE_TYPE.PARAGRAPH)
    style.element.set(qn("w:styleId"), style_id)
    if style_id in TOC_IDS + (FIGURE_LIST,):      # Word's own (latent) styles, not custom ones
        style.element.attrib.pop(qn("w:customStyle"), None)
    style.base_style = styles["Normal"] if style_id != BODY else None
    style.quick_style = style_id in NAMES and not style_id.startswith("TOC")
    return style


def _font(style, font: str, size: float):
    """The style's run properties: the font in both slots, its size, no bold, italic or theme colour."""
    f = style.font
    f.size = Pt(size)
    f.bold, f.italic = False, False
    f.color.rgb = RGBColor(0, 0, 0)
    ooxml.set_fonts(style.element.get_or_add_rPr(), font, LATIN)
