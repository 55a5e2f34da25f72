"""视图 → 放大/缩小/实际大小 (Ctrl+= / Ctrl+- / Ctrl+0): the editors' text size — narratives, block
texts, grids — in steps, remembered in the settings.  The rest of the window keeps its size."""

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QScrollArea, QTableView

from vqdesk.ui.settings import editor_zoom, set_editor_zoom
from vqdesk.ui.style import ZOOM_STEPS, zoom_sheet


class Zoom:
    """The zoom of one main window: its actions and the style sheet that carries the size."""

    def __init__(self, window):
        self.window = window
        self.percent = editor_zoom()
        std = QKeySequence.StandardKey
        self.a_in = self._action("放大", lambda: self.step(1), [QKeySequence("Ctrl+="), QKeySequence(std.ZoomIn)])
        self.a_out = self._action("缩小", lambda: self.step(-1), [QKeySequence(std.ZoomOut)])
        self.a_reset = self._action("实际大小", lambda: self.set(100), [QKeySequence("Ctrl+0")])
        self.actions = [self.a_in, self.a_out, self.a_reset]
        self._apply()

    def _action(self, text, slot, keys) -> QAction:
        action = QAction(text, self.window)
        action.setShortcuts(keys)
        action.setStatusTip("正文、表格和名单的文字大小（其余界面不变）")
        action.triggered.connect(slot)
        self.window.addAction(action)       # works while the menus are hidden too
        return action

    def step(self, direction: int):
        steps = list(ZOOM_STEPS)
        here = min(range(len(steps)), key=lambda i: abs(steps[i] - self.percent))
        self.set(steps[max(0, min(len(steps) - 1, here + direction))])

    def set(self, percent: int):
        if percent == self.percent:
            return
        self.percent = percent
        set_editor_zoom(percent)
        self._apply()
        self.window.statusBar().showMessage(f"文字大小：{percent}%", 3000)

    def _apply(self):
        self.window.setStyleSheet(zoom_sheet(self.percent))
        self.a_in.setEnabled(self.percent < ZOOM_STEPS[-1])
        self.a_out.setEnabled(self.percent > ZOOM_STEPS[0])
        for frame in self.window.findChildren(QScrollArea, "pageFrame"):
            for view in frame.findChildren(QTableView):     # rows grow with the text
                header = view.verticalHeader()
                base = header.property("zoomBase") or header.defaultSectionSize()
                header.setProperty("zoomBase", base)
                header.setDefaultSectionSize(round(base * self.percent / 100))
