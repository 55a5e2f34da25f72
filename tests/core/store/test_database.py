"""Opening files: recognise report files, refuse others untouched, migrate old ones."""

import hashlib
import random
import re
import shutil
import sqlite3
from pathlib import Path

import pytest

from vqdesk.core.errors import ReportFileError
from vqdesk.core.session import Session
from vqdesk.core.store.lock import lock_path
from vqdesk.core.store.migrations import SCHEMA_VERSION
from vqdesk.core.userdata import user_data_dir

V1_FILE = Path(__file__).resolve().parents[2] / "data" / "schema-v1.vqd"


def test_file_written_by_the_first_schema_version_is_migrated(tmp_path):
    path = tmp_path / "旧版 文件.vqd"
    shutil.copy(V1_FILE, path)
    with Session.open(path) as s:
        assert s.years() == [2024]
        assert s.profile(2024)["name"] == "旧版示例学校"
        assert s.value(2024, "6.1").number == 1571 and s.value(2024, "6.1").note == "9月1日统计"
        assert s.node_text(s.part_node(2024, "basic.overview").id) == "旧版写入的概况。"
        assert [case.title for _, case in s.document(2024).cases()] == ["旧案例"]
        assert s.records(2024, "majors")[0].data["name"] == "机电技术应用"
        s.set_value(2024, "6.1", 1580)  # the new history table works
        assert s.history()[0]["new"] == 1580
        meta = dict(s.db.execute("SELECT key, value FROM file_meta").fetchall())
        assert meta["schema_version"] == str(SCHEMA_VERSION)
    assert (tmp_path / "旧版 文件.vqd.bak-v1").exists(), "a copy is kept before migrating"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _assert_refused_untouched(path: Path, message: str):
    """Refused for editing and for reading, with a Chinese sentence naming the file; the file's
    bytes stay the same and nothing of ours (lock, backup) is left behind."""
    before = _digest(path)
    for readonly in (False, True):
        with pytest.raises(ReportFileError, match=message) as info:
            Session.open(path, readonly=readonly)
        text = str(info.value)
        assert f"“{path.name}”" in text and re.search(r"[\u4e00-\u9fff]{4}", text), text
        assert _digest(path) == before
    assert not lock_path(path).exists()
    assert not (user_data_dir() / "backups").exists()


def test_empty_file_is_refused(tmp_path):
    path = tmp_path / "空.vqd"
    path.write_bytes(b"")
    _assert_refused_untouched(path, "是空文件")


def test_text_file_is_refused(tmp_path):
    path = tmp_path / "说明.vqd"
    path.write_text("这不是数据库", encoding="utf-8")
    _assert_refused_untouched(path, "不是 vqdesk 报告文件")


def test_truncated_file_is_refused(tmp_path, sample_path):
    path = tmp_path / "截断.vqd"
    path.write_bytes(sample_path.read_bytes()[:60])
    _assert_refused_untouched(path, "不完整")


@pytest.mark.parametrize("keep", [0.5, 0.1])
def test_file_cut_off_after_its_header_is_refused(tmp_path, sample_path, keep):
    """A copy interrupted part-way (USB stick pulled out): the header is fine, pages are missing."""
    data = sample_path.read_bytes()
    path = tmp_path / "半截.vqd"
    path.write_bytes(data[:int(len(data) * keep) // 4096 * 4096])
    _assert_refused_untouched(path, "已损坏.*请从备份恢复")


def test_random_bytes_are_refused(tmp_path):
    path = tmp_path / "乱码.vqd"
    path.write_bytes(random.Random(1).randbytes(50_000))
    _assert_refused_untouched(path, "不是 vqdesk 报告文件（格式无法识别）")


def test_random_pages_behind_a_valid_header_are_refused(tmp_path, sample_path):
    path = tmp_path / "坏页.vqd"
    path.write_bytes(sample_path.read_bytes()[:100] + random.Random(2).randbytes(40_860))
    _assert_refused_untouched(path, "已损坏")


def test_file_of_another_kind_is_refused(tmp_path):
    path = tmp_path / "照片.vqd"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    _assert_refused_untouched(path, "不是 vqdesk 报告文件")


def test_other_sqlite_application_is_refused(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    _assert_refused_untouched(path, "是其他程序的数据库")


def test_file_from_a_newer_version_is_refused(tmp_path, sample_path):
    path = tmp_path / "新版.vqd"
    shutil.copy(sample_path, path)
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                 "VALUES ('vqdesk', 'm099_future', '2030-01-01')")
    conn.commit()
    conn.close()
    _assert_refused_untouched(path, "由更新版本的 vqdesk 创建")


def test_creating_over_an_existing_file_is_refused(sample_path):
    with pytest.raises(ReportFileError, match="已存在，不会覆盖"):
        Session.create(sample_path, school="x", year=2025, edition_id="liaoning-2023")


def test_tables_are_strict_with_foreign_keys(new_session):
    sql = new_session.db.execute("SELECT sql FROM sqlite_master WHERE name = 'indicator_values'").fetchone()[0]
    assert sql.rstrip().endswith("STRICT")
    assert new_session.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert new_session.db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
