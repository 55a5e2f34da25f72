"""The editor of a photos block: one to four photos a row, dragged to reorder, captions edited
in place (double-click), more added from files; 删除 (Delete) removes a photo from the file."""

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPalette, QPixmap
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QPushButton, QSpinBox, QStyledItemDelegate)

from vqdesk.ui.blocks.base import BlockEditor
from vqdesk.ui.commands_document import RemovePhotoCommand

PhotoRole = Qt.ItemDataRole.UserRole + 1
#: The width the row of photos is laid out in (about the PDF's text column).
ROW_WIDTH = 640


class _CaptionHint(QStyledItemDelegate):
    """A photo without a caption says where to write one (the PDF prints it under the photo)."""

    def initStyleOption(self, option, index):
        super().initStyleOption(option, index)
        if not option.text:
            option.text = "（双击填写图题）"
            option.palette.setColor(QPalette.ColorRole.Text, QColor("#8a96a3"))


class PhotoList(QListWidget):
    """Icons in rows of `per_row`; a drop reorders and emits `reordered`."""

    reordered = Signal()

    def __init__(self):
        super().__init__()
        self.setViewMode(QListWidget.ViewMode.IconMode)
        self.setMovement(QListWidget.Movement.Snap)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setWrapping(True)
        self.setWordWrap(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setItemDelegate(_CaptionHint(self))

    def event(self, event):
        """F2 edits the selected photo's caption here, not the heading's title (the window's F2)."""
        if event.type() == QEvent.Type.ShortcutOverride and event.key() == Qt.Key.Key_F2 \
                and not event.modifiers() and self.currentItem() is not None:
            event.accept()
            return True
        return super().event(event)

    def dropEvent(self, event):
        super().dropEvent(event)
        self.reordered.emit()

    def ids(self) -> list[int]:
        return [self.item(i).data(PhotoRole) for i in range(self.count())]


class PhotosBlockEditor(BlockEditor):
    def __init__(self, ctrl, parent=None):
        super().__init__(ctrl, parent)
        layout = self.column()
        self.per_row = QSpinBox()
        self.per_row.setRange(1, 4)
        self.per_row.setPrefix("每行 ")
        self.per_row.setSuffix(" 张")
        self.per_row.valueChanged.connect(self._on_per_row)
        self.list = PhotoList()
        self.list.reordered.connect(self.save)
        self.list.itemChanged.connect(self._on_caption)
        layout.addWidget(self.list)
        row = QHBoxLayout()
        hint = QLabel("拖动可调整顺序，双击图题可修改；也可把图片文件拖到这里。")
        hint.setObjectName("pageHint")
        self.add_button = QPushButton("添加图片…")
        self.add_button.clicked.connect(self.choose)
        self.remove_button = QPushButton("删除所选图片")
        self.remove_button.clicked.connect(self.remove_selected)
        row.addWidget(hint, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout.addLayout(row)
        self.setAcceptDrops(True)

    def header_widgets(self):
        return [self.per_row]

    def flush(self):
        pass

    def load(self, block):
        self.block = block
        per_row = block.data.get("per_row", 2)
        self.per_row.blockSignals(True)
        self.per_row.setValue(per_row)
        self.per_row.blockSignals(False)
        side = (ROW_WIDTH - 12 * per_row) // per_row
        self.list.setIconSize(QSize(side, int(side * 0.7)))
        self.list.setGridSize(QSize(side + 10, int(side * 0.7) + 44))
        self.list.blockSignals(True)
        self.list.clear()
        for item in block.data.get("items", ()):
            photo = self.ctrl.data.photo(item["photo"])
            if photo is None:
                continue
            entry = QListWidgetItem(self._icon(photo.id, side), photo.caption or "")
            entry.setData(PhotoRole, photo.id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsEditable)
            entry.setToolTip(f"{photo.filename}\n双击修改图题")
            self.list.addItem(entry)
        self.list.blockSignals(False)
        rows = max(1, -(-self.list.count() // per_row))
        self.list.setFixedHeight(rows * (int(side * 0.7) + 44) + 8)

    def _icon(self, photo_id: int, side: int) -> QIcon:
        pixmap = QPixmap()
        pixmap.loadFromData(self.ctrl.session.photo_data(photo_id))
        return QIcon(pixmap.scaled(side * 2, side * 2, Qt.AspectRatioMode.KeepAspectRatio,
                                   Qt.TransformationMode.SmoothTransformation))

    def refresh(self):
        pass

    def value(self, ids=None, captions=None) -> dict:
        captions = captions or {p.id: p.caption for p in self.ctrl.data.photos}
        ids = self.list.ids() if ids is None else ids
        schools = {i["photo"]: i["school"] for i in self.block.data["items"] if i.get("school")}
        out = {"kind": "photos", "per_row": self.per_row.value(),
               "items": [{"photo": i, "caption": captions.get(i, ""),
                          **({"school": schools[i]} if i in schools else {})} for i in ids]}
        if schools:                        # schools' photos keep their source and its setting
            out["attribution"] = self.block.data.get("attribution", "note")
        return out

    def save(self):
        new = self.value()
        if [i["photo"] for i in new["items"]] != [i["photo"] for i in self.block.data["items"]]:
            self.commit.emit(new, False)

    def _on_per_row(self):
        self.commit.emit(self.value(ids=[i["photo"] for i in self.block.data["items"]]), False)

    def _on_caption(self, item):
        captions = {p.id: p.caption for p in self.ctrl.data.photos}
        photo_id = item.data(PhotoRole)
        if captions.get(photo_id, "") != item.text().strip():
            captions[photo_id] = item.text().strip()
            self.commit.emit(self.value(ids=[i["photo"] for i in self.block.data["items"]], captions=captions), False)

    def choose(self):
        from vqdesk.ui.blocks.photo_files import add_photo_files, choose_photo_files
        add_photo_files(self.ctrl, self.ctrl.data.document.node_of_block(self.block.id).id,
                        choose_photo_files(self), block_id=self.block.id)

    # -- image files dropped on the block: added to it, at its end -------------------------
    def dragEnterEvent(self, event):
        from vqdesk.ui.blocks.photo_files import dropped_images
        if self.block is not None and dropped_images(event, self.ctrl):
            event.acceptProposedAction()

    def dragMoveEvent(self, event):
        self.dragEnterEvent(event)

    def dropEvent(self, event):
        from vqdesk.ui.blocks.photo_files import add_photo_files, dropped_images
        paths = dropped_images(event, self.ctrl)
        if paths and self.block is not None:
            event.acceptProposedAction()
            add_photo_files(self.ctrl, self.ctrl.data.document.node_of_block(self.block.id).id, paths,
                            block_id=self.block.id)

    def remove_selected(self):
        ids = [item.data(PhotoRole) for item in self.list.selectedItems()]
        if ids:
            with self.ctrl.macro("删除图片"):
                for photo_id in ids:
                    self.ctrl.push(RemovePhotoCommand(self.ctrl, photo_id))
