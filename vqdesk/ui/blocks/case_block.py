"""A case block in the column: its label and title, and its own blocks in a boxed column.
Photos are added from inside the case (添加图片…, or image files dropped on it)."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from vqdesk.ui.blocks.column import BlockColumn
from vqdesk.ui.blocks.photo_files import add_to_case, choose_photo_files, dropped_images
from vqdesk.ui.outline import case_labels


class CaseBlockEditor(QWidget):
    commit = Signal(dict, bool)
    focused = Signal()

    def __init__(self, ctrl, page, parent=None):
        super().__init__(parent)
        self.ctrl, self.page = ctrl, page
        self.block_id = None
        self.stored = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.label = QLabel()
        self.label.setObjectName("caseLabel")
        self.title = QLineEdit()
        self.title.setPlaceholderText("案例标题")
        self.title.editingFinished.connect(self.save)
        self.numbered = QCheckBox("编号")
        self.numbered.setToolTip("不编号的案例不印标签，也不进案例目录（如附在报告末尾的案例）")
        self.numbered.toggled.connect(self.save)
        row.addWidget(self.label)
        row.addWidget(self.title, 1)
        row.addWidget(self.numbered)
        self.add_photos_button = QPushButton("添加图片…")
        self.add_photos_button.setToolTip("在案例中加入图片（也可把图片文件拖到案例上）")
        self.add_photos_button.clicked.connect(lambda: self.add_photos(choose_photo_files(self)))
        row.addWidget(self.add_photos_button)
        layout.addLayout(row)
        box = QFrame()
        box.setObjectName("caseBox")
        inner = QVBoxLayout(box)
        inner.setContentsMargins(10, 8, 10, 8)
        self.column = BlockColumn(ctrl, page)
        inner.addWidget(self.column)
        layout.addWidget(box)
        self.setAcceptDrops(True)

    def header_widgets(self):
        return []

    def load(self, block):
        self.block_id = block.id
        self.column.case_id = block.id
        data = {"title": block.title, "numbered": block.data.get("numbered", True)}
        label = case_labels(self.ctrl.data.document).get(block.id) or "（不编号）"
        self.label.setText(label)
        if data != self.stored:
            self.stored = data
            self.numbered.blockSignals(True)
            self.numbered.setChecked(data["numbered"])
            self.numbered.blockSignals(False)
            if not self.title.hasFocus():
                self.title.setText(data["title"])
        self.column.show_blocks(self.page.node_id, block.children)

    def value(self) -> dict:
        out = {"kind": "case", "title": self.title.text().strip()}
        if not self.numbered.isChecked():
            out["numbered"] = False
        return out

    def save(self):
        new = self.value()
        data = {"title": new["title"], "numbered": new.get("numbered", True)}
        if self.stored is not None and data != self.stored:
            self.stored = data
            self.commit.emit(new, False)

    def add_photos(self, paths):
        if paths and self.block_id is not None:
            self.page.flush()
            add_to_case(self.ctrl, self.block_id, paths)

    def dragEnterEvent(self, event):
        if dropped_images(event, self.ctrl):
            event.acceptProposedAction()

    def dragMoveEvent(self, event):
        self.dragEnterEvent(event)

    def dropEvent(self, event):
        paths = dropped_images(event, self.ctrl)
        if paths:
            event.acceptProposedAction()
            self.add_photos(paths)

    def refresh(self):
        self.column.refresh()

    def flush(self):
        self.save()
        self.column.flush()
