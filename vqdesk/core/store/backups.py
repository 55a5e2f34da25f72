"""Automatic backups: every time a report file is opened for editing, a copy goes into the user's
data folder (`backups/<stem>-<hash of the file's full path>/<stem>-<YYYYmmdd-HHMMSS>.vqd`); the
last N are kept.  A copy equal to the newest one is not kept again, so opening a file many times a
day does not push older states out.  Restoring checks the backup, keeps the current content as one
more backup, then swaps the file in one step.
"""

import filecmp
import hashlib
import json
import logging
import os
import re
import shutil
import sqlite3
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from vqdesk.core.atomic import clean_leftovers, hide
from vqdesk.core.errors import InputError, ReportFileError, reason_of
from vqdesk.core.store.database import check_report_file
from vqdesk.core.store.lock import OwnerLock
from vqdesk.core.userdata import user_data_dir

DEFAULT_KEEP = 10
SETTINGS_FILE = "settings.json"
_NAME = re.compile(r"-(\d{8}-\d{6})(?:-(\d+))?\.vqd$")
_PARTIAL = ".partial"

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Backup:
    path: Path
    time: datetime
    size: int
    summary: str      # school and years, or why it cannot be read
    last_edit: str    # "2025-06-01 09:30" of the newest edit in it, or ""

    @property
    def label(self) -> str:
        return self.time.strftime("%Y-%m-%d %H:%M:%S")


# -- settings --------------------------------------------------------------------------------
def _settings_path() -> Path:
    return user_data_dir() / SETTINGS_FILE


