"""A new year's document: the edition's outline copied into the report, with its default blocks."""

import copy

from vqdesk.core.document.blocks import parse_block
from vqdesk.core.document.model import Document, Node
from vqdesk.core.document.settings import default_settings


def seed_document(edition, year: int, month: str = "") -> Document:
    outline = []
    for chapter in edition.chapters:
        node = Node(title=chapter.title, edition_part=chapter.key)
        node.children = [Node(title=s.title, edition_part=s.key) for s in chapter.sections]
        outline.append(node)
    doc = Document(settings=default_settings(edition, year, month), outline=outline)
    for default in edition.default_blocks:
        place_default(doc, default, year)
    return doc


def place_default(doc: Document, default, year: int):
    """Append one default block under the first of its parts the document has (else chapter 1)."""
    target = next((n for part in default.parts if (n := doc.find_part(part)) is not None), None)
    if target is None and doc.outline:
        target = doc.outline[0]
    if target is None:
        return
    raw = copy.deepcopy(default.block)
    if isinstance(raw.get("caption"), str):
        raw["caption"] = raw["caption"].replace("{year}", str(year))
    target.blocks.append(parse_block(raw, "default"))


def carry_forward(previous: Document, year: int, month: str = "") -> Document:
    """A new year's document from last year's: the school's own outline and settings, and the blocks
    bound to data (tables and charts read the new year's figures).  Text, free tables, photos and
    cases belong to their year and are not copied."""
    doc = Document(settings=copy.deepcopy(previous.settings), outline=[_carry(n) for n in previous.outline])
    doc.settings["cover"]["date"] = month
    doc.settings["annex"]["years"] = [year]
    refs = {b.ref for _, b in doc.blocks() if b.kind == "table" and b.ref}
    for node in doc.nodes():      # a chart of a free table that stayed behind goes with it
        node.blocks = [b for b in node.blocks
                       if not (b.kind == "chart" and (b.data["source"] or {}).get("table") not in (None, *refs))]
    return doc


def _carry(node: Node) -> Node:
    kept = [copy.deepcopy(b) for b in node.blocks if _bound(b)]
    for b in kept:
        b.id = None
    return Node(title=node.title, edition_part=node.edition_part, blocks=kept,
                children=[_carry(c) for c in node.children])


def _bound(block) -> bool:
    if block.kind == "table":
        return block.data.get("source") is not None
    if block.kind == "chart":
        return block.data.get("source") is not None
    return False
