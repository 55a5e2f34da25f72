"""The owner lock: at most one program edits a report file at a time.

Beside `学校.vqd` the editing program keeps `学校.vqd.lock`, a small JSON file naming it (process,
computer, user, program, since when, and the report's identity) and holding an operating-system
lock on it while the file is open.  The OS drops that lock when the program ends in any way,
crashes included, so a lock file whose OS lock is free is stale and the next opener takes it over.
Where the file system has no OS locks the recorded process decides: the lock is stale when that
process is dead on this computer, or when the user confirms that the other computer has let go.

The lock belongs to the file itself, not to the name it was opened by: the lock file sits beside
the real path (symlinks and `..` resolved), and on POSIX the report file is also locked with
flock(), so a hard link or a deleted lock file cannot let a second editor in.  A lock file that is
a symbolic link is never followed.
"""

import errno
import getpass
import json
import os
import socket
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from vqdesk.core.errors import DiskFullError, FileInUseError, ReportFileError, reason_of

LOCK_SUFFIX = ".lock"
#: Windows locks a byte range and a locked range cannot be read; lock one byte far past the text.
_WINDOWS_LOCK_OFFSET = 1 << 20
#: Errors meaning "this file system offers no OS locks" (as opposed to "someone holds it").
_NO_LOCKS = {errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS, errno.EINVAL}

_program = "vqdesk 命令行"


def set_program(name: str):
    """How this process names itself in the lock file (the desktop application gives its title)."""
    global _program
    _program = name


def lock_path(report: Path) -> Path:
    real = Path(os.path.realpath(report))
    return real.with_name(real.name + LOCK_SUFFIX)


@dataclass(frozen=True)
class LockHolder:
    pid: int
    host: str
    user: str
    since: str
    program: str

    @classmethod
    def me(cls) -> "LockHolder":
        try:
            user = getpass.getuser()
        except Exception:  # noqa: BLE001 - no user name is not a reason to refuse opening
            user = ""
        return cls(os.getpid(), socket.gethostname(), user,
                   datetime.now().isoformat(timespec="seconds"), _program)

    @classmethod
    def parse(cls, text: str) -> "LockHolder | None":
        try:
            raw = json.loads(text)
            return cls(int(raw["pid"]), str(raw["host"]), str(raw["user"]), str(raw["since"]),
                       str(raw["program"]))
        except (ValueError, KeyError, TypeError):
            return None

    def to_json(self, report: Path | None = None) -> str:
        record = dict(self.__dict__)
        if report is not None:      # which file this lock is about, whatever name it was opened by
            try:
                st = os.stat(report)
                record.update(file=os.path.realpath(report), device=st.st_dev, inode=st.st_ino)
            except OSError:
                pass
        return json.dumps(record, ensure_ascii=False)

    def describe(self) -> str:
        """Like “zhangsan（计算机 PC-01，vqdesk 桌面程序，进程 1234，2025-06-01 09:30 起）”."""
        since = self.since.replace("T", " ")[:16]
        return f"{self.user or '另一用户'}（计算机 {self.host}，{self.program}，进程 {self.pid}，{since} 起）"

    def is_alive(self) -> bool:
        """Only a process on this computer can be checked; one elsewhere counts as alive."""
        return self.host != socket.gethostname() or _pid_alive(self.pid)


class OwnerLock:
    """A held owner lock; release() when the file is closed.  `stale` says the previous holder
    ended without closing (a crash), so the file deserves a full integrity check."""

    def __init__(self, path: Path, fd: int, stale: bool = False, file_fd: int | None = None):
        self.path, self._fd, self.stale, self._file_fd = path, fd, stale, file_fd

    @classmethod
    def acquire(cls, report: Path, *, take_over: bool = False) -> "OwnerLock":
        """Take the lock of `report`, or raise FileInUseError naming who holds it.

        `take_over`: the user confirmed that another computer named in the lock file no longer
        uses the report (only where the file system offers no OS locks to tell)."""
        path = lock_path(Path(report))
        file_fd = _lock_report_itself(Path(report))
        try:
            for _ in range(5):  # a holder may release (and remove the file) between our open and lock
                fd = _open(path, report)
                remote = False
                try:
                    held = _try_os_lock(fd)
                except OSError as exc:
                    if exc.errno not in _NO_LOCKS:
                        os.close(fd)
                        raise
                    held = _held_by_live_process(fd) and not take_over
                    remote = True
                if held:
                    holder = LockHolder.parse(_read(fd))
                    os.close(fd)
                    remote = remote and holder is not None and holder.host != socket.gethostname()
                    raise _in_use(Path(report), holder, can_take_over=remote)
                if _same_file(fd, path):
                    stale = bool(_read(fd).strip())
                    try:
                        _write(fd, LockHolder.me().to_json(Path(report)))
                    except OSError as exc:     # a full disk: not even the lock fits
                        os.close(fd)
                        if not stale:
                            _remove(path)
                        raise _write_failed(Path(report), exc) from None
                    return cls(path, fd, stale, file_fd)
                os.close(fd)
        except BaseException:
            if file_fd is not None:
                os.close(file_fd)
            raise
        raise ReportFileError(f"无法锁定文件“{Path(report).name}”：锁文件不断被其他程序改动，请稍后再试。")

    def release(self):
        if self._file_fd is not None:
            os.close(self._file_fd)
            self._file_fd = None
        if self._fd is None:
            return
        if sys.platform == "win32":  # an open file cannot be removed there: close first
            os.close(self._fd)
            _remove(self.path)
        else:  # remove while still holding, so no one can lock a file that is going away
            _remove(self.path)
            os.close(self._fd)
        self._fd = None


