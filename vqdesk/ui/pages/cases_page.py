"""案例: the list of cases and an editor for the selected one (title, section, body, photos)."""

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QInputDialog, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QMessageBox, QPlainTextEdit, QPushButton,
                               QSplitter, QVBoxLayout, QWidget)

from vqdesk.ui.commands import AddCaseCommand, MoveCaseCommand, RemoveCaseCommand, UpdateCaseCommand
from vqdesk.ui.navigation import char_count
from vqdesk.ui.pages.common import page_header, page_layout


def section_choices(ctrl) -> list[tuple[str, str]]:
    """(label, narrative key) of every place a case can belong to, in report order."""
    edition = ctrl.edition
    out = []
    for n, chapter in enumerate(edition.chapters, start=1):
        if chapter.narrative:
            out.append((f"{n} {chapter.title}", chapter.key))
        for m, section in enumerate(chapter.sections, start=1):
            out.append((f"{n}.{m} {section.title}", section.key))
    return out


def case_labels(ctrl) -> dict[int, str]:
    """Case id -> "案例 2-1 title", numbered the way the edition numbers cases."""
    edition, labels, per_chapter = ctrl.edition, {}, {}
    chapter_no = {c.key: n for n, c in enumerate(edition.chapters, start=1)}
    for n, case in enumerate(ctrl.data.cases, start=1):
        try:
            chapter_key = edition.section(case.section_key).chapter_key
        except KeyError:
            chapter_key = case.section_key
        c = chapter_no.get(chapter_key, 0)
        per_chapter[c] = per_chapter.get(c, 0) + 1
        number = f"{c}-{per_chapter[c]}" if edition.cases.numbering == "per_chapter" else str(n)
        labels[case.id] = f"{edition.cases.label} {number}　{case.title or '（无标题）'}"
    return labels


class CasesPage(QWidget):
    def __init__(self, ctrl, parent=None):
        super().__init__(parent)
        self.ctrl = ctrl
        self.case_id = None
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
        splitter.setSizes([300, 640])
        layout.addWidget(splitter, 1)
        self._timer = QTimer(self, singleShot=True, interval=500)
        self._timer.timeout.connect(self.save_body)
        ctrl.changed.connect(self._on_changed)
        self.load()

    def _editor(self) -> QWidget:
        self.editor = QWidget()
        form = QFormLayout(self.editor)
        form.setContentsMargins(12, 0, 0, 0)
        self.title = QLineEdit()
        self.title.editingFinished.connect(lambda: self.save_field("title", self.title.text().strip()))
        self.section = QComboBox()
        self.section.activated.connect(lambda _i: self.save_field("section_key", self.section.currentData()))
        self.body = QPlainTextEdit()
        self.body.setPlaceholderText("背景、举措、成效。")
        self.body.textChanged.connect(self._on_typing)
        self.count = QLabel()
        self.count.setObjectName("countLabel")
        self.photos = QListWidget()
        self.photos.setViewMode(QListWidget.ViewMode.IconMode)
        self.photos.setIconSize(QSize(96, 72))
        self.photos.setFixedHeight(112)
        form.addRow("标题", self.title)
        form.addRow("所属章节", self.section)
        form.addRow("正文", self.body)
        form.addRow("", self.count)
        form.addRow("图片", self.photos)
        return self.editor

    def load(self):
        self.section.clear()
        for label, key in section_choices(self.ctrl):
            self.section.addItem(label, key)
        cases = self.ctrl.edition.cases
        self.hint.setText(f"每个案例建议 {cases.min_chars}–{cases.max_chars} 字，按“背景—举措—成效”组织。"
                          "案例编号自动生成。图片在“图片”页添加并指定到案例。")
        self.hint.setVisible(True)
        self._load_list()

    def _load_list(self):
        self.list.blockSignals(True)
        self.list.clear()
        for case_id, label in case_labels(self.ctrl).items():
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, case_id)
            self.list.addItem(item)
            if case_id == self.case_id:
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
        case = next((c for c in self.ctrl.data.cases if c.id == case_id), None)
        self.editor.setEnabled(case is not None)
        for widget in (self.title, self.body, self.section):
            widget.blockSignals(True)
        self.title.setText(case.title if case else "")
        if case is None or self.body.toPlainText() != case.body:
            self.body.setPlainText(case.body if case else "")
        self.section.setCurrentIndex(max(0, self.section.findData(case.section_key)) if case else 0)
        for widget in (self.title, self.body, self.section):
            widget.blockSignals(False)
        self._update_count()
        self._load_photos(case_id)

    def _load_photos(self, case_id):
        self.photos.clear()
        for photo in self.ctrl.data.photos_in(case_id=case_id) if case_id else []:
            pixmap = QPixmap()
            pixmap.loadFromData(self.ctrl.session.photo_data(photo.id))
            item = QListWidgetItem(pixmap.scaled(96, 72, Qt.AspectRatioMode.KeepAspectRatio,
                                                 Qt.TransformationMode.SmoothTransformation), photo.caption)
            self.photos.addItem(item)

    def _on_typing(self):
        self._update_count()
        self._timer.start()

    def _update_count(self):
        rules = self.ctrl.edition.cases
        n = char_count(self.body.toPlainText())
        self.count.setText(f"{n} 字 / 建议 {rules.min_chars}–{rules.max_chars} 字")
        self.count.setProperty("outside", bool(self.case_id and (n < rules.min_chars or n > rules.max_chars)))
        self.count.style().polish(self.count)

    def save_body(self):
        self._timer.stop()
        if self.case_id is None:
            return
        case = next((c for c in self.ctrl.data.cases if c.id == self.case_id), None)
        if case is not None and case.body != self.body.toPlainText():
            self.ctrl.push(UpdateCaseCommand(self.ctrl, self.case_id, body=self.body.toPlainText()))

    def save_field(self, name: str, value):
        case = next((c for c in self.ctrl.data.cases if c.id == self.case_id), None)
        if case is not None and value and getattr(case, name) != value:
            self.ctrl.push(UpdateCaseCommand(self.ctrl, self.case_id, **{name: value}))

    def new_case(self):
        title, ok = QInputDialog.getText(self, "新建案例", "案例标题：")
        if not (ok and title.strip()):
            return
        current = next((c for c in self.ctrl.data.cases if c.id == self.case_id), None)
        section = current.section_key if current else section_choices(self.ctrl)[0][1]
        if self.ctrl.push(AddCaseCommand(self.ctrl, section, title.strip())):
            self.select(self.ctrl.data.cases[-1].id)

    def remove_case(self):
        if self.case_id is None:
            return
        answer = QMessageBox.question(self, "删除案例", "确定删除这个案例吗？（可以撤销）")
        if answer == QMessageBox.StandardButton.Yes:
            self.ctrl.push(RemoveCaseCommand(self.ctrl, self.case_id))

    def move(self, step: int):
        row = self.list.currentRow()
        if row < 0 or not 0 <= row + step < self.list.count():
            return
        self.ctrl.push(MoveCaseCommand(self.ctrl, self.case_id, row + step))

    def select(self, case_id: int):
        self.case_id = case_id
        self._load_list()

    def flush(self):
        self.save_body()

    def _on_changed(self, kind, _key):
        if kind in ("year", "all"):
            self.load()
        elif kind in ("case", "photo"):
            if not self._timer.isActive():
                self._load_list()
