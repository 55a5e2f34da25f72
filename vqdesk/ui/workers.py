"""Long jobs off the GUI thread.  A worker never touches widgets; it reports through signals."""

from PySide6.QtCore import QObject, QThread, Signal


class ExportWorker(QObject):
    """Builds a PDF from its own read-only Session (SQLite connections stay in their thread)."""

    finished = Signal(str)   # the output path
    failed = Signal(str)     # a Chinese message

    def __init__(self, report_path, year: int, out_path, final: bool = False):
        super().__init__()
        self.report_path, self.year, self.out_path, self.final = report_path, year, out_path, final

    def run(self):
        from vqdesk.core.session import Session
        try:
            from vqdesk.core.pdf import build_pdf
        except ImportError:
            self.failed.emit("此功能尚未就绪。")
            return
        try:
            with Session.open(self.report_path, readonly=True) as session:
                data = session.snapshot(self.year)
                build_pdf(data, self.out_path, photo_data=session.photo_data, final=self.final)
        except Exception as exc:  # noqa: BLE001 - any failure must reach the user, not kill the thread
            self.failed.emit(f"导出 PDF 失败：{exc}")
            return
        self.finished.emit(str(self.out_path))


def start_in_thread(worker: QObject, parent) -> QThread:
    """Run worker.run() in a new QThread that cleans itself up when the worker reports."""
    thread = QThread(parent)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    for signal in (worker.finished, worker.failed):
        signal.connect(thread.quit)
    thread.finished.connect(thread.deleteLater)
    thread.start()
    return thread
