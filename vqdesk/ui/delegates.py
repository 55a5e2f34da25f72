"""Cell editors for record lists, picked by the field's kind.

Numbers and dates are typed as text, like in Excel (“1,234”, “1700余”, “2024.11”, “2024年11月16日至17日”),
and checked by the session when committed; a refused value stays in the cell, marked.  An empty
cell opened and left is not filled with 0 or a made-up date.  Choices and names from the master
lists are editable combo boxes: the options to pick from, and everyday spellings (“3年”) typed."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QStyledItemDelegate

from vqdesk.ui.record_model import FieldRole

#: Placeholder text of a typed editor, per field kind.
PLACEHOLDERS = {"int": "整数", "year": "年份，如 2025", "decimal": "数值", "money_wan": "万元",
                "date": "如 2025-05-19、2025.05 或 2025", "names": "多个姓名用顿号分隔"}


class RecordFieldDelegate(QStyledItemDelegate):
    """Picks the editor from the column's field kind.  Names follow Qt's virtuals exactly."""

    def __init__(self, ctrl, parent=None):
        super().__init__(parent)
        self.ctrl = ctrl

    def createEditor(self, parent, option, index):
        fd = index.data(FieldRole)
        if fd.kind == "choice" or fd.kind in ("major", "organisation"):
            names = list(fd.options) if fd.kind == "choice" else self._known_names(fd.kind)
            editor = QComboBox(parent)
            editor.setEditable(True)
            editor.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            editor.addItems(names)
            completer = QCompleter(names, editor)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            editor.setCompleter(completer)
        else:
            editor = QLineEdit(parent)
            editor.setPlaceholderText(PLACEHOLDERS.get(fd.kind, ""))
            if fd.kind in ("int", "decimal", "money_wan", "year"):
                editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        editor.setFrame(False)
        return editor

    def _known_names(self, kind: str) -> list[str]:
        """Canonical names from the master list, then names already used in the report."""
        names = [m.name for m in self.ctrl.session.masters(kind)]
        data = self.ctrl.data
        for rl in data.edition.record_lists:
            for fd in rl.fields:
                if fd.kind == kind:
                    names += [str(r[fd.key]) for r in data.rows(rl.id) if r.get(fd.key)]
        return sorted(set(names), key=names.index)

    def setEditorData(self, editor, index):
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        if isinstance(editor, QComboBox):
            position = editor.findText(text)
            if position >= 0:
                editor.setCurrentIndex(position)
            else:
                editor.setEditText(text)
            editor.lineEdit().selectAll()      # typing replaces the cell, as in a line edit
        else:
            editor.setText(text)

    def setModelData(self, editor, model, index):
        text = editor.currentText() if isinstance(editor, QComboBox) else editor.text()
        model.setData(index, text.strip())
