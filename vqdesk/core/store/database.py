"""Opening and creating report files safely: recognise them, refuse what is not ours, migrate.

Report files use SQLite's rollback journal with synchronous=FULL: every committed edit is in the
.vqd file itself, so a copy taken at any moment (or the file on a network share, where WAL does
not work) is complete and current, and nothing but the owner lock stands beside an idle report.
"""

import logging
import os
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlite_utils import Database

from vqdesk import __version__
from vqdesk.core.errors import ReportFileError, reason_of
from vqdesk.core.store import sidecars
from vqdesk.core.store.migrations import SCHEMA_VERSION, migrations

#: PRAGMA application_id of every report file: "VQD0".
APPLICATION_ID = 0x56514430
_SQLITE_HEADER = b"SQLite format 3\x00"
log = logging.getLogger(__name__)


#: Tables every report file of this version has (after migration).
REQUIRED_TABLES = {"file_meta", "reports", "profile", "indicator_values", "record_rows", "photos",
                   "history", "masters", "outline_nodes", "blocks", "report_settings"}


@dataclass
class Opened:
    """An open report database and what the user should be told about opening it."""
    db: Database
    notices: list = field(default_factory=list)      # Chinese sentences
    readonly_reason: str = ""                         # why it is read-only although editing was asked
    temp_folder: object = None                        # a TemporaryDirectory holding a recovered copy


def _connect(path: Path, readonly: bool, immutable: bool = False) -> Database:
    if readonly:
        flags = "mode=ro&immutable=1" if immutable else "mode=ro"
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?{flags}", uri=True, timeout=5)
    else:
        conn = sqlite3.connect(str(path), timeout=5)
    db = Database(conn)
    db.execute("PRAGMA foreign_keys = ON")
    if not readonly:
        # A file of an earlier version in WAL mode is turned into a rollback-journal file here
        # (SQLite checkpoints it first); if another program still has it open it stays WAL.
        db.execute("PRAGMA journal_mode = DELETE")
        db.execute("PRAGMA synchronous = FULL")
    return db


