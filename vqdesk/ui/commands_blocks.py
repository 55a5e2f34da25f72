"""Undo commands on the blocks of a heading (or of a case): add, change, move, remove, and
moving a heading under another parent (drag in the navigation tree).

Each notifies kind "block" with key "node:<id>" of the heading shown, so the section page
reconciles its column of blocks.
"""

import copy

from vqdesk.ui.commands import _Command
from vqdesk.ui.commands_document import _NodeCommand
from vqdesk.ui.outline import parent_of, siblings

#: mergeWith() id: consecutive saves of one block's typing are one undo step.
MERGE_BLOCK = 3


def block_json(block, captions: dict | None = None) -> dict:
    """A Block as the JSON form update_block/add_block take.  Photo captions live on the photos,
    so a photos block needs them (`captions`: photo id -> caption) or they would be cleared."""
    out = {"kind": block.kind, **copy.deepcopy(block.data)}
    if block.kind == "photos":
        out["items"] = [{"photo": i["photo"], "caption": (captions or {}).get(i["photo"], ""),
                         **({"school": i["school"]} if i.get("school") else {})}   # a school's photo
                        for i in out.get("items", ())]
    if block.kind == "case":
        out["blocks"] = [block_json(c, captions) for c in block.children]
    return out


def photo_captions(session, year) -> dict:
    return {p.id: p.caption for p in session.photos(year)}


class _BlockCommand(_Command):
    kind = "block"

    def __init__(self, ctrl, text: str, node_id: int):
        super().__init__(ctrl, text)
        self.node_id = node_id

    def key(self):
        return f"node:{self.ctrl.current_id('node', self.node_id)}"

    def _block(self, block_id: int):
        return self.session.document(self.year).block(self.ctrl.current_id("block", block_id))


class AddBlockCommand(_BlockCommand):
    """A new block at `position` of a node's blocks (or of a case's, `case_id`)."""

    def __init__(self, ctrl, node_id: int, block: dict, position: int | None = None,
                 case_id: int | None = None, text: str = "插入内容"):
        super().__init__(ctrl, text, node_id)
        self.block, self.position, self.case_id = block, position, case_id
        self.first_id = None

    def do(self):
        case_id = None if self.case_id is None else self.ctrl.current_id("block", self.case_id)
        added = self.session.add_block(self.ctrl.current_id("node", self.node_id), self.block,
                                       position=self.position, case_id=case_id)
        if self.first_id is None:
            self.first_id = added.id
        self.ctrl.remap("block", self.first_id, added.id)

    def revert(self):
        self.session.remove_block(self.ctrl.current_id("block", self.first_id))


class UpdateBlockCommand(_BlockCommand):
    """Replace a block's content (its JSON form); consecutive typing in one text block merges."""

    def __init__(self, ctrl, node_id: int, block_id: int, new: dict, text: str = "修改内容", typing=False):
        super().__init__(ctrl, text, node_id)
        self.block_id, self.new, self.typing = block_id, new, typing
        block = self._block(block_id)
        self.old = block_json(block, photo_captions(self.session, self.year) if block.kind == "photos" else None)
        self.old.pop("blocks", None)          # a case's own blocks are not changed by updating it

    def id(self):
        return MERGE_BLOCK if self.typing else -1

    def mergeWith(self, other) -> bool:
        if not (isinstance(other, UpdateBlockCommand) and other.typing and self.typing
                and other.block_id == self.block_id):
            return False
        self.new = other.new
        return True

    def do(self):
        self.session.update_block(self.ctrl.current_id("block", self.block_id), self.new)

    def revert(self):
        self.session.update_block(self.ctrl.current_id("block", self.block_id), self.old)


class MoveBlockToCommand(_BlockCommand):
    """Move a block to another position among its siblings (a node's or a case's blocks)."""

    def __init__(self, ctrl, node_id: int, block_id: int, position: int):
        super().__init__(ctrl, "移动内容", node_id)
        self.block_id, self.new = block_id, position
        doc = self.session.document(self.year)
        current = ctrl.current_id("block", block_id)
        self.old = _siblings_of_block(doc, current).index(current)

    def do(self):
        self.session.move_block(self.ctrl.current_id("block", self.block_id), self.new)

    def revert(self):
        self.session.move_block(self.ctrl.current_id("block", self.block_id), self.old)


class RemoveBlockAtCommand(_BlockCommand):
    """Remove a block (a case with its own blocks); undo restores it in place."""

    def __init__(self, ctrl, node_id: int, block_id: int):
        super().__init__(ctrl, "删除内容", node_id)
        self.block_id = block_id
        self.saved = None
        self.inner = []

    def do(self):
        current = self.ctrl.current_id("block", self.block_id)
        self.inner = [b.id for b in self.session.document(self.year).block(current).walk()]
        self.saved = self.session.remove_block(current)

    def revert(self):
        saved = dict(self.saved, node_id=self.ctrl.current_id("node", self.node_id))
        if saved["case_id"] is not None:
            saved["case_id"] = self.ctrl.current_id("block", saved["case_id"])
        block = self.session.restore_block(saved)
        for old, new in zip(self.inner, [b.id for b in block.walk()]):
            self.ctrl.remap("block", self.ctrl.current_id("block", old), new)


def _siblings_of_block(doc, block_id: int) -> list[int]:
    for node in doc.nodes():
        ids = [b.id for b in node.blocks]
        if block_id in ids:
            return ids
        for case in (b for b in node.blocks if b.kind == "case"):
            inner = [b.id for b in case.children]
            if block_id in inner:
                return inner
    raise KeyError(block_id)


class ReparentNodeCommand(_NodeCommand):
    """Move a heading under another parent (None: a chapter) at a position (a drag in the tree)."""

    def __init__(self, ctrl, node_id: int, parent_id, position: int):
        super().__init__(ctrl, "移动标题")
        self.node_id, self.new = node_id, (parent_id, position)
        doc = self.session.document(self.year)
        current = self._id(node_id)
        parent = parent_of(doc, current)
        self.old = (parent.id if parent else None, [n.id for n in siblings(doc, current)].index(current))

    def _move(self, place):
        parent, position = place
        self.focus = self._id(self.node_id)
        self.session.move_node(self.focus, position, parent_id=None if parent is None else self._id(parent))

    def do(self):
        self._move(self.new)

    def revert(self):
        self._move(self.old)
