"""Migration m003: each year's narratives (keyed by edition section), user sub-sections, cases and
photo placements become that year's document, with nothing lost.

- every edition chapter and section becomes a node remembering its part; a narrative becomes the
  node's text block, its photos a photos block after it, its cases case blocks (with the case's
  own photos); sub-sections become child nodes;
- the edition's default tables and charts are added as blocks, so the report prints as before;
- the preface becomes settings.preface.text; anything keyed to a part the edition does not have
  goes to a last node “其他内容”, so it is kept and visible.

This reads the edition files of today: a migration that has shipped must never change its output,
so later edition changes must not alter what this module writes for old files.
"""



from vqdesk.core.document.model import Block, Document, Node
from vqdesk.core.document.seed import place_default
from vqdesk.core.document.settings import default_settings
from vqdesk.core.editions import get_edition
from vqdesk.core.errors import VqdeskError
from vqdesk.core.store.document_store import write_document

LEFTOVER_TITLE = "其他内容"


def convert_all(db):
    for report in list(db.query("SELECT * FROM reports ORDER BY year")):
        write_document(db, report["id"], convert_report(db, report))


def convert_report(db, report: dict) -> Document:
    rid = report["id"]
    narratives = {r["key"]: r["body"] for r in db.query(
        "SELECT key, body FROM narratives WHERE report_id = ?", [rid])}
    subs = list(db.query("SELECT * FROM subsections WHERE report_id = ? ORDER BY parent_key, position, id", [rid]))
    cases = list(db.query("SELECT * FROM cases WHERE report_id = ? ORDER BY position, id", [rid]))
    photos = list(db.query("SELECT id, section_key, case_id FROM photos WHERE report_id = ? "
                           "ORDER BY position, id", [rid]))
    used: set = set()
    content = _Content(narratives, cases, photos, used)
    try:
        edition = get_edition(report["edition_id"])
    except VqdeskError:
        edition = None
    month = _month(report.get("created_at") or "")
    outline = _edition_outline(edition, content, subs) if edition else []
    doc = Document(settings=default_settings(edition, report["year"], month) if edition else {},
                   outline=outline)
    if edition:
        for default in edition.default_blocks:
            place_default(doc, default, report["year"])
    if doc.settings:
        doc.settings["preface"]["text"] = narratives.get("preface", "")
        used.add("preface")
    leftover = _leftovers(content, subs, narratives)
    if leftover.blocks or leftover.children:
        doc.outline.append(leftover)
    return doc


class _Content:
    """The old content of one year, handed out once per key."""

    def __init__(self, narratives, cases, photos, used):
        self.narratives, self.cases, self.photos, self.used = narratives, cases, photos, used

    def blocks(self, key: str) -> list:
        self.used.add(key)
        out = []
        if self.narratives.get(key, "").strip():
            out.append(Block("text", {"text": self.narratives[key], "style": "body"}))
        mine = [p["id"] for p in self.photos if p["section_key"] == key and p["case_id"] is None]
        if mine:
            out.append(_photos_block(mine))
        for case in (c for c in self.cases if c["section_key"] == key):
            out.append(self.case(case))
        return out

    def case(self, case: dict) -> Block:
        children = [Block("text", {"text": case["body"], "style": "body"})] if case["body"].strip() else []
        mine = [p["id"] for p in self.photos if p["case_id"] == case["id"]]
        if mine:
            children.append(_photos_block(mine))
        return Block("case", {"title": case["title"]}, children)


def _photos_block(ids) -> Block:
    # Old reports printed one photo a row; keep that look.
    return Block("photos", {"per_row": 1, "items": [{"photo": i, "caption": ""} for i in ids]})


def _edition_outline(edition, content: _Content, subs) -> list:
    outline = []
    for chapter in edition.chapters:
        node = Node(title=chapter.title, edition_part=chapter.key, blocks=content.blocks(chapter.key))
        for section in chapter.sections:
            child = Node(title=section.title, edition_part=section.key, blocks=content.blocks(section.key))
            child.children = [_sub_node(s, content) for s in subs if s["parent_key"] == section.key]
            node.children.append(child)
        outline.append(node)
    return outline


def _sub_node(sub: dict, content: _Content) -> Node:
    return Node(title=sub["title"], blocks=content.blocks(f"sub:{sub['id']}"))


def _leftovers(content: _Content, subs, narratives) -> Node:
    """Content keyed to parts the edition does not have (or all of it, for an unknown edition)."""
    node = Node(title=LEFTOVER_TITLE)
    for sub in subs:
        if f"sub:{sub['id']}" not in content.used and sub["parent_key"] not in content.used:
            node.children.append(_sub_node(sub, content))
    keys = list(narratives) + [c["section_key"] for c in content.cases] + \
        [p["section_key"] for p in content.photos if p["section_key"]]
    for key in dict.fromkeys(keys):
        if key not in content.used and not key.startswith("sub:"):
            blocks = content.blocks(key)
            if blocks:
                node.children.append(Node(title=key, blocks=blocks))
    orphans = [p["id"] for p in content.photos if not p["section_key"] and p["case_id"] is None]
    if orphans:
        node.blocks.append(_photos_block(orphans))
    return node


def _month(created_at: str) -> str:
    """“2025年11月” from an ISO timestamp, or "" when unknown."""
    try:
        return f"{int(created_at[:4])}年{int(created_at[5:7])}月"
    except ValueError:
        return ""



