"""Pages with text: a heading of the outline (chapter, section, level-3 or level-4) with its
sub-headings and cases beside it, and the front matter with the 前言."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QFrame, QGridLayout, QLabel, QListWidget, QListWidgetItem, QPushButton,
                               QSplitter, QVBoxLayout, QWidget)

from vqdesk.ui import node_actions
from vqdesk.ui.icons import state_icon
from vqdesk.ui.navigation import NodeStates
from vqdesk.ui.outline import case_labels, node_captions, node_depth
from vqdesk.ui.pages.common import page_header, page_layout, set_hint
from vqdesk.ui.pages.narrative_editor import NarrativeEditor

_PLACEHOLDERS = {
    "chapter": "在此撰写本章的引言（可不写）；各节正文在下级标题中撰写。",
    "node": "在此撰写本节正文。可用“一是……二是……”分条叙述；数字尽量用“插入数据字段”引用表格中的数据。",
    "front": "在此撰写前言：简要说明报告的编写依据、数据口径和主要内容。",
}


def node_hint(edition, node) -> str:
    """The edition part's hint, or what a heading the school added is."""
    part = edition.part(node.edition_part) if node.edition_part else None
    if part is None:
        return "学校自行添加的标题。"
    optional = "" if part.required else "本节为选写内容。"
    return optional + (part.hint or "")


