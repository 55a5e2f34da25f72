"""导入 Excel, seen first: what the workbook would change (cells old -> new, list rows added,
changed and removed, per sheet), the mode, and the problems found.  Nothing is written until
导入 is pressed; the import is then ONE undo step."""

from pathlib import Path

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QButtonGroup, QDialog, QDialogButtonBox, QLabel, QRadioButton,
                               QTreeWidget, QTreeWidgetItem, QVBoxLayout, QHBoxLayout)

from vqdesk.core.excel.importer import plan_workbook
from vqdesk.core.excel.plan import MODE_LABELS, MODE_UPDATE, MODE_WORKBOOK
from vqdesk.ui.commands import (AppendRecordsCommand, BatchCommand, ImportValueCommand, RemoveRecordCommand,
                                SetRecordFieldCommand)

TITLE = "导入 Excel"
REMOVED = QBrush(QColor("#c0392b"))
ADDED = QBrush(QColor("#1e7b34"))


class ImportPreviewDialog(QDialog):
    """`content` is the workbook as read (WorkbookContent); `plan` follows the chosen mode."""

    def __init__(self, ctrl, path, content, parent=None):
        super().__init__(parent)
        self.ctrl, self.path, self.content = ctrl, Path(path), content
        self.setWindowTitle(TITLE)
        self.resize(820, 560)
        layout = QVBoxLayout(self)
        intro = QLabel(f"从“{self.path.name}”导入到 {ctrl.year} 年度。下面是将要修改的内容，确认后才写入；"
                       "导入后可以用“撤销”整体撤回。")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        modes = QHBoxLayout()
        self.modes = QButtonGroup(self)
        self.mode_buttons = {}
        for mode, tip in ((MODE_UPDATE, "只修改和新增，工作簿中没有的名单行和空白格保持不变"),
                          (MODE_WORKBOOK, "名单和指标以工作簿为准：工作簿中没有的名单行将被删除，空白格将被清空")):
            button = QRadioButton(MODE_LABELS[mode])
            button.setToolTip(tip)
            self.modes.addButton(button)
            self.mode_buttons[mode] = button
            modes.addWidget(button)
        modes.addStretch(1)
        layout.addLayout(modes)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        layout.addWidget(self.tree, 1)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setObjectName("pageHint")
        layout.addWidget(self.problems)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton("导入", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.mode_buttons[MODE_UPDATE].setChecked(True)
        self.modes.buttonToggled.connect(lambda _b, on: on and self.refresh())
        self.refresh()

    @property
    def mode(self) -> str:
        return next(m for m, b in self.mode_buttons.items() if b.isChecked())

    def set_mode(self, mode: str):
        self.mode_buttons[mode].setChecked(True)

    def refresh(self):
        self.plan = plan_workbook(self.ctrl.session, self.ctrl.year, self.content, self.mode)
        self.summary.setText(self.plan.summary())
        self.tree.clear()
        for sheet, lines in self.plan.by_sheet().items():
            top = QTreeWidgetItem([f"{sheet}（{len(lines)} 项）"])
            for line in lines:
                item = QTreeWidgetItem([line])
                if "删除第" in line:
                    item.setForeground(0, REMOVED)
                elif "新增第" in line:
                    item.setForeground(0, ADDED)
                top.addChild(item)
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        problems = self.content.report.problems
        text = ""
        if problems:
            shown = "\n".join(str(p) for p in problems[:8])
            more = f"\n……另有 {len(problems) - 8} 个问题" if len(problems) > 8 else ""
            errors = len(self.content.report.errors)
            text = (f"发现 {errors} 个错误（有错误的单元格不导入）：\n" if errors else "提示：\n") + shown + more
        self.problems.setText(text)
        self.problems.setVisible(bool(text))
        self.import_button.setEnabled(not self.plan.empty)

    def lines(self) -> list[str]:
        """Every line of the tree, sheets included (for tests and the walk)."""
        out = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            out.append(top.text(0))
            out += [f"  {top.child(j).text(0)}" for j in range(top.childCount())]
        return out


def plan_size(plan) -> int:
    """Cells, changed fields and rows added or removed: what the undo label counts."""
    return len(plan.cells) + sum(len(ch.fields) for c in plan.lists for ch in c.changed) \
        + sum(len(c.added) + len(c.removed) for c in plan.lists)


def apply_import(ctrl, plan) -> BatchCommand:
    """The plan as ONE undo step: cells with their source and note, list rows added, changed and
    removed; undo restores every cell and row as it was."""
    commands = [ImportValueCommand(ctrl, c.indicator_id, c.new, c.column, source="import", note=c.note)
                for c in plan.cells]
    for change in plan.lists:
        for ch in change.changed:
            commands += [SetRecordFieldCommand(ctrl, change.list_id, ch.record_id, key, new)
                         for key, (_, new) in ch.fields.items()]
        commands += [RemoveRecordCommand(ctrl, change.list_id, r.id) for r in reversed(change.removed)]
        if change.added:
            commands.append(AppendRecordsCommand(ctrl, change.list_id, change.added))
    batch = BatchCommand(ctrl, "导入 Excel")
    batch.run(commands, label=lambda _: f"导入 Excel（{plan_size(plan)} 处修改）", all_or_nothing=True)
    return batch
