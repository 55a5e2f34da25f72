"""Bits shared by the pages: a page header and a calm empty-state label."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


def page_header(title: str, hint: str = "") -> tuple[QWidget, QLabel, QLabel]:
    """A title line and a grey hint line under it; returns (widget, title label, hint label)."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 6)
    layout.setSpacing(2)
    title_label = QLabel(title)
    title_label.setObjectName("pageTitle")
    hint_label = QLabel(hint)
    hint_label.setObjectName("pageHint")
    hint_label.setWordWrap(True)
    hint_label.setVisible(bool(hint))
    layout.addWidget(title_label)
    layout.addWidget(hint_label)
    return box, title_label, hint_label


def set_hint(label: QLabel, text: str):
    label.setText(text)
    label.setVisible(bool(text))


def page_layout(widget: QWidget) -> QVBoxLayout:
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(18, 14, 18, 12)
    layout.setSpacing(8)
    layout.setAlignment(Qt.AlignmentFlag.AlignTop)
    return layout
