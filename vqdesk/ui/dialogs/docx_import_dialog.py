"""文件 → 从 Word 导入…: the preview of a Word file's import — the outline it will become with
the paragraphs, tables, images and cases under each heading, what was changed or could not be
imported, and whether the year's own content will be replaced — then 导入 or 取消."""

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHeaderView, QLabel, QListWidget, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout)

from vqdesk.core.docx_import import counts, numbered
from vqdesk.core.docx_import.plan import numbering_label

COLUMNS = ("标题", "段落", "表格", "图片", "案例", "模板部分")


class DocxImportDialog(QDialog):
    def __init__(self, plan, replaced: str = "", parent=None, numbering: dict | None = None):
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle("从 Word 导入")
        self.resize(760, 620)
        layout = QVBoxLayout(self)
        headings = sum(1 for _ in plan.walk())
        layout.addWidget(QLabel(f"“{plan.source}”将导入为下面的大纲（{headings} 个标题，"
                                f"{len(plan.images)} 张图片）。标题的编号按报告的编号设置生成，"
                                f"Word 中打在标题前的编号已去掉。"))
        self.warning = QLabel(replaced)
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b7791f; font-weight: bold")
        self.warning.setVisible(bool(replaced))
        layout.addWidget(self.warning)
        self.preface = QLabel(f"{plan.preface_title}（{len(plan.preface.splitlines())} 段）导入为报告设置中的前言，"
                              f"替换现有的前言。"
                              if plan.preface else "")
        self.preface.setVisible(bool(plan.preface))
        layout.addWidget(self.preface)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(COLUMNS)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        if plan.numbering:          # the headings are numbered the way the Word file numbers them
            numbering = dict(numbering or {}, **plan.numbering)
            layout.addWidget(QLabel(f"标题编号改为与 Word 文件一致：{numbering_label(plan.numbering)}"))
        self._fill(plan, numbering)
        layout.addWidget(self.tree, 3)
        problems = [f"未能导入：{u}" for u in plan.unplaced] + [f"已改变形式：{n}" for n in plan.notes]
        layout.addWidget(QLabel(f"未能导入 {len(plan.unplaced)} 处，改变形式 {len(plan.notes)} 处：" if problems
                                else "所有内容都能导入。"))
        self.problems = QListWidget()
        self.problems.setWordWrap(True)
        self.problems.addItems(problems)
        self.problems.setVisible(bool(problems))
        layout.addWidget(self.problems, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("导入")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _fill(self, plan, numbering):
        """The outline numbered as the report will number it."""
        parents = {}
        for depth, node, title in numbered(plan, numbering):
            c = counts(node.blocks)
            item = QTreeWidgetItem([title, *(str(c[k]) for k in ("paragraphs", "tables", "images", "cases")),
                                    "是" if node.edition_part else ""])
            parent = parents.get(depth - 1)
            (parent.addChild(item) if depth and parent is not None else self.tree.addTopLevelItem(item))
            parents[depth] = item
        self.tree.expandAll()
        for col in range(1, len(COLUMNS)):
            self.tree.resizeColumnToContents(col)

    def rows(self) -> list[tuple]:
        """(depth, title, paragraphs, tables, images, cases) as shown, in reading order."""
        out = []

        def walk(item, depth):
            out.append((depth, item.text(0), *(int(item.text(c)) for c in range(1, 5))))
            for i in range(item.childCount()):
                walk(item.child(i), depth + 1)
        for i in range(self.tree.topLevelItemCount()):
            walk(self.tree.topLevelItem(i), 0)
        return out
