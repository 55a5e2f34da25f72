"""Automatic backups on opening, kept per file in the user's data folder, and restoring one."""

import errno
import hashlib
import json
import os
import random
import re
from pathlib import Path

import pytest

from vqdesk.core.errors import FileInUseError, InputError, ReportFileError
from vqdesk.core.session import Session
from vqdesk.core.store import backups
from vqdesk.core.store.backups import backup_folder, keep_count, list_backups, restore, set_keep_count
from vqdesk.core.store.lock import lock_path
from vqdesk.core.userdata import user_data_dir


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _edit(path, value):
    """Open (which backs up the content so far), change 6.1, close."""
    with Session.open(path) as s:
        s.set_value(2025, "6.1", value)


def _value_in(path) -> float:
    with Session.open(path, readonly=True) as s:
        return s.value(2025, "6.1").number


def test_opening_for_editing_keeps_a_copy_in_the_user_data_folder(sample_copy):
    with Session.open(sample_copy) as s:
        assert s.backup_problem is None
    (only,) = list_backups(sample_copy)
    assert only.path.parent == backup_folder(sample_copy)
    assert backup_folder(sample_copy).parent == user_data_dir() / "backups"
    assert re.fullmatch(r"样例 副本-[0-9a-f]{10}", backup_folder(sample_copy).name)
    assert re.fullmatch(r"样例 副本-\d{8}-\d{6}\.vqd", only.path.name)
    assert only.summary == "示例市机电工程学校 · 2023、2024、2025 年度"
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", only.last_edit)
    assert only.size == only.path.stat().st_size
    with Session.open(only.path, readonly=True) as copy, Session.open(sample_copy, readonly=True) as original:
        assert copy.snapshot(2025, with_history=False) == original.snapshot(2025, with_history=False)


def test_a_backup_is_one_self_contained_file_while_the_original_is_open(sample_copy):
    with Session.open(sample_copy) as s:
        s.set_value(2025, "6.1", 1999)
        newest = backups.make_backup(s.db.conn, sample_copy)
    listed = sorted(b.path.name for b in list_backups(sample_copy))
    assert sorted(p.name for p in newest.parent.iterdir()) == listed
    assert _value_in(newest) == 1999


def test_reopening_unchanged_content_adds_no_backup_but_each_changed_state_is_kept(sample_copy):
    original = _value_in(sample_copy)
    for _ in range(3):
        Session.open(sample_copy).close()
    assert len(list_backups(sample_copy)) == 1
    _edit(sample_copy, 1601)
    _edit(sample_copy, 1602)
    Session.open(sample_copy).close()
    assert [_value_in(b.path) for b in list_backups(sample_copy)] == [1602, 1601, original], "newest first"


def test_only_the_last_n_are_kept_as_set_in_settings_json(sample_copy):
    settings = user_data_dir() / "settings.json"
    settings.write_text(json.dumps({"backup_keep": 3, "other": "kept"}), encoding="utf-8")
    assert keep_count() == 3
    for value in range(1601, 1607):
        _edit(sample_copy, value)
    assert [_value_in(b.path) for b in list_backups(sample_copy)] == [1605, 1604, 1603]
    set_keep_count(2)
    assert json.loads(settings.read_text(encoding="utf-8")) == {"backup_keep": 2, "other": "kept"}
    backups.prune(sample_copy)
    assert len(list_backups(sample_copy)) == 2


@pytest.mark.parametrize("content", ['{"backup_keep": 0}', '{"backup_keep": "五"}', "不是 JSON", "[]"])
def test_a_bad_setting_falls_back_to_ten(content):
    (user_data_dir() / "settings.json").write_text(content, encoding="utf-8")
    assert keep_count() == 10


def test_the_keep_count_must_be_at_least_one():
    with pytest.raises(InputError, match="保留的备份份数必须是不小于 1 的整数"):
        set_keep_count(0)


def test_files_of_the_same_name_in_different_folders_have_their_own_backups(tmp_path, sample_path):
    a, b = tmp_path / "甲" / "学校.vqd", tmp_path / "乙" / "学校.vqd"
    for path in (a, b):
        path.parent.mkdir()
        path.write_bytes(sample_path.read_bytes())
        Session.open(path).close()
    assert backup_folder(a) != backup_folder(b)
    assert len(list_backups(a)) == len(list_backups(b)) == 1


def test_read_only_opens_and_opens_without_backup_make_none(sample_copy):
    Session.open(sample_copy, readonly=True).close()
    Session.open(sample_copy, backup=False).close()
    assert list_backups(sample_copy) == []


def test_a_failing_backup_does_not_stop_the_user_from_working(sample_copy, monkeypatch):
    def disk_full(conn, target):
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(backups, "_copy_database", disk_full)
    with Session.open(sample_copy) as s:
        assert s.backup_problem.startswith("未能自动备份“样例 副本.vqd”")
        s.set_value(2025, "6.1", 1700)
    assert list_backups(sample_copy) == [] and list(backup_folder(sample_copy).iterdir()) == []


