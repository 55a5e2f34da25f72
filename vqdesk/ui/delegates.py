"""Typed cell editors for record lists: spin boxes, dates, choices, names from master lists."""

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (QComboBox, QCompleter, QDateEdit, QDoubleSpinBox, QSpinBox,
                               QStyledItemDelegate)

from vqdesk.ui.record_model import FieldRole

_MAX_INT = 2_000_000_000


class RecordFieldDelegate(QStyledItemDelegate):
    """Picks the editor from the column's field kind.  Names follow Qt's virtuals exactly."""

    def __init__(self, ctrl, parent=None):
        super().__init__(parent)
        self.ctrl = ctrl

    def createEditor(self, parent, option, index):
        fd = index.data(FieldRole)
        if fd.kind == "int":
            editor = QSpinBox(parent)
            editor.setRange(0, _MAX_INT)
        elif fd.kind == "year":
            editor = QSpinBox(parent)
            editor.setRange(2000, 2100)
            editor.setValue(self.ctrl.year)
        elif fd.kind in ("decimal", "money_wan"):
            editor = QDoubleSpinBox(parent)
            editor.setRange(0, 1e12)
            editor.setDecimals(2)
            editor.setGroupSeparatorShown(False)
        elif fd.kind == "date":
            editor = QDateEdit(parent)
            editor.setCalendarPopup(True)
            editor.setDisplayFormat("yyyy-MM-dd")
            editor.setDate(QDate(self.ctrl.year, 6, 30))
        elif fd.kind == "choice":
            editor = QComboBox(parent)
            editor.addItems(list(fd.options))
        elif fd.kind in ("major", "organisation"):
            editor = QComboBox(parent)
            editor.setEditable(True)
            names = self._known_names(fd.kind)
            editor.addItems(names)
            completer = QCompleter(names, editor)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            editor.setCompleter(completer)
        else:
            return super().createEditor(parent, option, index)
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
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, (QSpinBox, QDoubleSpinBox)):
            if value is not None:
                editor.setValue(value)
        elif isinstance(editor, QDateEdit):
            if value:
                editor.setDate(QDate.fromString(str(value), "yyyy-MM-dd"))
        elif isinstance(editor, QComboBox):
            text = "" if value is None else str(value)
            position = editor.findText(text)
            if position >= 0:
                editor.setCurrentIndex(position)
            elif editor.isEditable():
                editor.setEditText(text)
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index):
        if isinstance(editor, (QSpinBox, QDoubleSpinBox)):
            model.setData(index, editor.value())
        elif isinstance(editor, QDateEdit):
            model.setData(index, editor.date().toString("yyyy-MM-dd"))
        elif isinstance(editor, QComboBox):
            model.setData(index, editor.currentText())
        else:
            super().setModelData(editor, model, index)
