"""The regional file's library of the schools' photos (record list school_photos), and putting a
library case or photo into the bureau's report so that it keeps its school.

Only photos a school's report prints (those its photos blocks show, at most MAX_PHOTOS_PER_SCHOOL)
are copied.  Re-aggregating replaces the previous aggregation's library: a photo whose school and
bytes are already there keeps its id (no duplicate, and a placed one stays where the bureau put
it); a library photo no longer sent is removed unless the bureau placed it.  The bureau's own
photos are never touched: they are not in the library."""

import hashlib
from itertools import groupby
from pathlib import Path

from vqdesk.core.errors import InputError, VqdeskError
from vqdesk.core.model import ReportData

MAX_PHOTOS_PER_SCHOOL = 20


def school_photo_refs(school: str, source: Path, data: ReportData) -> list[dict]:
    """The photos the school's report prints, in reading order: where to read each one later
    (the bytes are read only when the regional file is written, so 300 schools' photos never sit
    in memory together)."""
    photos = {p.id: p for p in data.photos}
    refs, seen = [], set()
    for node, block in data.document.blocks():
        for item in block.data.get("items", ()) if block.kind == "photos" else ():
            photo = photos.get(item.get("photo"))
            if photo is None or photo.id in seen or len(refs) >= MAX_PHOTOS_PER_SCHOOL:
                continue
            seen.add(photo.id)
            refs.append({"school": school, "part": node.title, "caption": photo.caption,
                         "filename": photo.filename, "source": Path(source), "source_photo": photo.id})
    return refs


def copy_school_photos(session, year: int, refs: list[dict]) -> list[dict]:
    """Store the photos `refs` name in the regional year; returns the rows of school_photos."""
    old = {}
    for record in session.records(year, "school_photos"):
        photo_id = record.data.get("photo")
        row = session.db.execute("SELECT data FROM photos WHERE id = ?", [photo_id]).fetchone()
        if row is not None:
            old.setdefault((record.data.get("school"), _digest(row[0])), photo_id)
    rows, used = [], set()
    for ref, data in _read(refs):
        photo_id = old.get((ref["school"], _digest(data)))
        if photo_id is None or photo_id in used:
            try:
                photo_id = session.store_photo(year, data, ref["filename"] or "图片.png", ref["caption"])
            except InputError:
                continue                 # a school's unreadable image: its own report names it
        used.add(photo_id)
        rows.append({k: ref[k] for k in ("school", "part", "caption", "filename") if ref.get(k)} | {"photo": photo_id})
    placed = set(session.document(year).photo_ids())
    for photo_id in set(old.values()) - used - placed:
        session.remove_photo(photo_id)
    return rows


def _read(refs: list[dict]):
    """(ref, bytes) of each photo still readable, one school file open at a time."""
    from vqdesk.core.session import Session
    for source, group in groupby(refs, key=lambda r: r["source"]):
        try:
            school = Session.open(source, readonly=True)
        except VqdeskError:
            continue                     # gone since it was read: its photos are left out
        with school:
            for ref in group:
                try:
                    yield ref, school.photo_data(ref["source_photo"])
                except VqdeskError:
                    continue


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# -- placing library items in the report ------------------------------------------------------
def school_case_block(row: dict) -> dict:
    """A library case (a school_cases row) as a case block that keeps its school."""
    paragraphs = [p for p in (row.get("text") or "").split("\n") if p.strip()]
    return {"kind": "case", "title": row.get("title", ""), "school": row["school"],
            "blocks": [{"kind": "text", "text": p} for p in paragraphs]}


def school_photos_block(rows: list[dict], captions: dict) -> dict:
    """Library photos (school_photos rows) as one photos block whose captions are followed by
    “（来源：某某学校）”.  `captions`: photo id -> the photo's caption now (it lives on the photo)."""
    items = [{"photo": r["photo"], "caption": captions.get(r["photo"], r.get("caption", "")), "school": r["school"]}
             for r in rows]
    return {"kind": "photos", "per_row": min(len(items), 2), "attribution": "note", "items": items}


def library_rows(session, year: int, list_id: str, numbers: list[int]) -> list[dict]:
    """Rows `numbers` (1-based, as `--list` prints them) of a library; a clear error otherwise."""
    rows = [r.data for r in session.records(year, list_id)]
    title = {"school_cases": "各校案例", "school_photos": "各校图片"}[list_id]
    if not rows:
        raise InputError(f"{year} 年度的{title}是空的：请先汇总各校报告（vqdesk aggregate）。")
    bad = [n for n in numbers if not 1 <= n <= len(rows)]
    if bad:
        raise InputError(f"{year} 年度的{title}中没有第 {bad[0]} 条（共 {len(rows)} 条，可用 --list 查看）。")
    return [rows[n - 1] for n in numbers]


def use_school_photos(session, year: int, node_id: int, numbers: list[int]):
    """Put library photos `numbers` (1-based) under a heading as one photos block."""
    rows = library_rows(session, year, "school_photos", numbers)
    have = {p.id: p.caption for p in session.photos(year)}
    missing = [r for r in rows if r.get("photo") not in have]
    if missing:
        raise InputError(f"{missing[0].get('school')}的图片“{missing[0].get('caption') or missing[0].get('filename')}”"
                         f"已从文件中删除，请重新汇总后再选用。")
    return session.add_block(node_id, school_photos_block(rows, have))
