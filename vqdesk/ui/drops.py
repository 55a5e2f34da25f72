"""Files dropped on the main window: an Excel workbook anywhere starts the Excel import (before
any page or editor can take it as text or as a photo); photos are left to the page they are
dropped on (a heading's column, a case, the 图片 page), which knows where they go."""

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

WORKBOOK_SUFFIXES = {".xlsx", ".xlsm"}
_DRAG = {QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop}


def workbook_paths(mime) -> list[str]:
    """The local Excel workbooks among dropped URLs."""
    if not mime.hasUrls():
        return []
    return [u.toLocalFile() for u in mime.urls()
            if u.isLocalFile() and Path(u.toLocalFile()).suffix.lower() in WORKBOOK_SUFFIXES]


class DropRouter(QObject):
    """An application event filter that takes workbook drops for one main window."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, obj, event):
        if event.type() not in _DRAG or not isinstance(obj, QWidget) or obj.window() is not self.window:
            return False
        books = workbook_paths(event.mimeData())
        if not books:
            return False
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        if event.type() == QEvent.Type.Drop:
            # After the drop has finished: the import may show dialogs.
            QTimer.singleShot(0, lambda: self._import(books))
        return True

    def _import(self, books: list[str]):
        from vqdesk.ui import file_actions
        if not self.window.a_import.isEnabled():
            self.window.statusBar().showMessage("文件以只读方式打开，不能导入工作簿。", 8000)
            return
        if len(books) > 1:
            self.window.statusBar().showMessage(f"一次导入一个工作簿：导入“{Path(books[0]).name}”。", 8000)
        file_actions.import_excel(self.window, books[0])