def writable_place(path: Path) -> bool:
    """Whether SQLite can write the file and create its journal beside it."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)


def create_database(path: Path) -> Database:
    """Make a new, empty report file (fails if the file exists)."""
    if path.exists():
        raise ReportFileError(f"文件“{path.name}”已存在，不会覆盖。")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        db = _connect(path, readonly=False)
    except (OSError, sqlite3.Error) as exc:
        raise ReportFileError(f"无法创建文件“{path.name}”：{reason_of(exc)}。") from None
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    _migrate(db)
    with db.atomic():
        db["file_meta"].insert_all(
            [{"key": "schema_version", "value": str(SCHEMA_VERSION)},
             {"key": "created_by", "value": f"vqdesk {__version__}"},
             {"key": "created_at", "value": datetime.now().isoformat(timespec="seconds")}],
            replace=True)
    return db


def open_database(path: Path, readonly: bool = False, *, unclean: bool = False) -> Opened:
    """Open an existing report file, checking it is one and migrating it when it is older.

    The checks run on a read-only connection first, so a file that is refused is never touched.
    A journal or WAL left by a crash is applied when it belongs to the file and set aside when it
    does not; a report in a read-only place opens read-only.  After an unclean close (`unclean`,
    or a journal found) the full integrity_check runs instead of quick_check.
    """
    check_header(path)
    opened = Opened(db=None)
    place_ok = writable_place(path)
    if not readonly and not place_ok:
        readonly = True
        opened.readonly_reason = (f"文件“{path.name}”所在的位置只读（或文件本身只读），已以只读方式打开："
                                  f"可以查看、校验和导出，但不能修改。如需修改，请把文件复制到可写的文件夹。")
    source, unclean = _settle_sidecars(path, readonly, place_ok, opened, unclean)
    probe = _probe(source, full=unclean)
    if readonly or not migrations.pending(probe):
        if readonly and migrations.pending(probe):
            probe.close()
            raise ReportFileError(f"文件“{path.name}”由旧版本创建，需要升级，不能以只读方式打开。")
        probe.close()
        opened.db = _connect(source, readonly)
        return opened
    probe.close()
    db = _connect(path, readonly=False)
    _backup_before_migration(db, path)
    _migrate(db)
    opened.db = db
    return opened


def _settle_sidecars(path: Path, readonly: bool, place_ok: bool, opened: Opened, unclean: bool):
    """Apply or set aside a journal/WAL before anything reads the file; returns the file to read
    (the report, or a recovered private copy) and whether the last close was unclean."""
    side = sidecars.pending_sidecar(path)
    if side is None:
        if place_ok and not readonly:
            _drop_dead_journal(path)
        return path, unclean
    if not side.belongs:
        if not place_ok:
            raise ReportFileError(
                f"文件“{path.name}”旁边有一个不属于它的“{side.path.name}”（可能从别处复制而来），"
                f"而所在位置只读，无法移开。文件本身没有被改动；请把“{path.name}”单独复制到其他文件夹后再打开。")
        moved = sidecars.set_aside(side)
        opened.notices.append(f"文件“{path.name}”旁边的“{side.path.name}”不属于这个文件（可能是从别处复制来的），"
                              f"没有使用它，已改名为“{moved.name}”保留。")
        return path, unclean
    if place_ok:
        _connect(path, readonly=False).close()       # SQLite rolls the journal back (or replays the WAL)
        opened.notices.append(f"文件“{path.name}”上次没有正常关闭，已自动恢复到最后一次保存的内容。")
        return path, True
    opened.temp_folder = tempfile.TemporaryDirectory(prefix="vqdesk-recovered-")
    copy = sidecars.recovered_copy(path, Path(opened.temp_folder.name))
    opened.notices.append(f"文件“{path.name}”上次没有正常关闭，所在位置只读无法就地恢复；"
                          f"已在临时副本中恢复到最后一次保存的内容，以只读方式打开。")
    return copy, True


def _drop_dead_journal(path: Path):
    """A journal SQLite would not roll back (empty, or a killed transaction's unfinished header)
    is garbage; remove it while holding the write lock, so that no writer is using it."""
    journal = sidecars.journal_path(path)
    if not journal.exists():
        return
    conn = sqlite3.connect(str(path), timeout=1, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        journal.unlink(missing_ok=True)
        conn.execute("ROLLBACK")
    except (sqlite3.Error, OSError):
        pass
    finally:
        conn.close()


def _migrate(db: Database):
    """All pending migrations, and the schema version with them, in one transaction each."""
    for migration in migrations.pending(db):
        with db.atomic():
            migrations.apply(db, stop_before=_after(migration.name))
            db["file_meta"].upsert({"key": "schema_version", "value": str(SCHEMA_VERSION)}, pk="key")


def _after(name: str):
    """Names of the migrations after `name` (so apply() runs exactly one)."""
    names = [m.name for m in migrations.pending(Database(memory=True))]
    return names[names.index(name) + 1:]


def _probe(path: Path, full: bool = False) -> Database:
    """A read-only look: is it ours, intact, complete, and not from a newer version?"""
    try:
        db = _connect(path, readonly=True)
        app_id = db.execute("PRAGMA application_id").fetchone()[0]
        check = db.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise _open_error(path, exc) from None
    if app_id != APPLICATION_ID:
        db.close()
        raise ReportFileError(f"文件“{path.name}”是其他程序的数据库，不是 vqdesk 报告文件。")
    if check != "ok":
        db.close()
        log.info("integrity check of %s: %s", path, check)    # SQLite's English details
        raise ReportFileError(f"文件“{path.name}”已损坏（完整性检查未通过）。请从备份恢复。")
    _check_not_newer(db, path)
    _check_tables(db, path)
    return db


def _open_error(path: Path, exc: sqlite3.DatabaseError) -> ReportFileError:
    """A failing first read named for what it is: only real damage is called damage."""
    name = getattr(exc, "sqlite_errorname", "")
    log.info("opening %s failed: %s (%s)", path, exc, name)
    if name in ("SQLITE_CANTOPEN", "SQLITE_IOERR_SHORT_READ") or isinstance(exc, sqlite3.OperationalError) \
            and "unable to open" in str(exc):
        return ReportFileError(f"无法读取文件“{path.name}”（{reason_of(exc)}）。请检查文件权限和所在磁盘。")
    if name == "SQLITE_FULL" or "disk is full" in str(exc):
        return ReportFileError(f"磁盘已满，无法打开文件“{path.name}”。请清理磁盘空间后重试。")
    if name == "SQLITE_BUSY" or "locked" in str(exc):
        return ReportFileError(f"文件“{path.name}”正被其他程序占用，请稍后重试。")
    reason = reason_of(exc)
    detail = "" if reason == "文件已损坏" else f"（{reason}）"
    return ReportFileError(f"文件“{path.name}”已损坏，无法打开{detail}。请从备份恢复。")


def _check_tables(db: Database, path: Path):
    """A file with our id but without its own tables is refused before anything is written."""
    names = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "reports" in names and "_sqlite_migrations" not in names:
        db.close()
        raise ReportFileError(f"文件“{path.name}”缺少结构记录（_sqlite_migrations），无法确定版本，"
                              f"没有打开也没有修改它。请从备份恢复。")
    if not migrations.pending(db):
        missing = sorted(REQUIRED_TABLES - names)
        if missing:
            db.close()
            raise ReportFileError(f"文件“{path.name}”缺少数据表“{missing[0]}”，不完整，没有打开也没有修改它。"
                                  f"请从备份恢复。")


def check_report_file(path: Path):
    """Raise ReportFileError unless `path` is an intact report file this version can open."""
    check_header(path)
    _probe(path, full=True).close()


def check_header(path: Path):
    """The cheap first look (exists, not empty, SQLite): before anything is created beside a file."""
    if not path.exists():
        raise ReportFileError(f"找不到文件“{path}”。")
    if path.is_dir():
        raise ReportFileError(f"“{path.name}”是文件夹，不是报告文件。")
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise ReportFileError(f"无法读取文件“{path.name}”：{reason_of(exc)}。") from None
    if not header:
        raise ReportFileError(f"文件“{path.name}”是空文件，不是 vqdesk 报告文件。")
    if not header.startswith(_SQLITE_HEADER):
        raise ReportFileError(f"文件“{path.name}”不是 vqdesk 报告文件（格式无法识别）。")
    if len(header) < 100:
        raise ReportFileError(f"文件“{path.name}”不完整（可能被截断）。请从备份恢复。")


def _check_not_newer(db: Database, path: Path):
    registered = known_migration_names()
    unknown = [m.name for m in migrations.applied(db) if m.name not in registered]
    if unknown:
        db.close()
        raise ReportFileError(
            f"文件“{path.name}”由更新版本的 vqdesk 创建（包含本版本不认识的结构 {unknown[0]}），"
            f"请升级 vqdesk 后再打开。文件未被修改。")


def known_migration_names() -> set[str]:
    """Names of the migrations this version knows (all are pending on an empty database)."""
    return {m.name for m in migrations.pending(Database(memory=True))}


def _backup_before_migration(db: Database, path: Path):
    """A copy of the file as it was, beside it; an existing copy is never overwritten."""
    version = db.execute("SELECT value FROM file_meta WHERE key = 'schema_version'").fetchone()
    old = version[0] if version else "1"
    target, n = path.with_name(f"{path.name}.bak-v{old}"), 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.bak-v{old}-{n}")
    shutil.copy2(path, target)
