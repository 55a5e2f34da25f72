"""Undo commands: one class per user action.  redo()/undo() call Session methods, never widgets;
the controller tells the pages what changed.  The document's commands (text, headings, cases,
photos) are in commands_document."""

from PySide6.QtGui import QUndoCommand

from vqdesk.core.errors import VqdeskError

#: Ids for mergeWith(): consecutive typing into one text or case body is one undo step.
MERGE_TEXT = 1
MERGE_CASE_BODY = 2


class _Command(QUndoCommand):
    """Base: the first redo happens in apply_first() (so errors can reject the command before it
    reaches the stack); later redo()/undo() report errors through the controller."""

    kind = "all"

    def __init__(self, ctrl, text: str):
        super().__init__(text)
        self.ctrl = ctrl
        self.session = ctrl.session
        self.year = ctrl.year
        self._skip_redo = False

    def apply_first(self):
        self.do()
        self._skip_redo = True
        self.ctrl.notify(self.kind, self.key())

    def redo(self):
        if self._skip_redo:
            self._skip_redo = False
            return
        self._guard(self.do)

    def undo(self):
        self._guard(self.revert)

    def _guard(self, action):
        try:
            action()
        except VqdeskError as exc:
            self.ctrl.error.emit(str(exc))
        self.ctrl.notify(self.kind, self.key())

    def key(self) -> str:
        return ""

    def do(self):
        raise NotImplementedError

    def revert(self):
        raise NotImplementedError


class SetValueCommand(_Command):
    """Type (or clear) one cell of a standard table."""
    kind = "value"

    def __init__(self, ctrl, indicator_id: str, raw, column: str = "value"):
        name = ctrl.edition.indicator(indicator_id).name
        super().__init__(ctrl, f"填写 {name}")
        self.indicator_id, self.column, self.new = indicator_id, column, raw
        old = self.session.value(self.year, indicator_id, column)
        self.old = old.content if old else None

    def key(self):
        return self.indicator_id

    def do(self):
        self.session.set_value(self.year, self.indicator_id, self.new, column=self.column)

    def revert(self):
        self.session.set_value(self.year, self.indicator_id, self.old, column=self.column)


class SetProfileCommand(_Command):
    kind = "profile"

    def __init__(self, ctrl, field_key: str, value: str):
        super().__init__(ctrl, "修改学校信息")
        self.field_key, self.new = field_key, value
        self.old = self.session.profile(self.year).get(field_key, "")

    def key(self):
        return self.field_key

    def do(self):
        self.session.set_profile(self.year, self.field_key, self.new)

    def revert(self):
        self.session.set_profile(self.year, self.field_key, self.old)


class AddRecordCommand(_Command):
    """Add one row to a record list (at the end unless a position is given)."""
    kind = "record"

    def __init__(self, ctrl, list_id: str, data: dict | None = None, position: int | None = None):
        super().__init__(ctrl, "添加行")
        self.list_id, self.row, self.position = list_id, dict(data or {}), position
        self.first_id = None

    def key(self):
        return self.list_id

    def do(self):
        record = self.session.add_record(self.year, self.list_id, self.row, position=self.position)
        if self.first_id is None:
            self.first_id = record.id
        self.ctrl.remap("record", self.first_id, record.id)

    def revert(self):
        self.session.remove_record(self.ctrl.current_id("record", self.first_id))


class RemoveRecordCommand(_Command):
    kind = "record"

    def __init__(self, ctrl, list_id: str, record_id: int):
        super().__init__(ctrl, "删除行")
        self.list_id, self.record_id = list_id, record_id
        record = self.session.record(ctrl.current_id("record", record_id))
        self.row, self.position = dict(record.data), record.position

    def key(self):
        return self.list_id

    def do(self):
        self.session.remove_record(self.ctrl.current_id("record", self.record_id))

    def revert(self):
        record = self.session.add_record(self.year, self.list_id, self.row, position=self.position)
        self.ctrl.remap("record", self.record_id, record.id)


class SetRecordFieldCommand(_Command):
    kind = "record"

    def __init__(self, ctrl, list_id: str, record_id: int, field_key: str, raw):
        label = ctrl.edition.record_list(list_id).field(field_key).label
        super().__init__(ctrl, f"修改 {label}")
        self.list_id, self.record_id, self.field_key, self.new = list_id, record_id, field_key, raw
        self.old = self.session.record(ctrl.current_id("record", record_id)).get(field_key)

    def key(self):
        return self.list_id

    def do(self):
        self.session.update_record(self.ctrl.current_id("record", self.record_id), self.field_key, self.new)

    def revert(self):
        self.session.update_record(self.ctrl.current_id("record", self.record_id), self.field_key, self.old)


class MoveRecordCommand(_Command):
    kind = "record"

    def __init__(self, ctrl, list_id: str, record_id: int, position: int):
        super().__init__(ctrl, "移动行")
        self.list_id, self.record_id, self.new = list_id, record_id, position
        self.old = self.session.record(ctrl.current_id("record", record_id)).position

    def key(self):
        return self.list_id

    def do(self):
        self.session.move_record(self.ctrl.current_id("record", self.record_id), self.new)

    def revert(self):
        self.session.move_record(self.ctrl.current_id("record", self.record_id), self.old)
