"""The body: chapters, sections and user sub-sections with their narratives, cases, photos and
the data tables and charts placed under them (see insets.PLACEMENT)."""

from pathlib import PurePath

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import KeepTogether, NextPageTemplate, PageBreak

from vqdesk.core.binding import render_text
from vqdesk.core.errors import InputError
from vqdesk.core.pdf import insets
from vqdesk.core.pdf.context import CASES, FIGURES, Context
from vqdesk.core.pdf.flowables import (EntryMeta, EntryParagraph, TOCHeading, case_box, fitted_image,
                                       gap, marked, split_to_height)
from vqdesk.core.pdf.text import chunks, entry_text, is_subheading, markup, paragraphs


def heading(ctx: Context, text: str, style, key: str, level: int) -> TOCHeading:
    """A heading listed in the 目录 at `level` and in the PDF outline."""
    entry = entry_text(text)
    meta = EntryMeta(key=key, toc_markup=markup(entry, ctx.styles.fonts, ctx.styles.toc[min(level, 2)].fontName),
                     outline_title=entry, level=level, outline_level=level)
    para = marked(TOCHeading, markup(text, ctx.styles.fonts, style.fontName), style, meta)
    para.keepWithNext = True
    return para


def _join(label: str, title: str) -> str:
    """"1" + "基本情况" -> "1 基本情况"; "一、" + "人才培养" -> "一、人才培养"."""
    return f"{label}{title}" if label.endswith(("、", "）", ")", ".", "．")) else f"{label} {title}"


def narrative(ctx: Context, text: str, body_style=None, sub_style=None) -> list:
    """Paragraphs of a narrative with bound fields filled in; short 一、/（一） lines as run-in headings."""
    body_style = body_style or ctx.styles.body
    sub_style = sub_style or ctx.styles.subheading
    out = []
    for line in paragraphs(render_text(text, ctx.figures)):
        if is_subheading(line):
            para = ctx.para(line, sub_style)
            para.keepWithNext = True
            out.append(para)
            continue
        for i, piece in enumerate(chunks(line)):
            out.append(ctx.para(piece, body_style if i == 0 else _continued(body_style)))
    return out


def _continued(style):
    """The style of a long paragraph's later pieces: no first-line indent, no gap above."""
    return ParagraphStyle(style.name + "-cont", parent=style, firstLineIndent=0, spaceBefore=0)


def build_body(ctx: Context) -> list:
    edition = ctx.data.edition
    placed, orphans = insets.placements(edition)
    story = [NextPageTemplate("body")]
    for index, chapter in enumerate(edition.chapters):
        label = ctx.numberer.chapter()
        story += [PageBreak(), heading(ctx, _join(label, chapter.title), ctx.styles.h1, f"ch-{chapter.key}", 0)]
        if chapter.narrative:
            story += _content(ctx, chapter.key, level=1)
        for section in chapter.sections:
            title = _join(ctx.numberer.section(), section.title)
            story.append(heading(ctx, title, ctx.styles.h2, f"sec-{section.key}", 1))
            story += _content(ctx, section.key, level=2)
            story += _subsections(ctx, section.key, title)
            for builder in placed.get(section.key, ()):
                story += builder(ctx, section.key)
        if index == 0:
            for builder in orphans:
                story += builder(ctx, chapter.key)
    return story


def _subsections(ctx: Context, parent_key: str, parent_label: str) -> list:
    out = []
    numeric = parent_label.split(" ")[0].replace(".", "").isdigit()
    for i, sub in enumerate(ctx.data.subsections_of(parent_key), 1):
        label = f"{parent_label.split(' ')[0]}.{i}" if numeric else f"{i}."
        out.append(heading(ctx, _join(label, sub.title), ctx.styles.h3, f"sub-{sub.id}", 2))
        out += _content(ctx, sub.key, level=3)
    return out


def _content(ctx: Context, key: str, level: int) -> list:
    """Narrative, then the section's photos, then its cases."""
    out = narrative(ctx, ctx.data.narratives.get(key, ""))
    for photo in ctx.data.photos_in(section_key=key):
        out += _photo(ctx, photo, ctx.width * 0.85, ctx.height * 0.42)
    for case in ctx.data.cases_in(key):
        out += _case(ctx, case, level)
    return out


def _photo_caption(ctx: Context, photo):
    title = photo.caption or PurePath(photo.filename or "").stem or "图片"
    return ctx.caption(ctx.numberer.figure(), title, FIGURES, f"photo-{photo.id}")


def photo_label(photo) -> str:
    """How a note names a photo: its caption and its file name."""
    if photo.caption and photo.filename:
        return f"{photo.caption}（{photo.filename}）"
    return photo.caption or photo.filename or f"第 {photo.position + 1} 张图片"


def _photo_image(ctx: Context, photo, max_width, max_height):
    """The photo's flowable, or None with a note in ctx.skipped saying which and why."""
    if ctx.photo_data is None:
        return None
    label = photo_label(photo)
    try:
        data = ctx.photo_data(photo.id)
    except Exception as exc:  # noqa: BLE001 - a missing photo must not stop the report
        ctx.skipped.append(f"图片“{label}”无法读取（{exc}），PDF 中已跳过该图片。")
        return None
    if not data:
        ctx.skipped.append(f"图片“{label}”没有内容，PDF 中已跳过该图片。")
        return None
    try:
        return fitted_image(data, max_width, max_height, label)
    except InputError as exc:
        ctx.skipped.append(f"{exc}PDF 中已跳过该图片。")
        return None


def _photo(ctx: Context, photo, max_width, max_height) -> list:
    image = _photo_image(ctx, photo, max_width, max_height)
    if image is None:
        return []
    return [gap(6), KeepTogether([image, gap(3), _photo_caption(ctx, photo)])]


def _case(ctx: Context, case, level: int) -> list:
    """【案例 X-Y】 title, body and photos in one tinted box that may break between rows."""
    label = ctx.numberer.case()
    ctx.used.add(CASES)
    text = f"{label}{case.title}"
    styles = ctx.styles
    entry = entry_text(text)
    meta = EntryMeta(key=f"case-{case.id}", toc_markup=markup(entry, styles.fonts, styles.body_font),
                     outline_title=entry, list_kind=CASES, level=0, outline_level=min(level, 3))
    inner = ctx.width - 20
    title = marked(EntryParagraph, markup(text, styles.fonts, styles.case_title.fontName), styles.case_title, meta)
    title.keepWithNext = True
    rows = [[title]]
    for para in narrative(ctx, case.body, styles.case_body, styles.subheading):
        pieces = split_to_height(para, inner, ctx.height * 0.45)
        rows += [[piece] for piece in pieces]
    for photo in ctx.data.photos_in(case_id=case.id):
        image = _photo_image(ctx, photo, inner * 0.9, ctx.height * 0.38)
        if image is not None:
            rows.append([image, _photo_caption(ctx, photo)])
    return [gap(8), case_box(_glue(rows), ctx.width, ctx.height), gap(8)]


def _glue(rows: list) -> list:
    """Join the title and each run-in sub-heading to the row after it, so the box never breaks
    right after them (a table breaks only between rows)."""
    out = []
    for row in rows:
        if out and getattr(out[-1][-1], "keepWithNext", False):
            out[-1] = out[-1] + row
        else:
            out.append(list(row))
    return out
