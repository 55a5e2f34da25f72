"""文件 → 导出 Word…: the report year as a .docx, built off the GUI thread like the PDF, draft or
final as the PDF is (the same question when 错误 are left)."""

import threading

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

TITLE = "导出 Word"


class DocxExportWorker(QObject):
    """Builds the Word file from its own read-only Session; signals as ui.workers.ExportWorker."""

    progress = Signal(int, str)
    finished = Signal(str, list)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, report_path, year: int, out_path, final: bool = False):
        super().__init__()
        self.report_path, self.year, self.out_path, self.final = report_path, year, out_path, final
        self._cancel = threading.Event()

    def cancel(self):
        self._cancel.set()

    def _on_progress(self, fraction: float, stage: str) -> bool:
        self.progress.emit(int(fraction * 100), stage)
        return not self._cancel.is_set()

    def run(self):
        from vqdesk.core.docx_export import DocxExportCancelled, build_docx
        from vqdesk.core.session import Session
        from vqdesk.core.errors import reason_of
        notes = []
        try:
            with Session.open(self.report_path, readonly=True) as session:
                build_docx(session.snapshot(self.year), self.out_path, photo_data=session.photo_data,
                           final=self.final, warnings=notes, progress=self._on_progress)
        except DocxExportCancelled:
            self.cancelled.emit()
            return
        except Exception as exc:  # noqa: BLE001 - any failure must reach the user, not kill the thread
            self.failed.emit(f"导出 Word 失败：{reason_of(exc)}")
            return
        self.finished.emit(str(self.out_path), notes)


def export_docx(window):
    from vqdesk.ui import file_actions
    from vqdesk.ui.workers import start_in_thread
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
    window.worker = worker
    view = _DocxExportView(window, worker)
    worker.progress.connect(view.on_progress)
    worker.finished.connect(view.on_done)
    worker.failed.connect(view.on_failed)
    worker.cancelled.connect(view.on_cancelled)
    window.thread = start_in_thread(worker, window)


class _DocxExportView(QObject):
    """The progress dialog of one export, in the GUI thread (the worker's signals arrive queued)."""

    def __init__(self, window, worker):
        super().__init__(window)
        self.window = window
        self.dialog = QProgressDialog("正在生成 Word 文件…", "取消", 0, 100, window)
        self.dialog.setWindowTitle(TITLE)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(400)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(worker.cancel)
        window.a_export_docx.setEnabled(False)

    @Slot(int, str)
    def on_progress(self, percent, stage):
        self.dialog.setValue(percent)
        self.dialog.setLabelText(f"{stage}…")

    @Slot(str, list)
    def on_done(self, out, notes):
        from vqdesk.ui import file_actions
        self._finish()
        file_actions._done(self.window, TITLE, out, notes)

    @Slot(str)
    def on_failed(self, message):
        self._finish()
        QMessageBox.warning(self.window, TITLE, message)

    @Slot()
    def on_cancelled(self):
        self._finish()
        self.window.statusBar().showMessage("已取消导出 Word，没有写入文件。", 8000)

    def _finish(self):
        self.window.worker = None
        self.dialog.close()
        self.dialog.deleteLater()
        self.window.a_export_docx.setEnabled(True)
        self.deleteLater()
