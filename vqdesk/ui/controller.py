"""The one object of the UI that talks to the Session: edits go in as undo commands, changes
come out as signals, findings are refreshed right after each edit (narrative typing waits for a
pause).  The year stays in memory: an edit re-reads only what it changed, and validation re-runs
only the rules that read it (core.validation.live)."""

import logging
from contextlib import contextmanager

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from vqdesk.core.derive import Figures
from vqdesk.core.errors import VqdeskError
from vqdesk.core.session import Session

log = logging.getLogger(__name__)

#: Narrative typing validates this long after the last key, so a burst of typing validates once;
#: every other edit validates at once, when its undo step is complete (a paste of many cells, or
#: its undo, validates once).
VALIDATE_DELAY_MS = 300
TYPING_KINDS = ("text", "case")


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
        self._labels = None
        self._ids: dict[tuple[str, int], int] = {}
        #: The heading last opened: where the photos and cases pages add new content.
        self.current_node: int | None = None
        self._live = None
        self._unread: set = set()        # changes not yet read into self._data
        self._unchecked: set | None = None   # changes not yet validated; None = all
        self._timer = QTimer(self, singleShot=True, interval=VALIDATE_DELAY_MS)
        self._timer.timeout.connect(self.validate_now)
        self._soon = QTimer(self, singleShot=True, interval=0)
        self._soon.timeout.connect(self.validate_now)
        # an undo step is complete (a push, the end of a macro, an undo or redo): validate now
        self.undo_stack.indexChanged.connect(self._validate_pending)
        self.validate_now()

    # -- reading ---------------------------------------------------------------------------
    @property
    def data(self):
        """The current year as a ReportData, kept in memory and patched after each change."""
        if self._data is None:
            self._data = self.session.snapshot(self.year)
            self._unread = set()
        elif self._unread:
            from vqdesk.core.validation.live import patch
            patch(self._data, self.session, self._unread)
            self._unread = set()
        return self._data

    @property
    def figures(self) -> Figures:
        if self._figures is None:
            self._figures = Figures(self.data)
        return self._figures

    def block_label(self, block_id: int) -> str | None:
        """The number a table or chart block prints with (“表 1-3”), "" when it is not numbered,
        None when it prints nothing yet; worked out once per change (document.labels)."""
        if self._labels is None:
            from vqdesk.core.document.labels import captions
            self._labels = {}
            for caption in captions(self.data):
                self._labels.setdefault(caption.block.id, caption.label)
        return self._labels.get(block_id)

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
        from vqdesk.core.validation.deps import changes_of
        changes = changes_of(kind, key)
        if changes is None:
            self._data = None
            self._unchecked = None
        else:
            self._unread |= changes
            if self._unchecked is not None:
                self._unchecked |= changes
        self._figures = None
        self._labels = None
        self.changed.emit(kind, key)
        (self._timer if kind in TYPING_KINDS else self._soon).start()

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
    def _validate_pending(self):
        if self._soon.isActive():
            self.validate_now()

    def validate_now(self):
        self._timer.stop()
        self._soon.stop()
        from vqdesk.core.validation.live import LiveValidation
        try:
            data = self.data
            if self._live is None or self._live.data is not data or self._unchecked is None:
                self._live = LiveValidation(data)
            else:
                self._live.update(self._unchecked)
            self._unchecked = set()
            self.findings = list(self._live.findings)
        except Exception:  # noqa: BLE001 - a checker bug must not take the editor down
            # A fault of the program, not of the data: the details go to the log, not to the user.
            log.exception("validation failed")
            self._live, self._unchecked = None, None
            self.findings = []
            self.error.emit("校验时程序出错，本次没有列出问题；您的修改已经保存。详情已写入日志，请联系技术支持。")
        self.findings_changed.emit()

    def close(self):
        self._timer.stop()
        self._soon.stop()
        # The commands go while everything they point to lives: a controller collected later by
        # the garbage collector would otherwise clear a stack of dangling commands (a crash).
        self.undo_stack.clear()
        self.session.close()
