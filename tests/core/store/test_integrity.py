"""A report file is whole at every moment, is never wrongly called damaged, and never applies
a journal that is not its own."""

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from vqdesk.cli import main
from vqdesk.core.errors import ReportFileError
from vqdesk.core.session import Session
from vqdesk.core.store.sidecars import journal_path, wal_path

POSIX = pytest.mark.skipif(os.name != "posix", reason="POSIX file system semantics")

#: A child that dies in the middle of a write transaction, leaving a hot journal behind: with a
#: one-page cache SQLite writes changed pages into the file before the commit.
CRASH_MID_WRITE = """
import os, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA cache_size = 1")
conn.execute("BEGIN IMMEDIATE")
conn.execute("UPDATE indicator_values SET number = number + 1000 WHERE number IS NOT NULL")
conn.execute("UPDATE record_rows SET data = json_set(data, '$.remark', hex(randomblob(600)))")
os._exit(0)
"""


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _crash_mid_write(path: Path):
    subprocess.run([sys.executable, "-c", CRASH_MID_WRITE, str(path)], check=True)
    assert journal_path(path).stat().st_size > 0, "the crash left a hot journal"


def _value(path: Path) -> float:
    with sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True) as conn:
        return conn.execute("SELECT number FROM indicator_values v JOIN reports r ON r.id = v.report_id "
                            "WHERE r.year = 2025 AND indicator_id = '6.1'").fetchone()[0]


# -- 1. the file itself is current -------------------------------------------------------------

def test_a_copy_taken_while_editing_holds_the_last_acknowledged_edit(sample_copy, tmp_path):
    with Session.open(sample_copy) as s:
        for n in range(1, 31):
            s.set_value(2025, "6.1", 1600 + n)
            s.set_node_text(s.part_node(2025, "basic.overview").id, f"第 {n} 版概况。")
        copy = tmp_path / "发给教育局.vqd"
        shutil.copyfile(sample_copy, copy)                     # no closing, no checkpoint
        beside = sorted(p.name for p in sample_copy.parent.iterdir() if p.name.startswith(sample_copy.name))
    assert beside == [sample_copy.name, sample_copy.name + ".lock"], "nothing but the lock beside it"
    with Session.open(copy, readonly=True) as c:
        assert c.value(2025, "6.1").number == 1630
        assert c.node_text(c.part_node(2025, "basic.overview").id) == "第 30 版概况。"


