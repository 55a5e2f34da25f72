"""Files SQLite may leave beside a report: a rollback journal (`-journal`) after a crash, or,
from versions that used WAL, a `-wal` and `-shm`.

A journal or WAL that belongs to the report must be rolled back (or replayed) for the report to
be whole; one that does not belong to it (copied in from another school's file, or left from the
file's previous copy) must never be applied.  Neither can be told from the file names, so the
candidate is tried on a private copy first: applied there, it must leave an intact file with the
same identity (application id and creation stamp) as the report read alone.
"""

import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

#: The first bytes of a rollback journal that SQLite will roll back (a hot journal).
_JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")
_WAL_MAGICS = (bytes.fromhex("377f0682"), bytes.fromhex("377f0683"))


def journal_path(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def wal_path(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def shm_path(path: Path) -> Path:
    return path.with_name(path.name + "-shm")


@dataclass
class Sidecar:
    """A journal or WAL found beside a report, and whether it belongs to it."""
    path: Path
    kind: str              # "journal" | "wal"
    belongs: bool


def _starts_with(path: Path, magics) -> bool:
    try:
        with path.open("rb") as fh:
            head = fh.read(8)
    except OSError:
        return False
    return any(head.startswith(m) for m in magics)


def is_wal_mode(path: Path) -> bool:
    """Bytes 18–19 of the header are 2 for a database in WAL mode, 1 for a rollback journal."""
    try:
        with path.open("rb") as fh:
            header = fh.read(20)
    except OSError:
        return False
    return len(header) == 20 and header[18] == 2


def pending_sidecar(path: Path) -> Sidecar | None:
    """A journal or WAL that SQLite would apply when the report is next opened, if any."""
    journal = journal_path(path)
    if journal.is_file() and journal.stat().st_size > 0 and _starts_with(journal, (_JOURNAL_MAGIC,)):
        own = _journal_file_id(journal)
        belongs = own == _file_id(path) if own else _belongs(path, journal)
        return Sidecar(journal, "journal", belongs)
    wal = wal_path(path)
    if wal.is_file() and wal.stat().st_size > 32 and _starts_with(wal, _WAL_MAGICS):
        if not is_wal_mode(path):       # a rollback-mode file ignores a -wal: it cannot be ours
            return Sidecar(wal, "wal", False)
        return Sidecar(wal, "wal", _belongs(path, wal))
    return None


def _file_id(path: Path) -> int:
    """The report's own id: user_version in the header (set by migration m004)."""
    with path.open("rb") as fh:
        header = fh.read(64)
    return int.from_bytes(header[60:64], "big") if len(header) == 64 else 0


def _journal_file_id(journal: Path) -> int:
    """The file id on the original page 1 kept in a rollback journal (0 when it holds none).

    Layout (sqlite.org/fileformat.html): an 8-byte magic, record count, nonce, initial page
    count, sector size and page size; records (4-byte page number, the page, a 4-byte checksum)
    start at the sector size.  Every write transaction changes page 1, so it is journaled."""
    with journal.open("rb") as fh:
        header = fh.read(28)
        if len(header) < 28:
            return 0
        sector, page = int.from_bytes(header[20:24], "big"), int.from_bytes(header[24:28], "big")
        if not 512 <= sector <= 65536 or page not in {512 << i for i in range(8)}:
            return 0
        offset = sector
        for _ in range(4096):            # page 1 comes early; do not read a huge journal whole
            fh.seek(offset)
            number = fh.read(4)
            if len(number) < 4:
                return 0
            if int.from_bytes(number, "big") == 1:
                data = fh.read(page)
                return int.from_bytes(data[60:64], "big") if len(data) == page else 0
            offset += 4 + page + 4
    return 0


def _identity(conn) -> tuple:
    """What tells two report files apart: header ids, creation stamp and the school's name."""
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    file_id = conn.execute("PRAGMA user_version").fetchone()[0]
    stamp = conn.execute("SELECT value FROM file_meta WHERE key = 'created_at'").fetchone()
    name = conn.execute("SELECT value FROM profile WHERE key = 'name' ORDER BY report_id DESC LIMIT 1").fetchone()
    return app_id, file_id, stamp[0] if stamp else None, name[0] if name else None


def _belongs(path: Path, sidecar: Path) -> bool:
    """Apply the sidecar to a private copy: it belongs when the result is intact and is the same
    file (same identity as the report read without it)."""
    with tempfile.TemporaryDirectory(prefix="vqdesk-check-") as folder:
        alone = Path(folder) / "alone.vqd"
        shutil.copyfile(path, alone)
        together = Path(folder) / "together.vqd"
        shutil.copyfile(path, together)
        shutil.copyfile(sidecar, together.with_name(together.name + sidecar.name[len(path.name):]))
        try:
            with _closing(sqlite3.connect(f"{alone.as_uri()}?mode=ro", uri=True)) as conn:
                before = _identity(conn)
            with _closing(sqlite3.connect(str(together))) as conn:
                after = _identity(conn)                      # applies the journal or WAL
                ok = conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        except sqlite3.DatabaseError:
            return False
    return ok and before == after


class _closing:
    def __init__(self, conn):
        self.conn = conn

    def __enter__(self):
        return self.conn

    def __exit__(self, *exc):
        self.conn.close()


def set_aside(sidecar: Sidecar) -> Path:
    """Move a sidecar that does not belong out of SQLite's way, keeping it for inspection."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = sidecar.path.with_name(f"{sidecar.path.name}.不属于此文件-{stamp}")
    sidecar.path.replace(target)
    shm = sidecar.path.with_name(sidecar.path.name[:-4] + "-shm") if sidecar.kind == "wal" else None
    if shm is not None and shm.exists():
        shm.unlink()
    return target


def recovered_copy(path: Path, folder: Path) -> Path:
    """A private copy of the report with its own journal or WAL applied, for reading a report
    whose folder does not let SQLite roll back in place."""
    copy = folder / path.name
    shutil.copyfile(path, copy)
    for side in (journal_path(path), wal_path(path)):
        if side.is_file():
            shutil.copyfile(side, copy.with_name(copy.name + side.name[len(path.name):]))
    with _closing(sqlite3.connect(str(copy))) as conn:
        conn.execute("PRAGMA journal_mode = DELETE").fetchone()
    return copy
