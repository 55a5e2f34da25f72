"""Excel/WPS habits shared by every grid (表1-表6, record lists, the free tables of table blocks).

`ExcelKeys` is a mixin for a QTableView or QTableWidget.  Tab / Shift+Tab move right / left,
Enter moves down (after a run of Tabs: back to the column the run started in, next row), typing
replaces the cell, F2 edits, Delete clears, Ctrl+X cuts (one undo step), Ctrl+C copies, Ctrl+V
pastes a block from the current cell, Ctrl+D fills down, and the right-click menu offers
剪切/复制/粘贴/插入行/删除行/向下填充/排序.  The host grid supplies the data side:

    grid_write(cells, label)     cells: [(row, column, text)], applied as one undo step
    grid_paste(text, row, col)   a block copied from Excel or WPS
    grid_text(row, col)          a cell as copied (no marks)
    grid_locked(row, col)        why a cell cannot be typed into, or None
    grid_insert_row(row) / grid_remove_rows(rows) / grid_sort(col, descending)   optional

Messages go to `note_bar` (a GridNote under the grid) and the window's status bar: never a modal.
"""

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (QAbstractItemDelegate, QAbstractItemView, QApplication, QHBoxLayout, QLabel,
                               QMenu, QPushButton, QWidget)

_EDITING = QAbstractItemView.State.EditingState
_HINT = QAbstractItemDelegate.EndEditHint


def parse_tsv(text: str) -> list[list[str]]:
    """Rows of cells from a block copied in Excel or WPS (tab-separated, trailing newline)."""
    if not text or not text.strip():
        return []
    lines = text.replace("\r\n", "\n").replace("\r", "\n").rstrip("\n").split("\n")
    return [[c.strip() for c in line.split("\t")] for line in lines]


