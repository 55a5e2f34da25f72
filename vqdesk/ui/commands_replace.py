"""替换 / 全部替换 as one undo step, however many texts it touched."""

from vqdesk.core.errors import VqdeskError
from vqdesk.ui.commands import _Command


class ReplaceTextCommand(_Command):
    """Write new texts into blocks and the 前言; undo writes the old ones back.

    `changes` are (target, old text, new text) with target ("block", id) or ("preface",)."""

    def __init__(self, ctrl, changes: list, label: str):
        super().__init__(ctrl, label)
        self.changes = changes

    def do(self):
        self._write(2)

    def revert(self):
        self._write(1)

    def _write(self, which: int):
        for change in self.changes:
            target, text = change[0], change[which]
            if target[0] == "block":
                self.session.set_block_text(self.ctrl.current_id("block", target[1]), text)
            else:
                self.session.set_settings(self.year, {"preface": {"text": text}})

    def apply_first(self):
        self.do()
        self._skip_redo = True
        self._notify()

    def _guard(self, action):
        try:
            action()
        except VqdeskError as exc:
            self.ctrl.error.emit(str(exc))
        self._notify()

    def _notify(self):
        self.ctrl.notify("block", "")          # pages showing a heading or case reload their texts
        if any(change[0][0] == "preface" for change in self.changes):
            self.ctrl.notify("text", "front")
