"""The blocks of a heading (or of a case) in one column, in document order.

Each block stands in a frame with a handle to drag it, 上移/下移/删除 buttons and its editor.
The column reconciles itself with the document after every change, keeping the editors (and
their cursors) of blocks that stayed.  Every change goes through an undo command.
"""

from PySide6.QtCore import QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import QDrag
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from vqdesk.ui.commands_blocks import MoveBlockToCommand, RemoveBlockAtCommand, UpdateBlockCommand

BLOCK_MIME = "application/x-vqdesk-block"
KIND_NAMES = {"text": "文字", "table": "表格", "chart": "图表", "photos": "图片", "case": "案例"}


def make_editor(ctrl, block, page):
    from vqdesk.ui.blocks.case_block import CaseBlockEditor
    from vqdesk.ui.blocks.chart_block import ChartBlockEditor
    from vqdesk.ui.blocks.photos_block import PhotosBlockEditor
    from vqdesk.ui.blocks.table_block import TableBlockEditor
    from vqdesk.ui.blocks.text_block import TextBlockEditor
    kinds = {"text": TextBlockEditor, "table": TableBlockEditor, "chart": ChartBlockEditor,
             "photos": PhotosBlockEditor}
    if block.kind == "case":
        return CaseBlockEditor(ctrl, page)
    return kinds[block.kind](ctrl)


class _Handle(QLabel):
    """The block's name; drag it to move the block."""

    def __init__(self, frame):
        super().__init__()
        self.frame = frame
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setToolTip("拖动可调整位置")
        self.setObjectName("blockHandle")
        self._start = None

    def mousePressEvent(self, event):
        self._start = event.position().toPoint()
        self.frame.focused()

    def mouseMoveEvent(self, event):
        if self._start is None or (event.position().toPoint() - self._start).manhattanLength() < 8:
            return
        mime = QMimeData()
        mime.setData(BLOCK_MIME, str(self.frame.block_id).encode())
        drag = QDrag(self)
        drag.setMimeData(mime)
        drag.setPixmap(self.frame.grab().scaledToWidth(min(360, self.frame.width())))
        drag.setHotSpot(QPoint(10, 10))
        self._start = None
        drag.exec(Qt.DropAction.MoveAction)


