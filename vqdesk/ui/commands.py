"""Undo commands: one class per user action.  redo()/undo() call Session methods, never widgets;
the controller tells the pages what changed."""

from PySide6.QtGui import QUndoCommand

from vqdesk.core.errors import VqdeskError

#: Ids for mergeWith(): consecutive typing into one narrative or case body is one undo step.
MERGE_NARRATIVE = 1
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


class SetNarrativeCommand(_Command):
    """Replace a narrative's text; consecutive saves of one narrative merge into one step."""
    kind = "narrative"

    def __init__(self, ctrl, key: str, text: str):
        super().__init__(ctrl, "编辑正文")
        self.narrative_key, self.new = key, text
        self.old = self.session.narrative(self.year, key)

    def key(self):
        return self.narrative_key

    def id(self):
        return MERGE_NARRATIVE

    def mergeWith(self, other) -> bool:
        if not isinstance(other, SetNarrativeCommand) or other.narrative_key != self.narrative_key:
            return False
        self.new = other.new
        return True

    def do(self):
        self.session.set_narrative(self.year, current_key(self.ctrl, self.narrative_key), self.new)

    def revert(self):
        self.session.set_narrative(self.year, current_key(self.ctrl, self.narrative_key), self.old)


def current_key(ctrl, key: str) -> str:
    """A narrative key as it is now: a sub-heading removed and restored by undo has a new id."""
    if key.startswith("sub:"):
        return f"sub:{ctrl.current_id('subsection', int(key[4:]))}"
    return key


class _SubsectionCommand(_Command):
    """Base of the sub-heading commands: afterwards the outline shows `focus` (a narrative key)."""
    kind = "outline"

    def __init__(self, ctrl, text: str):
        super().__init__(ctrl, text)
        self.focus = ""

    def key(self):
        return self.focus

    def _sub_id(self, first_id: int) -> int:
        return self.ctrl.current_id("subsection", first_id)


class AddSubsectionCommand(_SubsectionCommand):
    def __init__(self, ctrl, parent_key: str, title: str):
        super().__init__(ctrl, "添加下级标题")
        self.parent_key, self.title = parent_key, title
        self.first_id = None

    def do(self):
        sub = self.session.add_subsection(self.year, self.parent_key, self.title)
        if self.first_id is None:
            self.first_id = sub.id
        self.ctrl.remap("subsection", self.first_id, sub.id)
        self.focus = sub.key

    def revert(self):
        self.session.remove_subsection(self._sub_id(self.first_id))
        self.focus = self.parent_key


class RenameSubsectionCommand(_SubsectionCommand):
    def __init__(self, ctrl, sub_id: int, title: str):
        super().__init__(ctrl, "修改下级标题")
        self.sub_id, self.new = sub_id, title
        self.old = next(s.title for s in self.session.subsections(self.year) if s.id == self._sub_id(sub_id))

    def _rename(self, title: str):
        sub_id = self._sub_id(self.sub_id)
        self.session.rename_subsection(sub_id, title)
        self.focus = f"sub:{sub_id}"

    def do(self):
        self._rename(self.new)

    def revert(self):
        self._rename(self.old)


class RemoveSubsectionCommand(_SubsectionCommand):
    """Remove a sub-heading with its text; undo puts both back in the same place."""

    def __init__(self, ctrl, sub_id: int):
        super().__init__(ctrl, "删除下级标题")
        self.sub_id = sub_id
        sub = next(s for s in self.session.subsections(self.year) if s.id == self._sub_id(sub_id))
        self.parent_key, self.title = sub.parent_key, sub.title
        self.position = [s.id for s in self.session.subsections(self.year)
                         if s.parent_key == sub.parent_key].index(sub.id)
        self.body = self.session.narrative(self.year, sub.key)

    def do(self):
        self.session.remove_subsection(self._sub_id(self.sub_id))
        self.focus = self.parent_key

    def revert(self):
        sub = self.session.add_subsection(self.year, self.parent_key, self.title)
        self.session.move_subsection(sub.id, self.position)
        if self.body:
            self.session.set_narrative(self.year, sub.key, self.body)
        self.ctrl.remap("subsection", self.sub_id, sub.id)
        self.focus = sub.key


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


class AddCaseCommand(_Command):
    kind = "case"

    def __init__(self, ctrl, section_key: str, title: str, body: str = ""):
        super().__init__(ctrl, "新建案例")
        self.section_key, self.title, self.body = section_key, title, body
        self.first_id = None

    def do(self):
        case = self.session.add_case(self.year, self.section_key, self.title, self.body)
        if self.first_id is None:
            self.first_id = case.id
        self.ctrl.remap("case", self.first_id, case.id)

    def revert(self):
        self.session.remove_case(self.ctrl.current_id("case", self.first_id))


