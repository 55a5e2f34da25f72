"""图片: thumbnails of the photos in the document's photos blocks, in reading order; add by file
dialog or drag-and-drop (into the heading chosen beside the button); caption and removal."""

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (QComboBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QPushButton, QWidget)

from vqdesk.ui.commands_document import AddPhotoCommand, RemovePhotoCommand, UpdatePhotoCommand, photo_place
from vqdesk.ui.outline import case_labels, node_captions
from vqdesk.ui.pages.common import page_header, page_layout

IMAGE_FILTER = "图片 (*.jpg *.jpeg *.png *.bmp *.gif *.webp *.tif *.tiff)"
_SUFFIXES = {".jpg", ".jpeg", ".png", ".bmp", ".gif", ".webp", ".tif", ".tiff"}


class PhotosPage(QWidget):
    def __init__(self, ctrl, parent=None):
        super().__init__(parent)
        self.ctrl = ctrl
        self.setAcceptDrops(True)
        self._thumbs: dict[int, QIcon] = {}
        layout = page_layout(self)
        header, _, _ = page_header("图片", "点击“添加图片”或把照片文件拖到此处，图片放在所选章节的末尾；"
                                         "每张图片写好图题，图号自动生成。案例的图片在“案例”页添加。")
        layout.addWidget(header)
        tools = QHBoxLayout()
        add = QPushButton("添加图片…")
        add.clicked.connect(self.choose_files)
        self.remove = QPushButton("删除")
        self.remove.clicked.connect(self.remove_photo)
        self.target = QComboBox()
        self.target.setToolTip("新添加的图片放在哪一节")
        self.target.setMinimumContentsLength(16)
        tools.addWidget(add)
        tools.addWidget(QLabel("添加到"))
        tools.addWidget(self.target)
        tools.addWidget(self.remove)
        tools.addStretch(1)
        layout.addLayout(tools)
        self.list = QListWidget()
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(QSize(160, 120))
        self.list.setGridSize(QSize(184, 170))
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setMovement(QListWidget.Movement.Static)
        self.list.setWordWrap(True)
        self.list.currentItemChanged.connect(lambda *_: self._show_current())
        layout.addWidget(self.list, 1)
        form = QFormLayout()
        self.caption = QLineEdit()
        self.caption.setPlaceholderText("图题，如“学生参加全省技能大赛”")
        self.caption.editingFinished.connect(self.save_caption)
        self.place = QLabel()
        self.place.setObjectName("pageHint")
        form.addRow("图题", self.caption)
        form.addRow("所在位置", self.place)
        layout.addLayout(form)
        ctrl.changed.connect(self._on_changed)
        self.load()

    # -- loading ---------------------------------------------------------------------------
    def load(self):
        current = self.current_id()
        self._load_targets()
        self.list.blockSignals(True)
        self.list.clear()
        for photo in filter(None, map(self.ctrl.data.photo, self.ctrl.data.document.photo_ids())):
            item = QListWidgetItem(self._thumb(photo.id), photo.caption or photo.filename)
            item.setData(Qt.ItemDataRole.UserRole, photo.id)
            item.setToolTip(f"{photo.filename}  {photo.width}×{photo.height}")
            self.list.addItem(item)
            if photo.id == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self._show_current()

    def _thumb(self, photo_id: int) -> QIcon:
        if photo_id not in self._thumbs:
            pixmap = QPixmap()
            pixmap.loadFromData(self.ctrl.session.photo_data(photo_id))
            self._thumbs[photo_id] = QIcon(pixmap.scaled(320, 240, Qt.AspectRatioMode.KeepAspectRatio,
                                                         Qt.TransformationMode.SmoothTransformation))
        return self._thumbs[photo_id]

    def current_id(self):
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def current_photo(self):
        photo_id = self.current_id()
        return None if photo_id is None else self.ctrl.data.photo(photo_id)

    def _load_targets(self):
        """Every heading, the one last opened selected."""
        doc = self.ctrl.data.document
        wanted = self.ctrl.current_id("node", self.ctrl.current_node) if self.ctrl.current_node else None
        wanted = wanted if wanted is not None else self.target.currentData()
        self.target.clear()
        for node_id, caption in node_captions(doc).items():
            self.target.addItem(caption, node_id)
        self.target.setCurrentIndex(max(0, self.target.findData(wanted)))

    def _show_current(self):
        photo = self.current_photo()
        for widget in (self.caption, self.remove):
            widget.setEnabled(photo is not None)
        self.caption.setText(photo.caption if photo else "")
        self.place.setText(self._where(photo.id) if photo else "")

    def _where(self, photo_id: int) -> str:
        doc = self.ctrl.data.document
        place = photo_place(doc, photo_id)
        if place is None:
            return ""
        node, case = place[0], place[1]
        where = node_captions(doc)[node.id]
        return f"{where} › {case_labels(doc)[case.id]} {case.title}" if case else where

    def follow_current_node(self):
        """Called when the page is opened: new photos go to the heading opened last."""
        self._load_targets()

    def _on_changed(self, kind, _key):
        if kind in ("photo", "case", "outline", "year", "all", "block", "settings"):
            self.load()

    # -- editing ---------------------------------------------------------------------------
    def choose_files(self):
        paths, _ = QFileDialog.getOpenFileNames(self, "添加图片", "", IMAGE_FILTER)
        self.add_files(paths)

    def add_files(self, paths):
        paths = [Path(p) for p in paths if Path(p).suffix.lower() in _SUFFIXES]
        node_id = self.target.currentData()
        if not paths or node_id is None:
            return
        with self.ctrl.macro(f"添加 {len(paths)} 张图片"):
            for path in paths:
                self.ctrl.push(AddPhotoCommand(self.ctrl, path.read_bytes(), path.name, path.stem, node_id=node_id))

    def save_caption(self):
        photo = self.current_photo()
        if photo and photo.caption != self.caption.text().strip():
            self.ctrl.push(UpdatePhotoCommand(self.ctrl, photo.id, self.caption.text().strip()))

    def remove_photo(self):
        if self.current_id() is not None:
            self.ctrl.push(RemovePhotoCommand(self.ctrl, self.current_id()))

    def select(self, photo_id):
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == photo_id:
                self.list.setCurrentRow(row)

    # -- drag and drop -----------------------------------------------------------------------
    def dragEnterEvent(self, event):
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event):
        self.add_files([url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()])
        event.acceptProposedAction()