def test_leftovers_of_a_backup_cut_short_are_cleared(sample_copy):
    folder = backup_folder(sample_copy)
    folder.mkdir(parents=True)
    (folder / "0123abcd.partial").write_bytes(b"half a copy")
    Session.open(sample_copy).close()
    assert [p.suffix for p in folder.iterdir()] == [".vqd"]


# -- restoring -------------------------------------------------------------------------------
def test_restore_puts_the_backup_back_and_keeps_the_current_content_as_a_backup(sample_copy):
    original = _value_in(sample_copy)
    _edit(sample_copy, 1601)
    _edit(sample_copy, 1602)                      # backups now: 1601, original
    older = list_backups(sample_copy)[1]
    assert _value_in(older.path) == original
    safety = restore(sample_copy, older.path)
    assert _value_in(sample_copy) == original
    assert safety == list_backups(sample_copy)[0].path and _value_in(safety) == 1602
    leftovers = sorted(p.name for p in sample_copy.parent.iterdir())
    assert leftovers == ["样例 副本.vqd"], "no temporary file, no journal of the old content, no lock"
    with Session.open(sample_copy) as s:          # the restored file is an ordinary report file
        assert s.db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert s.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_restore_of_a_damaged_backup_is_refused_and_changes_nothing(sample_copy, tmp_path):
    Session.open(sample_copy).close()
    damaged = tmp_path / "坏备份.vqd"
    damaged.write_bytes(sample_copy.read_bytes()[:4096])
    before = _digest(sample_copy)
    with pytest.raises(ReportFileError, match="“坏备份.vqd”"):
        restore(sample_copy, damaged)
    assert _digest(sample_copy) == before and len(list_backups(sample_copy)) == 1


def test_restore_is_refused_while_another_opener_edits_the_file(sample_copy):
    Session.open(sample_copy).close()
    backup = list_backups(sample_copy)[0].path
    with Session.open(sample_copy) as editor:
        editor.set_value(2025, "6.1", 1777)
        with pytest.raises(FileInUseError, match="暂时不能修改"):
            restore(sample_copy, backup)
    assert _value_in(sample_copy) == 1777


def test_restore_is_refused_while_another_program_is_reading_the_file(sample_copy):
    _edit(sample_copy, 1601)
    backup = list_backups(sample_copy)[0].path
    with Session.open(sample_copy, readonly=True) as viewer:
        viewer.db.execute("BEGIN")
        assert viewer.value(2025, "6.1").number == 1601  # a viewer in the middle of reading
        before = _digest(sample_copy)
        with pytest.raises(ReportFileError, match="正被其他程序读取"):
            restore(sample_copy, backup)
        assert _digest(sample_copy) == before and viewer.value(2025, "6.1").number == 1601
        viewer.db.execute("COMMIT")
    assert not lock_path(sample_copy).exists()


@pytest.mark.skipif(os.name != "posix", reason="an open file cannot be replaced on Windows")
def test_restore_under_an_idle_viewer_leaves_it_reading_the_old_state_whole(sample_copy):
    original = _value_in(sample_copy)
    _edit(sample_copy, 1601)
    backup = list_backups(sample_copy)[0].path            # the content before the edit
    with Session.open(sample_copy, readonly=True) as viewer:
        assert viewer.value(2025, "6.1").number == 1601
        restore(sample_copy, backup)
        assert viewer.value(2025, "6.1").number == 1601, "the viewer keeps the file it opened"
    assert _value_in(sample_copy) == original


def test_a_damaged_file_is_restored_and_its_bytes_are_kept_as_a_backup(sample_copy):
    original = _value_in(sample_copy)
    Session.open(sample_copy).close()
    good = list_backups(sample_copy)[0].path
    damaged = b"SQLite format 3\x00" + random.Random(9).randbytes(9000)
    sample_copy.write_bytes(damaged)
    with pytest.raises(ReportFileError, match="已损坏"):
        Session.open(sample_copy)
    safety = restore(sample_copy, good)
    assert safety.read_bytes() == damaged
    assert list_backups(sample_copy)[0].summary == "（无法读取，可能已损坏）"
    assert _value_in(sample_copy) == original


def test_a_deleted_file_can_be_restored_from_its_backups(sample_copy):
    original = _value_in(sample_copy)
    Session.open(sample_copy).close()
    sample_copy.unlink()
    assert restore(sample_copy, list_backups(sample_copy)[0].path) is None
    assert _value_in(sample_copy) == original


def test_a_restore_cut_short_leaves_the_file_as_it_was(sample_copy, monkeypatch):
    _edit(sample_copy, 1601)
    backup = list_backups(sample_copy)[0].path
    before = _digest(sample_copy)

    real_replace = os.replace

    def disk_full_at_the_swap(src, dst):
        if Path(dst) == sample_copy:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_replace(src, dst)
    monkeypatch.setattr(backups.os, "replace", disk_full_at_the_swap)
    with pytest.raises(ReportFileError, match="恢复“样例 副本.vqd”失败.*原文件未被改动"):
        restore(sample_copy, backup)
    monkeypatch.undo()
    assert sorted(p.name for p in sample_copy.parent.iterdir()) == ["样例 副本.vqd"]
    assert _digest(sample_copy) == before and _value_in(sample_copy) == 1601
