"""Opening and creating report files safely: recognise them, refuse what is not ours, migrate."""

import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from sqlite_utils import Database

from vqdesk import __version__
from vqdesk.core.errors import ReportFileError
from vqdesk.core.store.migrations import SCHEMA_VERSION, migrations

#: PRAGMA application_id of every report file: "VQD0".
APPLICATION_ID = 0x56514430
_SQLITE_HEADER = b"SQLite format 3\x00"


def _connect(path: Path, readonly: bool) -> Database:
    if readonly:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
    else:
        conn = sqlite3.connect(str(path), timeout=5)
    db = Database(conn)
    db.execute("PRAGMA foreign_keys = ON")
    if not readonly:
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = FULL")
    return db


def create_database(path: Path) -> Database:
    """Make a new, empty report file (fails if the file exists)."""
    if path.exists():
        raise ReportFileError(f"文件“{path.name}”已存在，不会覆盖。")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        db = _connect(path, readonly=False)
    except (OSError, sqlite3.Error) as exc:
        raise ReportFileError(f"无法创建文件“{path.name}”：{exc}") from None
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    migrations.apply(db)
    with db.atomic():
        db["file_meta"].insert_all(
            [{"key": "schema_version", "value": str(SCHEMA_VERSION)},
             {"key": "created_by", "value": f"vqdesk {__version__}"},
             {"key": "created_at", "value": datetime.now().isoformat(timespec="seconds")}],
            replace=True)
    return db


def open_database(path: Path, readonly: bool = False) -> Database:
    """Open an existing report file, checking it is one and migrating it when it is older.

    The checks run on a read-only connection first, so a file that is refused is never touched.
    """
    check_header(path)
    probe = _probe(path)
    if readonly or not migrations.pending(probe):
        if readonly and migrations.pending(probe):
            probe.close()
            raise ReportFileError(f"文件“{path.name}”由旧版本创建，需要升级，不能以只读方式打开。")
        probe.close()
        return _connect(path, readonly)
    probe.close()
    db = _connect(path, readonly=False)
    _backup_before_migration(db, path)
    migrations.apply(db)
    with db.atomic():
        db["file_meta"].upsert({"key": "schema_version", "value": str(SCHEMA_VERSION)}, pk="key")
    return db


def _probe(path: Path) -> Database:
    """A read-only look: is it ours, intact, and not from a newer version?"""
    try:
        db = _connect(path, readonly=True)
        app_id = db.execute("PRAGMA application_id").fetchone()[0]
        check = db.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise ReportFileError(f"文件“{path.name}”已损坏，无法打开（{exc}）。请从备份恢复。") from None
    if app_id != APPLICATION_ID:
        db.close()
        raise ReportFileError(f"文件“{path.name}”是其他程序的数据库，不是 vqdesk 报告文件。")
    if check != "ok":
        db.close()
        raise ReportFileError(f"文件“{path.name}”已损坏（{check}）。请从备份恢复。")
    _check_not_newer(db, path)
    return db


def check_report_file(path: Path):
    """Raise ReportFileError unless `path` is an intact report file this version can open."""
    check_header(path)
    _probe(path).close()


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
        raise ReportFileError(f"无法读取文件“{path.name}”：{exc.strerror}") from None
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
    version = db.execute("SELECT value FROM file_meta WHERE key = 'schema_version'").fetchone()
    old = version[0] if version else "1"
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy2(path, path.with_name(f"{path.name}.bak-v{old}"))
