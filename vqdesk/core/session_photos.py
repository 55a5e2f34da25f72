"""The Session's photos: images stored once in the file, shown by the document's photos blocks
(which refer to them by id; the caption lives on the photo).  Session mixes this in."""

import json
from datetime import datetime
from pathlib import Path

from vqdesk.core.document.model import Block
from vqdesk.core.errors import InputError, NotFoundError
from vqdesk.core.model import Photo
from vqdesk.core.store import document_store as store


class PhotosMixin:

    # -- photos -----------------------------------------------------------------------------
    def photos(self, year: int | None = None) -> list[Photo]:
        report = self.report(year)
        return [Photo(id=r["id"], caption=r["caption"], filename=r["filename"], mime=r["mime"],
                      width=r["width"], height=r["height"]) for r in self.db.query(
            "SELECT id, caption, filename, mime, width, height FROM photos WHERE report_id = ? ORDER BY id",
            [report.id])]

    def add_photo(self, year: int | None, data: bytes, filename: str, caption: str = "", *,
                  node_id: int | None = None, block_id: int | None = None, case_id: int | None = None) -> Photo:
        """Store an image and show it: in the photos block `block_id`, or in a new photos block
        at the end of node `node_id` (inside the case `case_id` when given)."""
        report = self.report(year)
        if block_id is None and node_id is None:
            raise InputError("请先选择图片要放在哪一节。")
        with self._write():
            photo_id = self._insert_photo(report, data, filename, caption, Path(filename).name)
            if block_id is not None:
                row = self._block_row(block_id)
                if row["kind"] != "photos":
                    raise InputError("只能把图片加到图片组中。")
                d = json.loads(row["data"])
                d["items"].append({"photo": photo_id})
                self.db["blocks"].update(block_id, {"data": json.dumps(d, ensure_ascii=False)})
            else:
                where, params = self._blocks_where(node_id, case_id)
                position = len(store.sibling_ids(self.db, "blocks", where, params))
                store.insert_block(self.db, report.id, node_id,
                                   Block("photos", {"per_row": 2, "items": [{"photo": photo_id}]}),
                                   position, case_id=case_id)
            self._log(report.year, "add_photo", f"photo/{photo_id}", None,
                      {"filename": Path(filename).name, "caption": caption})
        return next(p for p in self.photos(report.year) if p.id == photo_id)

    def store_photo(self, year: int | None, data: bytes, filename: str, caption: str = "") -> int:
        """Keep an image in the file without showing it (a regional file's library of the schools'
        photos, listed by the record list school_photos); returns its id."""
        report = self.report(year)
        with self._write():
            photo_id = self._insert_photo(report, data, filename, caption, Path(filename).name)
            self._log(report.year, "store_photo", f"photo/{photo_id}", None,
                      {"filename": Path(filename).name, "caption": caption})
        return photo_id

    def library_photo_ids(self, year: int | None) -> set:
        """Photos of the year's library (各校图片): kept even while no block shows them."""
        return {r.data.get("photo") for r in self.records(year, "school_photos")} - {None}

    def _insert_photo(self, report, data: bytes, filename: str, caption: str, where: str) -> int:
        from vqdesk.core.images import inspect_image
        try:
            info = inspect_image(data, filename)
        except InputError as exc:
            raise InputError(f"{where}：{exc}") from None
        return self.db["photos"].insert({
            "report_id": report.id, "caption": (caption or "").strip(), "filename": Path(filename).name,
            "mime": info.mime, "data": data, "width": info.width, "height": info.height,
            "added_at": datetime.now().isoformat(timespec="seconds")}).last_pk

    def photo_data(self, photo_id: int) -> bytes:
        row = self.db.execute("SELECT data FROM photos WHERE id = ?", [photo_id]).fetchone()
        if row is None:
            raise NotFoundError(f"找不到编号为 {photo_id} 的图片。")
        return row[0]

    def update_photo(self, photo_id: int, *, caption: str) -> Photo:
        row = self._row("photos", photo_id, "图片")
        with self._write():
            self.db["photos"].update(photo_id, {"caption": caption.strip()})
            self._log(self._year_of(row["report_id"]), "update_photo", f"photo/{photo_id}",
                      row["caption"], caption.strip())
        return next(p for p in self.photos(self._year_of(row["report_id"])) if p.id == photo_id)

    def remove_photo(self, photo_id: int):
        """Delete a photo and take it out of every photos block (an emptied block goes too)."""
        row = self._row("photos", photo_id, "图片")
        with self._write():
            for b in list(self.db.query("SELECT id, data FROM blocks WHERE report_id = ? AND kind = 'photos'",
                                        [row["report_id"]])):
                d = json.loads(b["data"])
                items = [i for i in d["items"] if i.get("photo") != photo_id]
                if len(items) != len(d["items"]):
                    if items:
                        self.db["blocks"].update(b["id"], {"data": json.dumps(dict(d, items=items), ensure_ascii=False)})
                    else:
                        self.db["blocks"].delete(b["id"])
            self.db["photos"].delete(photo_id)
            self._log(self._year_of(row["report_id"]), "remove_photo", f"photo/{photo_id}",
                      {"filename": row["filename"], "caption": row["caption"]}, None)