class SectionPage(QWidget):
    """A heading's text with its sub-headings and cases beside it.  `open_case` asks to show a
    case, `open_node` a sub-heading."""

    open_case = Signal(int)
    open_node = Signal(int)

    def __init__(self, ctrl, parent=None):
        super().__init__(parent)
        self.ctrl = ctrl
        self.node_id = None
        layout = page_layout(self)
        header, self.title, self.hint = page_header("")
        layout.addWidget(header)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.editor = NarrativeEditor(ctrl)
        splitter.addWidget(self.editor)
        splitter.addWidget(self._side_panel())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([660, 300])
        self.splitter = splitter
        layout.addWidget(splitter, 1)
        ctrl.changed.connect(self._on_changed)

    def _side_panel(self) -> QFrame:
        side = QFrame()
        side.setObjectName("sidePanel")
        column = QVBoxLayout(side)
        column.setContentsMargins(10, 0, 0, 0)
        self.children_label = QLabel("下级标题")
        column.addWidget(self.children_label)
        self.children_list = QListWidget()
        self.children_list.itemDoubleClicked.connect(lambda i: self.open_node.emit(i.data(Qt.ItemDataRole.UserRole)))
        self.children_list.itemActivated.connect(lambda i: self.open_node.emit(i.data(Qt.ItemDataRole.UserRole)))
        column.addWidget(self.children_list, 1)
        column.addWidget(QLabel("本节案例"))
        self.cases = QListWidget()
        self.cases.itemDoubleClicked.connect(lambda item: self.open_case.emit(item.data(Qt.ItemDataRole.UserRole)))
        column.addWidget(self.cases, 1)
        grid = QGridLayout()
        buttons = [("new_case_button", "新建案例", self.new_case), ("new_sub", "添加下级标题", self.add_subsection),
                   ("rename_sub", "修改标题", self.rename_subsection), ("remove_sub", "删除此标题", self.remove_subsection),
                   ("up_button", "上移", lambda: self.move(-1)), ("down_button", "下移", lambda: self.move(1))]
        for i, (name, text, slot) in enumerate(buttons):
            button = QPushButton(text)
            button.clicked.connect(slot)
            setattr(self, name, button)
            grid.addWidget(button, i // 2, i % 2)
        self.rename_sub.setToolTip("修改本标题的文字（F2）")
        column.addLayout(grid)
        return side

    @property
    def key(self):
        return self.editor.key

    def show_node(self, node_id: int):
        self.node_id = node_id
        doc = self.ctrl.data.document
        node = doc.node(node_id)
        depth = node_depth(doc, node_id)
        self.title.setText(node_captions(doc)[node_id])
        set_hint(self.hint, node_hint(self.ctrl.edition, node))
        self.editor.edit.setPlaceholderText(_PLACEHOLDERS["chapter" if depth == 0 and node.children else "node"])
        self.editor.set_key(("node", node_id))
        self.new_sub.setEnabled(depth < 3)
        self.new_sub.setToolTip("" if depth < 3 else "标题最多四级")
        self._load_side(node)

    def _load_side(self, node):
        states = NodeStates(self.ctrl)
        captions = node_captions(self.ctrl.data.document)
        self.children_list.clear()
        for child in node.children:
            state, count, detail = states.of(("node", child.id))
            item = QListWidgetItem(state_icon(state, count), f"{captions[child.id]}　{detail.split('（')[0]}")
            item.setData(Qt.ItemDataRole.UserRole, child.id)
            item.setToolTip(f"{captions[child.id]}\n{detail}\n双击打开")
            self.children_list.addItem(item)
        for widget in (self.children_label, self.children_list):      # only where there are some
            widget.setVisible(bool(node.children))
        labels = case_labels(self.ctrl.data.document)
        self.cases.clear()
        for case in (b for b in node.blocks if b.kind == "case"):
            item = QListWidgetItem(f"{labels[case.id]} {case.title or '（无标题案例）'}")
            item.setData(Qt.ItemDataRole.UserRole, case.id)
            item.setToolTip("双击打开案例")
            self.cases.addItem(item)

    def _on_changed(self, kind, _key):
        if kind in ("case", "text", "photo") and self.node_id is not None:
            try:
                self._load_side(self.ctrl.data.document.node(self.node_id))
            except KeyError:
                pass

    # -- actions (shared with the navigation tree, see node_actions) ------------------------
    def new_case(self):
        case_id = node_actions.new_case(self.ctrl, self, self.node_id)
        if case_id is not None:
            self.open_case.emit(case_id)

    def add_subsection(self):
        self.flush()
        node_actions.add_child(self.ctrl, self, self.node_id)

    def rename_subsection(self):
        self.flush()
        node_actions.rename(self.ctrl, self, self.node_id)

    def remove_subsection(self):
        self.flush()
        node_actions.remove(self.ctrl, self, self.node_id)

    def move(self, step: int):
        self.flush()
        node_actions.move(self.ctrl, self.node_id, step)

    def flush(self):
        self.editor.save()


class FrontPage(QWidget):
    """封面与声明: the cover and declaration as printed (from 学校信息 and the settings) and the 前言."""

    def __init__(self, ctrl, parent=None):
        super().__init__(parent)
        self.ctrl = ctrl
        layout = page_layout(self)
        header, self.title, self.hint = page_header("封面与声明")
        layout.addWidget(header)
        self.cover = QLabel()
        self.cover.setObjectName("coverPreview")
        self.cover.setWordWrap(True)
        self.cover.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.cover)
        self.editor = NarrativeEditor(ctrl)
        self.editor.edit.setPlaceholderText(_PLACEHOLDERS["front"])
        layout.addWidget(self.editor, 1)
        ctrl.changed.connect(self._on_changed)

    @property
    def key(self):
        return self.editor.key

    def show_key(self, key=None):
        preface = self.ctrl.data.settings["preface"].get("title")
        self.title.setText(f"封面与声明（{preface}）" if preface else "封面与声明")
        set_hint(self.hint, "封面、声明和公开信息来自“学校信息”，在那里修改；"
                 + (f"下面撰写{preface}。" if preface else "本报告不写前言。"))
        self.editor.setVisible(preface is not None)
        self.editor.set_key(("front",) if preface is not None else None)
        self._load_cover()

    def _load_cover(self):
        data, settings = self.ctrl.data, self.ctrl.data.settings
        values = {"school": data.profile.get("name", "（学校名称）"), "year": data.year}
        title = _format(settings["cover"].get("title", ""), values)
        declaration = settings.get("declaration", {})
        text = _format(declaration.get("text", ""), values) if declaration.get("enabled") else "（不印声明）"
        url = data.profile.get("publication_url") or data.profile.get("website") or "（未填写网址）"
        form = data.profile.get("publication_form", "（未选择公开形式）")
        self.cover.setText(f"<b>封面：</b>{title}<br><b>声明：</b>{text}<br>"
                           f"<b>公开形式及网址：</b>{form}　{url}")

    def _on_changed(self, kind, _key):
        if kind in ("profile", "year", "all") and self.isVisible():
            self.show_key()

    def flush(self):
        self.editor.save()


def _format(pattern: str, values: dict) -> str:
    """{school} and {year} filled in; a pattern with other braces is shown as it is."""
    try:
        return pattern.format(**values)
    except (KeyError, IndexError, ValueError):
        return pattern
