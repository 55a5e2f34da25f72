"""The text editor of a heading (its first text block) or of the preface: plain text with a live
字数 against the edition's target, bound-field insertion and a rendered preview.  Saves while
typing (debounced) as SetTextCommand."""

import html

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (QDialog, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
                               QStackedWidget, QTextBrowser, QVBoxLayout, QWidget)

from vqdesk.core.binding import render_text
from vqdesk.ui.commands_document import SetTextCommand, read_text, text_key
from vqdesk.ui.navigation import char_count
from vqdesk.ui.outline import first_text, length_target, other_text, preface_target

#: Typing is saved this long after the last key stroke.
SAVE_DELAY_MS = 500


class NarrativeEditor(QWidget):
    def __init__(self, ctrl, parent=None):
        super().__init__(parent)
        self.ctrl = ctrl
        self.key = None          # ("node", id) or ("front",)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        tools = QHBoxLayout()
        self.insert_button = QPushButton("插入数据字段…")
        self.insert_button.setToolTip("插入一个与指标表联动的数字，打印时自动替换为当前值")
        self.insert_button.clicked.connect(self.pick_field)
        self.preview_button = QPushButton("预览")
        self.preview_button.setCheckable(True)
        self.preview_button.toggled.connect(self.set_preview)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        tools.addWidget(self.insert_button)
        tools.addWidget(self.preview_button)
        tools.addStretch(1)
        tools.addWidget(self.count_label)
        layout.addLayout(tools)
        self.stack = QStackedWidget()
        self.edit = QPlainTextEdit()
        self.edit.setPlaceholderText("在此撰写本节正文。可用“一是……二是……”分条叙述；"
                                     "数字尽量用“插入数据字段”引用表格中的数据。")
        self.preview = QTextBrowser()
        self.stack.addWidget(self.edit)
        self.stack.addWidget(self.preview)
        layout.addWidget(self.stack, 1)
        self._timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save)
        self.edit.textChanged.connect(self._on_typing)
        ctrl.changed.connect(self._on_changed)

    def set_key(self, key: tuple):
        self.save()
        self.key = key
        self.load()

    def _node(self):
        if self.key is None or self.key[0] != "node":
            return None
        try:
            return self.ctrl.data.document.node(self.key[1])
        except KeyError:                      # removed meanwhile (undo of an add)
            return None

    def _stored_text(self) -> str:
        if self.key == ("front",):
            return self.ctrl.data.settings["preface"].get("text") or ""
        node = self._node()
        block = first_text(node.blocks) if node is not None else None
        return block.text if block else ""

    def load(self):
        text = self._stored_text()
        if text != self.edit.toPlainText():
            self.edit.blockSignals(True)
            self.edit.setPlainText(text)
            self.edit.blockSignals(False)
        self.update_count()
        if self.preview_button.isChecked():
            self.set_preview(True)

    def _on_typing(self):
        self.update_count()
        self._timer.start()

    def save(self):
        """Write pending typing now (also called before switching page or year)."""
        self._timer.stop()
        if self.key is None or (self.key[0] == "node" and self._node() is None):
            return
        text = self.edit.toPlainText()
        if text != read_text(self.ctrl, self.key):
            self.ctrl.push(SetTextCommand(self.ctrl, self.key, text))

    def _target(self) -> tuple[int, int, str, str]:
        """(min, max, the node's other text, its sub-headings' text): the edition's bounds
        cover every text block of the heading and of the headings below it."""
        if self.key == ("front",):
            return (*preface_target(self.ctrl.edition), "", "")
        node = self._node()
        if node is None:
            return 0, 0, "", ""
        below = "\n".join(n.text() for child in node.children for _, _, n in child.walk())
        return (*length_target(self.ctrl.edition, node), other_text(node.blocks), below)

    def update_count(self):
        low, high, other, below = self._target() if self.key else (0, 0, "", "")
        own = char_count(self.edit.toPlainText() + other, self.ctrl.figures)
        n = own + char_count(below, self.ctrl.figures)
        target = f" / 建议 {low}–{high} 字" if high else (f" / 至少 {low} 字" if low else "")
        outside = (low and n < low) or (high and n > high)
        counted = f"{own} 字（含下级标题共 {n} 字）" if below.strip() else f"{n} 字"
        self.count_label.setText(f"{counted}{target}")
        self.count_label.setProperty("outside", bool(outside))
        self.count_label.style().polish(self.count_label)

    def pick_field(self):
        from vqdesk.ui.dialogs.field_picker import FieldPickerDialog
        dialog = FieldPickerDialog(self.ctrl.figures, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.token():
            self.preview_button.setChecked(False)
            self.edit.insertPlainText(dialog.token())
            self.edit.setFocus()

    def set_preview(self, on: bool):
        if on:
            self.save()
            rendered = render_text(self.edit.toPlainText(), self.ctrl.figures)
            paragraphs = "".join(f"<p style='text-indent:2em; margin:0 0 6px 0'>{html.escape(p)}</p>"
                                 for p in rendered.split("\n") if p.strip())
            self.preview.setHtml(paragraphs or "<p style='color:#888'>（尚无正文）</p>")
        self.stack.setCurrentIndex(1 if on else 0)
        self.insert_button.setEnabled(not on)

    def _on_changed(self, kind, key):
        if self.key is None:
            return
        if (kind == "text" and key == self._changed_key()) or kind in ("year", "all", "outline"):
            if not self._timer.isActive():
                self.load()
        elif kind in ("value", "record", "profile"):
            self.update_count()

    def _changed_key(self) -> str:
        return text_key(self.ctrl, self.key)
