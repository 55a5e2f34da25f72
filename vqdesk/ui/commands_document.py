"""Undo commands on the report's document: text, headings (outline nodes), cases, photos and
the report settings.

Removing and restoring gives nodes, blocks and photos new ids; commands keep the ids they first
saw and ask the controller for the current ones (ctrl.current_id / ctrl.remap).
"""

from vqdesk.ui.commands import MERGE_CASE_BODY, MERGE_TEXT, _Command
from vqdesk.ui.outline import first_text, siblings


def _walk_ids(node) -> tuple[list, list]:
    """(node ids, block ids) of a node's subtree in reading order (restore keeps the order)."""
    nodes, blocks = [], []
    for _, _, n in node.walk():
        nodes.append(n.id)
        blocks += [b.id for b in n.all_blocks()]
    return nodes, blocks


# -- text -------------------------------------------------------------------------------------
class SetTextCommand(_Command):
    """Replace a node's text (its first text block) or the preface; consecutive saves merge."""
    kind = "text"

    def __init__(self, ctrl, target: tuple, text: str):
        super().__init__(ctrl, "编辑正文")
        self.target, self.new = target, text
        self.old = read_text(ctrl, target)

    def key(self):
        return text_key(self.ctrl, self.target)

    def id(self):
        return MERGE_TEXT

    def mergeWith(self, other) -> bool:
        if not isinstance(other, SetTextCommand) or other.target != self.target:
            return False
        self.new = other.new
        return True

    def do(self):
        write_text(self.ctrl, self.target, self.new)

    def revert(self):
        write_text(self.ctrl, self.target, self.old)


def text_key(ctrl, target: tuple) -> str:
    """The `changed` key of a text target as it is now: "node:12" or "front"."""
    if target[0] == "node":
        return f"node:{ctrl.current_id('node', target[1])}"
    return "front"


def read_text(ctrl, target: tuple) -> str:
    if target[0] == "node":
        return ctrl.session.node_text(ctrl.current_id("node", target[1]))
    return ctrl.session.settings(ctrl.year)["preface"].get("text") or ""


def write_text(ctrl, target: tuple, text: str):
    if target[0] == "node":
        ctrl.session.set_node_text(ctrl.current_id("node", target[1]), text)
    else:
        ctrl.session.set_settings(ctrl.year, {"preface": {"text": text}})


class SetSettingsCommand(_Command):
    """Change several report settings at once ({"numbering": {...}, "cases": {...}}); undo puts
    back the previous value of each key it changed."""
    kind = "settings"

    def __init__(self, ctrl, changes: dict):
        super().__init__(ctrl, "修改报告设置")
        self.new = {group: dict(keys) for group, keys in changes.items()}
        current = self.session.settings(self.year)
        self.old = {group: {k: current[group][k] for k in keys if k in current.get(group, {})}
                    for group, keys in changes.items() if group in current}

    def do(self):
        self.session.set_settings(self.year, self.new)

    def revert(self):
        self.session.set_settings(self.year, self.old)


# -- headings ---------------------------------------------------------------------------------
class _NodeCommand(_Command):
    """Base of the heading commands: afterwards the outline shows node `focus`."""
    kind = "outline"

    def __init__(self, ctrl, text: str):
        super().__init__(ctrl, text)
        self.focus = None

    def key(self):
        return f"node:{self.focus}" if self.focus else ""

    def _id(self, first_id):
        return None if first_id is None else self.ctrl.current_id("node", first_id)


class AddNodeCommand(_NodeCommand):
    def __init__(self, ctrl, parent_id, title: str, position: int | None = None):
        super().__init__(ctrl, "添加下级标题")
        self.parent_id, self.title, self.position = parent_id, title, position
        self.first_id = None

    def do(self):
        node = self.session.add_node(self.year, self._id(self.parent_id), self.title, position=self.position)
        if self.first_id is None:
            self.first_id = node.id
        self.ctrl.remap("node", self.first_id, node.id)
        self.focus = node.id

    def revert(self):
        self.session.remove_node(self._id(self.first_id))
        self.focus = self._id(self.parent_id)


class RenameNodeCommand(_NodeCommand):
    def __init__(self, ctrl, node_id: int, title: str):
        super().__init__(ctrl, "修改标题")
        self.node_id, self.new = node_id, title
        self.old = self.session.document(self.year).node(self._id(node_id)).title

    def _rename(self, title: str):
        self.focus = self._id(self.node_id)
        self.session.rename_node(self.focus, title)

    def do(self):
        self._rename(self.new)

    def revert(self):
        self._rename(self.old)


