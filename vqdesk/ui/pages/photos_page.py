"""图片: thumbnails of the year's photos; add by file dialog or drag-and-drop; caption and place."""

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (QComboBox, QFileDialog, QFormLayout, QHBoxLayout, QLineEdit,
                               QListWidget, QListWidgetItem, QPushButton, QWidget)

from vqdesk.ui.commands import AddPhotoCommand, RemovePhotoCommand, UpdatePhotoCommand
from vqdesk.ui.pages.cases_page import case_labels, section_choices
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
        header, _, _ = page_header("图片", "点击“添加图片”或把照片文件拖到此处。每张图片写好图题，"
                                         "并指定出现在哪一节或哪个案例中；图号自动生成。")
        layout.addWidget(header)
        tools = QHBoxLayout()
        add = QPushButton("添加图片…")
        add.clicked.connect(self.choose_files)
        self.remove = QPushButton("删除")
        self.remove.clicked.connect(self.remove_photo)
        tools.addWidget(add)
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
        self.place = QComboBox()
        self.place.activated.connect(lambda _i: self.save_place())
        form.addRow("图题", self.caption)
        form.addRow("出现位置", self.place)
        layout.addLayout(form)
        ctrl.changed.connect(self._on_changed)
        self.load()

    # -- loading ---------------------------------------------------------------------------
    def load(self):
        current = self.current_id()
        self.place.clear()
        self.place.addItem("（未指定）", "")
        for label, key in section_choices(self.ctrl):
            self.place.addItem(label, f"section:{key}")
        for case_id, label in case_labels(self.ctrl).items():
            self.place.addItem(label, f"case:{case_id}")
        self.list.blockSignals(True)
        self.list.clear()
        for photo in self.ctrl.data.photos:
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
        return next((p for p in self.ctrl.data.photos if p.id == self.current_id()), None)

    def _show_current(self):
        photo = self.current_photo()
        for widget in (self.caption, self.place, self.remove):
            widget.setEnabled(photo is not None)
        self.caption.setText(photo.caption if photo else "")
        where = ""
        if photo is not None and photo.case_id:
            where = f"case:{photo.case_id}"
        elif photo is not None and photo.section_key:
            where = f"section:{photo.section_key}"
        self.place.setCurrentIndex(max(0, self.place.findData(where)))

    def _on_changed(self, kind, _key):
        if kind in ("photo", "case", "year", "all"):
            self.load()

    # -- editing ---------------------------------------------------------------------------
    def choose_files(self):
        paths, _ = QFileDialog.getOpenFileNames(self, "添加图片", "", IMAGE_FILTER)
        self.add_files(paths)

    def add_files(self, paths):
        paths = [Path(p) for p in paths if Path(p).suffix.lower() in _SUFFIXES]
        if not paths:
            return
        with self.ctrl.macro(f"添加 {len(paths)} 张图片"):
            for path in paths:
                self.ctrl.push(AddPhotoCommand(self.ctrl, path.read_bytes(), path.name, path.stem))

    def save_caption(self):
        photo = self.current_photo()
        if photo and photo.caption != self.caption.text().strip():
            self.ctrl.push(UpdatePhotoCommand(self.ctrl, photo.id, caption=self.caption.text().strip()))

    def save_place(self):
        photo = self.current_photo()
        if photo is None:
            return
        kind, _, target = (self.place.currentData() or "").partition(":")
        section = target if kind == "section" else None
        case_id = int(target) if kind == "case" else None
        if (photo.section_key, photo.case_id) != (section, case_id):
            self.ctrl.push(UpdatePhotoCommand(self.ctrl, photo.id, section_key=section, case_id=case_id))

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
