"""Page setup and the four sections of the file: cover (no furniture), front matter (lower-roman
page numbers from i), body (the report title in the header, “- 1 -” in the footer, arabic from
1), back cover (none).  A draft carries 草稿 at the right of every page's header."""

from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.shared import Mm, Pt, RGBColor
from reportlab.lib.pagesizes import A4

from vqdesk.core.docx_export import ooxml
from vqdesk.core.pdf.doctemplate import grid_margins
from vqdesk.core.pdf.page_decor import HEADER_COLOUR

DRAFT_MARK = "草稿"
DRAFT_COLOUR = RGBColor(0xC0, 0x39, 0x2B)
COVER, FRONT, BODY, BACK = "cover", "front", "body", "back"


def text_frame(body_size: float) -> tuple[float, float, dict]:
    """(text width, text height, margins in points): the PDF's, a whole number of characters wide."""
    margins = grid_margins(body_size)
    width = A4[0] - margins["leftMargin"] - margins["rightMargin"]
    height = A4[1] - margins["topMargin"] - margins["bottomMargin"]
    return width, height, margins


def setup_page(section, margins: dict):
    section.page_width, section.page_height = Pt(A4[0]), Pt(A4[1])
    section.top_margin, section.bottom_margin = Pt(margins["topMargin"]), Pt(margins["bottomMargin"])
    section.left_margin, section.right_margin = Pt(margins["leftMargin"]), Pt(margins["rightMargin"])
    section.header_distance = Pt(margins["topMargin"]) - Mm(13)     # as the PDF's header line
    section.footer_distance = Mm(17)
    section.gutter = 0


def new_section(document):
    """A section break (new page); the new section copies the page setup of the one before."""
    return document.add_section(WD_SECTION.NEW_PAGE)


def furnish(section, kind: str, *, title: str, draft: bool, width: float):
    """Header and footer of one section, not linked to the previous one."""
    header, footer = section.header, section.footer
    header.is_linked_to_previous = False
    footer.is_linked_to_previous = False
    if kind == FRONT:
        ooxml.page_numbers(section, "lowerRoman", 1)
    elif kind == BODY:
        ooxml.page_numbers(section, "decimal", 1)
    head = header.paragraphs[0]
    head.text = ""
    if kind == BODY or draft:
        fmt = head.paragraph_format
        fmt.tab_stops.add_tab_stop(Pt(width / 2), WD_TAB_ALIGNMENT.CENTER)
        fmt.tab_stops.add_tab_stop(Pt(width), WD_TAB_ALIGNMENT.RIGHT)
        head.add_run("\t")
        if kind == BODY:
            run = head.add_run(title)
            run.font.color.rgb = RGBColor.from_string(ooxml.hex_colour(HEADER_COLOUR))
            ooxml.paragraph_border(head._p.get_or_add_pPr(), "bottom", 5, ooxml.hex_colour(HEADER_COLOUR), 1)
        if draft:
            mark = head.add_run("\t" + DRAFT_MARK)
            mark.font.color.rgb = DRAFT_COLOUR
            mark.font.size = Pt(10.5)
    foot = footer.paragraphs[0]
    foot.text = ""
    if kind in (FRONT, BODY):
        foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if kind == BODY:
            foot.add_run("- ")
        ooxml.add_field(foot, "PAGE", "i" if kind == FRONT else "1")
        if kind == BODY:
            foot.add_run(" -")
