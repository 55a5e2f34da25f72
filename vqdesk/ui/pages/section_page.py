"""Pages with text: a heading of the outline (chapter, section, level-3 or level-4) as a column
of its blocks with its sub-headings beside it, and the front matter with the 前言."""

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (QFrame, QGridLayout, QLabel, QListWidget, QListWidgetItem, QPushButton,
                               QScrollArea, QSplitter, QVBoxLayout, QWidget)

from vqdesk.ui import node_actions
from vqdesk.ui.blocks.column import BlockColumn
from vqdesk.ui.blocks.inserter import Inserter
from vqdesk.ui.blocks.photo_files import add_photo_files, dropped_images
from vqdesk.ui.icons import state_icon
from vqdesk.ui.navigation import NodeStates
from vqdesk.ui.outline import node_captions, node_depth
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
    """A heading as it will print: its blocks in one scrolling column, an 插入 toolbar, and its
    sub-headings beside it.  `open_node` asks to show a sub-heading."""

    open_case = Signal(int)
    open_node = Signal(int)

    def __init__(self, ctrl, parent=None):
        super().__init__(parent)
        self.ctrl = ctrl
        self.node_id = None
        self.current = (None, None)           # (column, block id) where 插入 puts new content
        layout = page_layout(self)
        header, self.title, self.hint = page_header("")
        layout.addWidget(header)
        self.inserter = Inserter(self)
        tools = self.inserter.toolbar()
        layout.addLayout(tools)
        count = self.inserter.count_label              # a narrow window wraps the count, never widens;
        count.setWordWrap(True)                        # a wide one shares the spare room with it
        count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        tools.setStretchFactor(count, 3)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        # A narrow window (the preview pane open) must scroll, never cut text off at the right.
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.scroll.setObjectName("documentColumn")
        self.column = BlockColumn(ctrl, self)
        self.scroll.setWidget(self.column)
        splitter.addWidget(self.scroll)
        splitter.addWidget(self._side_panel())
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([760, 220])
        self.splitter = splitter
        layout.addWidget(splitter, 1)
        self.setAcceptDrops(True)
        self._reveal_id = None
        self._reveal = QTimer(self, singleShot=True, interval=40)     # after the layout settles
        self._reveal.timeout.connect(self._scroll_to_revealed)
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
        grid = QGridLayout()
        buttons = [("new_sub", "添加下级标题", self.add_subsection), ("rename_sub", "修改标题", self.rename_subsection),
                   ("up_button", "上移", lambda: self.move(-1)), ("down_button", "下移", lambda: self.move(1)),
                   ("remove_sub", "删除此标题", self.remove_subsection)]
        for i, (name, text, slot) in enumerate(buttons):
            button = QPushButton(text)
            button.clicked.connect(slot)
            setattr(self, name, button)
            grid.addWidget(button, i // 2, i % 2)
        self.rename_sub.setToolTip("修改本标题的文字（F2）")
        column.addLayout(grid)
        column.addStretch(0)
        return side

    @property
    def key(self):
        return ("node", self.node_id) if self.node_id is not None else None

    def show_node(self, node_id: int):
        if node_id != self.node_id:
            self.flush()
            self.current = (None, None)
            self.column.show_blocks(node_id, [])        # a new heading: fresh editors
        self.node_id = node_id
        doc = self.ctrl.data.document
        node = doc.node(node_id)
        depth = node_depth(doc, node_id)
        self.title.setText(node_captions(doc)[node_id])
        set_hint(self.hint, node_hint(self.ctrl.edition, node))
        self.new_sub.setEnabled(depth < 3)
        self.new_sub.setToolTip("" if depth < 3 else "标题最多四级")
        self.column.show_blocks(node_id, node.blocks)
        self._load_side(node)
        self.inserter.update_count()
        self.inserter.show_library_actions()

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

    def _on_changed(self, kind, key):
        if self.node_id is None:
            return
        try:
            node = self.ctrl.data.document.node(self.node_id)
        except KeyError:
            return
        if kind in ("block", "case", "text", "photo"):
            self.column.show_blocks(self.node_id, node.blocks)
            self._load_side(node)
            self.inserter.update_count()
        elif kind == "settings":          # numbering: the title, case labels and sub-headings
            self.show_node(self.node_id)
        elif kind in ("value", "record", "profile"):
            self.column.refresh()
            self.inserter.update_count()

    def showEvent(self, event):
        super().showEvent(event)
        if self.node_id is not None:
            try:
                self.show_node(self.node_id)
            except KeyError:
                pass

    # -- where 插入 puts things -------------------------------------------------------------
    def set_current(self, column, block_id):
        old_column, old_id = self.current
        if old_column is not None and old_column.frame_of(old_id) is not None:
            old_column.frame_of(old_id).set_current(False)
        self.current = (column, block_id)
        if column.frame_of(block_id) is not None:
            column.frame_of(block_id).set_current(True)

    def insert_place(self, kind: str):
        """(case id or None, position) after the current block; a case goes beside its case."""
        column, block_id = self.current
        if column is None or column.index_of(block_id) is None:
            return None, None
        if kind == "case" and column.case_id is not None:
            return None, self.column.index_of(column.case_id) + 1
        return column.case_id, column.index_of(block_id) + 1

    def reveal(self, block_id: int):
        """Scroll to a block once it is laid out (a new block has no height yet)."""
        self._reveal_id = block_id
        self._reveal.start()

    def _scroll_to_revealed(self):
        for column in [self.column] + [f.editor.column for f in self.column.frames if f.kind == "case"]:
            frame = column.frame_of(self._reveal_id)
            if frame is not None:
                self.scroll.ensureWidgetVisible(frame, 0, 24)
                return

    def text_frames(self) -> list:
        """The frames of the heading's own text blocks, in order."""
        return [f for f in self.column.frames if f.kind == "text"]

    def focus_block(self, block_id: int):
        """Scroll to a block (a finding's place) and put the cursor in it."""
        frame = self.column.frame_of(block_id)
        if frame is not None:
            self.set_current(self.column, block_id)
            self.scroll.ensureWidgetVisible(frame)
            target = getattr(frame.editor, "edit", None) or getattr(frame.editor, "grid", None)
            if target is not None:
                target.setFocus()

    # -- files dropped on the page ----------------------------------------------------------
    def dragEnterEvent(self, event):
        self.drag_enter(event, self.column)

    def dragMoveEvent(self, event):
        self.drag_enter(event, self.column)

    def dropEvent(self, event):
        self.drop(event, self.column)

    def drag_enter(self, event, column):
        if self.node_id is not None and dropped_images(event, self.ctrl):
            event.acceptProposedAction()
        else:
            event.ignore()

    def drop(self, event, column, point=None):
        """Image files dropped on a column (the heading's or a case's) at `point` (in the column's
        coordinates): a new photos block there; dropped elsewhere on the page: at the end."""
        paths = dropped_images(event, self.ctrl)
        if not paths or self.node_id is None:
            return
        event.acceptProposedAction()
        position = column.drop_position(point.y()) if point is not None else None
        add_photo_files(self.ctrl, self.node_id, paths, case_id=column.case_id, position=position)

    def add_dropped_photos(self, paths) -> int | None:
        """Photos dropped on the window while this heading shows: a photos block after the
        block last worked on (inside its case), or at the end.  Returns the block's id."""
        if self.node_id is None or not paths:
            return None
        self.flush()
        case_id, position = self.insert_place("photos")
        return add_photo_files(self.ctrl, self.node_id, paths, case_id=case_id, position=position)

    # -- actions (shared with the navigation tree, see node_actions) ------------------------
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
        self.column.flush()


class FrontPage(QWidget):
    """封面与声明: the cover and declaration as printed (from 学校信息 and the settings) and the 前言."""

    #: 报告设置… was clicked: the window opens the settings dialog.
    settings_requested = Signal()

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
        row = QGridLayout()
        row.addWidget(self.cover, 0, 0)
        self.settings_button = QPushButton("报告设置…")
        self.settings_button.setToolTip("修改封面标题和日期、声明、前言、目录、附件、封底和编号")
        self.settings_button.clicked.connect(self.settings_requested)
        row.addWidget(self.settings_button, 0, 1, Qt.AlignmentFlag.AlignTop)
        row.setColumnStretch(0, 1)
        layout.addLayout(row)
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
        set_hint(self.hint, "学校名称、公开形式及网址来自“学校信息”；标题、日期、声明和前言等在“报告设置”中修改。"
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
        date = settings["cover"].get("date") or ""
        publication = f"{form}　{url}" if settings.get("publication", {}).get("enabled", True) else "（不印此页）"
        self.cover.setText(f"<b>封面：</b>{title}{'　' + date if date else ''}<br><b>声明：</b>{text}<br>"
                           f"<b>公开形式及网址：</b>{publication}")

    def _on_changed(self, kind, _key):
        if kind in ("profile", "year", "all", "settings") and self.isVisible():
            self.show_key()

    def flush(self):
        self.editor.save()


def _format(pattern: str, values: dict) -> str:
    """{school} and {year} filled in; a pattern with other braces is shown as it is."""
    try:
        return pattern.format(**values)
    except (KeyError, IndexError, ValueError):
        return pattern
