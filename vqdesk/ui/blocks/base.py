"""What every block editor of the section page shares: its two signals and a bare column."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QVBoxLayout, QWidget


class BlockEditor(QWidget):
    """`commit(data, typing)` carries the block's new JSON form; `focused` says the user is here."""

    commit = Signal(dict, bool)
    focused = Signal()

    def __init__(self, ctrl, parent=None):
        super().__init__(parent)
        self.ctrl = ctrl
        self.block = None

    def column(self) -> QVBoxLayout:
        """The editor's own layout, edge to edge inside the block frame."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        return layout


def shrinkable(combo: QComboBox, chars: int = 6) -> QComboBox:
    """A combo box that may be narrower than its longest item (a narrow column stays readable)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    return combo


def caption_label(word: str, d: dict, label: str | None) -> str:
    """“表题（表 1-3）”: the number the block prints with, to quote in the text (“见表 1-3”)."""
    if not d.get("numbered", True):
        return f"{word}（不编号）"
    return f"{word}（{label}）" if label else f"{word}（尚无数据，暂不打印）"