def test_a_file_of_the_wal_version_becomes_a_rollback_journal_file_with_its_wal_applied(sample_copy):
    conn = sqlite3.connect(sample_copy, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("UPDATE indicator_values SET number = 4321 WHERE indicator_id = '6.1'")
    os.link(wal_path(sample_copy), sample_copy.with_name("kept.wal"))   # keep the WAL as a crash would
    conn.close()
    os.replace(sample_copy.with_name("kept.wal"), wal_path(sample_copy))
    with Session.open(sample_copy) as s:
        assert s.db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert s.value(2025, "6.1").number == 4321
    assert not wal_path(sample_copy).exists()


# -- 2. healthy files open ------------------------------------------------------------------------

def test_a_crash_mid_write_is_rolled_back_and_the_file_opens_with_a_notice(sample_copy):
    before = _value(sample_copy)
    _crash_mid_write(sample_copy)
    with Session.open(sample_copy) as s:
        assert s.value(2025, "6.1").number == before
        assert s.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert any("上次没有正常关闭，已自动恢复" in n for n in s.notices)
    assert not journal_path(sample_copy).exists()


def test_read_only_commands_roll_back_a_crash_too_and_never_say_damaged(capsys, sample_copy):
    before = _value(sample_copy)
    _crash_mid_write(sample_copy)
    assert main(["info", str(sample_copy)]) == 0
    assert "已损坏" not in capsys.readouterr().err
    assert _value(sample_copy) == before


def test_a_journal_copied_in_from_another_report_is_never_applied(sample_copy, new_session, tmp_path):
    other = new_session.path
    new_session.set_value(2025, "6.1", 777)
    new_session.close()
    _crash_mid_write(sample_copy)
    shutil.copyfile(journal_path(sample_copy), journal_path(other))
    journal_path(sample_copy).unlink()
    before = _digest(other)
    with Session.open(other) as s:
        assert s.value(2025, "6.1").number == 777 and s.profile(2025)["name"] == "测试职业学校"
        assert any("不属于这个文件" in n for n in s.notices)
    assert _digest(other) == before or _value(other) == 777
    kept = [p.name for p in other.parent.iterdir() if "不属于此文件" in p.name]
    assert len(kept) == 1 and kept[0].startswith(journal_path(other).name)


def test_a_stray_wal_beside_a_rollback_file_is_set_aside_not_replayed(sample_copy, new_session):
    other = new_session.path
    new_session.close()
    conn = sqlite3.connect(sample_copy, isolation_level=None)           # another file's WAL
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("UPDATE profile SET value = '别的学校' WHERE key = 'name'")
    shutil.copyfile(wal_path(sample_copy), wal_path(other))
    conn.close()
    with Session.open(other) as s:
        assert s.profile(2025)["name"] == "测试职业学校"
        assert any("不属于这个文件" in n for n in s.notices)
    assert not wal_path(other).exists()


def _in_user_namespace(code: str, *args) -> subprocess.CompletedProcess:
    """Run Python as an unprivileged user (a new user namespace), where permission bits bind
    even when the tests run as root."""
    if shutil.which("unshare") is None:
        pytest.skip("unshare is not available")
    prefix = ["unshare", "-U"] if os.geteuid() == 0 else []
    result = subprocess.run(prefix + [sys.executable, "-c", code, *map(str, args)], capture_output=True,
                            text=True, env=dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[3])))
    if result.returncode == 99:
        pytest.skip(result.stdout.strip())
    return result


READ_ONLY_FOLDER = """
import os, sys
from pathlib import Path
from vqdesk.cli import main
from vqdesk.core.session import Session
path, out = Path(sys.argv[1]), Path(sys.argv[2])
if os.access(path.parent, os.W_OK):
    print("this user can still write into a 555 folder"); sys.exit(99)
with Session.open(path) as s:
    assert s.readonly and "只读" in s.readonly_reason, s.readonly_reason
    assert s.snapshot(2025).profile["name"]
for args in (["info", str(path)], ["validate", str(path)], ["export", str(path), "--pdf", str(out / "r.pdf"),
             "--xlsx", str(out / "r.xlsx")]):
    code = main(args)
    assert code in (0, 3), (args, code)
code = main(["import", str(path), str(out / "r.xlsx")])
assert code == 1, code
print(sorted(p.name for p in path.parent.iterdir()))
"""


@POSIX
def test_a_report_in_a_read_only_folder_opens_read_only_and_exports(sample_path):
    folder = Path(tempfile.mkdtemp(prefix="vqdesk-ro-"))
    out = Path(tempfile.mkdtemp(prefix="vqdesk-out-"))
    try:
        shutil.copy(sample_path, folder / "我校.vqd")
        os.chmod(folder, 0o555)
        os.chmod(out, 0o777)
        result = _in_user_namespace(READ_ONLY_FOLDER, folder / "我校.vqd", out)
        assert result.returncode == 0, result.stderr
        assert "已损坏" not in result.stderr
        assert result.stdout.strip().splitlines()[-1] == "['我校.vqd']", "nothing left beside the report"
        assert (out / "r.pdf").stat().st_size > 0 and (out / "r.xlsx").stat().st_size > 0
    finally:
        os.chmod(folder, 0o755)
        shutil.rmtree(folder)
        shutil.rmtree(out)


