"""What the UI says about the report's own outline: numbered headings and case labels (from
core.document.numbering), where a node stands, and each node's length target."""

# Heading numbers and case labels: one definition with the PDF and validation messages.
from vqdesk.core.document.numbering import case_labels, numbered_titles as node_captions  # noqa: E402,F401


def node_depth(doc, node_id: int) -> int:
    """0 for a chapter, 1 for a section … 3 for a level-4 heading."""
    return next(depth for depth, _, node in doc.walk() if node.id == node_id)


def parent_of(doc, node_id: int):
    """The parent node, or None for a chapter."""
    for node in doc.nodes():
        if any(child.id == node_id for child in node.children):
            return node
    return None


def siblings(doc, node_id: int) -> list:
    parent = parent_of(doc, node_id)
    return parent.children if parent is not None else doc.outline


def length_target(edition, node) -> tuple[int, int]:
    """(min, max) characters of the edition part a node carries; max 0 = no upper bound."""
    part = edition.part(node.edition_part) if node is not None and node.edition_part else None
    return (part.min_chars, part.max_chars) if part is not None else (0, 0)


def preface_target(edition) -> tuple[int, int]:
    fm = edition.front_matter
    return fm.preface_min_chars, fm.preface_max_chars


def first_text(blocks):
    """The first text block of a node's (or a case's) own blocks, or None."""
    return next((b for b in blocks if b.kind == "text"), None)


def other_text(blocks) -> str:
    """The text of every text block but the first (what the one-box editor does not show)."""
    texts = [b.text for b in blocks if b.kind == "text"]
    return "\n".join(texts[1:])
