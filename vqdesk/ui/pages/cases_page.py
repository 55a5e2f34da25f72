"""案例: every case block of the document and an editor for the selected one (title, text,
photos).  A case stands in a heading; new cases go to the heading last opened.  Image files
dropped on a case in the list, or on the editor, are added to that case."""

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QMessageBox, QPlainTextEdit, QPushButton, QSplitter,
                               QVBoxLayout, QWidget)

from vqdesk.ui import node_actions
from vqdesk.ui.blocks.photo_files import dropped_images
from vqdesk.ui.commands_document import AddPhotoCommand, MoveBlockCommand, RemoveBlockCommand, UpdateCaseCommand
from vqdesk.ui.navigation import char_count
from vqdesk.ui.outline import case_labels, first_text, node_captions
from vqdesk.ui.pages.common import page_header, page_layout

IMAGE_FILTER = "图片 (*.jpg *.jpeg *.png *.bmp *.gif *.webp *.tif *.tiff)"


def case_photos(case) -> list[int]:
    """Photo ids of a case's photos blocks, in order."""
    return [i["photo"] for b in case.children if b.kind == "photos" for i in b.data.get("items", ())]


class CasesPage(QWidget):
    def __init__(self, ctrl, parent=None):
        super().__init__(parent)
        self.ctrl = ctrl
        self.case_id = None
        self.setAcceptDrops(True)            # photo files dropped here go into the case shown
        layout = page_layout(self)
        header, _, self.hint = page_header("案例", "")
        layout.addWidget(header)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.currentItemChanged.connect(self._on_select)
        left_layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        for text, slot in (("新建", self.new_case), ("删除", self.remove_case),
                           ("上移", lambda: self.move(-1)), ("下移", lambda: self.move(1))):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        left_layout.addLayout(buttons)
        splitter.addWidget(left)
        splitter.addWidget(self._editor())
        splitter.setSizes([340, 600])
        layout.addWidget(splitter, 1)
        self._timer = QTimer(self, singleShot=True, interval=500)
        self._timer.timeout.connect(self.save_body)
        ctrl.changed.connect(self._on_changed)
        self.setAcceptDrops(True)
        self.load()

    def _editor(self) -> QWidget:
        self.editor = QWidget()
        form = QFormLayout(self.editor)
        form.setContentsMargins(12, 0, 0, 0)
        self.title = QLineEdit()
        self.title.editingFinished.connect(lambda: self.save_title(self.title.text().strip()))
        self.section = QLabel()
        self.section.setObjectName("pageHint")
        self.body = QPlainTextEdit()
        self.body.setPlaceholderText("背景、举措、成效。")
        self.body.textChanged.connect(self._on_typing)
        self.count = QLabel()
        self.count.setObjectName("countLabel")
        self.photos = QListWidget()
        self.photos.setViewMode(QListWidget.ViewMode.IconMode)
        self.photos.setMovement(QListWidget.Movement.Static)   # not moved about without being saved
        self.photos.setIconSize(QSize(96, 72))
        self.photos.setFixedHeight(112)
        self.add_photo_button = QPushButton("添加图片…")
        self.add_photo_button.clicked.connect(self.choose_photos)
        form.addRow("标题", self.title)
        form.addRow("所在章节", self.section)
        form.addRow("正文", self.body)
        form.addRow("", self.count)
        form.addRow("图片", self.photos)
        form.addRow("", self.add_photo_button)
        return self.editor

    # -- reading ---------------------------------------------------------------------------
    def _doc(self):
        return self.ctrl.data.document

    def _case(self, case_id=None):
        case_id = self.case_id if case_id is None else case_id
        return next((c for _, c in self._doc().cases() if c.id == case_id), None)

    def load(self):
        rules = self.ctrl.edition.cases
        self.hint.setText(f"每个案例建议 {rules.min_chars}–{rules.max_chars} 字，按“背景—举措—成效”组织。"
                          "案例编号按报告设置自动生成；新建的案例放在最近打开的章节中。")
        self.hint.setVisible(True)
        self._load_list()

    def _load_list(self):
        doc = self._doc()
        labels, captions = case_labels(doc), node_captions(doc)
        self.list.blockSignals(True)
        self.list.clear()
        for node, case in doc.cases():
            item = QListWidgetItem(f"{labels[case.id]} {case.title or '（无标题）'}")
            item.setData(Qt.ItemDataRole.UserRole, case.id)
            item.setToolTip(captions[node.id])
            self.list.addItem(item)
            if case.id == self.case_id:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._show(self.list.currentItem().data(Qt.ItemDataRole.UserRole) if self.list.currentItem() else None)

    def _on_select(self, item, _previous):
        self.save_body()
        self._show(item.data(Qt.ItemDataRole.UserRole) if item else None)

    def _show(self, case_id):
        self.case_id = case_id
        case = self._case()
        self.editor.setEnabled(case is not None)
        body = first_text(case.children) if case else None
        text = body.text if body else ""
        for widget in (self.title, self.body):
            widget.blockSignals(True)
        self.title.setText(case.title if case else "")
        if self.body.toPlainText() != text:
            self.body.setPlainText(text)
        for widget in (self.title, self.body):
            widget.blockSignals(False)
        doc = self._doc()
        self.section.setText(node_captions(doc)[doc.node_of_block(case_id).id] if case else "")
        self._update_count()
        self._load_photos(case)

    def _load_photos(self, case):
        self.photos.clear()
        for photo_id in case_photos(case) if case else []:
            photo = self.ctrl.data.photo(photo_id)
            pixmap = QPixmap()
            pixmap.loadFromData(self.ctrl.session.photo_data(photo_id))
            item = QListWidgetItem(pixmap.scaled(96, 72, Qt.AspectRatioMode.KeepAspectRatio,
                                                 Qt.TransformationMode.SmoothTransformation),
                                   photo.caption if photo else "")
            self.photos.addItem(item)

    # -- editing ---------------------------------------------------------------------------
    def _on_typing(self):
        self._update_count()
        self._timer.start()

    def _update_count(self):
        rules = self.ctrl.edition.cases
        n = char_count(self.body.toPlainText(), self.ctrl.figures)
        self.count.setText(f"{n} 字 / 建议 {rules.min_chars}–{rules.max_chars} 字")
        self.count.setProperty("outside", bool(self.case_id and (n < rules.min_chars or n > rules.max_chars)))
        self.count.style().polish(self.count)

    def save_body(self):
        self._timer.stop()
        case = self._case() if self.case_id is not None else None
        if case is None:
            return
        body = first_text(case.children)
        if (body.text if body else "") != self.body.toPlainText():
            self.ctrl.push(UpdateCaseCommand(self.ctrl, self.case_id, body=self.body.toPlainText()))

    def save_title(self, title: str):
        case = self._case()
        if case is not None and title and case.title != title:
            self.ctrl.push(UpdateCaseCommand(self.ctrl, self.case_id, title=title))

    def _target_node(self):
        """The heading last opened, else the selected case's, else the first heading."""
        doc, current = self._doc(), self.ctrl.current_node
        ids = {n.id for n in doc.nodes()}
        if current is not None and self.ctrl.current_id("node", current) in ids:
            return self.ctrl.current_id("node", current)
        if self._case() is not None:
            return doc.node_of_block(self.case_id).id
        return doc.outline[0].id if doc.outline else None

    def new_case(self):
        self.save_body()
        case_id = node_actions.new_case(self.ctrl, self, self._target_node())
        if case_id is not None:
            self.select(case_id)

    def remove_case(self):
        if self.case_id is None:
            return
        answer = QMessageBox.question(self, "删除案例", "确定删除这个案例及其正文和图片吗？（可以撤销）")
        if answer == QMessageBox.StandardButton.Yes:
            self._timer.stop()
            self.ctrl.push(RemoveBlockCommand(self.ctrl, self.case_id))

    def move(self, step: int):
        """Move the case past the neighbouring case of the same heading."""
        if self.case_id is None:
            return
        self.save_body()
        node = self._doc().node_of_block(self.case_id)
        ids = [b.id for b in node.blocks]
        cases = [b.id for b in node.blocks if b.kind == "case"]
        at = cases.index(self.case_id) + step
        if 0 <= at < len(cases):
            self.ctrl.push(MoveBlockCommand(self.ctrl, self.case_id, ids.index(cases[at])))

    def choose_photos(self):
        paths, _ = QFileDialog.getOpenFileNames(self, "添加案例图片", "", IMAGE_FILTER)
        self.add_photos(paths)

    def add_photos(self, paths):
        case = self._case()
        if case is None or not paths:
            return
        node_id = self._doc().node_of_block(case.id).id
        with self.ctrl.macro(f"添加 {len(paths)} 张图片"):
            for path in map(Path, paths):
                self.ctrl.push(AddPhotoCommand(self.ctrl, path.read_bytes(), path.name, path.stem,
                                               node_id=node_id, case_id=case.id))

    # -- image files dropped on the page ----------------------------------------------------
    def _drop_target(self, event):
        """The case a drag at this point would add to: the one under it in the list, else the
        selected one (None: no case)."""
        point = self.list.viewport().mapFrom(self, event.position().toPoint())
        item = self.list.itemAt(point) if self.list.viewport().rect().contains(point) else None
        if item is not None:
            return item.data(Qt.ItemDataRole.UserRole)
        return self.case_id if self._case() is not None else None

    def dragEnterEvent(self, event):
        if dropped_images(event, self.ctrl) and self._drop_target(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event):
        self.dragEnterEvent(event)

    def dropEvent(self, event):
        paths, case_id = dropped_images(event, self.ctrl), self._drop_target(event)
        if paths and case_id is not None:
            event.acceptProposedAction()
            self.add_dropped_photos(paths, case_id)

    def add_dropped_photos(self, paths, case_id=None) -> bool:
        """Photos dropped on a case (default: the selected one), which is then shown."""
        case_id = self.case_id if case_id is None else case_id
        if case_id is None or self._case(case_id) is None or not paths:
            return False
        if case_id != self.case_id:
            self.save_body()
            self.select(case_id)
        self.add_photos(paths)
        return True

    def select(self, case_id: int):
        self.case_id = case_id
        self._load_list()

    def flush(self):
        self.save_body()

    def _on_changed(self, kind, _key):
        if kind in ("year", "all"):
            self.case_id = None
            self.load()
        elif kind in ("case", "photo", "outline", "block", "settings"):
            if not self._timer.isActive():
                if self.case_id is not None and self._case() is None:      # removed, or back with a new id
                    self.case_id = self.ctrl.current_id("block", self.case_id)
                self._load_list()
