"""The report's own document: outline nodes, content blocks and settings (no Qt, no SQL)."""

from vqdesk.core.document.blocks import ContentError, parse_block
from vqdesk.core.document.model import Block, Document, Node

__all__ = ["Block", "ContentError", "Document", "Node", "parse_block"]