def read_holder(report: Path) -> LockHolder | None:
    """Who the lock file says holds `report` (a stale entry included), if anyone."""
    try:
        return LockHolder.parse(lock_path(Path(report)).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        return None


def _write_failed(report: Path, exc: OSError) -> ReportFileError:
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return DiskFullError(f"磁盘已满，文件“{report.name}”只能以只读方式打开：可以查看、校验和导出，"
                             f"但不能修改。请清理磁盘空间后重新打开。")
    return ReportFileError(f"无法写入锁文件，不能修改“{report.name}”（{reason_of(exc)}）。")


def _in_use(report: Path, holder: LockHolder | None, can_take_over: bool = False) -> FileInUseError:
    who = holder.describe() if holder else "另一个程序"
    if holder and holder.pid == os.getpid() and holder.host == socket.gethostname():
        who = "本程序的另一个窗口"
    return FileInUseError(f"文件“{report.name}”正被{who}打开，暂时不能修改。请等对方关闭文件后再试。", who,
                          can_take_over)


def _lock_report_itself(report: Path) -> int | None:
    """flock() on the report file (POSIX): held through every name of the file, hard links
    included, and independent of the POSIX record locks SQLite takes on the same file."""
    if sys.platform == "win32":
        return None        # Windows byte-range locks would stop SQLite and readers: lock file only
    import fcntl
    try:
        fd = os.open(report, os.O_RDONLY)
    except OSError:
        return None        # the opener reports why the file cannot be read
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise _in_use(report, read_holder(report)) from None
    except OSError as exc:
        if exc.errno not in _NO_LOCKS:
            os.close(fd)
            raise
    return fd


def _open(path: Path, report: Path) -> int:
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)
    if path.is_symlink():        # never write through a symbolic link named like our lock
        path.unlink()
    try:
        return os.open(path, flags, 0o644)
    except OSError as exc:
        raise ReportFileError(f"无法在“{path.parent}”中创建锁文件“{path.name}”（{reason_of(exc)}），"
                              f"不能修改“{report.name}”。如果这是只读位置，请把文件复制到其他文件夹。") from None


def _try_os_lock(fd: int) -> bool:
    """True when another open file holds the lock; OSError when the file system has no locks."""
    if sys.platform == "win32":
        import msvcrt
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return True
        return False
    import fcntl
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    return False


def _held_by_live_process(fd: int) -> bool:
    holder = LockHolder.parse(_read(fd))
    return holder is not None and holder.is_alive() and holder.pid != os.getpid()


def _same_file(fd: int, path: Path) -> bool:
    try:
        here, there = os.fstat(fd), os.stat(path)
    except FileNotFoundError:
        return False
    return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)


def _read(fd: int) -> str:
    os.lseek(fd, 0, os.SEEK_SET)
    return os.read(fd, 4096).decode("utf-8", errors="replace")


def _write(fd: int, text: str):
    os.lseek(fd, 0, os.SEEK_SET)
    os.ftruncate(fd, 0)
    os.write(fd, text.encode("utf-8"))


def _remove(path: Path):
    try:
        path.unlink()
    except OSError:  # held open by a newcomer (Windows) or already gone: theirs now
        pass


def _pid_alive(pid: int) -> bool:
    if sys.platform == "win32":
        import ctypes
        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        ctypes.windll.kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        ctypes.windll.kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, belongs to someone else
        return True
    return True
