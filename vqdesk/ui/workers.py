"""Long jobs off the GUI thread.  A worker never touches widgets; it reports through signals."""

import logging
import threading

from PySide6.QtCore import QObject, QThread, Signal

from vqdesk.core.errors import reason_of

log = logging.getLogger(__name__)


class ReportExportWorker(QObject):
    """Builds an output file of one report year from its own read-only Session (SQLite
    connections stay in their thread).  Subclasses say what they build (`build`) and which
    exception means the user cancelled (`cancelled_error`).

    `progress` reports whole percents with the stage; `cancel()` (from the GUI thread) stops the
    build at the next step and nothing is written."""

    progress = Signal(int, str)   # percent, stage
    finished = Signal(str, list)  # the output path, notes on what was left out
    failed = Signal(str)          # a Chinese message
    cancelled = Signal()
    #: How the failure message names the file kind (导出 PDF 失败：…).
    what = ""

    def __init__(self, report_path, year: int, out_path, final: bool = False):
        super().__init__()
        self.report_path, self.year, self.out_path, self.final = report_path, year, out_path, final
        self._cancel = threading.Event()

    def cancel(self):
        """Thread-safe: call it directly from the GUI thread (a queued call would wait until the
        busy worker thread returns to its event loop, i.e. until the export is over)."""
        self._cancel.set()

    def _on_progress(self, fraction: float, stage: str) -> bool:
        self.progress.emit(int(fraction * 100), stage)
        return not self._cancel.is_set()

    def build(self, session, data, notes: list):
        raise NotImplementedError

    def cancelled_error(self) -> type:
        raise NotImplementedError

    def run(self):
        from vqdesk.core.session import Session
        notes = []
        try:
            with Session.open(self.report_path, readonly=True) as session:
                self.build(session, session.snapshot(self.year), notes)
        except self.cancelled_error():
            self.cancelled.emit()
            return
        except Exception as exc:  # noqa: BLE001 - any failure must reach the user, not kill the thread
            log.exception("%s export failed", self.what)
            self.failed.emit(f"导出 {self.what} 失败：{reason_of(exc)}")
            return
        self.finished.emit(str(self.out_path), notes)


class ExportWorker(ReportExportWorker):
    """The report year as a PDF."""
    what = "PDF"

    def cancelled_error(self) -> type:
        from vqdesk.core.pdf import ExportCancelled
        return ExportCancelled

    def build(self, session, data, notes: list):
        from vqdesk.core.pdf import build_pdf
        build_pdf(data, self.out_path, photo_data=session.photo_data, final=self.final,
                  warnings=notes, progress=self._on_progress, cancelled=self._cancel.is_set)


def start_in_thread(worker: QObject, parent) -> QThread:
    """Run worker.run() in a new QThread that cleans itself up when the worker reports."""
    thread = QThread(parent)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    for signal in (worker.finished, worker.failed, worker.cancelled):
        signal.connect(thread.quit)
    thread.finished.connect(thread.deleteLater)
    thread.start()
    return thread