@POSIX
def test_a_report_on_a_read_only_mount_opens_read_only(sample_path, tmp_path):
    source, mount = tmp_path / "src", tmp_path / "mnt"
    source.mkdir()
    mount.mkdir()
    shutil.copy(sample_path, source / "我校.vqd")
    bound = subprocess.run(["mount", "--bind", str(source), str(mount)], capture_output=True)
    if bound.returncode != 0:
        pytest.skip("bind mounts are not permitted here")
    try:
        if subprocess.run(["mount", "-o", "remount,ro,bind", str(mount)], capture_output=True).returncode:
            pytest.skip("read-only remounts are not permitted here")
        with Session.open(mount / "我校.vqd") as s:
            assert s.readonly and "只读" in s.readonly_reason
            assert s.value(2025, "6.1").number
            with pytest.raises(ReportFileError, match="只读"):
                s.set_value(2025, "6.1", 1)
        assert sorted(p.name for p in mount.iterdir()) == ["我校.vqd"]
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def test_a_full_disk_is_named_as_a_full_disk_and_the_edit_is_not_half_written(new_session):
    pages = new_session.db.execute("PRAGMA page_count").fetchone()[0]
    new_session.db.execute(f"PRAGMA max_page_count = {pages}")      # the file may not grow: SQLITE_FULL
    node = new_session.part_node(2025, "basic.overview")
    with pytest.raises(ReportFileError, match="磁盘已满，这次修改没有保存"):
        new_session.set_node_text(node.id, "很长的正文。" * 4000)
    assert new_session.node_text(node.id) == ""


# -- 3./5. refused files are not touched --------------------------------------------------------

def test_a_file_without_its_migrations_table_is_refused_untouched(sample_copy):
    with sqlite3.connect(sample_copy) as conn:
        conn.execute("DROP TABLE _sqlite_migrations")
    conn.close()
    before = _digest(sample_copy)
    for readonly in (False, True):
        with pytest.raises(ReportFileError, match="缺少结构记录"):
            Session.open(sample_copy, readonly=readonly)
    assert _digest(sample_copy) == before
    assert not list(sample_copy.parent.glob("*.bak-v*"))


@pytest.mark.parametrize("table", ["reports", "history", "outline_nodes"])
def test_a_file_missing_one_of_its_tables_is_refused_with_its_name(sample_copy, table):
    with sqlite3.connect(sample_copy) as conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute(f"DROP TABLE {table}")
    conn.close()
    with pytest.raises(ReportFileError, match=f"缺少数据表“{table}”"):
        Session.open(sample_copy, readonly=True)


def test_index_damage_that_quick_check_misses_is_caught_after_an_unclean_close(sample_copy):
    with sqlite3.connect(sample_copy) as conn:     # an index whose entries no longer match its rows
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("UPDATE sqlite_master SET sql = replace(sql, '(report_id, list_id, position)', "
                     "'(report_id, position, list_id)') WHERE name = 'record_rows_by_list'")
    conn.close()
    with sqlite3.connect(sample_copy) as conn:
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok"
    conn.close()
    sample_copy.with_name(sample_copy.name + ".lock").write_text('{"pid": 1}', encoding="utf-8")
    with pytest.raises(ReportFileError, match="已损坏"):
        Session.open(sample_copy)                   # a stale lock: the full integrity_check runs


# -- 4. consistent reads ----------------------------------------------------------------------------

IMPORT_LOOP = """
import sys
from vqdesk.core.excel import import_workbook
from vqdesk.core.session import Session
path, books = sys.argv[1], sys.argv[2:]
with Session.open(path, backup=False) as s:
    print("ready", flush=True)
    for n in range(20):
        assert import_workbook(s, 2025, books[n % 2]).applied
"""


