"""The navigation tree: the report's own outline (numbered as the report numbers it) with each
heading's fill state, around the school profile, cases, photos, record lists and tables."""


from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLineEdit, QStyle, QStyledItemDelegate, QTreeWidget,
                               QTreeWidgetItem)

from vqdesk.core.profile import profile_fields, profile_set
from vqdesk.ui.icons import DONE, EMPTY, ERROR, PARTIAL, STATE_LABELS, WARNING, state_icon
from vqdesk.core.completeness import count_chars
from vqdesk.core.validation.outline import subtree_text
from vqdesk.core.validation.parts import required_parts
from vqdesk.ui.outline import length_target, node_captions, preface_target

#: Node keys are tuples: ("profile",), ("front",), ("node", outline node id),
#: ("cases",), ("photos",), ("lists",), ("list", id), ("tables",), ("table", no).
KeyRole = Qt.ItemDataRole.UserRole + 1
#: A heading's own title (what renaming in place edits; the row shows it numbered).
TitleRole = Qt.ItemDataRole.UserRole + 2
NoteRole = Qt.ItemDataRole.UserRole + 3
REQUIRED_COLOUR = QBrush(QColor("#9a6b00"))
NODE_FLAGS = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
              | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled)
OTHER_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def char_count(text: str, figures=None) -> int:
    """字数 as validation counts it (one definition: core.completeness.count_chars)."""
    return count_chars(text, figures)


def fill_state(filled: bool, complete: bool, findings) -> tuple[str, int]:
    """The node's state and the count shown with it."""
    errors = sum(f.severity == "error" for f in findings)
    warnings = sum(f.severity == "warning" for f in findings)
    if errors:
        return ERROR, errors
    if warnings:
        return WARNING, warnings
    if not filled:
        return EMPTY, 0
    return (DONE if complete else PARTIAL), 0


class NodeStates:
    """Computes the state of every node from the controller's data and findings."""

    def __init__(self, ctrl):
        self.ctrl = ctrl
        self.data = ctrl.data
        # the tree asks for every heading after each edit: find them by id once
        self._nodes = {n.id: n for n in self.data.document.nodes()}

    def of(self, key: tuple) -> tuple[str, int, str]:
        """(state, count, detail) for a node key."""
        kind = key[0]
        method = getattr(self, f"_{kind}", None)
        return method(*key[1:]) if method else (EMPTY, 0, "")

    def _counted(self, text: str, low: int, high: int, found, filled=None):
        n = char_count(text, self.ctrl.figures)
        complete = n >= low and (not high or n <= high)
        state, count = fill_state(bool(text.strip()) if filled is None else filled, complete, found)
        target = f"建议 {low}–{high} 字" if high else (f"至少 {low} 字" if low else "")
        return state, count, f"{n} 字" + (f"（{target}）" if target else "")

    def _profile(self):
        profile = self.data.profile
        required = [f for f in profile_fields(self.data.report.level) if f.required]
        filled = [f for f in required if profile.get(f.key)]
        state, count = fill_state(bool(profile), len(filled) == len(required),
                                  self.ctrl.findings_at(kind="profile"))
        return state, count, f"必填项 {len(filled)}/{len(required)}"

    def _front(self):
        preface = self.data.settings.get("preface") or {}
        if preface.get("title") is None:
            return DONE, 0, "不写前言"
        low, high = preface_target(self.data.edition)
        return self._counted(preface.get("text") or "", low, high, self.ctrl.findings_at(kind="preface"))

    def _node(self, node_id):
        """A heading with text of its own counts its 字数; one that only has sub-headings sums them."""
        node = self._nodes[node_id]
        found = self.ctrl.findings_at(node=node_id)
        if node.children and not node.has_content():
            return self._children(node, found)
        low, high = length_target(self.data.edition, node)
        # Tables and charts are seeded by the edition: only text, photos and cases are the school's.
        filled = bool(node.text().strip()) or any(b.kind in ("photos", "case") for b in node.blocks)
        # The edition's bounds cover the heading with the headings below it, as validation counts.
        return self._counted(subtree_text(node), low, high, found, filled=filled)

    def _children(self, node, found):
        states = [self._node(child.id) for child in node.children]
        errors = sum(f.severity == "error" for f in found) + sum(c for s, c, _ in states if s == ERROR)
        warnings = sum(f.severity == "warning" for f in found) + sum(c for s, c, _ in states if s == WARNING)
        done = sum(s == DONE for s, _, _ in states)
        detail = f"已完成 {done}/{len(states)} 节"
        if errors or warnings:
            return (ERROR, errors, detail) if errors else (WARNING, warnings, detail)
        if all(s == EMPTY for s, _, _ in states):
            return EMPTY, 0, detail
        return (DONE if done == len(states) else PARTIAL), 0, detail

    def _cases(self):
        cases = self.data.document.cases()
        ids = {b.id for _, case in cases for b in case.walk()}
        found = [f for f in self.ctrl.findings if getattr(f.place, "block", None) in ids]
        state, count = fill_state(bool(cases), True, found)
        return state, count, f"{len(cases)} 个案例"

    def _photos(self):
        photos = self.data.document.photo_ids()
        blocks = {b.id for _, b in self.data.document.blocks() if b.kind == "photos"}
        found = [f for f in self.ctrl.findings if getattr(f.place, "block", None) in blocks]
        state, count = fill_state(bool(photos), True, found)
        return state, count, f"{len(photos)} 张图片"

    def _list(self, list_id):
        rows = self.data.records.get(list_id, [])
        state, count = fill_state(bool(rows), True, self.ctrl.findings_at(kind="record", list_id=list_id))
        return state, count, f"{len(rows)} 行"

    def _lists(self):
        return self._group([("list", rl.id) for rl in self.data.edition.record_lists])

    def _table(self, no):
        table = self.data.edition.table(no)
        report = self.data.report
        wanted = [r for r in table.rows if (r.applicable or report.school_type != "zhongzhi")
                  and not self.data.edition.is_derived(r.id)
                  and not (r.graduate_related and not report.has_graduates)]
        filled = [r for r in wanted if self.data.value(r.id) is not None]
        found = [f for f in self.ctrl.findings_at(kind="indicator") if f.place.table == no]
        state, count = fill_state(bool(filled), len(filled) == len(wanted), found)
        return state, count, f"已填 {len(filled)}/{len(wanted)} 项"

    def _tables(self):
        return self._group([("table", t.no) for t in self.data.edition.tables])

    def _group(self, keys):
        states = [self.of(k) for k in keys]
        errors = sum(c for s, c, _ in states if s == ERROR)
        warnings = sum(c for s, c, _ in states if s == WARNING)
        if errors:
            return ERROR, errors, ""
        if warnings:
            return WARNING, warnings, ""
        kinds = {s for s, _, _ in states}
        if kinds == {EMPTY}:
            return EMPTY, 0, ""
        return (DONE if kinds == {DONE} else PARTIAL), 0, ""