class GridNote(QWidget):
    """A one-line note under a grid: what a paste did, why a value was refused, a question with a
    button (“改为 95%”).  Non-modal; the next note replaces it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setObjectName("gridNote")
        self.button = QPushButton()
        self.button.setVisible(False)
        self.button.clicked.connect(self._clicked)
        self.close_button = QPushButton("知道了")
        self.close_button.clicked.connect(self.clear)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        layout.addWidget(self.close_button)
        self._action = None
        self.setVisible(False)

    def show_note(self, text: str, level: str = "info", action: tuple | None = None):
        colour = {"error": "#c0392b", "warning": "#b7791f"}.get(level, "#2b5d8c")
        self.label.setStyleSheet(f"color: {colour}")
        self.label.setText(text)
        self._action = action[1] if action else None
        self.button.setText(action[0] if action else "")
        self.button.setVisible(action is not None)
        self.setVisible(True)

    def clear(self):
        self._action = None
        self.label.clear()
        self.setVisible(False)

    def _clicked(self):
        action = self._action
        self.clear()
        if action is not None:
            action()


class ExcelKeys:
    """Mixin: call `setup_grid(first_column)` in the host's __init__."""

    #: Keys the grid handles itself even though the window has shortcuts for them (F2 renames a
    #: heading, Ctrl+X/C/V are the Edit menu's).
    _OWN_KEYS = {Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_F2, Qt.Key.Key_Return,
                 Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab}
    _OWN_SEQUENCES = (QKeySequence.StandardKey.Copy, QKeySequence.StandardKey.Cut,
                      QKeySequence.StandardKey.Paste)

    def setup_grid(self, first_column: int = 0):
        self.first_column = first_column
        self.note_bar: GridNote | None = None
        self._anchor: int | None = None          # column where a run of Tabs began
        self._moving = False
        self._last = (0, first_column)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setTabKeyNavigation(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._grid_menu)

    # -- messages ----------------------------------------------------------------------------
    def note(self, text: str, level: str = "info", action: tuple | None = None):
        if self.note_bar is not None:
            self.note_bar.show_note(text, level, action)
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(text, 10000)

    def read_only(self) -> bool:
        """A read-only window switches the grid's edit triggers off (read_only.py): no writes."""
        if self.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers:
            self.note("文件以只读方式打开，不能修改。", "warning")
            return True
        return False

    # -- keys --------------------------------------------------------------------------------
    def event(self, event):
        if event.type() == event.Type.ShortcutOverride and self.state() != _EDITING and self._own(event):
            event.accept()
            return True
        return super().event(event)

    def _own(self, event) -> bool:
        if event.key() in self._OWN_KEYS and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return True
        return any(event.matches(s) for s in self._OWN_SEQUENCES) or self._is_fill_down(event)

    @staticmethod
    def _is_fill_down(event) -> bool:
        return event.key() == Qt.Key.Key_D and event.modifiers() == Qt.KeyboardModifier.ControlModifier

    def keyPressEvent(self, event):
        if self.state() == _EDITING:
            return super().keyPressEvent(event)
        key, shift = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        here = self._here()
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            return self.tab(-1 if key == Qt.Key.Key_Backtab or shift else 1, here)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return self.enter(here, up=shift)
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            return self.clear_cells()
        if key == Qt.Key.Key_F2:
            return self.start_edit()
        if event.matches(QKeySequence.StandardKey.Copy):
            return self.copy_cells()
        if event.matches(QKeySequence.StandardKey.Cut):
            return self.cut_cells()
        if event.matches(QKeySequence.StandardKey.Paste):
            return self.paste_text(QGuiApplication.clipboard().text())
        if self._is_fill_down(event):
            return self.fill_down()
        text = event.text()
        if text and text.isprintable() and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            reason = self.grid_locked(*here)
            if reason:
                return self.note(reason, "warning")    # typing into a computed cell says why not
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right):
            self._anchor = None
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event):
        index = self.indexAt(event.position().toPoint())
        reason = self.grid_locked(index.row(), index.column()) if index.isValid() else None
        if reason:
            self.note(reason, "warning")     # a double-click on a computed cell says why not
        super().mouseDoubleClickEvent(event)

    def closeEditor(self, editor, hint):
        """Tab, Shift+Tab and Enter in an editor commit it, then move as without an editor.  The
        move starts from where the editor was, even if the model refreshed meanwhile."""
        here = self._last
        focus = QApplication.focusWidget()
        had_focus = focus is not None and (focus is editor or editor.isAncestorOf(focus))
        super().closeEditor(editor, _HINT.NoHint if hint in (_HINT.EditNextItem, _HINT.EditPreviousItem,
                                                            _HINT.SubmitModelCache) else hint)
        if had_focus:
            self.setFocus()       # Qt only does so when the editor itself (not its line edit) had it
        if hint == _HINT.EditNextItem:
            self.tab(1, here)
        elif hint == _HINT.EditPreviousItem:
            self.tab(-1, here)
        elif hint == _HINT.SubmitModelCache:
            self.enter(here)

    def currentChanged(self, current, previous):
        super().currentChanged(current, previous)
        if current.isValid():
            self._last = (current.row(), current.column())
            if not self._moving:
                self._anchor = None

    def _here(self) -> tuple[int, int]:
        index = self.currentIndex()
        return (index.row(), index.column()) if index.isValid() else self._last

    def go(self, row: int, column: int):
        model = self.model()
        row = max(0, min(row, model.rowCount() - 1))
        column = max(self.first_column, min(column, model.columnCount() - 1))
        self._moving = True
        try:
            self.setCurrentIndex(model.index(row, column))
        finally:
            self._moving = False
        self._last = (row, column)

    def tab(self, step: int, here):
        row, column = here
        if self._anchor is None:
            self._anchor = column
        anchor = self._anchor
        last = self.model().columnCount() - 1
        column += step
        if column > last:
            row, column = row + 1, self.first_column
        elif column < self.first_column:
            row, column = row - 1, last
        if 0 <= row < self.model().rowCount():
            self.go(row, column)
        self._anchor = anchor

    def enter(self, here, up: bool = False):
        row, column = here
        column = self._anchor if self._anchor is not None else column
        self._anchor = None
        target = row + (-1 if up else 1)
        if 0 <= target < self.model().rowCount():
            self.go(target, column)
        else:
            self.go(row, column)

    def start_edit(self):
        if self.read_only():
            return
        index = self.currentIndex()
        reason = self.grid_locked(index.row(), index.column()) if index.isValid() else None
        if reason:
            return self.note(reason, "warning")
        if index.isValid() and self.edit(index, QAbstractItemView.EditTrigger.EditKeyPressed, None):
            _cursor_to_end(QApplication.focusWidget())   # F2 edits the text, as in Excel

    # -- blocks -------------------------------------------------------------------------------
    def selected_cells(self) -> list[tuple[int, int]]:
        cells = sorted({(i.row(), i.column()) for i in self.selectedIndexes()})
        return cells or ([self._here()] if self.currentIndex().isValid() else [])

    def copy_cells(self):
        cells = self.selected_cells()
        if not cells:
            return
        rows = sorted({r for r, _ in cells})
        columns = sorted({c for _, c in cells})
        chosen = set(cells)
        lines = ["\t".join(self.grid_text(r, c) if (r, c) in chosen else "" for c in columns) for r in rows]
        QGuiApplication.clipboard().setText("\n".join(lines) + "\n")

    def clear_cells(self, label: str = "清除 {n} 个单元格"):
        if self.read_only():
            return
        cells = [(r, c, "") for r, c in self.selected_cells() if not self.grid_locked(r, c) and self.grid_text(r, c)]
        if cells:
            self.grid_write(cells, label)

    def cut_cells(self):
        if self.read_only():
            return
        self.copy_cells()
        self.clear_cells("剪切 {n} 个单元格")

    def paste_text(self, text: str):
        row, column = self._here()
        if self.read_only():
            return
        if parse_tsv(text):
            self.grid_paste(text, row, max(column, 0))

    def fill_down(self):
        """The top row of the selection fills the rows below it; one row: the row above fills it."""
        cells = self.selected_cells()
        if not cells or self.read_only():
            return
        rows = sorted({r for r, _ in cells})
        columns = sorted({c for _, c in cells})
        source = rows[0] - 1 if len(rows) == 1 else rows[0]
        targets = rows if len(rows) == 1 else rows[1:]
        if source < 0:
            return self.note("第一行上面没有可以向下填充的内容。")
        writes = [(r, c, self.grid_text(source, c)) for r in targets for c in columns
                  if not self.grid_locked(r, c) and self.grid_text(r, c) != self.grid_text(source, c)]
        if writes:
            self.grid_write(writes, "向下填充 {n} 个单元格")
        else:
            self.note("选中的单元格已与上面的内容相同，无需填充。")

    # -- menu -----------------------------------------------------------------------------------
    def grid_insert_row(self, row: int):
        raise NotImplementedError

    def grid_remove_rows(self, rows: list[int]):
        raise NotImplementedError

    def grid_sort(self, column: int, descending: bool):
        raise NotImplementedError

    def grid_has_rows(self) -> bool:
        """Whether rows can be inserted, removed and sorted (a standard table's rows are fixed)."""
        return True

    def grid_menu_extra(self, menu: QMenu, row: int, column: int):
        """Host actions below the common ones (e.g. 以报送值为准 on a computed cell)."""

    def _grid_menu(self, pos):
        index = self.indexAt(pos)
        if index.isValid() and not self.selectionModel().isSelected(index):
            self.setCurrentIndex(index)
        row, column = self._here()
        menu = QMenu(self)
        _act(menu, "剪切", self.cut_cells, QKeySequence.StandardKey.Cut)
        _act(menu, "复制", self.copy_cells, QKeySequence.StandardKey.Copy)
        _act(menu, "粘贴", lambda: self.paste_text(QGuiApplication.clipboard().text()), QKeySequence.StandardKey.Paste)
        menu.addSeparator()
        rows = sorted({r for r, _ in self.selected_cells()})
        writable = self.editTriggers() != QAbstractItemView.EditTrigger.NoEditTriggers
        for text, slot in (("插入行", lambda: self.grid_insert_row(row)),
                           ("删除行", lambda: self.grid_remove_rows(rows))):
            action = _act(menu, text, slot)
            action.setEnabled(self.grid_has_rows() and writable)
        _act(menu, "向下填充", self.fill_down, "Ctrl+D")
        sort = menu.addMenu("排序")
        sort.setEnabled(self.grid_has_rows() and column >= self.first_column and writable)
        sort.addAction("升序（按此列）", lambda: self.grid_sort(column, False))
        sort.addAction("降序（按此列）", lambda: self.grid_sort(column, True))
        self.grid_menu_extra(menu, row, column)
        self.last_menu = menu
        menu.popup(self.viewport().mapToGlobal(pos))


def _cursor_to_end(widget):
    line = widget.lineEdit() if hasattr(widget, "lineEdit") and callable(widget.lineEdit) else widget
    if hasattr(line, "deselect") and hasattr(line, "end"):
        line.deselect()
        line.end(False)


def _act(menu: QMenu, text: str, slot, shortcut=None):
    action = menu.addAction(text)
    action.triggered.connect(lambda _=False: slot())
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    return action


def menu_action(menu: QMenu, text: str):
    """The action of `menu` (or of its submenus) with this text, for tests and the walk."""
    for action in menu.actions():
        if action.text() == text:
            return action
        if action.menu() is not None:
            found = menu_action(action.menu(), text)
            if found is not None:
                return found
    return None


def sort_key(value):
    """Numbers before text, numbers by value, text by its characters; blanks last."""
    if value is None or value == "":
        return (2, 0, "")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return (0, value, "")
    return (1, 0, str(value))