class UpdateCaseCommand(_Command):
    """Change a case's title, body or section; typing into one case's body merges."""
    kind = "case"

    def __init__(self, ctrl, case_id: int, **changes):
        super().__init__(ctrl, "修改案例")
        self.case_id, self.new = case_id, changes
        case = self.session.case(ctrl.current_id("case", case_id))
        self.old = {k: getattr(case, k) for k in changes}

    def id(self):
        return MERGE_CASE_BODY if set(self.new) == {"body"} else -1

    def mergeWith(self, other) -> bool:
        if not isinstance(other, UpdateCaseCommand) or other.case_id != self.case_id \
                or set(other.new) != {"body"}:
            return False
        self.new = other.new
        return True

    def do(self):
        self.session.update_case(self.ctrl.current_id("case", self.case_id), **self.new)

    def revert(self):
        self.session.update_case(self.ctrl.current_id("case", self.case_id), **self.old)


class RemoveCaseCommand(_Command):
    kind = "case"

    def __init__(self, ctrl, case_id: int):
        super().__init__(ctrl, "删除案例")
        self.case_id = case_id
        case = self.session.case(ctrl.current_id("case", case_id))
        self.case = case

    def do(self):
        self.session.remove_case(self.ctrl.current_id("case", self.case_id))

    def revert(self):
        case = self.session.add_case(self.year, self.case.section_key, self.case.title, self.case.body)
        self.session.move_case(case.id, self.case.position)
        self.ctrl.remap("case", self.case_id, case.id)


class AddPhotoCommand(_Command):
    kind = "photo"

    def __init__(self, ctrl, data: bytes, filename: str, caption: str = "", *,
                 section_key: str | None = None, case_id: int | None = None):
        super().__init__(ctrl, "添加图片")
        self.bytes, self.filename, self.caption = data, filename, caption
        self.section_key, self.case_id = section_key, case_id
        self.first_id = None

    def do(self):
        case_id = self.ctrl.current_id("case", self.case_id) if self.case_id else None
        photo = self.session.add_photo(self.year, self.bytes, self.filename, self.caption,
                                       section_key=self.section_key, case_id=case_id)
        if self.first_id is None:
            self.first_id = photo.id
        self.ctrl.remap("photo", self.first_id, photo.id)

    def revert(self):
        self.session.remove_photo(self.ctrl.current_id("photo", self.first_id))


class UpdatePhotoCommand(_Command):
    kind = "photo"

    def __init__(self, ctrl, photo_id: int, **changes):
        super().__init__(ctrl, "修改图片")
        self.photo_id, self.new = photo_id, changes
        photo = next(p for p in ctrl.data.photos if p.id == ctrl.current_id("photo", photo_id))
        self.old = {k: getattr(photo, k) for k in changes}

    def do(self):
        self.session.update_photo(self.ctrl.current_id("photo", self.photo_id), **self.new)

    def revert(self):
        self.session.update_photo(self.ctrl.current_id("photo", self.photo_id), **self.old)


class RemovePhotoCommand(_Command):
    kind = "photo"

    def __init__(self, ctrl, photo_id: int):
        super().__init__(ctrl, "删除图片")
        self.photo_id = photo_id
        current = ctrl.current_id("photo", photo_id)
        self.photo = next(p for p in ctrl.data.photos if p.id == current)
        self.bytes = self.session.photo_data(current)

    def do(self):
        self.session.remove_photo(self.ctrl.current_id("photo", self.photo_id))

    def revert(self):
        p = self.photo
        case_id = self.ctrl.current_id("case", p.case_id) if p.case_id else None
        photo = self.session.add_photo(self.year, self.bytes, p.filename, p.caption,
                                       section_key=p.section_key, case_id=case_id)
        self.ctrl.remap("photo", self.photo_id, photo.id)


class MoveCaseCommand(_Command):
    kind = "case"

    def __init__(self, ctrl, case_id: int, position: int):
        super().__init__(ctrl, "移动案例")
        self.case_id, self.new = case_id, position
        self.old = self.session.case(ctrl.current_id("case", case_id)).position

    def do(self):
        self.session.move_case(self.ctrl.current_id("case", self.case_id), self.new)

    def revert(self):
        self.session.move_case(self.ctrl.current_id("case", self.case_id), self.old)