def part_note(edition, node, required: set) -> str:
    """What the tree says about a heading's origin: a required or suggested edition part, or the school's."""
    if node.edition_part is None:
        return "学校自行添加的标题"
    if node.edition_part in required:
        return "模板的必需部分：不能删除或留空（删除后在“问题”中提示）"
    return "模板建议的部分：可以改名、移动或删除"


class _TitleDelegate(QStyledItemDelegate):
    """Renaming in place edits the title without its number; the tree asks for the rename."""

    def __init__(self, tree):
        super().__init__(tree)
        self.tree = tree

    def createEditor(self, parent, option, index):
        return QLineEdit(parent) if index.column() == 0 else None

    def initStyleOption(self, option, index):
        """No focus frame around the current row: it looked like an open rename box."""
        super().initStyleOption(option, index)
        option.state &= ~QStyle.StateFlag.State_HasFocus

    def setEditorData(self, editor, index):
        editor.setText(index.data(TitleRole) or "")
        editor.selectAll()

    def setModelData(self, editor, model, index):
        key, title = index.data(KeyRole), editor.text().strip()
        if title and title != index.data(TitleRole):
            # After the editor has closed: the rename rebuilds the tree, which must not happen
            # while the view is still committing (the items and the index would be deleted).
            QTimer.singleShot(0, lambda: self.tree.commit_rename(key[1], title))


