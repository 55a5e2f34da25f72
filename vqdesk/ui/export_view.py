"""One export at a time, off the GUI thread, with a progress dialog whose 取消 stops it at once:
shared by 导出 PDF and 导出 Word."""

import gc

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog


def run_export(window, worker, *, title: str, label: str, action, shown=None):
    """Start `worker` (a workers.ReportExportWorker) and show its progress; `action` is disabled
    meanwhile; `shown(out)` runs after a successful export (e.g. the PDF preview)."""
    from vqdesk.ui.workers import start_in_thread
    # Collect garbage widgets here, in the GUI thread: a collection the busy worker thread
    # triggers would delete them from the wrong thread.
    gc.collect()
    window.worker = worker
    view = ExportView(window, worker, title=title, label=label, action=action, shown=shown)
    worker.progress.connect(view.on_progress)
    worker.finished.connect(view.on_done)
    worker.failed.connect(view.on_failed)
    worker.cancelled.connect(view.on_cancelled)
    window.thread = start_in_thread(worker, window)
    return view


class ExportView(QObject):
    """The progress dialog of one export.  It lives in the GUI thread, so the worker's signals
    reach its slots queued (a plain function would run in the worker's thread)."""

    def __init__(self, window, worker, *, title: str, label: str, action, shown=None):
        super().__init__(window)
        self.window, self.title, self.action, self.shown = window, title, action, shown
        self.dialog = QProgressDialog(label, "取消", 0, 100, window)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(400)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        # A lambda runs in the GUI thread at once; worker.cancel as a slot would be queued to
        # the worker's thread, which is busy building until the end.
        self.dialog.canceled.connect(lambda: worker.cancel())
        action.setEnabled(False)

    @Slot(int, str)
    def on_progress(self, percent, stage):
        self.dialog.setValue(percent)
        self.dialog.setLabelText(f"{stage}…")

    @Slot(str, list)
    def on_done(self, out, notes):
        from vqdesk.ui import file_actions
        self._finish()
        if self.shown is not None:
            self.shown(out)
        file_actions._done(self.window, self.title, out, notes)

    @Slot(str)
    def on_failed(self, message):
        self._finish()
        QMessageBox.warning(self.window, self.title, message)

    @Slot()
    def on_cancelled(self):
        self._finish()
        self.window.statusBar().showMessage(f"已取消{self.title}，没有写入文件。", 8000)

    def _finish(self):
        self.window.worker = None
        self.dialog.close()
        self.dialog.deleteLater()
        self.action.setEnabled(True)
        self.deleteLater()
