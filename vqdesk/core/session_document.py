"""The Session's document API: outline nodes, content blocks, settings and photos of a year.

Every change is one transaction with one history row, like every other edit of the file.
Session mixes this in; `self` is the Session (report(), _write(), _log(), _row()).
"""

import copy
import json
from pathlib import Path

from vqdesk.core.document.blocks import ContentError, one_line, parse_block
from vqdesk.core.document.codec import MAX_DEPTH, dump_block, dump_document, parse_document
from vqdesk.core.document.model import Block, Document, Node
from vqdesk.core.document.seed import carry_forward, seed_document
from vqdesk.core.document.settings import default_settings, merge_settings
from vqdesk.core.document.tables import default_columns, table_view
from vqdesk.core.errors import InputError, NotFoundError
from vqdesk.core.store import document_store as store


class DocumentMixin:

    # -- reading ----------------------------------------------------------------------------
    def document(self, year: int | None = None) -> Document:
        return store.read_document(self.db, self.report(year).id)

    def part_node(self, year: int | None, part: str) -> Node | None:
        """The node that carries an edition part (e.g. "basic.overview"), or None if dropped."""
        return self.document(year).find_part(part)

    def settings(self, year: int | None = None) -> dict:
        return store.read_settings(self.db, self.report(year).id)

    def content(self, year: int | None = None) -> dict:
        """The year's document in the documented JSON form (docs/content-format.md)."""
        data = self.snapshot(year)
        photos = {p.id: (p.caption, p.filename) for p in data.photos}
        return dump_document(data.document, data.year, photos=photos,
                             columns=lambda b: table_view(b, data).columns)

    # -- whole documents --------------------------------------------------------------------
    def _seed(self, report_id: int, year: int, edition, previous: Document | None, month: str):
        doc = carry_forward(previous, year, month) if previous is not None else seed_document(edition, year, month)
        store.write_document(self.db, report_id, doc)

    def load_content(self, year: int | None, obj, base_folder: Path | None = None) -> Document:
        """Replace the year's document with `obj` (the JSON form), all or nothing."""
        report = self.report(year)
        data = self.snapshot(report.year)
        base = merge_settings(default_settings(data.edition, report.year), data.document.settings or {})
        doc = parse_document(obj, base)
        for _, block in doc.blocks():
            if block.kind == "table" and block.data["source"] is not None and block.data["columns"] \
                    and block.data["columns"] == default_columns(block.data["source"], data):
                block.data["columns"] = None      # only labels the user renamed are kept
        files = _photo_files(doc, base_folder)
        known = {p.id for p in data.photos}
        with self._write():
            for block, item, where, path in files:
                item["photo"] = self._insert_photo(report, path.read_bytes(), path.name, item["caption"] or "", where)
                del item["file"]
            self._check_photos(doc, known | {i["photo"] for _, i, _, _ in files}, report)
            self._store_captions(doc)
            store.write_document(self.db, report.id, doc)
            kept = set(doc.photo_ids()) | self.library_photo_ids(report.year)
            for photo in data.photos:       # photos no block shows any more go with the old document
                if photo.id not in kept:
                    self.db.execute("DELETE FROM photos WHERE id = ?", [photo.id])
            self._log(report.year, "load_content", f"{report.year}/document", None,
                      {"nodes": len(doc.nodes())})
        return self.document(report.year)

    def _check_photos(self, doc: Document, known: set, report):
        for depth, path, node in doc.walk():
            for b in node.all_blocks():
                for item in b.data.get("items", ()) if b.kind == "photos" else ():
                    if item["photo"] not in known:
                        raise ContentError(f"“{node.title}”：文件中没有编号为 {item['photo']} 的图片")

    def _store_captions(self, doc: Document):
        """Captions live on the photo rows (one place); blocks only refer to photo ids."""
        for _, b in doc.blocks():
            if b.kind == "photos":
                for item in b.data["items"]:
                    caption = item.pop("caption", None)
                    if caption is not None:        # an item without a caption keeps the photo's own
                        self.db.execute("UPDATE photos SET caption = ? WHERE id = ?", [caption.strip(), item["photo"]])

    # -- settings ---------------------------------------------------------------------------
    def set_settings(self, year: int | None, changes: dict) -> dict:
        """Change some settings ({"numbering": {"tables": "flat"}}); raises InputError naming the key."""
        report = self.report(year)
        old = self.settings(report.year)
        new = merge_settings(old, changes)
        if new != old:
            with self._write():
                store.write_settings(self.db, report.id, new)
                self._log(report.year, "set_settings", f"{report.year}/settings", old, new)
        return new

    # -- nodes ------------------------------------------------------------------------------
    def add_node(self, year: int | None, parent_id: int | None, title: str, *, position: int | None = None,
                 edition_part: str | None = None) -> Node:
        report = self.report(year)
        title = one_line(title)
        if not title:
            raise InputError("标题不能为空。")
        if parent_id is not None:
            self._node_row(parent_id, report)
            if self._depth(parent_id) >= MAX_DEPTH:
                raise InputError("标题最多四级，不能再添加下级标题。")
        where, params = self._siblings_where(report.id, parent_id)
        count = len(store.sibling_ids(self.db, "outline_nodes", where, params))
        position = count if position is None else max(0, min(position, count))
        with self._write():
            store.shift(self.db, "outline_nodes", where, params, position)
            node = Node(title=title.strip(), edition_part=edition_part)
            store.insert_node(self.db, report.id, node, parent_id, position)
            self._log(report.year, "add_node", f"{report.year}/node/{node.id}", None, title.strip())
        return node

    def rename_node(self, node_id: int, title: str):
        row = self._node_row(node_id)
        title = one_line(title)
        if not title:
            raise InputError("标题不能为空。")
        if row["title"] == title:
            return
        with self._write():
            self.db["outline_nodes"].update(node_id, {"title": title.strip()})
            self._log(self._year_of(row["report_id"]), "rename_node", f"node/{node_id}", row["title"], title.strip())

    def move_node(self, node_id: int, position: int, parent_id=...):
        """Reorder a node among its siblings, or move it under another parent (parent_id)."""
        row = self._node_row(node_id)
        target = row["parent_id"] if parent_id is ... else parent_id
        if target is not None:
            self._node_row(target)
            if target == node_id or node_id in self._ancestors(target):
                raise InputError("不能把标题移到它自己的下级。")
            if self._depth(target) + self._height(node_id) > MAX_DEPTH:
                raise InputError("移动后标题将超过四级。")
        with self._write():
            old_where, old_params = self._siblings_where(row["report_id"], row["parent_id"])
            ids = [i for i in store.sibling_ids(self.db, "outline_nodes", old_where, old_params) if i != node_id]
            store.renumber(self.db, "outline_nodes", ids)
            where, params = self._siblings_where(row["report_id"], target)
            ids = [i for i in store.sibling_ids(self.db, "outline_nodes", where, params) if i != node_id]
            ids.insert(max(0, min(position, len(ids))), node_id)
            self.db.execute("UPDATE outline_nodes SET parent_id = ? WHERE id = ?", [target, node_id])
            store.renumber(self.db, "outline_nodes", ids)
            self._log(self._year_of(row["report_id"]), "move_node", f"node/{node_id}",
                      {"parent": row["parent_id"], "position": row["position"]}, {"parent": target, "position": position})

    def remove_node(self, node_id: int) -> dict:
        """Remove a node with its blocks and children; returns what restore_node needs to undo it."""
        row = self._node_row(node_id)
        year = self._year_of(row["report_id"])
        doc = self.document(year)
        node = doc.node(node_id)
        saved = {"parent_id": row["parent_id"], "position": row["position"], "node": _node_json(node)}
        with self._write():
            self.db["outline_nodes"].delete(node_id)
            where, params = self._siblings_where(row["report_id"], row["parent_id"])
            store.renumber(self.db, "outline_nodes", store.sibling_ids(self.db, "outline_nodes", where, params))
            self._log(year, "remove_node", f"node/{node_id}", saved, None)
        return saved

    def restore_node(self, year: int | None, saved: dict) -> Node:
        """Put back a node removed by remove_node (its photos must still be in the file)."""
        report = self.report(year)
        node = _node_from_json(saved["node"])
        where, params = self._siblings_where(report.id, saved["parent_id"])
        with self._write():
            store.shift(self.db, "outline_nodes", where, params, saved["position"])
            store.insert_node(self.db, report.id, node, saved["parent_id"], saved["position"])
            self._log(report.year, "restore_node", f"node/{node.id}", None, node.title)
        return node

    def _node_row(self, node_id: int, report=None) -> dict:
        row = self._row("outline_nodes", node_id, "标题")
        if report is not None and row["report_id"] != report.id:
            raise NotFoundError(f"{report.year} 年度中没有编号为 {node_id} 的标题。")
        return row

    @staticmethod
    def _siblings_where(report_id: int, parent_id) -> tuple[str, list]:
        if parent_id is None:
            return "report_id = ? AND parent_id IS NULL", [report_id]
        return "parent_id = ?", [parent_id]

    def _ancestors(self, node_id: int) -> list[int]:
        out, current = [], self._node_row(node_id)["parent_id"]
        while current is not None:
            out.append(current)
            current = self._node_row(current)["parent_id"]
        return out

    def _depth(self, node_id: int) -> int:
        """1 for a chapter, 2 for a section…"""
        return len(self._ancestors(node_id)) + 1

    def _height(self, node_id: int) -> int:
        children = [r[0] for r in self.db.execute("SELECT id FROM outline_nodes WHERE parent_id = ?", [node_id])]
        return 1 + max((self._height(c) for c in children), default=0)

    # -- blocks -----------------------------------------------------------------------------
    def add_block(self, node_id: int, block, *, position: int | None = None, case_id: int | None = None) -> Block:
        """Add a block (its JSON form, or a Block) to a node, or inside a case block."""
        row = self._node_row(node_id)
        if case_id is not None and self._block_row(case_id)["kind"] != "case":
            raise InputError("只能把内容放进案例中。")
        parsed = parse_block(dump_block(block) if isinstance(block, Block) else block, "内容",
                             in_case=case_id is not None)
        if any(b.kind == "photos" and any("file" in i for i in b.data["items"]) for b in parsed.walk()):
            raise InputError("请用“插入图片”添加图片文件。")
        where, params = self._blocks_where(node_id, case_id)
        count = len(store.sibling_ids(self.db, "blocks", where, params))
        position = count if position is None else max(0, min(position, count))
        with self._write():
            self._store_captions(Document(outline=[Node("", blocks=[parsed])]))
            store.shift(self.db, "blocks", where, params, position)
            store.insert_block(self.db, row["report_id"], node_id, parsed, position, case_id=case_id)
            self._log(self._year_of(row["report_id"]), "add_block", f"block/{parsed.id}", None, parsed.kind)
        return parsed

    def update_block(self, block_id: int, block) -> Block:
        """Replace a block's content (same kind); a case keeps its own blocks."""
        row = self._block_row(block_id)
        parsed = parse_block(block, "内容", in_case=row["case_id"] is not None)
        if parsed.kind != row["kind"]:
            raise InputError("不能改变内容的类型。")
        old = json.loads(row["data"])
        with self._write():
            self._store_captions(Document(outline=[Node("", blocks=[parsed])]))
            if parsed.data != old:
                self.db["blocks"].update(block_id, {"data": json.dumps(parsed.data, ensure_ascii=False)})
                if parsed.kind == "text":   # typing: a readable, coalescing history of the text
                    self._log(self._year_of(row["report_id"]), "set_text", f"block/{block_id}",
                              old.get("text") or None, parsed.data["text"] or None)
                else:
                    self._log(self._year_of(row["report_id"]), "update_block", f"block/{block_id}", old, parsed.data)
        parsed.id = block_id
        return parsed

    def set_block_text(self, block_id: int, text: str):
        row = self._block_row(block_id)
        data = dict(json.loads(row["data"]), text=text or "")
        self.update_block(block_id, {"kind": "text", **data})

    def node_text(self, node_id: int) -> str:
        """The node's first text block (where the section editor types)."""
        block = self._first_text(node_id)
        return block.text if block else ""

    def set_node_text(self, node_id: int, text: str):
        block = self._first_text(node_id)
        if block is not None:
            self.set_block_text(block.id, text)
        elif (text or "").strip():
            self.add_block(node_id, {"kind": "text", "text": text}, position=0)

    def _first_text(self, node_id: int) -> Block | None:
        row = self.db.execute("SELECT id, data FROM blocks WHERE node_id = ? AND case_id IS NULL AND kind = 'text' "
                              "ORDER BY position, id LIMIT 1", [node_id]).fetchone()
        return Block("text", json.loads(row[1]), id=row[0]) if row else None

    def move_block(self, block_id: int, position: int):
        row = self._block_row(block_id)
        where, params = self._blocks_where(row["node_id"], row["case_id"])
        ids = [i for i in store.sibling_ids(self.db, "blocks", where, params) if i != block_id]
        ids.insert(max(0, min(position, len(ids))), block_id)
        with self._write():
            store.renumber(self.db, "blocks", ids)
            self._log(self._year_of(row["report_id"]), "move_block", f"block/{block_id}", row["position"], position)

    def remove_block(self, block_id: int) -> dict:
        """Remove a block (a case with its blocks); returns its JSON form and place for undo."""
        row = self._block_row(block_id)
        year = self._year_of(row["report_id"])
        block = self.document(year).block(block_id)
        saved = {"node_id": row["node_id"], "case_id": row["case_id"], "position": row["position"],
                 "block": _block_json(block)}
        with self._write():
            self.db["blocks"].delete(block_id)
            where, params = self._blocks_where(row["node_id"], row["case_id"])
            store.renumber(self.db, "blocks", store.sibling_ids(self.db, "blocks", where, params))
            self._log(year, "remove_block", f"block/{block_id}", saved, None)
        return saved

    def restore_block(self, saved: dict) -> Block:
        block = _block_from_json(saved["block"])
        row = self._node_row(saved["node_id"])
        where, params = self._blocks_where(saved["node_id"], saved["case_id"])
        with self._write():
            store.shift(self.db, "blocks", where, params, saved["position"])
            store.insert_block(self.db, row["report_id"], saved["node_id"], block, saved["position"],
                               case_id=saved["case_id"])
            self._log(self._year_of(row["report_id"]), "restore_block", f"block/{block.id}", None, block.kind)
        return block

    def _block_row(self, block_id: int) -> dict:
        return self._row("blocks", block_id, "内容")

    @staticmethod
    def _blocks_where(node_id: int, case_id) -> tuple[str, list]:
        if case_id is None:
            return "node_id = ? AND case_id IS NULL", [node_id]
        return "case_id = ?", [case_id]


