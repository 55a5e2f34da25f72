"""查找和替换 in the report's texts: text blocks (headings' and cases') and the 前言.

Data fields such as {{profile.name}} are left alone: a replacement never edits inside one."""

from dataclasses import dataclass

from vqdesk.core.binding import TOKEN_RE
from vqdesk.core.model import ReportData


@dataclass(frozen=True)
class TextTarget:
    """A place holding text: ("block", id) or ("preface",), its node (None for the 前言) and text."""
    target: tuple
    node_id: int | None
    case_id: int | None
    text: str


def text_targets(data: ReportData) -> list[TextTarget]:
    """Every text of the year in reading order: the 前言, then each heading's and case's texts."""
    out = []
    preface = data.settings.get("preface") or {}
    if preface.get("title") is not None:
        out.append(TextTarget(("preface",), None, None, preface.get("text") or ""))
    for node in data.document.nodes():
        for block in node.blocks:
            if block.kind == "text":
                out.append(TextTarget(("block", block.id), node.id, None, block.text))
            elif block.kind == "case":
                out += [TextTarget(("block", child.id), node.id, block.id, child.text)
                        for child in block.children if child.kind == "text"]
    return out


def _spans(text: str):
    """(start, end, is_token) pieces of `text`."""
    at = 0
    for match in TOKEN_RE.finditer(text):
        if match.start() > at:
            yield at, match.start(), False
        yield match.start(), match.end(), True
        at = match.end()
    if at < len(text):
        yield at, len(text), False


def count_in(text: str, find: str) -> int:
    """Occurrences of `find` outside data fields."""
    if not find:
        return 0
    return sum(text[a:b].count(find) for a, b, token in _spans(text) if not token)


def replace_in(text: str, find: str, replacement: str, limit: int | None = None) -> tuple[str, int]:
    """`text` with `find` replaced (the first `limit` occurrences, or all) outside data fields,
    and how many were replaced."""
    if not find:
        return text, 0
    parts, done = [], 0
    for a, b, token in _spans(text):
        piece = text[a:b]
        if not token and (limit is None or done < limit):
            left = None if limit is None else limit - done
            n = piece.count(find) if left is None else min(piece.count(find), left)
            piece = piece.replace(find, replacement, n)
            done += n
        parts.append(piece)
    return "".join(parts), done
