"""build_pdf: the whole report as a print-ready PDF, written atomically."""

import logging
import os
import tempfile
import time
from datetime import date
from pathlib import Path

from vqdesk.core.derive import Figures
from vqdesk.core.errors import VqdeskError
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


class PdfExportError(VqdeskError):
    """The PDF could not be written (folder missing, read-only, file open elsewhere)."""


def export_date() -> date:
    """The month printed on the cover (a function so tests can fix it)."""
    return date.today()


def build_pdf(data: ReportData, path, *, photo_data=None, final=False, font_paths=None) -> Path:
    """Write the report of `data` to `path` and return the path.

    :param photo_data: callable photo id -> bytes (e.g. Session.photo_data); without it photos are left out.
    :param final: False prints a diagonal 草稿 watermark on every page.
    :param font_paths: optional {"song"|"hei"|"fang"|"kai": file} chosen by the user.
    """
    started = time.perf_counter()
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise PdfExportError(f"无法保存 PDF：文件夹“{folder}”不存在。")
    kinsoku.install()
    fonts = resolve_fonts(font_paths)
    styles = build_styles(fonts, data.edition.styles)
    tmp = _temp_file(folder, target)
    try:
        doc = ReportDocTemplate(str(tmp), fonts=fonts, header_text="", draft=not final,
                                title="", author=school_name_of(data), subject="", creator="vqdesk")
        ctx = Context(data=data, figures=Figures(data), styles=styles, numberer=Numberer(data.edition),
                      width=doc.width, height=doc.height, photo_data=photo_data)
        title = report_title(ctx)
        doc.header_text, doc.title = title, title
        doc.subject = f"{data.edition.title}，{data.year}年度"
        body = build_body(ctx) + build_annex(ctx)
        story = build_front(ctx, ctx.used, export_date()) + body
        doc.multiBuild(story, maxPasses=6)
        os.replace(tmp, target)
    except PermissionError:
        _discard(tmp)
        raise PdfExportError(f"无法写入“{target}”：没有写入权限，或该文件正被其他程序（如 PDF 阅读器）打开。请关闭后重试，或另选保存位置。") from None
    except OSError as exc:
        _discard(tmp)
        raise PdfExportError(f"无法写入“{target}”：{exc.strerror or exc}。") from None
    except BaseException:
        _discard(tmp)
        raise
    for note in ctx.skipped:
        log.warning(note)
    log.info("PDF 已生成：%s（%d 页，用时 %.1f 秒）", target, doc.page, time.perf_counter() - started)
    return target


def school_name_of(data: ReportData) -> str:
    return (data.profile.get("name") or "").strip()


def _temp_file(folder: Path, target: Path) -> Path:
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=".pdf.tmp", dir=folder)
    except PermissionError:
        raise PdfExportError(f"无法在文件夹“{folder}”中保存 PDF：没有写入权限（文件夹可能是只读的）。请另选保存位置。") from None
    except OSError as exc:
        raise PdfExportError(f"无法在文件夹“{folder}”中保存 PDF：{exc.strerror or exc}。") from None
    os.close(handle)
    return Path(name)


def _discard(tmp: Path):
    try:
        tmp.unlink(missing_ok=True)
    except OSError:
        pass
