"""Refused values stay in their cell: kept with the reason (shown marked and beside the grid)
until the user corrects them or presses Delete, never thrown away by a modal."""


class PendingCells:
    """For a grid model with `pending` ({cell key: (text, reason)}), `_key(index)` and a `note`
    signal ((text, level, action))."""

    def _refuse(self, index, text: str, reason: str, quiet: bool = False):
        self.pending[self._key(index)] = (text, reason)
        self.dataChanged.emit(index, index)
        if not quiet:
            self.note.emit((f"{reason}。已保留您输入的“{text}”，改正后按回车；按 Delete 放弃。", "error", None))

    def _forget(self, index):
        if self.pending.pop(self._key(index), None) is not None:
            self.dataChanged.emit(index, index)