class BlockFrame(QFrame):
    def __init__(self, column, block):
        super().__init__()
        self.column, self.block_id, self.kind = column, block.id, block.kind
        self.setObjectName("blockFrame")
        self.setProperty("current", False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.setSpacing(4)
        bar = QHBoxLayout()
        self.handle = _Handle(self)
        self.handle.setText("⠿ " + KIND_NAMES[block.kind])
        bar.addWidget(self.handle)
        self.editor = make_editor(column.ctrl, block, column.page)
        for widget in self.editor.header_widgets():
            bar.addWidget(widget)
        bar.addStretch(1)
        for name, text, tip, slot in (("up", "↑", "上移", lambda: self.column.move(self, -1)),
                                      ("down", "↓", "下移", lambda: self.column.move(self, 1)),
                                      ("remove", "✕", "删除", lambda: self.column.remove(self))):
            button = QToolButton()
            button.setText(text)
            button.setToolTip(tip)
            button.setAutoRaise(True)
            button.clicked.connect(slot)
            setattr(self, name + "_button", button)
            bar.addWidget(button)
        layout.addLayout(bar)
        layout.addWidget(self.editor)
        self.editor.commit.connect(self._commit)
        self.editor.focused.connect(self.focused)
        self.editor.load(block)
        if column.ctrl.session.readonly:
            from PySide6.QtWidgets import QListWidget

            from vqdesk.ui.blocks.photos_block import PhotoList
            from vqdesk.ui.read_only import lock_widget
            lock_widget(self)
            for choices in self.findChildren(QListWidget):      # check boxes (columns, indicators)
                choices.setEnabled(isinstance(choices, PhotoList))

    def focused(self):
        self.column.page.set_current(self.column, self.block_id)

    def _commit(self, data: dict, typing: bool):
        ctrl = self.column.ctrl
        ctrl.push(UpdateBlockCommand(ctrl, self.column.node_id, self.block_id, data, typing=typing))

    def set_current(self, on: bool):
        self.setProperty("current", on)
        self.style().polish(self)


class BlockColumn(QWidget):
    """The blocks of node `node_id` (case_id None) or of the case `case_id` in it."""

    changed_layout = Signal()

    def __init__(self, ctrl, page, case_id=None, parent=None):
        super().__init__(parent)
        self.ctrl, self.page, self.case_id = ctrl, page, case_id
        self.node_id = None
        self.frames: list[BlockFrame] = []
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(8)
        self.empty = QLabel("（还没有内容：用“插入”添加文字、表格、图表、图片或案例）")
        self.empty.setObjectName("pageHint")
        self.layout_.addWidget(self.empty)
        self.layout_.addStretch(1)
        # The column is as wide as what shows of it, so that text wraps at the visible edge; the
        # block editors shrink (wide grids and pictures scroll or scale inside their block).
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setAcceptDrops(True)

    # -- reconciling with the document ------------------------------------------------------
    def show_blocks(self, node_id: int, blocks: list):
        self.node_id = node_id
        keep = {(f.block_id, f.kind): f for f in self.frames}
        frames = []
        for block in blocks:
            frame = keep.pop((block.id, block.kind), None)
            if frame is None:
                frame = BlockFrame(self, block)
            else:
                frame.editor.load(block)
            frames.append(frame)
        for frame in keep.values():         # Qt deletes it (no setParent(None): Python would own it too)
            frame.hide()
            self.layout_.removeWidget(frame)
            frame.deleteLater()
        for frame in frames:
            self.layout_.removeWidget(frame)
        for i, frame in enumerate(frames):
            self.layout_.insertWidget(i, frame)
        self.frames = frames
        self.empty.setVisible(not frames)
        for i, frame in enumerate(frames):
            frame.up_button.setEnabled(i > 0)
            frame.down_button.setEnabled(i < len(frames) - 1)

    def refresh(self):
        """The data the blocks show changed (a table value, a record): redraw, keep the text."""
        for frame in self.frames:
            frame.editor.refresh()

    def flush(self):
        for frame in self.frames:
            frame.editor.flush()

    def frame_of(self, block_id):
        return next((f for f in self.frames if f.block_id == block_id), None)

    def index_of(self, block_id) -> int | None:
        ids = [f.block_id for f in self.frames]
        return ids.index(block_id) if block_id in ids else None

    # -- moving and removing ----------------------------------------------------------------
    def move(self, frame, step: int):
        self.page.flush()
        position = self.frames.index(frame) + step
        if 0 <= position < len(self.frames):
            self.ctrl.push(MoveBlockToCommand(self.ctrl, self.node_id, frame.block_id, position))

    def remove(self, frame):
        from PySide6.QtWidgets import QMessageBox
        self.page.flush()
        if frame.kind != "text" or frame.editor.value()["text"].strip():
            answer = QMessageBox.question(self, "删除内容", f"删除这个{KIND_NAMES[frame.kind]}？\n可以用“编辑 → 撤销”恢复。")
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.ctrl.push(RemoveBlockAtCommand(self.ctrl, self.node_id, frame.block_id))

    # -- dragging blocks --------------------------------------------------------------------
    def dragEnterEvent(self, event):
        if event.mimeData().hasFormat(BLOCK_MIME) and self._dragged(event) is not None:
            event.acceptProposedAction()
        else:
            self.page.drag_enter(event, self)

    def dragMoveEvent(self, event):
        self.dragEnterEvent(event)

    def _dragged(self, event):
        return self.frame_of(int(bytes(event.mimeData().data(BLOCK_MIME)).decode() or 0))

    def drop_position(self, y: int) -> int:
        for i, frame in enumerate(self.frames):
            if y < frame.geometry().center().y():
                return i
        return len(self.frames)

    def dropEvent(self, event):
        if not event.mimeData().hasFormat(BLOCK_MIME):
            return self.page.drop(event, self, event.position().toPoint())
        frame = self._dragged(event)
        if frame is None:
            return
        position = self.drop_position(event.position().toPoint().y())
        old = self.frames.index(frame)
        new = position - 1 if position > old else position
        event.acceptProposedAction()
        if new != old:
            self.page.flush()
            self.ctrl.push(MoveBlockToCommand(self.ctrl, self.node_id, frame.block_id, new))
