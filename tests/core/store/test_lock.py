"""Two openers: one program edits a file at a time; others are told who, and may read."""

import errno
import json
import os
import socket
import sqlite3
import subprocess
import sys
import time

import pytest

from vqdesk.core.errors import FileInUseError
from vqdesk.core.session import Session
from vqdesk.core.store import lock as lock_module
from vqdesk.core.store.lock import LockHolder, lock_path, read_holder

POSIX = pytest.mark.skipif(sys.platform == "win32", reason="editor processes are forked (POSIX)")


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def _write_lock(report, **fields):
    holder = dict(pid=_dead_pid(), host=socket.gethostname(), user="zhangsan", since="2025-06-01T09:30:00",
                  program="中职质量年报助手")
    holder.update(fields)
    lock_path(report).write_text(json.dumps(holder, ensure_ascii=False), encoding="utf-8")


def test_the_editor_is_named_in_the_lock_file_which_goes_away_on_close(sample_copy):
    s = Session.open(sample_copy)
    holder = read_holder(sample_copy)
    assert (holder.pid, holder.host, holder.program) == (os.getpid(), socket.gethostname(), "vqdesk 命令行")
    assert lock_path(sample_copy).name == "样例 副本.vqd.lock"
    s.close()
    assert not lock_path(sample_copy).exists()


def test_a_new_file_is_locked_from_its_creation(tmp_path):
    with Session.create(tmp_path / "新.vqd", school="甲校", year=2025, edition_id="liaoning-2023"):
        with pytest.raises(FileInUseError):
            Session.open(tmp_path / "新.vqd")
    assert not lock_path(tmp_path / "新.vqd").exists()


def test_a_second_editor_is_refused_and_told_who_holds_the_file(sample_copy):
    with Session.open(sample_copy) as first:
        before = first.value(2025, "6.1")
        with pytest.raises(FileInUseError, match="“样例 副本.vqd”正被本程序的另一个窗口打开，暂时不能修改"):
            Session.open(sample_copy)
        first.set_value(2025, "6.1", 1234)  # the refusal did not disturb the editor
    with Session.open(sample_copy) as again:  # free again once closed
        assert again.value(2025, "6.1").number == 1234 != before.number


def test_read_only_openers_take_no_lock_and_are_not_refused(sample_copy):
    with Session.open(sample_copy) as editor:
        with Session.open(sample_copy, readonly=True) as viewer:
            editor.set_value(2025, "6.1", 1600)
            assert viewer.value(2025, "6.1").number == 1600
            assert read_holder(sample_copy).pid == os.getpid()


def test_a_lock_left_by_a_dead_process_is_taken_over(sample_copy):
    _write_lock(sample_copy)
    with Session.open(sample_copy):
        assert read_holder(sample_copy).pid == os.getpid()
    assert not lock_path(sample_copy).exists()


def test_an_empty_or_garbled_lock_file_is_stale(sample_copy):
    lock_path(sample_copy).write_bytes(b"\x00\x01 not json")
    with Session.open(sample_copy):
        assert read_holder(sample_copy).pid == os.getpid()


@pytest.mark.parametrize("host, alive, refused", [
    ("this", True, True), ("this", False, False), ("another", False, True)])
def test_without_os_locks_the_recorded_process_decides(sample_copy, monkeypatch, host, alive, refused):
    """On a file system without OS locks, a lock is stale only when its process is known to be
    dead: on this computer and gone.  One from another computer cannot be checked, so it holds."""
    def no_locks(fd):
        raise OSError(errno.ENOLCK, "No locks available")
    monkeypatch.setattr(lock_module, "_try_os_lock", no_locks)
    pid = os.getppid() if alive else _dead_pid()
    _write_lock(sample_copy, pid=pid, host=socket.gethostname() if host == "this" else "PC-教务处")
    if refused:
        with pytest.raises(FileInUseError, match=f"正被zhangsan（计算机 .*，中职质量年报助手，进程 {pid}，"
                                                 f"2025-06-01 09:30 起）打开"):
            Session.open(sample_copy)
    else:
        Session.open(sample_copy).close()


def test_holder_description_reads_as_a_sentence():
    holder = LockHolder(4242, "PC-01", "zhangsan", "2025-06-01T09:30:12", "中职质量年报助手")
    assert holder.describe() == "zhangsan（计算机 PC-01，中职质量年报助手，进程 4242，2025-06-01 09:30 起）"


@POSIX
def test_another_process_editing_the_file_refuses_a_second_editor(tmp_path, editor_process):
    path = tmp_path / "共享.vqd"
    Session.create(path, school="测试职业学校", year=2025, edition_id="liaoning-2023").close()
    editor = editor_process(path)
    pid = editor.start(seq=1)
    editor.wait_until_open()
    with pytest.raises(FileInUseError, match=f"正被.*进程 {pid}"):
        Session.open(path)
    editor.finish(pid)


@POSIX
def test_an_editor_killed_outright_leaves_a_stale_lock_for_the_next_open(tmp_path, editor_process):
    path = tmp_path / "崩溃.vqd"
    Session.create(path, school="测试职业学校", year=2025, edition_id="liaoning-2023").close()
    editor = editor_process(path)
    pid = editor.start(seq=1)
    editor.wait_until_open()
    editor.finish(pid)  # SIGKILL: no chance to remove its lock file
    assert read_holder(path).pid == pid
    with Session.open(path) as s:
        assert read_holder(path).pid == os.getpid()
        assert editor.reported.missing_in(s) == []


