"""预览: the exported report inside the app (QtPdf), refreshed after each export or on request
(built off the GUI thread, into a temporary file); selecting a heading scrolls to its page."""

import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, QPointF, Qt, Slot
from PySide6.QtPdf import QPdfBookmarkModel, QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from vqdesk.ui.workers import ExportWorker, start_in_thread

PageRole = QPdfBookmarkModel.Role.Page


class PreviewPane(QWidget):
    def __init__(self, window, parent=None):
        super().__init__(parent)
        self.window = window
        self.worker = None
        self.pages: dict[str, int] = {}
        #: Where preview PDFs are built: made at the first preview, removed when the window
        #: closes (or, after a crash, by the finaliser at exit), so no launch leaves a folder behind.
        self._temp: tempfile.TemporaryDirectory | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        row = QHBoxLayout()
        self.refresh_button = QPushButton("刷新预览")
        self.refresh_button.setToolTip("按当前内容重新生成 PDF（在后台进行，可以继续编辑）")
        self.refresh_button.clicked.connect(self.refresh)
        self.status = QLabel("尚未生成预览：点“刷新预览”，或导出 PDF 后在此查看。")
        self.status.setObjectName("pageHint")
        self.status.setWordWrap(True)
        row.addWidget(self.refresh_button)
        row.addWidget(self.status, 1)
        layout.addLayout(row)
        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        layout.addWidget(self.view, 1)
        self.bookmarks = QPdfBookmarkModel(self)
        self.bookmarks.setDocument(self.document)

    # -- building ---------------------------------------------------------------------------
    def refresh(self):
        """Build the PDF of the current year in a worker thread."""
        if self.worker is not None:
            return
        self.window.flush()
        if self._temp is None:
            self._temp = tempfile.TemporaryDirectory(prefix="vqdesk-preview-", ignore_cleanup_errors=True)
        out = Path(self._temp.name) / f"预览-{self.window.ctrl.year}.pdf"
        self.worker = ExportWorker(self.window.ctrl.session.path, self.window.ctrl.year, out)
        self._receiver = _Receiver(self)
        self.worker.progress.connect(self._receiver.on_progress)
        self.worker.finished.connect(self._receiver.on_done)
        self.worker.failed.connect(self._receiver.on_failed)
        self.refresh_button.setEnabled(False)
        self.status.setText("正在生成预览…")
        self.thread = start_in_thread(self.worker, self)

    def building(self) -> bool:
        return self.worker is not None

    def discard(self):
        """Close the shown PDF and remove the preview folder (the window is closing)."""
        self.document.close()
        if self._temp is not None:
            self._temp.cleanup()
            self._temp = None

    def folder(self) -> Path | None:
        """The folder preview PDFs are built in, None before the first preview."""
        return Path(self._temp.name) if self._temp is not None else None

    def show_pdf(self, path: str):
        self.document.close()
        self.document.load(str(path))
        self.pages = self._outline_pages()
        self.status.setText(f"共 {self.document.pageCount()} 页　{Path(path).name}")
        self.go_to_key(self.window.nav.current_key())

    def _outline_pages(self) -> dict:
        """Bookmark title -> page index, from the PDF's outline."""
        pages, stack = {}, [self.bookmarks.index(i, 0) for i in range(self.bookmarks.rowCount())]
        while stack:
            index = stack.pop()
            title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
            pages.setdefault(_plain(title), index.data(PageRole))
            stack += [self.bookmarks.index(i, 0, index) for i in range(self.bookmarks.rowCount(index))]
        return pages

    # -- following the tree -----------------------------------------------------------------
    def page_of(self, caption: str):
        return self.pages.get(_plain(caption))

    def go_to_key(self, key):
        """Scroll to the page of a heading selected in the tree, when the PDF outline knows it."""
        if not key or key[0] != "node" or not self.document.pageCount():
            return
        from vqdesk.ui.outline import node_captions
        caption = node_captions(self.window.ctrl.data.document).get(key[1])
        page = self.page_of(caption) if caption else None
        if page is not None:
            self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())

    def close_worker(self):
        self.worker = None
        self.refresh_button.setEnabled(True)


def _plain(title: str) -> str:
    return "".join(title.split())


class _Receiver(QObject):
    """Receives the worker's signals in the GUI thread."""

    def __init__(self, pane):
        super().__init__(pane)
        self.pane = pane

    @Slot(int, str)
    def on_progress(self, percent, stage):
        self.pane.status.setText(f"正在生成预览… {percent}%　{stage}")

    @Slot(str, list)
    def on_done(self, out, notes):
        self.pane.close_worker()
        self.pane.show_pdf(out)

    @Slot(str)
    def on_failed(self, message):
        self.pane.close_worker()
        self.pane.status.setText(message)
