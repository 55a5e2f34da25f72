"""Front matter, as the report's settings ask: cover, 内容真实性责任声明, 公开形式及网址, 前言 or
撰写说明, 目录, and 表目录 / 图目录 / 案例目录 when they are switched on and have entries."""

import re
from datetime import date

from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.platypus import NextPageTemplate, PageBreak, Spacer, Table

from vqdesk.core.pdf.context import CASES, FIGURES, TABLES, Context
from vqdesk.core.pdf.flowables import EntryMeta, TOCHeading, marked
from vqdesk.core.pdf.text import markup
from vqdesk.core.pdf.text_block import narrative
from vqdesk.core.pdf.toc import PrefilledTOC
from vqdesk.core.profile import publication_url

DEFAULT_DECLARATION = "本单位郑重承诺：对{school}质量年度报告（{year}年度）及相关附件的真实性、完整性和准确性负责。特此声明。"
_MONTH = re.compile(r"^(\d{4})年(\d{1,2})月$")


def fill(pattern: str, school: str, year: int) -> str:
    """{school} / {year} placeholders; plain replace so braces in a school name do no harm."""
    return (pattern or "").replace("{school}", school).replace("{year}", str(year))


def report_title(ctx: Context) -> str:
    return fill(ctx.settings["cover"]["title"], school_name(ctx), ctx.data.year)


def school_name(ctx: Context) -> str:
    return (ctx.data.profile.get("name") or "").strip() or "（学校名称未填写）"


def titled(ctx: Context, title: str, key: str) -> list:
    """A front-matter page title; it appears in the PDF outline but not in the 目录."""
    meta = EntryMeta(key=key, toc_markup="", outline_title=title, list_kind=None, outline_level=0)
    return [PageBreak(), marked(TOCHeading, markup(title, ctx.styles.fonts, ctx.styles.heading_font),
                                ctx.styles.front_title, meta)]


def cover_lines(ctx: Context) -> list[str]:
    """The cover title broken where a reader expects: school / report name / （年度）."""
    title, school = report_title(ctx), school_name(ctx)
    lines = []
    if title.startswith(school) and len(title) > len(school) + 4:
        lines.append(school)
        title = title[len(school):]
    head, sep, tail = title.partition("（")
    if sep and head and tail.endswith("）") and len(tail) < 20:
        lines += [head, sep + tail]
    else:
        lines.append(title)
    return lines


def cover_date(ctx: Context, when: date) -> str:
    """settings.cover.date (“2025年11月”) printed as “2025 年 11 月”; the export month if it is empty."""
    found = _MONTH.match((ctx.settings["cover"].get("date") or "").strip())
    year, month = (int(found.group(1)), int(found.group(2))) if found else (when.year, when.month)
    return f"{year} 年 {month} 月"


def cover(ctx: Context, when: date) -> list:
    styles = ctx.styles
    english = (ctx.data.profile.get("name_en") or "").strip()
    story = [Spacer(1, 60)] + [ctx.para(line, styles.cover_title) for line in cover_lines(ctx)]
    story.append(Spacer(1, 18))
    if english:
        story.append(ctx.para(english, styles.cover_sub))
    story += [Spacer(1, ctx.height * 0.42), ctx.para(school_name(ctx), styles.cover_bottom),
              ctx.para(cover_date(ctx, when), styles.cover_bottom)]
    return story


#: Room to write by hand: the signature's line, the seal's square and the date's blanks, in points.
SIGN_WIDTH, SIGN_ROW, SEAL_ROW = 150, 46, 84
DATE_BLANKS = (50, 30, 30)              # before 年, 月 and 日


def declaration(ctx: Context) -> list:
    text = fill(ctx.settings["declaration"]["text"] or DEFAULT_DECLARATION, school_name(ctx), ctx.data.year)
    body = ctx.styles.body
    story = titled(ctx, "内容真实性责任声明", "front-declaration") + [Spacer(1, 20)]
    story += [ctx.para(line, body) for line in text.splitlines() if line.strip()]
    return story + [Spacer(1, 48), signing_block(ctx)]


