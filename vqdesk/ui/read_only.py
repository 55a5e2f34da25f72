"""A window on a file someone else is editing: a banner says who, and nothing can be changed.

The pages are built for editing; here their editors become read-only, their edit buttons stay
disabled (even when a page re-enables them on selection), and actions that write are switched off.
The session itself refuses writes too, so anything missed here fails with a message, not silently.
"""

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (QAbstractItemView, QAbstractSpinBox, QCheckBox, QComboBox, QFrame, QHBoxLayout,
                               QLabel, QLineEdit, QPlainTextEdit, QPushButton, QTextEdit, QToolButton,
                               QVBoxLayout, QWidget)

BANNER_STYLE = ("QFrame#readOnlyBanner { background: #fff4d6; border-bottom: 1px solid #e8c766; }"
                "QFrame#readOnlyBanner QLabel { color: #6b4e00; }")


class _StayDisabled(QObject):
    """Undoes any later setEnabled(True) on the watched widgets."""

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.EnabledChange and obj.isEnabled():
            obj.setEnabled(False)
        return False


def make_read_only(window, holder: str = "", reason: str = "", can_take_over: bool = False):
    """Turn a freshly built MainWindow on a read-only session into a viewer with a notice: the
    file is held by `holder`, or cannot be written for `reason` (a read-only folder, a CD…).
    A lock another computer left on a share may be taken over once the user confirms."""
    from vqdesk.ui import file_actions
    if reason:
        window.read_only_banner = _banner(reason, None)
    else:
        window.read_only_banner = _banner(
            f"只读：此文件正被{holder}打开。您可以查看、校验和导出，但不能修改。",
            lambda: file_actions.open_path(window, window.ctrl.session.path),
            (lambda: take_over(window, holder)) if can_take_over else None)
    body = window.takeCentralWidget()
    container = QWidget()
    layout = QVBoxLayout(container)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(window.read_only_banner)
    layout.addWidget(body, 1)
    window.setCentralWidget(container)
    status = QLabel("只读")
    status.setObjectName("readOnlyLabel")
    status.setStyleSheet("color: #b7791f; font-weight: 600;")
    status.setToolTip(reason or holder)
    window.statusBar().insertPermanentWidget(0, status)
    for action in (window.a_import, window.a_import_docx, window.a_new_year, window.a_restore):
        action.setEnabled(False)
    keep = {window.pages["front"].editor.preview_button, window.pages["table"].sub_button}
    for action in window.insert_actions:
        action.setEnabled(False)
    window._stay_disabled = _StayDisabled(window)
    for page in window.pages.values():
        _lock_page(page, keep, window._stay_disabled)


def take_over(window, holder: str):
    """Open for editing although another computer's lock is on the file, after the user confirms
    that computer no longer uses it (a crash there leaves its lock; the share cannot tell)."""
    from PySide6.QtWidgets import QMessageBox
    from vqdesk.ui import file_actions
    answer = QMessageBox.question(
        window, "接管编辑",
        f"锁定记录显示此文件正被{holder}打开。\n\n只有在确认那台计算机已经关闭了这个文件（例如它已关机或程序已退出）时"
        f"才能接管，否则两边的修改会互相覆盖。\n\n确认接管并以可编辑方式打开吗？",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    if answer == QMessageBox.StandardButton.Yes:
        file_actions.open_path(window, window.ctrl.session.path, take_over=True)


def _banner(text: str, reopen, take_over_action=None) -> QFrame:
    banner = QFrame()
    banner.setObjectName("readOnlyBanner")
    banner.setStyleSheet(BANNER_STYLE)
    row = QHBoxLayout(banner)
    row.setContentsMargins(14, 6, 14, 6)
    label = QLabel(text)
    label.setWordWrap(True)
    row.addWidget(label, 1)
    if reopen is not None:      # only a file held by someone else can become editable later
        button = QPushButton("对方关闭后，重新以可编辑方式打开")
        button.clicked.connect(reopen)
        row.addWidget(button)
    if take_over_action is not None:
        button = QPushButton("对方已不再使用，接管编辑…")
        button.clicked.connect(take_over_action)
        row.addWidget(button)
    return banner


def _lock_page(page: QWidget, keep: set, filter_: _StayDisabled):
    page.setAcceptDrops(False)
    for editor in page.findChildren(QLineEdit) + page.findChildren(QPlainTextEdit) + page.findChildren(QTextEdit):
        editor.setReadOnly(True)
    for view in page.findChildren(QAbstractItemView):
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
    for widget in page.findChildren(QComboBox) + page.findChildren(QPushButton) + page.findChildren(QToolButton) \
            + page.findChildren(QAbstractSpinBox) + page.findChildren(QCheckBox):
        if widget not in keep:
            widget.setEnabled(False)
            widget.installEventFilter(filter_)


def lock_widget(widget: QWidget):
    """A widget built after the window was made read-only (a block editor on a section page)."""
    widget._stay_disabled = _StayDisabled(widget)
    _lock_page(widget, set(), widget._stay_disabled)
