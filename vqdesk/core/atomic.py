"""Writing an output file whole or not at all, with a Chinese reason when the system refuses.

The writer gets a path in a private hidden folder next to the target (same disk, so the final
rename is atomic).  Only a complete file replaces the target; on any failure the folder and
everything in it (a half-written file, SQLite -wal/-shm files) is removed and an existing target
stays as it was.
"""

import errno
import os
import shutil
import sqlite3
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from vqdesk.core.errors import DiskFullError, VqdeskError, reason_of

_DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_REASONS = {errno.EROFS: "所在磁盘是只读的", errno.ENAMETOOLONG: "文件名或路径太长",
            errno.EIO: "磁盘读写出错", errno.EINVAL: "文件名含有不允许的字符"}


#: Names of our temporary work: export folders, and restores in progress (backups.py).
WORK_PREFIX, PARTIAL_SUFFIX = ".~vqdesk-", ".partial"
#: Work older than this was left by a program that was killed (an export takes seconds).
STALE_SECONDS = 600


def clean_leftovers(folder: Path, locked_report: Path | None = None):
    """Remove what a killed export or restore left in `folder`: work folders of processes that
    are gone (their pid is in the name) or very old, and restore copies of `locked_report`
    (whose owner lock the caller holds, so no restore of it is running) or very old ones."""
    import time
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return
    mine = f".{locked_report.name}{PARTIAL_SUFFIX}" if locked_report is not None else None
    # A restore copy is an SQLite file: killed mid-write it leaves its rollback journal too.
    mine_all = {mine + s for s in _SQLITE_SIDECARS} if mine else set()
    for entry in entries:
        try:
            old = time.time() - entry.lstat().st_mtime > STALE_SECONDS
            if entry.name.startswith(WORK_PREFIX) and entry.is_dir() and not entry.is_symlink():
                if old or not _alive(entry.name[len(WORK_PREFIX):].split("-")[0]):
                    shutil.rmtree(entry, ignore_errors=True)
            elif entry.name in mine_all or (old and entry.name.startswith(".") and _is_partial(entry.name)):
                entry.unlink()
        except OSError:
            pass


_SQLITE_SIDECARS = ("", "-journal", "-wal", "-shm")


def _is_partial(name: str) -> bool:
    return any(name.endswith(PARTIAL_SUFFIX + s) for s in _SQLITE_SIDECARS)


def _alive(pid_text: str) -> bool:
    """Whether the process that made a work folder still runs (unknown counts as running)."""
    if not pid_text.isdigit():
        return True
    from vqdesk.core.store.lock import _pid_alive
    return _pid_alive(int(pid_text))


def hide(path: Path):
    """The dot hides a name on POSIX; Windows needs the hidden attribute."""
    if os.name == "nt":
        import ctypes
        ctypes.windll.kernel32.SetFileAttributesW(str(path), 0x2)   # FILE_ATTRIBUTE_HIDDEN


class OutputFileError(VqdeskError):
    """An output file could not be written; nothing was left behind."""


@contextmanager
def atomic_output(path, error: type[VqdeskError] = OutputFileError) -> Iterator[Path]:
    """Yield a path to write `path`'s new content to; on success it replaces `path`.

    OSError (and SQLite's "disk is full") become `error` with a message naming the file.
    Other exceptions pass through unchanged, after the clean-up.
    """
    target = Path(path)
    folder = target.parent
    if not folder.is_dir():
        raise error(f"无法保存“{target}”：文件夹“{folder}”不存在，请另选保存位置。")
    if target.is_dir():
        raise error(f"无法保存“{target}”：同名的文件夹已存在，请换一个文件名。")
    kept = "原有的同名文件保持不变。" if target.exists() else ""
    clean_leftovers(folder)
    try:
        workdir = Path(tempfile.mkdtemp(prefix=f"{WORK_PREFIX}{os.getpid()}-", dir=folder))
        hide(workdir)
    except OSError as exc:
        raise error(describe_failure(exc, target, kept)) from None
    try:
        temp = workdir / target.name
        yield temp
        _replace(temp, target, error, kept)
    except OSError as exc:
        raise error(describe_failure(exc, target, kept)) from None
    except sqlite3.OperationalError as exc:
        if not _sqlite_full(exc):
            raise
        raise error(_disk_full(target, kept)) from None
    except DiskFullError:        # a Session writing the new file met a full disk: name the target
        raise error(_disk_full(target, kept)) from None
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def _replace(temp: Path, target: Path, error, kept: str):
    if not temp.is_file():
        raise error(f"无法保存“{target}”：没有生成文件。{kept}")
    try:
        os.replace(temp, target)
    except PermissionError:
        # Windows refuses to replace a file another program holds open (sharing violation).
        raise error(f"文件“{target}”正被其他程序打开（例如 Excel 或 PDF 阅读器），请关闭后重试。{kept}") from None


def describe_failure(exc: OSError, target: Path, kept: str = "") -> str:
    """A Chinese sentence for an OSError met while writing `target`."""
    if isinstance(exc, PermissionError):
        return (f"无法写入“{target}”：没有写入权限（文件夹“{target.parent}”可能是只读的），"
                f"请另选保存位置。{kept}")
    if exc.errno in _DISK_FULL:
        return _disk_full(target, kept)
    reason = _REASONS.get(exc.errno) or reason_of(exc)
    return f"无法保存“{target}”：{reason}。{kept}"


def _disk_full(target: Path, kept: str) -> str:
    return f"磁盘空间不足，无法保存“{target}”。请清理磁盘或另选保存位置。{kept}"


def _sqlite_full(exc: sqlite3.OperationalError) -> bool:
    return getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL or "disk is full" in str(exc)
