"""文件 → 导出 Word…: the report year as a .docx, built off the GUI thread like the PDF, draft or
final as the PDF is (the same question when 错误 are left)."""

from PySide6.QtWidgets import QFileDialog

from vqdesk.ui.export_view import run_export
from vqdesk.ui.workers import ReportExportWorker

TITLE = "导出 Word"


class DocxExportWorker(ReportExportWorker):
    """The report year as a Word file."""
    what = "Word"

    def cancelled_error(self) -> type:
        from vqdesk.core.docx_export import DocxExportCancelled
        return DocxExportCancelled

    def build(self, session, data, notes: list):
        from vqdesk.core.docx_export import build_docx
        build_docx(data, self.out_path, photo_data=session.photo_data, final=self.final, warnings=notes,
                   progress=self._on_progress)


def export_docx(window):
    from vqdesk.ui import file_actions
    window.flush()
    if window.worker is not None:
        return
    final = file_actions._ask_final(window, TITLE)
    if final is None:
        return
    path, _ = QFileDialog.getSaveFileName(window, TITLE, file_actions.default_name(window, ".docx"),
                                          "Word 文档 (*.docx)")
    if not path:
        return
    if not path.lower().endswith(".docx"):
        path += ".docx"
    worker = DocxExportWorker(window.ctrl.session.path, window.ctrl.year, path, final=final)
    run_export(window, worker, title=TITLE, label="正在生成 Word 文件…", action=window.a_export_docx)
