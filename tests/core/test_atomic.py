"""atomic_output: the target is replaced whole or left alone, nothing else stays in the folder,
and every refusal of the system reads as a Chinese sentence naming the file."""

import errno
import os
import sqlite3

import pytest

from vqdesk.core.atomic import OutputFileError, atomic_output, describe_failure
from vqdesk.core.errors import ReportFileError

#: A read-only folder (permission bits) or a read-only mount (root, CI): either is named.
READ_ONLY_REFUSAL = "没有写入权限|所在磁盘是只读的"


@pytest.fixture
def folder(tmp_path):
    out = tmp_path / "导出"
    out.mkdir()
    return out


def listing(folder) -> dict:
    return {p.name: p.read_bytes() for p in folder.iterdir()}


def test_writes_new_file_and_leaves_nothing_else(folder):
    with atomic_output(folder / "年报.pdf") as temp:
        assert temp.parent.parent == folder and temp.name == "年报.pdf" and not temp.exists()
        temp.write_bytes(b"new")
    assert listing(folder) == {"年报.pdf": b"new"}


def test_replaces_existing_file(folder):
    (folder / "年报.pdf").write_bytes(b"old")
    with atomic_output(folder / "年报.pdf") as temp:
        temp.write_bytes(b"new")
    assert listing(folder) == {"年报.pdf": b"new"}


def test_writer_failure_removes_partial_file_and_keeps_old_one(folder):
    (folder / "年报.pdf").write_bytes(b"old")
    with pytest.raises(ZeroDivisionError):
        with atomic_output(folder / "年报.pdf") as temp:
            temp.write_bytes(b"half")
            temp.with_name(temp.name + "-wal").write_bytes(b"journal")
            1 / 0
    assert listing(folder) == {"年报.pdf": b"old"}


def test_full_disk_during_write(folder):
    target = folder / "年报.pdf"
    target.write_bytes(b"old")
    with pytest.raises(OutputFileError) as info:
        with atomic_output(target) as temp:
            temp.write_bytes(b"half")
            raise OSError(errno.ENOSPC, "No space left on device")
    assert str(info.value) == f"磁盘空间不足，无法保存“{target}”。请清理磁盘或另选保存位置。原有的同名文件保持不变。"
    assert listing(folder) == {"年报.pdf": b"old"}


def test_sqlite_full_database_reads_as_full_disk(folder):
    target = folder / "区域.vqd"
    with pytest.raises(ReportFileError, match="^磁盘空间不足，无法保存“.*区域.vqd”"):
        with atomic_output(target, ReportFileError) as temp:
            conn = sqlite3.connect(temp)
            conn.execute("PRAGMA max_page_count = 2")        # a database that cannot grow: SQLITE_FULL
            try:
                conn.execute("CREATE TABLE t (x TEXT)")
                conn.executemany("INSERT INTO t VALUES (?)", [("x" * 1000,)] * 50)
            finally:
                conn.close()
    assert listing(folder) == {}


def test_other_sqlite_errors_pass_through(folder):
    with pytest.raises(sqlite3.OperationalError, match="no such table"):
        with atomic_output(folder / "区域.vqd") as temp:
            with sqlite3.connect(temp) as conn:
                conn.execute("SELECT * FROM missing")
    assert listing(folder) == {}


def test_folder_refuses_new_files(folder, monkeypatch):
    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")
    monkeypatch.setattr("vqdesk.core.atomic.tempfile.mkdtemp", refuse)
    target = folder / "指标表.xlsx"
    with pytest.raises(OutputFileError) as info:
        with atomic_output(target):
            pytest.fail("the writer must not run")
    assert str(info.value) == (f"无法写入“{target}”：没有写入权限（文件夹“{folder}”可能是只读的），"
                               f"请另选保存位置。")


def test_read_only_folder_for_real(read_only):
    with pytest.raises(OutputFileError, match=READ_ONLY_REFUSAL):
        with atomic_output(read_only / "指标表.xlsx") as temp:
            temp.write_bytes(b"x")
    assert listing(read_only) == {}


def test_target_open_in_another_program(folder, monkeypatch):
    target = folder / "指标表.xlsx"
    target.write_bytes(b"old")

    def locked(src, dst):
        raise PermissionError(errno.EACCES, "The process cannot access the file")
    monkeypatch.setattr("vqdesk.core.atomic.os.replace", locked)
    with pytest.raises(OutputFileError) as info:
        with atomic_output(target) as temp:
            temp.write_bytes(b"new")
    assert str(info.value) == (f"文件“{target}”正被其他程序打开（例如 Excel 或 PDF 阅读器），请关闭后重试。"
                               f"原有的同名文件保持不变。")
    assert listing(folder) == {"指标表.xlsx": b"old"}


def test_missing_folder_and_folder_in_the_way(tmp_path):
    with pytest.raises(OutputFileError, match="文件夹“.*nowhere”不存在"):
        with atomic_output(tmp_path / "nowhere" / "a.pdf"):
            pass
    (tmp_path / "a.pdf").mkdir()
    with pytest.raises(OutputFileError, match="同名的文件夹已存在"):
        with atomic_output(tmp_path / "a.pdf"):
            pass


def test_writer_that_writes_nothing_does_not_replace(folder):
    (folder / "a.pdf").write_bytes(b"old")
    with pytest.raises(OutputFileError, match="无法保存“.*a.pdf”：没有生成文件"):
        with atomic_output(folder / "a.pdf"):
            pass
    assert listing(folder) == {"a.pdf": b"old"}


@pytest.mark.parametrize("code, words", [(errno.EROFS, "所在磁盘是只读的"), (errno.ENAMETOOLONG, "文件名或路径太长"),
                                         (errno.EDQUOT, "磁盘空间不足")])
def test_other_system_refusals_in_chinese(tmp_path, code, words):
    assert words in describe_failure(OSError(code, "english text"), tmp_path / "a.pdf")


def test_what_a_killed_export_or_restore_left_is_removed_at_the_next_export(tmp_path):
    import time
    from vqdesk.core.atomic import STALE_SECONDS
    old_work = tmp_path / ".~vqdesk-abc123"
    old_work.mkdir()
    (old_work / "半截.xlsx").write_bytes(b"PK partial")
    old_restore = tmp_path / ".我校.vqd.partial"
    old_restore.write_bytes(b"partial")
    recent = tmp_path / f".~vqdesk-{os.getppid()}-busy"         # a live process at work
    recent.mkdir()
    dead = tmp_path / ".~vqdesk-999999999-x"                     # its process is gone
    dead.mkdir()
    long_ago = time.time() - STALE_SECONDS - 5
    for p in (old_work, old_restore):
        os.utime(p, (long_ago, long_ago))
    with atomic_output(tmp_path / "报表.xlsx") as temp:
        temp.write_bytes(b"new")
    assert sorted(p.name for p in tmp_path.iterdir()) == [recent.name, "报表.xlsx"], \
        "work of dead or long-gone programs removed, a running program's work left alone"


def test_a_killed_restore_leaves_neither_its_copy_nor_the_copy_s_journal(tmp_path):
    from vqdesk.core.atomic import clean_leftovers
    report = tmp_path / "我校.vqd"
    report.write_bytes(b"db")
    for name in (".我校.vqd.partial", ".我校.vqd.partial-journal"):
        (tmp_path / name).write_bytes(b"half")
    (tmp_path / ".他校.vqd.partial-journal").write_bytes(b"someone else's, recent")
    clean_leftovers(tmp_path, locked_report=report)
    assert sorted(p.name for p in tmp_path.iterdir()) == [".他校.vqd.partial-journal", "我校.vqd"]