def _photo_files(doc: Document, base_folder: Path | None) -> list:
    """(block, item, where, path) of photos to be read from files on load; checks they exist."""
    out = []
    for depth, path, node in doc.walk():
        for i, b in enumerate(node.all_blocks()):
            if b.kind != "photos":
                continue
            for k, item in enumerate(b.data["items"]):
                if "file" not in item:
                    continue
                where = f"“{node.title}” 第 {k + 1} 张图片"
                file = Path(item["file"])
                if not file.is_absolute():
                    file = (base_folder or Path.cwd()) / file
                if not file.is_file():
                    raise ContentError(f"{where}：找不到图片文件“{item['file']}”")
                out.append((b, item, where, file))
    return out


def _block_json(block: Block) -> dict:
    return {"kind": block.kind, "data": copy.deepcopy(block.data), "children": [_block_json(c) for c in block.children]}


def _block_from_json(obj: dict) -> Block:
    return Block(obj["kind"], copy.deepcopy(obj["data"]), [_block_from_json(c) for c in obj["children"]])


def _node_json(node: Node) -> dict:
    return {"title": node.title, "edition_part": node.edition_part,
            "blocks": [_block_json(b) for b in node.blocks], "children": [_node_json(c) for c in node.children]}


def _node_from_json(obj: dict) -> Node:
    return Node(obj["title"], obj["edition_part"], [_block_from_json(b) for b in obj["blocks"]],
                [_node_from_json(c) for c in obj["children"]])