def signing_block(ctx: Context) -> Table:
    """法定代表人签字 on a ruled line, 单位盖章 with room for the seal, and 日期 as blanks wide enough
    for handwritten figures (not full-width spaces, which the grid would squeeze)."""
    style = ParagraphStyle("sign", parent=ctx.styles.body, firstLineIndent=0, alignment=TA_LEFT)
    label = 8 * style.fontSize + 8          # 法定代表人签字： on one line
    rule = ("LINEBELOW", (1, 0), (1, 0), 0.6, colors.black)
    date = Table([["", ctx.para("年", style), "", ctx.para("月", style), "", ctx.para("日", style)]],
                 colWidths=[DATE_BLANKS[0], style.fontSize, DATE_BLANKS[1], style.fontSize, DATE_BLANKS[2],
                            style.fontSize], style=[
                     ("LINEBELOW", (c, 0), (c, 0), 0.6, colors.black) for c in (0, 2, 4)] + [
                     ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                     ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)])
    rows = [[ctx.para("法定代表人签字：", style), ""], [ctx.para("单位盖章：", style), ""],
            [ctx.para("日期：", style), date]]
    table = Table(rows, colWidths=[label, SIGN_WIDTH], rowHeights=[SIGN_ROW, SEAL_ROW, SIGN_ROW],
                  hAlign="RIGHT", style=[rule, ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                         ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                         ("BOTTOMPADDING", (0, 0), (-1, -1), 2)])
    table.keepWithNext = False
    return table


def publication(ctx: Context) -> list:
    profile = ctx.data.profile
    form = profile.get("publication_form") or "学校网站公开"
    url = publication_url(profile) or "（未填写）"
    style = ParagraphStyle("pub", parent=ctx.styles.body, firstLineIndent=0)
    return (titled(ctx, "公开形式及网址", "front-publication")
            + [Spacer(1, 20), ctx.para(f"公开形式：{form}", style), ctx.para(f"公开网址：{url}", style)])


def preface(ctx: Context) -> list:
    title, text = ctx.settings["preface"]["title"], ctx.settings["preface"]["text"]
    if not title or not (text or "").strip():
        return []
    return titled(ctx, title, "front-preface") + narrative(ctx, text)


def _toc(ctx: Context, kind: str | None) -> PrefilledTOC:
    """The 目录 (kind None) or one list, with every entry the story recorded for it."""
    notify = kind or "TOCEntry"
    entries = [(m.level, m.toc_markup, m.key) for m in ctx.entries if m.list_kind == notify]
    toc = PrefilledTOC(entries, keep_chapters=kind is None, notifyKind=notify)
    toc.levelStyles = list(ctx.styles.toc) if kind is None else [ctx.styles.list_entry]
    return toc


#: (list kind, settings.toc key, title, bookmark key) of the lists after the 目录.
LISTS = ((TABLES, "tables", "表目录", "front-tables"), (FIGURES, "figures", "图目录", "front-figures"),
         (CASES, "cases", "案例目录", "front-cases"))


def contents(ctx: Context, used: set) -> list:
    """目录, then each list the settings switch on and the story actually holds."""
    story = titled(ctx, "目　录", "front-toc") + [_toc(ctx, None)]
    for kind, setting, title, key in LISTS:
        if kind in used and ctx.settings["toc"][setting]:
            story += titled(ctx, title, key) + [_toc(ctx, kind)]
    return story


def build_front(ctx: Context, used: set, when: date) -> list:
    settings = ctx.settings
    story = cover(ctx, when) + [NextPageTemplate("front")]
    if settings["declaration"]["enabled"]:
        story += declaration(ctx)
    if settings["publication"]["enabled"]:
        story += publication(ctx)
    story += preface(ctx)
    return story + contents(ctx, used)
