"""build_pdf: the whole report as a print-ready PDF, written atomically."""

import logging
import time
from datetime import date
from pathlib import Path

from vqdesk.core.atomic import OutputFileError, atomic_output
from vqdesk.core.derive import Figures
from vqdesk.core.model import ReportData
from vqdesk.core.pdf import kinsoku
from vqdesk.core.pdf.annex import build_annex
from vqdesk.core.pdf.body import build_body
from vqdesk.core.pdf.context import Context
from vqdesk.core.pdf.doctemplate import ReportDocTemplate
from vqdesk.core.pdf.fonts import resolve_fonts
from vqdesk.core.pdf.front_matter import build_front, report_title
from vqdesk.core.pdf.numbering import Numberer
from vqdesk.core.pdf.styles import build_styles

log = logging.getLogger(__name__)


class PdfExportError(OutputFileError):
    """The PDF could not be written (folder missing, read-only, file open elsewhere)."""


def export_date() -> date:
    """The month printed on the cover (a function so tests can fix it)."""
    return date.today()


def build_pdf(data: ReportData, path, *, photo_data=None, final=False, font_paths=None,
              warnings: list | None = None) -> Path:
    """Write the report of `data` to `path` and return the path.

    :param photo_data: callable photo id -> bytes (e.g. Session.photo_data); without it photos are left out.
    :param final: False prints a diagonal 草稿 watermark on every page.
    :param font_paths: optional {"song"|"hei"|"fang"|"kai": file} chosen by the user.
    :param warnings: a list that receives one Chinese sentence per item left out (a photo that
        cannot be used…); the same sentences are logged as warnings.
    """
    started = time.perf_counter()
    target = Path(path)
    kinsoku.install()
    fonts = resolve_fonts(font_paths)
    styles = build_styles(fonts, data.edition.styles)
    with atomic_output(target, PdfExportError) as temp:
        doc = ReportDocTemplate(str(temp), fonts=fonts, header_text="", draft=not final,
                                title="", author=school_name_of(data), subject="", creator="vqdesk")
        ctx = Context(data=data, figures=Figures(data), styles=styles, numberer=Numberer(data.edition),
                      width=doc.width, height=doc.height, photo_data=photo_data)
        title = report_title(ctx)
        doc.header_text, doc.title = title, title
        doc.subject = f"{data.edition.title}，{data.year}年度"
        body = build_body(ctx) + build_annex(ctx)
        story = build_front(ctx, ctx.used, export_date()) + body
        doc.multiBuild(story, maxPasses=6)
    for note in ctx.skipped:
        log.warning(note)
    if warnings is not None:
        warnings.extend(ctx.skipped)
    log.info("PDF 已生成：%s（%d 页，用时 %.1f 秒）", target, doc.page, time.perf_counter() - started)
    return target


def school_name_of(data: ReportData) -> str:
    return (data.profile.get("name") or "").strip()