class NavigationTree(QTreeWidget):
    """Left-hand outline.  Emits `activated_key` with the node key of the selected page;
    `rename_requested(node id, title)` after renaming in place (F2, double-click) and
    `move_requested(node id, parent id or None, position)` after dragging a heading."""

    activated_key = Signal(tuple)
    rename_requested = Signal(int, str)
    move_requested = Signal(int, object, int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setColumnCount(2)          # the title, and 必写 beside a required edition part
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.setItemDelegate(_TitleDelegate(self))
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setIndentation(16)
        self.setMinimumWidth(220)
        self.currentItemChanged.connect(self._on_current)
        self._items: dict[tuple, QTreeWidgetItem] = {}

    def build(self, ctrl, fresh: bool = False):
        """Rebuild the tree for the controller's year (keeps the selected node and, unless
        `fresh`, which headings are open)."""
        self.ensurePolished()      # before the first show too: row heights include the style's padding
        current = self.current_key()
        expanded = None if fresh or not self._items else {k for k, i in self._items.items() if i.isExpanded()}
        self.blockSignals(True)
        self.clear()
        self._items.clear()
        edition, doc = ctrl.edition, ctrl.data.document
        self._add(None, ("profile",), profile_set(ctrl.data.report.level).title)
        preface = (doc.settings.get("preface") or {}).get("title")
        self._add(None, ("front",), f"封面与声明（{preface}）" if preface else "封面与声明")
        captions = node_captions(doc)
        required = required_parts(edition)

        def add_nodes(parent, nodes):
            for node in nodes:
                item = self._add(parent, ("node", node.id), captions[node.id])
                if node.edition_part in required:
                    item.setText(1, "必写")
                    item.setForeground(1, REQUIRED_COLOUR)
                    item.setToolTip(1, "模板的必需部分")
                item.setData(0, TitleRole, node.title)
                item.setData(0, NoteRole, part_note(edition, node, required))
                item.setFlags(NODE_FLAGS)
                add_nodes(item, node.children)

        add_nodes(None, doc.outline)
        self._add(None, ("cases",), "案例")
        self._add(None, ("photos",), "图片")
        lists = self._add(None, ("lists",), "名单")
        for rl in edition.record_lists:
            self._add(lists, ("list", rl.id), rl.title)
        tables = self._add(None, ("tables",), "六张指标表")
        for table in edition.tables:
            self._add(tables, ("table", table.no), f"表{table.no} {table.title}")
        if expanded is None:                     # first build: chapters open, lists closed
            self.expandToDepth(0)
            lists.setExpanded(False)
        else:
            for key in expanded & set(self._items):
                self._items[key].setExpanded(True)
        self.blockSignals(False)
        self.refresh_states(ctrl)
        self.select_key(current if current in self._items else ("profile",))

    def _add(self, parent, key, text) -> QTreeWidgetItem:
        item = QTreeWidgetItem([text])
        item.setData(0, KeyRole, key)
        item.setFlags(OTHER_FLAGS)
        if parent is None:
            self.addTopLevelItem(item)
        else:
            parent.addChild(item)
        self._items[key] = item
        return item

    def refresh_states(self, ctrl):
        states = NodeStates(ctrl)
        for key, item in self._items.items():
            state, count, detail = states.of(key)
            item.setIcon(0, state_icon(state, count))
            label = STATE_LABELS[state] + (f" {count} 处" if count else "")
            note = item.data(0, NoteRole)
            item.setToolTip(0, f"{item.text(0)}\n{label}" + (f"　{detail}" if detail else "")
                            + (f"\n{note}\n双击或按 F2 改名，拖动可调整位置" if note else ""))

    def commit_rename(self, node_id: int, title: str):
        self.rename_requested.emit(node_id, title)
        self.setFocus()              # Ctrl+Z next undoes the rename, not some editor on the page

    def current_key(self):
        item = self.currentItem()
        return item.data(0, KeyRole) if item else None

    def select_key(self, key: tuple):
        item = self._items.get(key)
        if item is not None:
            parent = item.parent()
            while parent is not None:
                parent.setExpanded(True)
                parent = parent.parent()
            self.setCurrentItem(item)
            self.scrollToItem(item)

    def keys(self) -> list[tuple]:
        return list(self._items)

    def _on_current(self, item, _previous):
        if item is not None:
            self.activated_key.emit(item.data(0, KeyRole))

    # -- dragging headings ------------------------------------------------------------------
    def dragMoveEvent(self, event):
        super().dragMoveEvent(event)
        if self.drop_place(event) is None:
            event.ignore()

    def drop_place(self, event):
        """(node id, new parent id or None, position) of a heading dropped here, or None."""
        dragged = self.currentItem()
        target = self.itemAt(event.position().toPoint())
        if dragged is None or target is None or (dragged.data(0, KeyRole) or ("",))[0] != "node" \
                or target.data(0, KeyRole)[0] != "node" or target is dragged:
            return None
        where = self.dropIndicatorPosition()
        Indicator = QAbstractItemView.DropIndicatorPosition
        if where == Indicator.OnItem:
            parent, position = target, target.childCount()
        elif where in (Indicator.AboveItem, Indicator.BelowItem):
            parent = target.parent()
            siblings = [parent.child(i) for i in range(parent.childCount())] if parent else \
                [self.topLevelItem(i) for i in range(self.topLevelItemCount())
                 if self.topLevelItem(i).data(0, KeyRole)[0] == "node"]
            others = [s for s in siblings if s is not dragged]
            position = others.index(target) + (where == Indicator.BelowItem)
        else:
            return None
        return dragged.data(0, KeyRole)[1], parent.data(0, KeyRole)[1] if parent else None, position

    def dropEvent(self, event):
        place = self.drop_place(event)
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()                      # the tree is rebuilt from the file after the move
        if place is not None:
            self.move_requested.emit(*place)
