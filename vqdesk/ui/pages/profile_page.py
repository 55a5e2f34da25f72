"""学校信息 (地区信息 for a bureau): the profile form of the edition's level, from the data file
(core/profile.py); each field saves when editing finishes."""

from PySide6.QtCore import QRegularExpression, Qt, QTimer
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
                               QScrollArea, QVBoxLayout, QWidget)

from vqdesk.core.profile import check_profile_value, profile_set
from vqdesk.ui.commands import SetProfileCommand
from vqdesk.ui.pages.common import page_header, page_layout

#: Input masks that stop wrong characters as they are typed (the full check runs on save).
_TYPING = {"code": r"\d{0,10}", "postcode": r"\d{0,6}", "founded": r"\d{0,4}"}


class ProfilePage(QWidget):
    def __init__(self, ctrl, parent=None):
        super().__init__(parent)
        self.ctrl = ctrl
        self.level = ctrl.data.report.level
        self.form = profile_set(self.level)
        self.editors: dict[str, QWidget] = {}
        self.messages: dict[str, QLabel] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer.addWidget(scroll)
        inner = QWidget()
        scroll.setWidget(inner)
        layout = page_layout(inner)
        header, _, _ = page_header(self.form.title, self.form.hint)
        layout.addWidget(header)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(4)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field in self.form.fields:
            form.addRow(field.label + (" *" if field.required else ""), self._field_box(field))
        layout.addLayout(form)
        inner.setMaximumWidth(820)
        ctrl.changed.connect(self._on_changed)
        self.load()

    def _field_box(self, field) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        if field.multiline:
            editor = QPlainTextEdit()
            editor.setFixedHeight(96)
            timer = QTimer(editor, singleShot=True, interval=800)
            timer.timeout.connect(lambda f=field.key: self.save(f))
            editor.textChanged.connect(timer.start)
        elif field.options:
            editor = QComboBox()
            editor.setEditable(True)
            editor.addItems(["", *field.options])
            editor.lineEdit().editingFinished.connect(lambda f=field.key: self.save(f))
            editor.activated.connect(lambda _i, f=field.key: self.save(f))
        else:
            editor = QLineEdit()
            if field.key in _TYPING:
                editor.setValidator(QRegularExpressionValidator(QRegularExpression(_TYPING[field.key]), editor))
            editor.setPlaceholderText(field.placeholder)
            editor.editingFinished.connect(lambda f=field.key: self.save(f))
        message = QLabel()
        message.setObjectName("fieldError")
        message.setVisible(False)
        column.addWidget(editor)
        column.addWidget(message)
        self.editors[field.key] = editor
        self.messages[field.key] = message
        return box

    def text_of(self, key: str) -> str:
        editor = self.editors[key]
        if isinstance(editor, QPlainTextEdit):
            return editor.toPlainText()
        if isinstance(editor, QComboBox):
            return editor.currentText()
        return editor.text()

    def save(self, key: str):
        text = self.text_of(key).strip()
        problem = check_profile_value(key, text, self.level)
        self.show_message(key, problem)
        if problem or text == self.ctrl.data.profile.get(key, ""):
            return
        self.ctrl.push(SetProfileCommand(self.ctrl, key, text))

    def show_message(self, key: str, problem: str | None):
        label = self.messages[key]
        label.setText(problem or "")
        label.setVisible(bool(problem))
        self.editors[key].setProperty("invalid", bool(problem))
        self.editors[key].style().polish(self.editors[key])

    def load(self):
        profile = self.ctrl.data.profile
        for key, editor in self.editors.items():
            value = profile.get(key, "")
            if self.text_of(key) == value:
                continue
            editor.blockSignals(True)
            if isinstance(editor, QPlainTextEdit):
                editor.setPlainText(value)
            elif isinstance(editor, QComboBox):
                editor.setEditText(value)
            else:
                editor.setText(value)
            editor.blockSignals(False)
            self.show_message(key, None)

    def _on_changed(self, kind, _key):
        if kind in ("profile", "year", "all"):
            self.load()

    def focus_field(self, key: str | None):
        if key in self.editors:
            self.editors[key].setFocus()
