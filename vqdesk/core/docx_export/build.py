"""build_docx: the report year as a Word file, a second renderer of the document model the PDF
prints (same walk, same numbers, same chart drawings), written atomically."""

import logging
import time
from pathlib import Path

import docx

from vqdesk.core.atomic import OutputFileError, atomic_output
from vqdesk.core.derive import Figures
from vqdesk.core.docx_export import ooxml, pages, styles
from vqdesk.core.docx_export.annex import build_annex
from vqdesk.core.docx_export.body import build_body
from vqdesk.core.docx_export.context import Context
from vqdesk.core.docx_export.front import back_cover, build_front, cover, drop_unused
from vqdesk.core.errors import VqdeskError
from vqdesk.core.model import ReportData
from vqdesk.core.pdf import build as pdf_build
from vqdesk.core.pdf.fonts import resolve_fonts
from vqdesk.core.pdf.front_matter import report_title
from vqdesk.core.document.numbering import Numberer
from vqdesk.core.pdf.styles import build_styles

log = logging.getLogger(__name__)


class DocxExportError(OutputFileError):
    """The Word file could not be written (folder missing, read-only, file open elsewhere)."""


class DocxExportCancelled(VqdeskError):
    """The user cancelled the export; nothing was written."""

    def __init__(self):
        super().__init__("已取消导出 Word，没有写入文件。")


def build_docx(data: ReportData, path, *, photo_data=None, final=False, font_paths=None,
               warnings: list | None = None, progress=None) -> Path:
    """Write the report of `data` to `path` (.docx) and return the path.

    The arguments mean what they mean for pdf.build_pdf: `final` False marks every page's header
    草稿; `font_paths` chooses the fonts the charts are drawn with; `warnings` receives one
    Chinese sentence per item left out; `progress(fraction, stage)` returning False cancels
    (DocxExportCancelled, no file written)."""
    started = time.perf_counter()
    target = Path(path)
    report = _reporter(progress)
    report(0.0, "正在准备内容")
    document, ctx, margins = _prepared(data, resolve_fonts(font_paths), photo_data)
    title = report_title(ctx)
    _properties(document, data, title)
    kinds = _write(ctx, document, margins, report)
    for section, kind in zip(document.sections, kinds):
        pages.furnish(section, kind, title=title, draft=not final, width=ctx.width)
    report(0.95, "正在保存")
    with atomic_output(target, DocxExportError) as temp:
        document.save(str(temp))
        report(0.99, "正在保存")          # a cancel that came while saving: nothing is written
    for note in ctx.skipped:
        log.warning(note)
    if warnings is not None:
        warnings.extend(ctx.skipped)
    if progress is not None:
        progress(1.0, "完成")              # the file is written: too late to cancel
    log.info("Word 文件已生成：%s（用时 %.1f 秒）", target, time.perf_counter() - started)
    return target


def _prepared(data: ReportData, fonts, photo_data):
    """A new document with the report's styles and fonts, its context and the page margins."""
    document = docx.Document()
    width, height, margins = pages.text_frame(build_styles(fonts, data.edition.styles).body.fontSize)
    look = styles.install(document, fonts, data.edition.styles, width)
    ctx = Context(data=data, figures=Figures(data), numberer=Numberer(data.document.settings), look=look,
                  fonts=fonts, width=width, height=height, photo_data=photo_data)
    ooxml.update_fields_on_open(document)
    ooxml.declare_fonts(document, dict.fromkeys(["宋体", "黑体", look.word_font(look.body_role),
                                                 look.word_font(look.heading_role)]))
    _drop_thumbnail(document)
    return document, ctx, margins


def _write(ctx: Context, document, margins: dict, report) -> list:
    """Cover, front matter, body with annex, back cover, each in its section; their kinds in order.
    The lists after the 目录 are written first and dropped when the body gave them no entries."""
    kinds = [pages.COVER, pages.FRONT, pages.BODY]     # a new section copies the last one's page setup
    pages.setup_page(document.sections[0], margins)
    cover(ctx, document, pdf_build.export_date())
    pages.new_section(document)
    lists = build_front(ctx, document)
    pages.new_section(document)
    build_body(ctx, document, lambda done, stage: report(0.05 + 0.85 * done, f"正在写入“{stage}”"))
    build_annex(ctx, document)
    drop_unused(lists, ctx.used)
    if ctx.settings["back_cover"]["enabled"]:
        kinds.append(pages.BACK)
        pages.new_section(document)
        back_cover(ctx, document)
    return kinds


def _properties(document, data: ReportData, title: str):
    props = document.core_properties
    props.title = title
    props.author = pdf_build.school_name_of(data)
    props.subject = f"{data.edition.title}，{data.year}年度"
    props.keywords = pdf_build.keywords(data)
    props.language = "zh-CN"
    props.comments = ""
    props.last_modified_by = "vqdesk"


def _drop_thumbnail(document):
    """python-docx's template carries a preview picture of its own, which file managers would show."""
    rels = document.part.package.rels
    for rid, rel in list(rels.items()):
        if rel.reltype.endswith("/thumbnail"):
            del rels[rid]


def _reporter(progress):
    """progress(fraction, stage), called only when the whole percent rises; False cancels."""
    last = [-1]

    def report(fraction: float, stage: str):
        percent = int(fraction * 100)
        if progress is None or percent <= last[0]:
            return
        last[0] = percent
        if progress(fraction, stage) is False:
            raise DocxExportCancelled()
    return report