def _read_settings() -> dict:
    try:
        value = json.loads(_settings_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def keep_count() -> int:
    """How many backups to keep per file ("backup_keep" in settings.json; a bad value is ignored)."""
    value = _read_settings().get("backup_keep", DEFAULT_KEEP)
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 1 else DEFAULT_KEEP


def set_keep_count(n: int):
    if not isinstance(n, int) or n < 1:
        raise InputError(f"保留的备份份数必须是不小于 1 的整数（收到 {n}）。")
    settings = _read_settings()
    settings["backup_keep"] = n
    path = _settings_path()
    temp = path.with_name(path.name + _PARTIAL)
    temp.write_text(json.dumps(settings, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(temp, path)


# -- where and which -------------------------------------------------------------------------
def backup_folder(report: Path) -> Path:
    """This file's backup folder; the path hash keeps two “学校.vqd” in different folders apart."""
    full = os.path.normcase(str(Path(report).resolve()))
    digest = hashlib.sha256(full.encode("utf-8")).hexdigest()[:10]
    return user_data_dir() / "backups" / f"{Path(report).stem}-{digest}"


def _backup_files(folder: Path) -> list[Path]:
    """Newest first, by the time (and same-second counter) in the name."""
    found = []
    for path in folder.glob("*.vqd") if folder.is_dir() else ():
        match = _NAME.search(path.name)
        if match:
            found.append(((match.group(1), int(match.group(2) or 0)), path))
    return [path for _, path in sorted(found, reverse=True)]


def list_backups(report: Path) -> list[Backup]:
    """The backups of `report`, newest first."""
    out = []
    for path in _backup_files(backup_folder(report)):
        try:
            size = path.stat().st_size
        except OSError:
            continue
        stamp = _NAME.search(path.name).group(1)
        out.append(Backup(path, datetime.strptime(stamp, "%Y%m%d-%H%M%S"), size, *_summary(path)))
    return out


def _summary(path: Path) -> tuple[str, str]:
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            years = [r[0] for r in conn.execute("SELECT year FROM reports ORDER BY year")]
            name = conn.execute("SELECT value FROM profile JOIN reports ON reports.id = report_id "
                                "WHERE key = 'name' ORDER BY year DESC LIMIT 1").fetchone()
            edited = conn.execute("SELECT max(at) FROM history").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return "（无法读取，可能已损坏）", ""
    school = name[0] if name else "（未填写学校名称）"
    return f"{school} · {'、'.join(map(str, years)) or '无'} 年度", (edited or "").replace("T", " ")[:16]


# -- making backups --------------------------------------------------------------------------
def backup_on_open(conn: sqlite3.Connection, report: Path) -> str | None:
    """Back up a file just opened for editing.  A failure must not stop the user from working:
    it is logged and returned as a Chinese sentence for the status bar."""
    try:
        make_backup(conn, report)
    except (OSError, sqlite3.Error) as exc:
        log.warning("backup of %s failed: %s", report, exc)
        return f"未能自动备份“{Path(report).name}”（{reason_of(exc)}）。"
    return None


def make_backup(conn: sqlite3.Connection, report: Path) -> Path:
    """Copy the open database into the backup folder and drop the oldest beyond keep_count().
    Returns the new backup, or the newest existing one when that holds the same content."""
    folder = backup_folder(report)
    folder.mkdir(parents=True, exist_ok=True)
    _remove_partials(folder)
    temp = folder / f"{uuid.uuid4().hex}{_PARTIAL}"
    try:
        _copy_database(conn, temp)
        existing = _backup_files(folder)
        if existing and filecmp.cmp(temp, existing[0], shallow=False):
            return existing[0]
        target = _free_name(folder, Path(report).stem)
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)
    _prune(folder, keep_count())
    return target


def _copy_database(conn: sqlite3.Connection, target: Path):
    """SQLite's backup API gives a consistent copy (WAL content included) while the file is open;
    the copy is switched to a rollback journal so it is one self-contained file."""
    dest = sqlite3.connect(target)
    try:
        conn.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()
    with open(target, "rb+") as fh:
        os.fsync(fh.fileno())


def _free_name(folder: Path, stem: str) -> Path:
    """`<stem>-<time>.vqd`; a second one within the same second is `-2`, then `-3`, ... (always
    above the highest taken, even after the first was pruned, so the names keep their order)."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    taken = [int(m.group(2) or 1) for m in map(_NAME.search, (p.name for p in _backup_files(folder)))
             if m and m.group(1) == stamp]
    return folder / (f"{stem}-{stamp}-{max(taken) + 1}.vqd" if taken else f"{stem}-{stamp}.vqd")


def _prune(folder: Path, keep: int):
    for old in _backup_files(folder)[keep:]:
        old.unlink(missing_ok=True)


def prune(report: Path):
    """Apply the current keep_count() to the backups of `report` now."""
    _prune(backup_folder(report), keep_count())


def _remove_partials(folder: Path):
    """Leftovers of a backup cut short (a crash): only the lock holder writes here, so they are stale."""
    for leftover in folder.glob(f"*{_PARTIAL}"):
        leftover.unlink(missing_ok=True)


# -- restoring -------------------------------------------------------------------------------
def restore(report: Path, source: Path) -> Path | None:
    """Replace the content of `report` with `source` (a backup or any report file).

    The source is checked first; the current content is kept as a backup (returned, None when
    there was no file); the new content is written beside the file and swapped in with
    os.replace, so the file is never half written.  Refused while anyone else has the file open.
    """
    report, source = Path(report), Path(source)
    check_report_file(source)
    lock = OwnerLock.acquire(report)
    temp = report.with_name(f".{report.name}{_PARTIAL}")
    clean_leftovers(report.parent, report)
    try:
        _copy_file_database(source, temp)
        hide(temp)
        _detach_journal(report)  # refuse before anything else if someone is reading the file
        safety = _keep_current(report) if report.exists() else None
        _detach_journal(report)
        os.replace(temp, report)
        _sync_folder(report.parent)
    except (OSError, sqlite3.Error) as exc:
        raise ReportFileError(f"恢复“{report.name}”失败（{reason_of(exc)}）。原文件未被改动。") from None
    finally:
        temp.unlink(missing_ok=True)
        lock.release()
    return safety


def _copy_file_database(source: Path, target: Path):
    target.unlink(missing_ok=True)
    conn = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        _copy_database(conn, target)
    finally:
        conn.close()


def _keep_current(report: Path) -> Path:
    """The current content as a backup: through SQLite when it reads, byte for byte when damaged."""
    try:
        conn = sqlite3.connect(report)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return make_backup(conn, report)
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        folder = backup_folder(report)
        folder.mkdir(parents=True, exist_ok=True)
        target = _free_name(folder, report.stem)
        shutil.copyfile(report, target)
        _prune(folder, keep_count())
        return target


def _detach_journal(report: Path):
    """Settle what SQLite keeps beside the current file before it is replaced: a journal or WAL
    left beside the restored file would be applied to it.  A crash's journal is rolled back into
    the old content (which becomes the safety backup); a damaged file's journal goes with it."""
    from vqdesk.core.store.sidecars import journal_path, shm_path, wal_path
    sides = [p for p in (journal_path(report), wal_path(report), shm_path(report)) if p.exists()]
    if not report.exists():
        return
    conn = sqlite3.connect(report, timeout=1)
    try:
        conn.execute("PRAGMA journal_mode = DELETE").fetchone()   # folds a WAL in, rolls a journal back
        conn.execute("BEGIN EXCLUSIVE")                            # nobody is in the middle of a read
        conn.execute("COMMIT")
    except sqlite3.OperationalError as exc:
        conn.close()
        if getattr(exc, "sqlite_errorname", "") in ("SQLITE_BUSY", "SQLITE_LOCKED"):
            raise ReportFileError(f"文件“{report.name}”正被其他程序读取（例如另一个窗口以只读方式打开了它），"
                                  f"请先关闭后再恢复。原文件未被改动。") from None
        for side in sides:              # damaged: SQLite cannot apply them, they go with the file
            side.unlink(missing_ok=True)
        return
    except sqlite3.DatabaseError:
        conn.close()
        for side in sides:
            side.unlink(missing_ok=True)
        return
    conn.close()
    if wal_path(report).exists():
        raise ReportFileError(f"文件“{report.name}”正被其他程序读取（例如另一个窗口以只读方式打开了它），"
                              f"请先关闭后再恢复。原文件未被改动。")
    shm_path(report).unlink(missing_ok=True)


def _sync_folder(folder: Path):
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
