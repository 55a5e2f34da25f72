"""What the user sees of the document's places: numbered headings, labels and reading order.

Places carry store ids for the program and a label for people (“2 人才培养 › 2.1 立德树人”,
“案例：校企共育高技能人才”); messages quote the numbered heading, never an internal key.
"""

from vqdesk.core.document.numbering import heading_numbers, titled
from vqdesk.core.findings import Place

_SEPARATOR = " › "


def subtree(node):
    """The node and every heading below it, in reading order."""
    return [n for _, _, n in node.walk()]


def subtree_text(node) -> str:
    """The text blocks of a heading and of the headings below it (not its cases')."""
    return "\n".join(t for n in subtree(node) if (t := n.text()))


def case_text(case) -> str:
    return "\n".join(b.text for b in case.children if b.kind == "text" and b.text.strip())


def _number(doc, depth: int, path: tuple) -> str:
    """A heading number for documents not yet stored (nodes without ids)."""
    from vqdesk.core.document.numbering import HEADING_KEYS, fill
    pattern = (doc.settings.get("numbering") or {}).get(HEADING_KEYS[min(depth, 3)], "{n}")
    position = tuple(i + 1 for i in path)
    return fill(pattern, position[-1], position[:-1])


class Outline:
    """Labels and reading positions of one document's headings and blocks, computed once."""

    def __init__(self, doc):
        self.doc = doc
        #: (node, block) of every block in reading order: each rule walks them, so once per document
        self.blocks = list(doc.blocks())
        self._tables, self._texts = {}, None
        for _, block in self.blocks:
            if block.kind == "table":
                self._tables.setdefault(block.ref, block)
        numbers = heading_numbers(doc) if all(n.id is not None for n in doc.nodes()) else None
        self._title, self._path, self._holder, self._case = {}, {}, {}, {}
        #: ("node" | "block", store id) -> position in reading order, for sorting findings
        self.order = {}
        titles = {}
        for depth, path, node in doc.walk():
            titles[path] = titled(numbers[node.id] if numbers else _number(doc, depth, path), node.title)
            self._title[id(node)] = titles[path]
            self._path[id(node)] = _SEPARATOR.join(titles[path[:k]] for k in range(1, len(path) + 1))
            self._index("node", node.id)
            for block in node.blocks:
                for inner in block.walk():
                    self._holder[id(inner)] = node
                    if inner is not block:
                        self._case[id(inner)] = block
                    self._index("block", inner.id)

    def text_blocks(self) -> list:
        """(text, place, where) of every text block, cases' included: made once per document."""
        if self._texts is None:
            self._texts = [(b.text, self.block_place(b), self.name(b)) for _, b in self.blocks
                           if b.kind == "text" and b.text]
        return self._texts

    def table_by_ref(self, ref: str):
        """The first table block with this reference name (Document.table_by_ref, without a walk)."""
        return self._tables.get(ref)

    def _index(self, kind: str, store_id):
        if store_id is not None:
            self.order[(kind, store_id)] = len(self.order)

    # -- headings ------------------------------------------------------------------------------
    def title(self, node) -> str:
        """The numbered heading, “2.1 立德树人”."""
        return self._title[id(node)]

    def path(self, node) -> str:
        """The numbered headings down to this one, “2 人才培养 › 2.1 立德树人”."""
        return self._path[id(node)]

    def node_place(self, node) -> Place:
        return Place(kind="node", node=node.id, label=self.path(node))

    # -- blocks --------------------------------------------------------------------------------
    def holder(self, block):
        """The heading a block (or a case's inner block) stands under."""
        return self._holder[id(block)]

    def case_of(self, block):
        return self._case.get(id(block))

    def name(self, block) -> str:
        """How messages name where a block's text is: “2.1 立德树人”, or 案例“…” for a case."""
        case = block if block.kind == "case" else self.case_of(block)
        if case is None:
            return f"“{self.title(self.holder(block))}”"
        if case.title.strip():
            return f"案例“{case.title.strip()}”"
        return f"“{self.title(self.holder(block))}”中的案例"

    def block_label(self, block) -> str:
        case = block if block.kind == "case" else self.case_of(block)
        if case is not None and case.title.strip():
            base = f"案例：{case.title.strip()}"
        elif case is not None:
            base = f"{self.path(self.holder(block))}{_SEPARATOR}案例（无标题）"
        else:
            base = self.path(self.holder(block))
        if block.kind == "table":
            return f"{base}{_SEPARATOR}表格“{block.caption}”" if block.caption else f"{base}{_SEPARATOR}表格"
        if block.kind == "chart":
            return f"{base}{_SEPARATOR}图表“{block.caption}”" if block.caption else f"{base}{_SEPARATOR}图表"
        if block.kind == "photos":
            return f"{base}{_SEPARATOR}图片"
        return base

    def block_place(self, block) -> Place:
        return Place(kind="block", node=self.holder(block).id, block=block.id, label=self.block_label(block))