class MoveNodeCommand(_NodeCommand):
    """Move a heading up or down among its siblings."""

    def __init__(self, ctrl, node_id: int, position: int):
        super().__init__(ctrl, "移动标题")
        self.node_id, self.new = node_id, position
        doc = self.session.document(self.year)
        self.old = [n.id for n in siblings(doc, self._id(node_id))].index(self._id(node_id))

    def _move(self, position: int):
        self.focus = self._id(self.node_id)
        self.session.move_node(self.focus, position)

    def do(self):
        self._move(self.new)

    def revert(self):
        self._move(self.old)


class RemoveNodeCommand(_NodeCommand):
    """Remove a heading with its content and sub-headings; undo puts all back in the same place."""

    def __init__(self, ctrl, node_id: int):
        super().__init__(ctrl, "删除标题")
        self.node_id = node_id
        self.saved = None
        self.ids = ([], [])

    def do(self):
        current = self._id(self.node_id)
        self.ids = _walk_ids(self.session.document(self.year).node(current))
        self.saved = self.session.remove_node(current)
        self.focus = self.saved["parent_id"]

    def revert(self):
        saved = dict(self.saved, parent_id=self._id(self.saved["parent_id"]))
        node = self.session.restore_node(self.year, saved)
        for kind, old, new in zip(("node", "block"), self.ids, _walk_ids(node)):
            for a, b in zip(old, new):
                self.ctrl.remap(kind, a, b)
        self.focus = node.id


# -- cases ------------------------------------------------------------------------------------
class AddCaseCommand(_Command):
    """A new case block at the end of a node, with an empty text block to type into."""
    kind = "case"

    def __init__(self, ctrl, node_id: int, title: str):
        super().__init__(ctrl, "新建案例")
        self.node_id, self.title = node_id, title
        self.first_id = None

    def do(self):
        block = self.session.add_block(self.ctrl.current_id("node", self.node_id),
                                       {"kind": "case", "title": self.title, "blocks": [{"kind": "text", "text": ""}]})
        if self.first_id is None:
            self.first_id = block.id
        self.ctrl.remap("block", self.first_id, block.id)

    def revert(self):
        self.session.remove_block(self.ctrl.current_id("block", self.first_id))


class UpdateCaseCommand(_Command):
    """Change a case's title or its text (the case's first text block); typing merges."""
    kind = "case"

    def __init__(self, ctrl, case_id: int, **changes):
        super().__init__(ctrl, "修改案例")
        self.case_id, self.new = case_id, changes
        case = self.session.document(self.year).block(ctrl.current_id("block", case_id))
        body = first_text(case.children)
        current = {"title": case.title, "body": body.text if body else ""}
        self.old = {k: current[k] for k in changes}

    def id(self):
        return MERGE_CASE_BODY if set(self.new) == {"body"} else -1

    def mergeWith(self, other) -> bool:
        if not isinstance(other, UpdateCaseCommand) or other.case_id != self.case_id \
                or set(other.new) != {"body"} or set(self.new) != {"body"}:
            return False
        self.new = other.new
        return True

    def _apply(self, values: dict):
        case_id = self.ctrl.current_id("block", self.case_id)
        if "title" in values:
            self.session.update_block(case_id, {"kind": "case", "title": values["title"]})
        if "body" in values:
            set_case_text(self.session, self.year, case_id, values["body"])

    def do(self):
        self._apply(self.new)

    def revert(self):
        self._apply(self.old)


def set_case_text(session, year, case_id: int, text: str):
    doc = session.document(year)
    body = first_text(doc.block(case_id).children)
    if body is not None:
        session.set_block_text(body.id, text)
    elif text.strip():
        session.add_block(doc.node_of_block(case_id).id, {"kind": "text", "text": text}, position=0, case_id=case_id)


class RemoveBlockCommand(_Command):
    """Remove a case (with its text and photos) or another block; undo restores it in place."""
    kind = "case"

    def __init__(self, ctrl, block_id: int, text: str = "删除案例"):
        super().__init__(ctrl, text)
        self.block_id = block_id
        self.saved, self.node_id = None, None

    def do(self):
        self.saved = self.session.remove_block(self.ctrl.current_id("block", self.block_id))
        self.node_id = self.node_id or self.saved["node_id"]

    def revert(self):
        saved = dict(self.saved, node_id=self.ctrl.current_id("node", self.node_id))
        block = self.session.restore_block(saved)
        self.ctrl.remap("block", self.ctrl.current_id("block", self.block_id), block.id)


