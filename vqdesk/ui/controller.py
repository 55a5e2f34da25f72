"""The one object of the UI that talks to the Session: edits go in as undo commands, changes
come out as signals, findings are refreshed shortly after each edit."""

import traceback
from contextlib import contextmanager

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from vqdesk.core.derive import Figures
from vqdesk.core.errors import VqdeskError
from vqdesk.core.session import Session

#: Validation waits this long after the last edit, so bursts of typing validate once.
VALIDATE_DELAY_MS = 300


class ReportController(QObject):
    """An open report file and its current year, seen by every page of the window."""

    #: (kind, key): kind is value | text | outline | profile | record | case | photo | year | all;
    #: key narrows it (indicator id, "node:<id>" or "front", list id, ...) or is "".
    changed = Signal(str, str)
    findings_changed = Signal()
    #: A Chinese sentence to show the user (a rejected edit, a failed undo).
    error = Signal(str)

    def __init__(self, session: Session, year: int | None = None, parent=None):
        super().__init__(parent)
        self.session = session
        self.year = session.latest_year() if year is None else year
        self.undo_stack = QUndoStack(self)
        self.findings: list = []
        self._data = None
        self._figures = None
        self._ids: dict[tuple[str, int], int] = {}
        #: The heading last opened: where the photos and cases pages add new content.
        self.current_node: int | None = None
        self._timer = QTimer(self, singleShot=True, interval=VALIDATE_DELAY_MS)
        self._timer.timeout.connect(self.validate_now)
        self.validate_now()

    # -- reading ---------------------------------------------------------------------------
    @property
    def data(self):
        """The current year as a ReportData, rebuilt lazily after each change."""
        if self._data is None:
            self._data = self.session.snapshot(self.year)
        return self._data

    @property
    def figures(self) -> Figures:
        if self._figures is None:
            self._figures = Figures(self.data)
        return self._figures

    @property
    def edition(self):
        return self.data.edition

    def findings_at(self, **place) -> list:
        """Findings whose place matches every given attribute (e.g. kind="indicator", indicator="1.1")."""
        return [f for f in self.findings
                if all(getattr(f.place, k, None) == v for k, v in place.items())]

    # -- writing ---------------------------------------------------------------------------
    def push(self, command) -> bool:
        """Apply an edit and put it on the undo stack; a rejected edit is reported and dropped."""
        try:
            command.apply_first()
        except VqdeskError as exc:
            self.error.emit(str(exc))
            return False
        self.undo_stack.push(command)
        return True

    def notify(self, kind: str, key: str = ""):
        """Called by commands after every session write."""
        self._data = None
        self._figures = None
        self.changed.emit(kind, key)
        self._timer.start()

    def current_id(self, kind: str, original: int) -> int:
        """Rows removed and restored by undo come back with new ids; commands keep the first."""
        seen, current = {original}, original
        while (kind, current) in self._ids and self._ids[(kind, current)] not in seen:
            current = self._ids[(kind, current)]
            seen.add(current)
        return current

    def remap(self, kind: str, original: int, new: int):
        if new != original:
            self._ids[(kind, original)] = new
        else:
            self._ids.pop((kind, original), None)

    @contextmanager
    def macro(self, text: str):
        """Group several commands into one undo step (paste, delete several rows)."""
        self.undo_stack.beginMacro(text)
        try:
            yield
        finally:
            self.undo_stack.endMacro()

    def set_year(self, year: int):
        if year == self.year:
            return
        self.session.report(year)  # raises NotFoundError for an unknown year
        self.year = year
        self.current_node = None
        self.undo_stack.clear()
        self.notify("year", str(year))
        self.validate_now()

    def reload(self):
        """After a change made outside the commands (import, new year): drop caches and undo."""
        self.undo_stack.clear()
        self._ids.clear()
        self.current_node = None
        self.notify("all")
        self.validate_now()

    # -- validation ------------------------------------------------------------------------
    def validate_now(self):
        self._timer.stop()
        from vqdesk.core.validation import validate
        try:
            self.findings = list(validate(self.data))
        except Exception as exc:  # noqa: BLE001 - a checker bug must not take the editor down
            traceback.print_exc()
            self.findings = []
            self.error.emit(f"校验时出错：{exc}")
        self.findings_changed.emit()

    def close(self):
        self._timer.stop()
        # The commands go while everything they point to lives: a controller collected later by
        # the garbage collector would otherwise clear a stack of dangling commands (a crash).
        self.undo_stack.clear()
        self.session.close()
