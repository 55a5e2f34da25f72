"""Heading actions shared by the section page and the navigation tree: add a sub-heading,
rename (F2), move up or down, remove (after asking), and add a case.  Each is one undo step."""

from PySide6.QtWidgets import QInputDialog, QMessageBox

from vqdesk.ui.commands_document import (AddCaseCommand, AddNodeCommand, MoveNodeCommand, RemoveNodeCommand,
                                         RenameNodeCommand)
from vqdesk.ui.outline import node_captions, node_depth, parent_of, siblings

#: The outline has up to four levels (depth 0–3).
MAX_DEPTH = 3


def _node(ctrl, node_id):
    try:
        return None if node_id is None else ctrl.data.document.node(node_id)
    except KeyError:
        return None


def add_child(ctrl, parent_widget, node_id) -> bool:
    node = _node(ctrl, node_id)
    if node is None:
        return False
    if node_depth(ctrl.data.document, node_id) >= MAX_DEPTH:
        ctrl.error.emit("标题最多四级，不能再添加下级标题。")
        return False
    title, ok = QInputDialog.getText(parent_widget, "添加下级标题",
                                     f"在“{node.title}”下添加标题（编号自动生成）：")
    return bool(ok and title.strip()) and ctrl.push(AddNodeCommand(ctrl, node_id, title.strip()))


def add_sibling(ctrl, parent_widget, node_id) -> bool:
    """A new heading just after this one, at the same level."""
    if _node(ctrl, node_id) is None:
        return False
    doc = ctrl.data.document
    parent = parent_of(doc, node_id)
    position = [n.id for n in siblings(doc, node_id)].index(node_id) + 1
    title, ok = QInputDialog.getText(parent_widget, "添加同级标题", "新标题（编号自动生成）：")
    return bool(ok and title.strip()) and ctrl.push(
        AddNodeCommand(ctrl, parent.id if parent else None, title.strip(), position=position))


def rename(ctrl, parent_widget, node_id) -> bool:
    node = _node(ctrl, node_id)
    if node is None:
        return False
    title, ok = QInputDialog.getText(parent_widget, "修改标题", "新的标题（编号自动生成）：", text=node.title)
    if not (ok and title.strip()) or title.strip() == node.title:
        return False
    return ctrl.push(RenameNodeCommand(ctrl, node_id, title.strip()))


def move(ctrl, node_id, step: int) -> bool:
    if _node(ctrl, node_id) is None:
        return False
    ids = [n.id for n in siblings(ctrl.data.document, node_id)]
    position = ids.index(node_id) + step
    return 0 <= position < len(ids) and ctrl.push(MoveNodeCommand(ctrl, node_id, position))


def remove(ctrl, parent_widget, node_id) -> bool:
    node = _node(ctrl, node_id)
    if node is None:
        return False
    caption = node_captions(ctrl.data.document)[node_id]
    below = "及其下的全部正文、案例、图片和下级标题" if node.children else "及其下的正文、案例和图片"
    answer = QMessageBox.question(parent_widget, "删除此标题",
                                  f"删除“{caption}”{below}？\n可以用“编辑 → 撤销”恢复。")
    if answer != QMessageBox.StandardButton.Yes:
        return False
    return ctrl.push(RemoveNodeCommand(ctrl, node_id))


def new_case(ctrl, parent_widget, node_id):
    """Add a case at the end of the heading; returns its block id, or None."""
    if _node(ctrl, node_id) is None:
        return None
    title, ok = QInputDialog.getText(parent_widget, "新建案例", "案例标题：")
    if not (ok and title.strip()):
        return None
    command = AddCaseCommand(ctrl, node_id, title.strip())
    return command.first_id if ctrl.push(command) else None
