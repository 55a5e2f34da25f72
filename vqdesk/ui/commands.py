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


def try_push(ctrl, command) -> str | None:
    """Apply and stack a command; a refusal comes back as its reason (shown beside the cell,
    never as a modal)."""
    try:
        command.apply_first()
    except VqdeskError as exc:
        return str(exc)
    ctrl.undo_stack.push(command)
    return None


class BatchCommand(_Command):
    """Several edits as ONE undo step (a pasted block, a cut, fill-down, a sort, an import).
    Only the edits that applied are kept; `refused` lists (command, reason) for the rest.  The
    label is given once the count is known, e.g. label="粘贴 {n} 个单元格"."""

    def __init__(self, ctrl, label: str):
        super().__init__(ctrl, label)
        self.label = label
        self.applied: list = []
        self.refused: list = []

    def run(self, commands, label=None, all_or_nothing: bool = False) -> bool:
        """Apply `commands` in one transaction and stack the batch; False (and nothing on the
        undo stack) when none applied.  `label(applied)` may name the step instead.  With
        all_or_nothing (an import) one refusal takes the others back with it."""
        try:
            with self.session.batch():
                for command in commands:
                    try:
                        command.do()
                    except VqdeskError as exc:
                        self.refused.append((command, str(exc)))
                        if all_or_nothing:
                            raise
                    else:
                        self.applied.append(command)
        except VqdeskError:               # the transaction was rolled back: nothing was written
            self.applied = []
        self._notify()
        if not self.applied:
            return False
        self.setText(label(self.applied) if label else self.label.format(n=len(self.applied)))
        self._skip_redo = True
        self.ctrl.undo_stack.push(self)
        return True

    def _notify(self):
        """One signal per changed thing; a kind with many (an import) gets one signal for all."""
        keys: dict[str, list] = {}
        for command in self.applied:
            keys.setdefault(command.kind, [])
            if command.key() not in keys[command.kind]:
                keys[command.kind].append(command.key())
        for kind, changed in keys.items():
            for key in (changed if len(changed) <= 10 else [""]):
                self.ctrl.notify(kind, key)

    def redo(self):
        if self._skip_redo:
            self._skip_redo = False
            return
        self._each(self.applied, "do")

    def undo(self):
        self._each(list(reversed(self.applied)), "revert")

    def _each(self, commands, name):
        try:
            with self.session.batch():
                for command in commands:
                    getattr(command, name)()
        except VqdeskError as exc:
            self.ctrl.error.emit(str(exc))
        self._notify()


class ImportValueCommand(_Command):
    """One imported (or chosen) cell: content, source and note, restored exactly on undo.  The
    source "reported" marks a computed cell's reported value as the one to print."""
    kind = "value"

    def __init__(self, ctrl, indicator_id: str, content, column: str = "value", source: str = "import",
                 note: str | None = None, text: str = "导入"):
        super().__init__(ctrl, text)
        self.indicator_id, self.column = indicator_id, column
        self.new = (content, source, note)
        old = self.session.value(self.year, indicator_id, column)
        self.old = (old.content, old.source, old.note or "") if old else (None, "manual", "")

    def key(self):
        return self.indicator_id

    def do(self):
        self._write(*self.new)

    def revert(self):
        self._write(*self.old)

    def _write(self, content, source, note):
        self.session.set_value(self.year, self.indicator_id, content, column=self.column, source=source, note=note)


class SortRecordsCommand(_Command):
    """Reorder a list itself (its stored order), not just the view."""
    kind = "record"

    def __init__(self, ctrl, list_id: str, old_ids: list, new_ids: list, label: str):
        super().__init__(ctrl, label)
        self.list_id, self.old_ids, self.new_ids = list_id, old_ids, new_ids

    def key(self):
        return self.list_id

    def do(self):
        self._order(self.new_ids)

    def revert(self):
        self._order(self.old_ids)

    def _order(self, ids):
        for position, record_id in enumerate(ids):
            self.session.move_record(self.ctrl.current_id("record", record_id), position)


class AppendRecordsCommand(_Command):
    """Many rows added at the end of a list at once (an import); undo removes exactly them."""
    kind = "record"

    def __init__(self, ctrl, list_id: str, rows: list[dict]):
        super().__init__(ctrl, f"添加 {len(rows)} 行")
        self.list_id, self.rows = list_id, [dict(r) for r in rows]
        self.ids: list[int] = []

    def key(self):
        return self.list_id

    def do(self):
        self.ids = self.session.append_records(self.year, self.list_id, self.rows)

    def revert(self):
        self.session.remove_records(self.ids)
