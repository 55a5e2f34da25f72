"""Reading and writing a report year's document (outline nodes, blocks, settings) in the file.

Plain functions over a sqlite-utils Database, with no transaction handling of their own: callers
(the Session, the m003 migration) wrap them in one transaction.
"""

import json

from vqdesk.core.document.model import Block, Document, Node


def read_document(db, report_id: int) -> Document:
    nodes = {r["id"]: Node(title=r["title"], edition_part=r["edition_part"], id=r["id"])
             for r in db.query("SELECT * FROM outline_nodes WHERE report_id = ? ORDER BY position, id",
                               [report_id])}
    outline = []
    for r in db.query("SELECT id, parent_id FROM outline_nodes WHERE report_id = ? ORDER BY position, id",
                      [report_id]):
        parent = nodes.get(r["parent_id"]) if r["parent_id"] is not None else None
        (parent.children if parent else outline).append(nodes[r["id"]])
    blocks = {}
    rows = list(db.query("SELECT * FROM blocks WHERE report_id = ? ORDER BY position, id", [report_id]))
    for r in rows:
        blocks[r["id"]] = Block(kind=r["kind"], data=json.loads(r["data"]), id=r["id"])
    for r in rows:
        block = blocks[r["id"]]
        if r["case_id"] is not None:
            blocks[r["case_id"]].children.append(block)
        elif r["node_id"] in nodes:
            nodes[r["node_id"]].blocks.append(block)
    return Document(settings=read_settings(db, report_id), outline=outline)


def read_settings(db, report_id: int) -> dict:
    row = db.execute("SELECT data FROM report_settings WHERE report_id = ?", [report_id]).fetchone()
    return json.loads(row[0]) if row else {}


def write_settings(db, report_id: int, settings: dict):
    db.execute("INSERT INTO report_settings (report_id, data) VALUES (?, ?) "
               "ON CONFLICT (report_id) DO UPDATE SET data = excluded.data",
               [report_id, json.dumps(settings, ensure_ascii=False)])


def write_document(db, report_id: int, doc: Document):
    """Replace the year's whole document (ids are assigned anew and written back into `doc`)."""
    db.execute("DELETE FROM outline_nodes WHERE report_id = ?", [report_id])
    for position, node in enumerate(doc.outline):
        insert_node(db, report_id, node, None, position)
    write_settings(db, report_id, doc.settings)


def insert_node(db, report_id: int, node: Node, parent_id, position: int) -> int:
    """Insert a node with its blocks and children; returns its id."""
    node.id = db["outline_nodes"].insert({"report_id": report_id, "parent_id": parent_id,
                                          "position": position, "title": node.title,
                                          "edition_part": node.edition_part}).last_pk
    for i, block in enumerate(node.blocks):
        insert_block(db, report_id, node.id, block, i)
    for i, child in enumerate(node.children):
        insert_node(db, report_id, child, node.id, i)
    return node.id


def insert_block(db, report_id: int, node_id: int, block: Block, position: int, case_id=None) -> int:
    block.id = db["blocks"].insert({"report_id": report_id, "node_id": node_id, "case_id": case_id,
                                    "position": position, "kind": block.kind,
                                    "data": json.dumps(block.data, ensure_ascii=False)}).last_pk
    for i, child in enumerate(block.children):
        insert_block(db, report_id, node_id, child, i, case_id=block.id)
    return block.id


def shift(db, table: str, where: str, params: list, position: int, by: int = 1):
    """Open (by=1) or close (by=-1) a gap at `position` among siblings."""
    db.execute(f"UPDATE {table} SET position = position + ? WHERE {where} AND position >= ?",
               [by, *params, position])


def sibling_ids(db, table: str, where: str, params: list) -> list[int]:
    return [r[0] for r in db.execute(f"SELECT id FROM {table} WHERE {where} ORDER BY position, id", params)]


def renumber(db, table: str, ids: list[int]):
    for position, row_id in enumerate(ids):
        db.execute(f"UPDATE {table} SET position = ? WHERE id = ?", [position, row_id])
