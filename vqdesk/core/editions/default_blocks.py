"""The blocks a new year starts with, declared in the edition's data (`[[blocks]]`).

Each entry names the edition parts it may go under, best first; the first part the edition has
wins, and an entry whose parts the edition lacks goes to the first chapter.  Blocks use the same
JSON form as `vqdesk content` and are checked by the same code.
"""

from dataclasses import dataclass

from vqdesk.core.document.blocks import ContentError, parse_block
from vqdesk.core.errors import EditionError


@dataclass(frozen=True)
class DefaultBlock:
    parts: tuple          # edition part keys, best first
    block: dict           # the block's JSON form; "{year}" in captions is the report year


def read_default_blocks(items, origins, edition) -> tuple:
    out = []
    lists = {rl.id for rl in edition.record_lists}
    for index, (item, origin) in enumerate(zip(items, origins)):
        entry = f"blocks[{index}]"
        if not isinstance(item, dict) or set(item) - {"parts", "block"}:
            raise EditionError(origin, entry, "应是 { parts = [...], block = {...} }")
        parts = item.get("parts", [])
        if not isinstance(parts, list) or not all(isinstance(p, str) for p in parts):
            raise EditionError(origin, entry, "parts 应为模板部分编号的列表")
        try:
            block = parse_block(item.get("block"), entry)
        except ContentError as exc:
            raise EditionError(origin, entry, str(exc)) from None
        for b in block.walk():
            src = b.data.get("source") or {}
            if src.get("list") and src["list"] not in lists:
                raise EditionError(origin, entry, f"名单“{src['list']}”不在本模板中")
        out.append(DefaultBlock(tuple(parts), item["block"]))
    return tuple(out)
