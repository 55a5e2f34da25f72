"""The editor of a text block: paragraphs with chips and a paragraph style (正文, 列举, 注释)."""

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QSizePolicy, QVBoxLayout, QWidget

from vqdesk.ui.blocks.base import shrinkable
from vqdesk.ui.blocks.chip_edit import ChipEdit

#: Typing is saved this long after the last key stroke.
SAVE_DELAY_MS = 500
STYLES = {"body": "正文（首行缩进两字）", "list": "列举（一是…二是…、(1)…）", "note": "注释（小字，如 注：…）"}


class TextBlockEditor(QWidget):
    """`commit(data, typing)` is emitted with the block's new JSON form."""

    commit = Signal(dict, bool)
    focused = Signal()

    def __init__(self, ctrl, parent=None):
        super().__init__(parent)
        self.ctrl = ctrl
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.style_box = shrinkable(QComboBox(), 10)
        for key, label in STYLES.items():
            self.style_box.addItem(label, key)
        self.style_box.setToolTip("段落样式")
        self.style_box.activated.connect(self._on_style)
        self.edit = ChipEdit(lambda: self.ctrl.figures)
        self.edit.setPlaceholderText("在此输入正文。数字可用“插入 → 数据字段”引用，随数据自动更新。")
        self.edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.edit.document().documentLayout().documentSizeChanged.connect(self._fit)
        self.edit.textChanged.connect(self._on_typing)
        self.edit.chip_clicked.connect(self.repick)
        self.edit.before_undo.connect(self.save)
        self.edit.installEventFilter(self)
        layout.addWidget(self.edit)
        self._timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save)
        self.stored = None

    def header_widgets(self):
        return [self.style_box]

    def eventFilter(self, obj, event):
        if event.type() == event.Type.FocusIn:
            self.focused.emit()
        elif event.type() == event.Type.FocusOut:
            self.save()
        return False

    def _fit(self, *_):
        height = int(self.edit.document().size().height()) + 12
        self.edit.setFixedHeight(max(60, height))

    def load(self, block):
        data = {"text": block.data.get("text", ""), "style": block.data.get("style", "body")}
        if self._timer.isActive() or data == self.stored:
            return
        self.stored = data
        self.style_box.setCurrentIndex(max(0, self.style_box.findData(data["style"])))
        self.edit.set_text(data["text"], data["style"])
        self.edit.apply_style(data["style"])
        self._fit()

    def refresh(self):
        self.edit.refresh_chips()

    def value(self) -> dict:
        return {"kind": "text", "text": self.edit.to_text(), "style": self.style_box.currentData()}

    def _on_typing(self):
        self._timer.start()

    def save(self):
        self._timer.stop()
        new = self.value()
        if self.stored is not None and {"text": new["text"], "style": new["style"]} != self.stored:
            self.stored = {"text": new["text"], "style": new["style"]}
            self.commit.emit(new, True)

    def flush(self):
        self.save()

    def _on_style(self):
        self.edit.apply_style(self.style_box.currentData())
        self._timer.stop()
        new = self.value()
        if new["style"] != (self.stored or {}).get("style"):
            self.stored = {"text": new["text"], "style": new["style"]}
            self.commit.emit(new, False)

    # -- bound fields -----------------------------------------------------------------------
    def _pick(self) -> str | None:
        from vqdesk.ui.dialogs.field_picker import FieldPickerDialog
        dialog = FieldPickerDialog(self.ctrl.figures, self)
        return dialog.token() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def insert_field(self, token: str | None = None):
        """插入 → 数据字段: a chip at the cursor."""
        token = token or self._pick()
        if token:
            self.edit.insert_chip(token)
            self.edit.setFocus()
            self.save()

    def repick(self, position: int):
        token = self._pick()
        if token:
            self.edit.replace_chip(position, token)
            self.save()