class MoveBlockCommand(_Command):
    """Move a block (a case) to another position among its node's blocks."""
    kind = "case"

    def __init__(self, ctrl, block_id: int, position: int):
        super().__init__(ctrl, "移动案例")
        self.block_id, self.new = block_id, position
        doc = self.session.document(self.year)
        current = ctrl.current_id("block", block_id)
        self.old = [b.id for b in doc.node_of_block(current).blocks].index(current)

    def do(self):
        self.session.move_block(self.ctrl.current_id("block", self.block_id), self.new)

    def revert(self):
        self.session.move_block(self.ctrl.current_id("block", self.block_id), self.old)


# -- photos -----------------------------------------------------------------------------------
class AddPhotoCommand(_Command):
    """Add a photo in a new photos block at the end of a node (or of a case)."""
    kind = "photo"

    def __init__(self, ctrl, data: bytes, filename: str, caption: str = "", *,
                 node_id: int, case_id: int | None = None):
        super().__init__(ctrl, "添加图片")
        self.bytes, self.filename, self.caption = data, filename, caption
        self.node_id, self.case_id = node_id, case_id
        self.first_id = None

    def do(self):
        case_id = self.ctrl.current_id("block", self.case_id) if self.case_id else None
        photo = self.session.add_photo(self.year, self.bytes, self.filename, self.caption,
                                       node_id=self.ctrl.current_id("node", self.node_id), case_id=case_id)
        if self.first_id is None:
            self.first_id = photo.id
        self.ctrl.remap("photo", self.first_id, photo.id)

    def revert(self):
        self.session.remove_photo(self.ctrl.current_id("photo", self.first_id))


class UpdatePhotoCommand(_Command):
    kind = "photo"

    def __init__(self, ctrl, photo_id: int, caption: str):
        super().__init__(ctrl, "修改图题")
        self.photo_id, self.new = photo_id, caption
        self.old = ctrl.data.photo(ctrl.current_id("photo", photo_id)).caption

    def do(self):
        self.session.update_photo(self.ctrl.current_id("photo", self.photo_id), caption=self.new)

    def revert(self):
        self.session.update_photo(self.ctrl.current_id("photo", self.photo_id), caption=self.old)


def photo_place(doc, photo_id: int):
    """(node, case block or None, photos block, position among its siblings, index in the block)."""
    for node in doc.nodes():
        for top in node.blocks:
            inner = top.children if top.kind == "case" else [top]
            case = top if top.kind == "case" else None
            for block in inner:
                ids = [i.get("photo") for i in block.data.get("items", ())] if block.kind == "photos" else []
                if photo_id in ids:
                    row = case.children if case else node.blocks
                    return node, case, block, row.index(block), ids.index(photo_id)
    return None


class RemovePhotoCommand(_Command):
    """Remove a photo from the file and its photos block; undo puts it back in the same place."""
    kind = "photo"

    def __init__(self, ctrl, photo_id: int):
        super().__init__(ctrl, "删除图片")
        self.photo_id = photo_id
        current = ctrl.current_id("photo", photo_id)
        self.photo = ctrl.data.photo(current)
        self.bytes = self.session.photo_data(current)
        node, case, block, self.position, self.index = photo_place(self.session.document(self.year), current)
        self.node_id, self.case_id, self.block_id = node.id, case.id if case else None, block.id

    def do(self):
        self.session.remove_photo(self.ctrl.current_id("photo", self.photo_id))

    def revert(self):
        doc = self.session.document(self.year)
        block_id = self.ctrl.current_id("block", self.block_id)
        p = self.photo
        if any(b.id == block_id for _, b in doc.blocks()):      # the block kept its other photos
            photo = self.session.add_photo(self.year, self.bytes, p.filename, p.caption, block_id=block_id)
            self._reorder(block_id, photo.id)
        else:                                                   # the emptied block went with it
            case_id = self.ctrl.current_id("block", self.case_id) if self.case_id else None
            photo = self.session.add_photo(self.year, self.bytes, p.filename, p.caption,
                                           node_id=self.ctrl.current_id("node", self.node_id), case_id=case_id)
            new_block = photo_place(self.session.document(self.year), photo.id)[2]
            self.session.move_block(new_block.id, self.position)
            self.ctrl.remap("block", block_id, new_block.id)
        self.ctrl.remap("photo", self.ctrl.current_id("photo", self.photo_id), photo.id)

    def _reorder(self, block_id: int, photo_id: int):
        block = self.session.document(self.year).block(block_id)
        ids = [i["photo"] for i in block.data["items"] if i["photo"] != photo_id]
        ids.insert(self.index, photo_id)
        captions = {ph.id: ph.caption for ph in self.session.photos(self.year)}
        items = [{"photo": i, "caption": captions.get(i, "")} for i in ids]   # captions live on the photos
        self.session.update_block(block_id, {"kind": "photos", "per_row": block.data.get("per_row", 2),
                                             "items": items})
