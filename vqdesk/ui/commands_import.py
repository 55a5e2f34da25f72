"""The undo command of 文件 → 从 Word 导入…: the year's outline and content replaced by an
import plan in one step; undo puts back the previous document exactly (same ids)."""

from vqdesk.ui.commands_document import _NodeCommand


def _ids(doc, photos: list) -> tuple[list, list, list]:
    """(node ids, block ids, photo ids) in reading order: a redo remaps the first import's ids."""
    nodes = [n.id for n in doc.nodes()]
    blocks = [b.id for _, b in doc.blocks()]
    return nodes, blocks, list(photos)


class ImportDocxCommand(_NodeCommand):
    """Replace the year's document with a Word file's import plan; afterwards the outline shows
    the first imported heading (after undo, the first heading of the restored outline)."""

    def __init__(self, ctrl, plan):
        super().__init__(ctrl, f"从 Word 导入“{plan.source}”")
        self.plan = plan
        self.saved = None
        self.first = None               # the ids the first import gave, which later commands hold

    def do(self):
        self.saved = self.session.import_docx(self.year, self.plan)
        ids = _ids(self.session.document(self.year), self.saved["added_photos"])
        if self.first is None:
            self.first = ids
        else:
            for kind, old, new in zip(("node", "block", "photo"), self.first, ids):
                for a, b in zip(old, new):
                    self.ctrl.remap(kind, a, b)
        self.focus = ids[0][0] if ids[0] else None

    def revert(self):
        self.session.undo_import(self.saved)
        nodes = self.session.document(self.year).nodes()
        self.focus = nodes[0].id if nodes else None
