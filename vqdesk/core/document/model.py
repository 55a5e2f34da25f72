"""The report as the school's own document: an outline of nodes, each holding ordered blocks.

The edition seeds the outline of a new year; from then on the report owns it.  A node remembers
the edition part it came from (`edition_part`), so validation can tell a required part that is
missing from a suggested one the school renamed or dropped.
"""

from dataclasses import dataclass, field

#: Block kinds and what their `data` holds (see docs/content-format.md).
BLOCK_KINDS = ("text", "table", "chart", "photos", "case")
TABLE_SOURCES = ("list", "indicators", "schools")
CHART_KINDS = ("bar", "grouped_bar", "stacked_bar", "line", "pie", "ring", "hbar", "radar")
COLUMN_KINDS = ("text", "number", "percent", "date")
TEXT_STYLES = ("body", "list", "note")


@dataclass
class Block:
    """One piece of content.  `data` is the kind's own JSON-able dict; a case has children."""
    kind: str
    data: dict = field(default_factory=dict)
    children: list = field(default_factory=list)      # blocks of a case
    id: int | None = None                               # store id; None before it is stored

    # -- convenient views -------------------------------------------------------------------
    @property
    def text(self) -> str:
        return self.data.get("text", "") if self.kind == "text" else ""

    @property
    def title(self) -> str:
        return self.data.get("title", "") if self.kind == "case" else ""

    @property
    def caption(self) -> str:
        return self.data.get("caption", "")

    @property
    def ref(self) -> str | None:
        return self.data.get("ref")

    def walk(self):
        """This block and, for a case, its own blocks."""
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass
class Node:
    """A heading of the outline (chapter, section, level-3 or level-4) and its content."""
    title: str
    edition_part: str | None = None
    blocks: list = field(default_factory=list)
    children: list = field(default_factory=list)
    id: int | None = None

    def walk(self, depth: int = 0, path: tuple = ()):
        """(depth, path of indices, node) for this node and every node below it, in reading order."""
        yield depth, path, self
        for i, child in enumerate(self.children):
            yield from child.walk(depth + 1, path + (i,))

    def all_blocks(self):
        """Every block of this node (cases' blocks included), not of its children."""
        for block in self.blocks:
            yield from block.walk()

    def text(self) -> str:
        """The node's own text blocks (not its children's, not its cases'), one paragraph a line."""
        return "\n".join(b.text for b in self.blocks if b.kind == "text" and b.text.strip())

    def has_content(self) -> bool:
        """Anything printable of its own: text, a table, a chart, photos or a case."""
        return any(b.kind != "text" or b.text.strip() for b in self.blocks)


@dataclass
class Document:
    """A report year's settings and outline."""
    settings: dict = field(default_factory=dict)
    outline: list = field(default_factory=list)

    def walk(self):
        """(depth, path, node) over the whole outline, in reading order (depth 0 = chapter)."""
        for i, node in enumerate(self.outline):
            yield from node.walk(0, (i,))

    def nodes(self):
        return [node for _, _, node in self.walk()]

    def node(self, node_id: int) -> Node:
        for node in self.nodes():
            if node.id == node_id:
                return node
        raise KeyError(node_id)

    def find_part(self, part: str) -> Node | None:
        return next((n for n in self.nodes() if n.edition_part == part), None)

    def blocks(self):
        """(node, block) for every block, cases' inner blocks included, in reading order."""
        for node in self.nodes():
            for block in node.all_blocks():
                yield node, block

    def cases(self):
        """(node, case block) in reading order."""
        return [(n, b) for n, b in self.blocks() if b.kind == "case"]

    def block(self, block_id: int) -> Block:
        for _, block in self.blocks():
            if block.id == block_id:
                return block
        raise KeyError(block_id)

    def node_of_block(self, block_id: int) -> Node:
        for node, block in self.blocks():
            if block.id == block_id:
                return node
        raise KeyError(block_id)

    def table_by_ref(self, ref: str) -> Block | None:
        return next((b for _, b in self.blocks() if b.kind == "table" and b.ref == ref), None)

    def photo_ids(self) -> list[int]:
        return [item["photo"] for _, b in self.blocks() if b.kind == "photos"
                for item in b.data.get("items", ()) if item.get("photo") is not None]


def node_path_label(doc: Document, path: tuple) -> str:
    """A human path such as “2 人才培养 › 2.1 立德树人” for messages."""
    titles, nodes = [], doc.outline
    for index in path:
        node = nodes[index]
        titles.append(node.title)
        nodes = node.children
    return " › ".join(titles)
