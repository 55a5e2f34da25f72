"""“表 N …” and “图 N …” paragraphs next to a table or a picture become its caption (the model
numbers captions itself, so the label and number are dropped)."""

from vqdesk.core.docx_import.items import Case, Lost, Para, Photos, Picture, Table
from vqdesk.core.docx_import.patterns import caption, excerpt, is_note, split_captions


def pair_captions(items: list) -> list:
    """The items with caption paragraphs moved onto their table or pictures (also in cases)."""
    taken, claimed = set(), set()      # caption paragraphs used; tables given a caption
    for i, item in enumerate(items):
        if isinstance(item, Case):
            item.items = pair_captions(item.items)
        if not isinstance(item, Para) or "\n" in item.text.strip():
            continue
        found = caption(" ".join(item.text.split()), styled=item.role == "caption")
        if found is None:
            continue
        kind, text = found
        before = items[i - 1] if i > 0 else None
        after = items[i + 1] if i + 1 < len(items) else None
        if kind == "table":
            target = next((t for t in (after, before) if isinstance(t, Table) and not t.data["caption"]
                           and id(t) not in claimed), None)
            if target is not None:
                target.data["caption"] = text
                claimed.add(id(target))
                taken.add(id(item))
        else:
            if _caption_pictures(before, item.text) or _caption_pictures(after, item.text):
                taken.add(id(item))
            elif isinstance(before, Lost) and "图题" not in before.what:
                before.what += f"（图题“{excerpt(text, 30)}”）"
                taken.add(id(item))
    return _table_notes([item for item in items if id(item) not in taken])


def _table_notes(items: list) -> list:
    """A “注：…”/“数据来源：…” paragraph right under a table is the table's note."""
    out = []
    for item in items:
        last = out[-1] if out else None
        if isinstance(item, Para) and isinstance(last, Table) and not last.data["note"] \
                and "\n" not in item.text.strip() and is_note(item.text):
            last.data["note"] = " ".join(item.text.split())
            continue
        out.append(item)
    return out


def _caption_pictures(target, line: str) -> bool:
    """Give the pictures of `target` without a caption the captions on this line."""
    if not isinstance(target, (Picture, Photos)):
        return False
    empty = [img for img in target.images if not img.get("caption")]
    if not empty:
        return False
    texts = split_captions(" ".join(line.split()))
    if len(texts) != len(empty):
        texts = [" ".join(line.split())]
    for img, text in zip(empty, texts):
        found = caption(text)
        img["caption"] = found[1] if found else text
    return True