def test_snapshots_taken_while_another_process_imports_each_show_one_state(sample_copy, tmp_path):
    from vqdesk.core.excel import export_workbook
    other = tmp_path / "另一状态.vqd"
    shutil.copy(sample_copy, other)
    with Session.open(other, backup=False) as s:
        s.set_value(2025, "6.1", 1700, source="import")
        s.remove_record(s.records(2025, "majors")[0].id)
        export_workbook(s.snapshot(2025), tmp_path / "B.xlsx")
    with Session.open(sample_copy, readonly=True) as s:
        export_workbook(s.snapshot(2025), tmp_path / "A.xlsx")
        states = {(s.value(2025, "6.1").number, len(s.records(2025, "majors")))}
    states.add((1700, 9))
    child = subprocess.Popen([sys.executable, "-c", IMPORT_LOOP, str(sample_copy), str(tmp_path / "A.xlsx"),
                              str(tmp_path / "B.xlsx")], stdout=subprocess.PIPE, text=True,
                             env=dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[3])))
    assert child.stdout.readline().strip() == "ready"
    seen = []
    with Session.open(sample_copy, readonly=True) as viewer:
        while child.poll() is None and len(seen) < 1000:
            data = viewer.snapshot(2025, with_history=False)
            seen.append((data.value("6.1"), len(data.rows("majors"))))
    assert child.wait() == 0
    assert len(seen) > 20 and set(seen) <= states, set(seen) - states


RECOVER_READ_ONLY = """
import sys
from pathlib import Path
from vqdesk.core.session import Session
path = Path(sys.argv[1])
with Session.open(path) as s:
    assert s.readonly, "a read-only folder"
    print(s.value(2025, "6.1").number)
    print("|".join(s.notices))
print(sorted(p.name for p in path.parent.iterdir()))
"""


@POSIX
def test_a_crash_journal_in_a_read_only_folder_is_rolled_back_in_a_private_copy(sample_path):
    folder = Path(tempfile.mkdtemp(prefix="vqdesk-ro-"))
    try:
        report = folder / "我校.vqd"
        shutil.copy(sample_path, report)
        before = _value(report)
        _crash_mid_write(report)
        os.chmod(folder, 0o555)
        result = _in_user_namespace(RECOVER_READ_ONLY, report)
        assert result.returncode == 0, result.stderr
        value, notices, listing = result.stdout.strip().splitlines()
        assert float(value) == before
        assert "已在临时副本中恢复到最后一次保存的内容" in notices
        assert listing == "['我校.vqd', '我校.vqd-journal']", "the folder is left as it was"
    finally:
        os.chmod(folder, 0o755)
        shutil.rmtree(folder)


@POSIX
def test_a_report_on_a_full_disk_opens_reads_and_names_the_full_disk_on_a_write(sample_path, tmp_path, capsys):
    disk = tmp_path / "满盘"
    disk.mkdir()
    size_kib = sample_path.stat().st_size // 1024 + 64
    if subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kib}k", "tmpfs", str(disk)],
                      capture_output=True).returncode != 0:
        pytest.skip("mounting a small tmpfs is not permitted here")
    try:
        report = disk / "我校.vqd"
        shutil.copy(sample_path, report)
        fd = os.open(disk / "填满.bin", os.O_WRONLY | os.O_CREAT)     # leave (almost) no free byte
        try:
            while True:
                os.write(fd, b"\0" * 4096)
        except OSError:
            pass
        finally:
            os.close(fd)
        assert main(["info", str(report)]) == 0 and main(["validate", str(report)]) in (0, 3)
        assert "已损坏" not in capsys.readouterr().err
        with Session.open(report, backup=False) as s:      # not even the lock fits: a viewer
            assert s.readonly and s.readonly_reason.startswith("磁盘已满，文件“我校.vqd”只能以只读方式打开")
            assert s.value(2025, "6.1").number
            with pytest.raises(ReportFileError, match="磁盘已满"):
                s.set_value(2025, "6.1", 1)
        os.truncate(disk / "填满.bin", (disk / "填满.bin").stat().st_size - 16384)   # room for the lock only
        with Session.open(report, backup=False) as s:
            assert not s.readonly
            with pytest.raises(ReportFileError, match="磁盘已满，这次修改没有保存"):
                s.set_node_text(s.part_node(2025, "basic.overview").id, "很长的正文。" * 20000)
            assert s.node_text(s.part_node(2025, "basic.overview").id) != "很长的正文。" * 20000
        assert sorted(p.name for p in disk.iterdir()) == ["填满.bin", "我校.vqd"], "no lock, no journal left"
    finally:
        subprocess.run(["umount", "-l", str(disk)], capture_output=True)