@POSIX
def test_a_reader_reads_while_another_process_writes_and_the_file_stays_intact(tmp_path, editor_process):
    """The second opener gets a read-only session and sees the first one's committed edits as they
    come; SQLite's own locking keeps the two apart (a reader waits while a commit is written)."""
    path = tmp_path / "共享.vqd"
    Session.create(path, school="测试职业学校", year=2025, edition_id="liaoning-2023").close()
    editor = editor_process(path)
    editor.start(seq=0, limit=400)
    editor.wait_until_open()
    seen = []
    while editor.running is not None and len(seen) < 10_000:
        with Session.open(path, readonly=True) as viewer:
            data = viewer.snapshot(2025)
            seen.append(len(data.document.cases()))
        editor.poll()
    assert editor.finish(None) == 0
    assert seen == sorted(seen), "the reader only ever sees whole, committed edits"
    with Session.open(path) as s:
        assert s.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert editor.reported.count == 400 and editor.reported.missing_in(s) == []
        assert len(s.document(2025).cases()) == sum(1 for seq in range(400) if seq % 5 == 4 and seq % 30 != 29)


@POSIX
def test_another_program_writing_with_sqlite_does_not_corrupt_the_file(tmp_path, editor_process):
    """A second program (not vqdesk, e.g. a database tool) writing to the file now and then while
    an editor works: SQLite serialises the writes, every one of both sides arrives."""
    path = tmp_path / "共享.vqd"
    Session.create(path, school="测试职业学校", year=2025, edition_id="liaoning-2023").close()
    editor = editor_process(path)
    editor.start(seq=0, limit=300)
    editor.wait_until_open()
    other = sqlite3.connect(path, timeout=10)
    written = 0
    while editor.running is not None or written < 50:
        with other:
            other.execute("INSERT INTO file_meta (key, value) VALUES (?, 'x')", [f"other-{written}"])
        written += 1
        time.sleep(0.005)
        editor.poll()
    other.close()
    assert editor.finish(None) == 0
    with Session.open(path) as s:
        assert s.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert editor.reported.missing_in(s) == [] and editor.reported.count == 300
        others = s.db.execute("SELECT count(*) FROM file_meta WHERE key LIKE 'other-%'").fetchone()[0]
        assert others == written


def test_a_write_blocked_by_another_program_fails_with_a_message(sample_copy):
    from vqdesk.core.errors import ReportFileError
    other = sqlite3.connect(sample_copy, timeout=0)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        with Session.open(sample_copy) as s:
            s.db.conn.execute("PRAGMA busy_timeout = 50")
            with pytest.raises(ReportFileError, match="“样例 副本.vqd”正被其他程序占用，这次修改没有保存"):
                s.set_value(2025, "6.1", 1)
    finally:
        other.rollback()
        other.close()


def test_a_lock_from_another_computer_is_taken_over_once_the_user_confirms(sample_copy, monkeypatch):
    def no_locks(fd):
        raise OSError(errno.ENOLCK, "No locks available")
    monkeypatch.setattr(lock_module, "_try_os_lock", no_locks)
    _write_lock(sample_copy, pid=4242, host="PC-教务处")
    with pytest.raises(FileInUseError, match="计算机 PC-教务处"):
        Session.open(sample_copy)
    with Session.open(sample_copy, take_over=True) as s:
        assert not s.readonly and read_holder(sample_copy).pid == os.getpid()


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic and hard links as POSIX has them")
@pytest.mark.parametrize("other_name", ["symlink", "hardlink", "dotdot"])
def test_the_file_is_locked_whatever_name_it_is_opened_by(sample_copy, tmp_path, other_name):
    other = {"symlink": tmp_path / "捷径.vqd", "hardlink": tmp_path / "硬链接.vqd",
             "dotdot": sample_copy.parent / ".." / sample_copy.parent.name / sample_copy.name}[other_name]
    if other_name == "symlink":
        other.symlink_to(sample_copy)
    elif other_name == "hardlink":
        os.link(sample_copy, other)
    with Session.open(sample_copy):
        with pytest.raises(FileInUseError):
            Session.open(other)


@pytest.mark.skipif(sys.platform == "win32", reason="flock on the report file is POSIX")
def test_a_deleted_lock_file_does_not_let_a_second_editor_in(sample_copy):
    with Session.open(sample_copy) as first:
        lock_path(sample_copy).unlink()
        with pytest.raises(FileInUseError):
            Session.open(sample_copy)
        first.set_value(2025, "6.1", 1700)


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links as POSIX has them")
def test_a_lock_file_that_is_a_symlink_is_never_followed(sample_copy, tmp_path):
    victim = tmp_path / "重要.txt"
    victim.write_text("不能被覆盖", encoding="utf-8")
    lock_path(sample_copy).symlink_to(victim)
    with Session.open(sample_copy):
        assert not lock_path(sample_copy).is_symlink()
    assert victim.read_text(encoding="utf-8") == "不能被覆盖"


def test_the_lock_names_the_file_it_is_about(sample_copy):
    with Session.open(sample_copy):
        record = json.loads(lock_path(sample_copy).read_text(encoding="utf-8"))
    assert record["file"] == os.path.realpath(sample_copy)
    assert (record["device"], record["inode"]) == (sample_copy.stat().st_dev, sample_copy.stat().st_ino)
