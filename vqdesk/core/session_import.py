"""The Session's Word import: a year's outline and blocks (and its preface, when the Word file
has one) replaced by an import plan in one transaction, and undone exactly (the previous rows
come back with their ids, so the app's undo commands that refer to them keep working).
Session mixes this in."""

import copy

from vqdesk.core.document.codec import FORMAT, VERSION, parse_document
from vqdesk.core.errors import InputError
from vqdesk.core.store import document_store as store

_NODE_COLUMNS = ("id", "report_id", "parent_id", "position", "title", "edition_part")
_BLOCK_COLUMNS = ("id", "report_id", "node_id", "case_id", "position", "kind", "data")
_PHOTO_COLUMNS = ("id", "report_id", "caption", "filename", "mime", "data", "width", "height", "added_at")


class ImportMixin:

    def own_content(self, year: int | None = None) -> str:
        """What the school wrote in this year (an empty string when it is as the edition seeded
        it), in a sentence saying an import replaces it."""
        doc = self.document(year)
        blocks = [b for _, b in doc.blocks()]
        paragraphs = sum(1 for b in blocks if b.kind == "text" for line in b.text.split("\n") if line.strip())
        free = sum(1 for b in blocks if b.kind == "table" and b.data.get("source") is None)
        photos, cases = len(doc.photo_ids()), sum(1 for b in blocks if b.kind == "case")
        own_nodes = sum(1 for n in doc.nodes() if n.edition_part is None)
        if not (paragraphs or free or photos or cases or own_nodes):
            return ""
        parts = [f"{n} {what}" for n, what in ((paragraphs, "段文字"), (free, "张自由表格"), (photos, "张图片"),
                                               (cases, "个案例"), (own_nodes, "个自拟标题")) if n]
        return (f"{self.report(year).year} 年度已有 {'、'.join(parts)}，导入后该年度的大纲和全部内容"
                f"（含绑定数据的表格和图表）将被 Word 文件的内容替换（可以撤销）。")

    def import_docx(self, year: int | None, plan) -> dict:
        """Replace the year's outline and blocks with `plan` (docx_import.ImportPlan), its images
        stored as the file's photos; returns what undo_import needs."""
        report = self.report(year)
        if plan.is_empty():
            raise InputError(f"“{plan.source}”中没有找到可以导入的标题或正文，未做任何修改。")
        settings = self.settings(report.year)
        if plan.preface:                   # the Word file's 前言 becomes the report's preface
            settings = dict(settings, preface=dict(settings.get("preface") or {}, text=plan.preface,
                                                   title=plan.preface_title))
        saved = self._saved_document(report.id)
        with self._write():
            ids = [self._insert_photo(report, img["data"], img["filename"], img.get("caption") or "",
                                      f"第 {i + 1} 张图片（{img['filename']}）")
                   for i, img in enumerate(plan.images)]
            outline = copy.deepcopy(plan.content()["outline"])
            for node in outline:
                _photo_ids(node, ids)
            typed = {"numbering": plan.numbering} if plan.numbering else {}   # as the Word file numbers them
            doc = parse_document({"format": FORMAT, "version": VERSION, "outline": outline, "settings": typed},
                                 settings)
            self._store_captions(doc)
            store.write_document(self.db, report.id, doc)
            kept = ids + sorted(self.library_photo_ids(report.year))    # the schools' photos stay
            self.db.execute(f"DELETE FROM photos WHERE report_id = ? AND id NOT IN ({','.join('?' * len(kept)) or 'NULL'})",
                            [report.id, *kept])
            self._log(report.year, "import_docx", f"{report.year}/document", None,
                      {"source": plan.source, "nodes": len(doc.nodes()), "photos": len(ids)})
        return dict(saved, year=report.year, added_photos=ids)

    def undo_import(self, undo: dict):
        """Put back the year's document and photos exactly as they were before import_docx."""
        report = self.report(undo["year"])
        with self._write():
            self.db.execute("DELETE FROM outline_nodes WHERE report_id = ?", [report.id])
            self.db.execute(f"DELETE FROM photos WHERE report_id = ? AND id IN "
                            f"({','.join('?' * len(undo['added_photos'])) or 'NULL'})",
                            [report.id, *undo["added_photos"]])
            for row in _parents_first(undo["nodes"], "parent_id"):
                self.db["outline_nodes"].insert(row)
            for row in _parents_first(undo["blocks"], "case_id"):
                self.db["blocks"].insert(row)
            for row in undo["photos"]:
                self.db["photos"].insert(row, ignore=True)     # library photos were never removed
            store.write_settings(self.db, report.id, undo["settings"])
            self._log(report.year, "undo_import_docx", f"{report.year}/document", None,
                      {"nodes": len(undo["nodes"]), "photos": len(undo["photos"])})

    def _saved_document(self, report_id: int) -> dict:
        def rows(table, columns):
            return [dict(zip(columns, r)) for r in self.db.execute(
                f"SELECT {', '.join(columns)} FROM {table} WHERE report_id = ? ORDER BY id", [report_id])]
        return {"nodes": rows("outline_nodes", _NODE_COLUMNS), "blocks": rows("blocks", _BLOCK_COLUMNS),
                "photos": rows("photos", _PHOTO_COLUMNS), "settings": store.read_settings(self.db, report_id)}


def _photo_ids(node: dict, ids: list):
    """Plan image indices -> stored photo ids, in a node's blocks and its children's."""
    for block in node["blocks"]:
        for b in [block, *block.get("blocks", ())]:
            if b["kind"] == "photos":
                b["items"] = [{"photo": ids[i["image"]], "caption": i.get("caption") or ""} for i in b["items"]]
    for child in node["children"]:
        _photo_ids(child, ids)


def _parents_first(rows: list, parent_key: str) -> list:
    """Rows ordered so that each row's parent (same table) comes before it."""
    done, out, pending = set(), [], list(rows)
    while pending:
        ready = [r for r in pending if r[parent_key] is None or r[parent_key] in done]
        if not ready:                      # a parent outside the saved rows: keep the order
            ready = pending
        out += ready
        done |= {r["id"] for r in ready}
        pending = [r for r in pending if r["id"] not in done]
    return out

