"""Front matter and back cover, as the report's settings ask and the PDF prints them: cover,
内容真实性责任声明, 公开形式及网址, 前言 or 撰写说明, 目录 (a TOC field over 标题 1 to the levels
the settings list), then 表目录 / 图目录 / 案例目录 (TOC fields over the captions' SEQ fields)
when they are switched on and the body holds entries for them."""

from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from vqdesk.core.docx_export import ooxml
from vqdesk.core.docx_export.body import narrative
from vqdesk.core.docx_export.context import CASE_SEQ, CASES, FIGURES, TABLES, Context, para, styled
from vqdesk.core.docx_export.styles import (BODY, COVER_BOTTOM, COVER_SUB, COVER_TITLE, FIGURE_LIST, FRONT_TITLE,
                                            PLAIN, TOC_IDS)
from vqdesk.core.pdf.back_cover import CONTACTS
from vqdesk.core.pdf.front_matter import (DATE_BLANKS, DEFAULT_DECLARATION, SEAL_ROW, SIGN_ROW, SIGN_WIDTH,
                                          cover_date, cover_lines, fill, school_name)
from vqdesk.core.profile import publication_url

#: What an un-updated TOC field shows.
TOC_PLACEHOLDER = "右键单击此处，选择“更新域”生成目录"
LIST_PLACEHOLDER = "右键单击此处，选择“更新域”生成{title}"
#: (kind, settings.toc key, title) of the lists after the 目录.
LISTS = ((TABLES, "tables", "表目录"), (FIGURES, "figures", "图目录"), (CASES, "cases", "案例目录"))


def _gap(container, points: float, style: str = PLAIN):
    """Vertical room, as an empty paragraph with space before."""
    paragraph = styled(container.add_paragraph(), style)
    paragraph.paragraph_format.space_before = Pt(points)
    return paragraph


def cover(ctx: Context, document, when):
    english = (ctx.data.profile.get("name_en") or "").strip()
    _gap(document, 60)
    for line in cover_lines(ctx):
        para(document, line, COVER_TITLE)
    if english:
        para(document, english, COVER_SUB).paragraph_format.space_before = Pt(18)
    para(document, school_name(ctx), COVER_BOTTOM).paragraph_format.space_before = Pt(ctx.height * 0.42)
    para(document, cover_date(ctx, when), COVER_BOTTOM)


def title(container, text: str):
    """A front-matter page title (篇名): a new page, not in the 目录."""
    return para(container, text, FRONT_TITLE)


def declaration(ctx: Context, document):
    text = fill(ctx.settings["declaration"]["text"] or DEFAULT_DECLARATION, school_name(ctx), ctx.data.year)
    title(document, "内容真实性责任声明")
    for line in text.splitlines():
        if line.strip():
            para(document, line, BODY)
    _gap(document, 36)
    signing_block(ctx, document)


def signing_block(ctx: Context, document):
    """As the PDF's: 法定代表人签字 on a ruled line, 单位盖章 with room for the seal, and 日期 with
    blanks wide enough for handwritten figures; a borderless table at the right."""
    size = ctx.look.body_size
    widths = (8 * size + 8, SIGN_WIDTH)
    table = document.add_table(rows=3, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.RIGHT
    table.autofit = False
    ooxml.table_borders(table, none=True)
    ooxml.table_width(table, sum(widths))
    ooxml.fixed_layout(table)
    ooxml.table_padding(table, top=0, bottom=2, left=0, right=0)
    for column, width in zip(table.columns, widths):
        column.width = Pt(width)                  # w:gridCol, which LibreOffice sizes by
    for row, (label, height) in zip(table.rows, (("法定代表人签字：", SIGN_ROW), ("单位盖章：", SEAL_ROW),
                                                 ("日期：", SIGN_ROW))):
        row.height, row.height_rule = Pt(height), WD_ROW_HEIGHT_RULE.EXACTLY
        for cell, width in zip(row.cells, widths):
            cell.width = Pt(width)
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.BOTTOM
        styled(row.cells[0].paragraphs[0], PLAIN).add_run(label)
        styled(row.cells[1].paragraphs[0], PLAIN)
    ooxml.cell_border(table.rows[0].cells[1], "bottom")
    date = table.rows[2].cells[1].paragraphs[0]
    for blank, unit in zip(DATE_BLANKS, "年月日"):       # the PDF's blanks, in full-width spaces
        date.add_run("\u3000" * max(1, round(blank / size))).font.underline = True
        date.add_run(unit)


def publication(ctx: Context, document):
    profile = ctx.data.profile
    form = profile.get("publication_form") or "学校网站公开"
    url = publication_url(profile) or "（未填写）"
    title(document, "公开形式及网址")
    _gap(document, 12)
    para(document, f"公开形式：{form}", PLAIN)
    para(document, f"公开网址：{url}", PLAIN)


def preface(ctx: Context, document):
    heading, text = ctx.settings["preface"]["title"], ctx.settings["preface"]["text"]
    if not heading or not (text or "").strip():
        return
    title(document, heading)
    narrative(ctx, document, text, BODY)


def contents(ctx: Context, document) -> dict:
    """目录 and every list the settings switch on; returns kind -> its paragraphs, for dropping
    the lists the body turns out to have no entries for."""
    levels = ctx.settings["toc"]["levels"]
    title(document, "目　录")
    field = styled(document.add_paragraph(), TOC_IDS[0])
    ooxml.add_field(field, f'TOC \\o "1-{levels}" \\h \\z \\u', TOC_PLACEHOLDER, dirty=True)
    lists = {}
    for kind, setting, heading in LISTS:
        if not ctx.settings["toc"][setting]:
            continue
        name = CASE_SEQ if kind == CASES else ctx.seq_name(kind)
        head = title(document, heading)
        field = styled(document.add_paragraph(), FIGURE_LIST)
        ooxml.add_field(field, f'TOC \\h \\z \\c "{name}"', LIST_PLACEHOLDER.format(title=heading), dirty=True)
        lists[kind] = [head, field]
    return lists


def drop_unused(lists: dict, used: set):
    for kind, paragraphs in lists.items():
        if kind not in used:
            for paragraph in paragraphs:
                paragraph._p.getparent().remove(paragraph._p)


def build_front(ctx: Context, document) -> dict:
    """Everything after the cover, up to the body; returns the lists as contents() does."""
    settings = ctx.settings
    if settings["declaration"]["enabled"]:
        declaration(ctx, document)
    if settings["publication"]["enabled"]:
        publication(ctx, document)
    preface(ctx, document)
    return contents(ctx, document)


def back_cover(ctx: Context, document):
    """撰稿人 / 审稿人 when named, then the school and how to reach it."""
    back = ctx.settings["back_cover"]
    _gap(document, ctx.height * 0.12)
    for label, names in (("撰稿人", back["writers"]), ("审稿人", back["reviewers"])):
        if (names or "").strip():
            para(document, f"{label}：{' '.join(names.split())}", PLAIN).paragraph_format.left_indent = \
                Pt(ctx.width * 0.12)
    para(document, school_name(ctx), COVER_BOTTOM).paragraph_format.space_before = Pt(ctx.height * 0.45)
    profile = ctx.data.profile
    for key, label in CONTACTS:
        value = (profile.get(key) or "").strip()
        if value:
            para(document, f"{label}：{value}", PLAIN).alignment = WD_ALIGN_PARAGRAPH.CENTER
