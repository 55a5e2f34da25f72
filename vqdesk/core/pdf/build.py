"""build_pdf: the whole report as a print-ready PDF, written atomically."""

import gc
import logging
import time
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from reportlab import rl_config
from reportlab.platypus import tables

from vqdesk.core.atomic import OutputFileError, atomic_output
from vqdesk.core.derive import Figures
from vqdesk.core.errors import VqdeskError
from vqdesk.core.model import ReportData
from vqdesk.core.pdf import compression, kinsoku
from vqdesk.core.pdf.annex import build_annex
from vqdesk.core.pdf.back_cover import build_back_cover
from vqdesk.core.pdf.body import build_body
from vqdesk.core.pdf.context import Context
from vqdesk.core.pdf.doctemplate import ReportDocTemplate
from vqdesk.core.pdf.fonts import resolve_fonts
from vqdesk.core.pdf.keep import keep_with_next
from vqdesk.core.pdf.front_matter import build_front, report_title
from vqdesk.core.document.numbering import Numberer
from vqdesk.core.pdf.styles import build_styles

log = logging.getLogger(__name__)


class PdfExportError(OutputFileError):
    """The PDF could not be written (folder missing, read-only, file open elsewhere)."""


class ExportCancelled(VqdeskError):
    """The user cancelled the export; nothing was written."""

    def __init__(self):
        super().__init__("已取消导出 PDF，没有写入文件。")


#: Printed (CLI) or shown (UI) when no embeddable CJK font was found.
FONT_WARNING = ("没有找到可嵌入的中文字体（宋体、黑体或文泉驿等），PDF 使用阅读器自带的字体，"
                "在其他电脑上显示和打印的效果可能不同。可以在系统中安装中文字体后重新导出。")


def is_draft(findings, final: bool) -> bool:
    """A report with 错误 findings is printed as 草稿 unless the user asks for the final copy."""
    return not final and any(f.severity == "error" for f in findings)


def export_date() -> date:
    """The month printed on the cover when settings.cover.date is empty (a function so tests can fix it)."""
    return date.today()


def build_pdf(data: ReportData, path, *, photo_data=None, final=False, font_paths=None,
              warnings: list | None = None, progress=None, cancelled=None) -> Path:
    """Write the report of `data` to `path` and return the path.

    :param photo_data: callable photo id -> bytes (e.g. Session.photo_data); without it photos are left out.
    :param final: False prints a diagonal 草稿 watermark on every page.
    :param font_paths: optional {"song"|"hei"|"fang"|"kai": file} chosen by the user.
    :param warnings: a list that receives one Chinese sentence per item left out (a photo that
        cannot be used, a table or chart whose data cannot be resolved, fonts that could not be
        embedded); they are also logged.
    :param progress: callable (fraction 0–1, Chinese stage text); returning False cancels the
        export (ExportCancelled is raised and no file is written).
    :param cancelled: callable -> True once the user cancelled; asked between the stages and
        before every flowable laid out, so a cancel stops the build at once, not at the next percent.
    """
    with _export_mode():
        return _build_pdf(data, path, photo_data=photo_data, final=final, font_paths=font_paths,
                          warnings=warnings, progress=progress, cancelled=cancelled)


@contextmanager
def _export_mode():
    """While one export runs:
    - no cyclic garbage collection: a build makes some hundred thousand short-lived objects,
      and the collections they trigger scan the whole program's heap (Qt, the open report)
      again and again, a tenth of the export's time; what the build leaves is collected when
      the collector resumes;
    - reportlab does not type-check every attribute set on a chart's shapes (rl_config's
      shapeChecking, a third of the charts' cost); the chart code is tested with it on."""
    was_enabled, checking = gc.isenabled(), rl_config.shapeChecking
    gc.disable()
    rl_config.shapeChecking = 0
    try:
        yield
    finally:
        rl_config.shapeChecking = checking
        if was_enabled:
            gc.enable()


def _build_pdf(data, path, *, photo_data, final, font_paths, warnings, progress, cancelled) -> Path:
    started = time.perf_counter()
    target = Path(path)
    kinsoku.install()
    compression.install()
    report = _progress_reporter(progress, cancelled)
    report(0.0, "正在准备内容")
    fonts = resolve_fonts(font_paths)
    # Every Table cell sets its style's font before drawing, even a cell holding a flowable;
    # reportlab's default is Helvetica, which would be listed as an unembedded font.
    tables.CellStyle.fontname = fonts["song"]
    styles = build_styles(fonts, data.edition.styles)
    with atomic_output(target, PdfExportError) as temp:
        doc = ReportDocTemplate(str(temp), fonts=fonts, header_text="", draft=not final,
                                grid=styles.body.fontSize, title="", author=school_name_of(data),
                                subject="", creator="vqdesk", keywords=keywords(data))
        ctx = Context(data=data, figures=Figures(data), styles=styles, numberer=Numberer(data.document.settings),
                      width=doc.width, height=doc.height, photo_data=photo_data)
        title = report_title(ctx)
        doc.header_text, doc.title = title, title
        doc.subject = f"{data.edition.title}，{data.year}年度"
        body = []
        for part in (build_body, build_annex, build_back_cover):
            report.check()
            body += part(ctx)
        story = keep_with_next(build_front(ctx, ctx.used, export_date()) + body, doc.width)
        if progress is not None or cancelled is not None:
            doc.setProgressCallBack(_layout_progress(report))
        doc.multiBuild(story, maxPasses=6)
        report.check()                    # a cancel that came while saving: nothing is written
    notes = list(ctx.skipped) + ([] if fonts.embedded else [FONT_WARNING])
    for note in notes:
        log.warning(note)
    if warnings is not None:
        warnings.extend(notes)
    report.finish("完成")                  # the file is written: too late to cancel
    log.info("PDF 已生成：%s（%d 页，用时 %.1f 秒）", target, doc.page, time.perf_counter() - started)
    return target


def keywords(data: ReportData) -> str:
    """The Info /Keywords (and XMP dc:subject): school, report kind, year, edition."""
    words = [school_name_of(data), "中等职业教育质量年度报告", f"{data.year}年度", data.edition.title]
    return "，".join(w for w in words if w)


def school_name_of(data: ReportData) -> str:
    return (data.profile.get("name") or "").strip()


def _progress_reporter(progress, cancelled=None):
    """progress(fraction, stage), called only when the whole percent rises; False cancels, and
    so does cancelled() returning True, asked on every call (report.check() asks only that)."""
    last = [-1]

    def check():
        if cancelled is not None and cancelled():
            raise ExportCancelled()

    def report(fraction: float, stage: str):
        check()
        percent = int(fraction * 100)
        if progress is None or percent <= last[0]:   # split tables can make reportlab's count dip
            return
        last[0] = percent
        if progress(fraction, stage) is False:
            raise ExportCancelled()

    def finish(stage: str):
        if progress is not None:
            progress(1.0, stage)
    report.check, report.finish = check, finish
    return report


def _layout_progress(report):
    """reportlab's per-flowable callbacks as one rising fraction: one layout pass, as a rule (the
    目录's numbers are filled in at the end, toc.py); a rare second pass refills the last tenth."""
    state = {"pass": 1, "size": 1}

    def hook(kind, value):
        if kind == "PASS":
            state["pass"] = value
        elif kind == "SIZE_EST":
            state["size"] = max(int(value), 1)
        elif kind == "PROGRESS":
            done = min(value / state["size"], 1.0)
            start, span = (0.05, 0.84) if state["pass"] == 1 else (0.89, 0.1)
            report(start + span * done, "正在排版")
    return hook
