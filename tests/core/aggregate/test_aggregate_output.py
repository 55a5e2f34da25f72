"""The regional report file is written whole or not at all, with a Chinese reason naming it."""

import errno

import pytest

from vqdesk.core.aggregate import aggregate_files
from vqdesk.core.aggregate import build as build_module
from vqdesk.core.errors import ReportFileError
from vqdesk.core.session import Session

#: A read-only folder (permission bits) or a read-only mount (root, CI): either is named.
READ_ONLY_REFUSAL = "没有写入权限|所在磁盘是只读的"


@pytest.fixture
def folder(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    return out



def aggregate(out, schools=("甲校", "乙校")):
    return aggregate_files(out, level="district", name="示例区", year=2025, inputs=[], expected=list(schools))


def test_writes_one_complete_file_and_nothing_else(folder):
    aggregate(folder / "示例区.vqd")
    assert [p.name for p in folder.iterdir()] == ["示例区.vqd"]
    with Session.open(folder / "示例区.vqd", readonly=True) as s:
        assert [r["status"] for r in s.snapshot(2025).rows("submissions")] == ["未报送", "未报送"]


def test_full_disk_while_writing(folder, monkeypatch):
    create = Session.create

    def create_on_a_full_disk(path, **kwargs):
        session = create(path, **kwargs)
        pages = session.db.execute("PRAGMA page_count").fetchone()[0]
        session.db.execute(f"PRAGMA max_page_count = {pages}")    # SQLite's own "disk is full"
        return session
    monkeypatch.setattr(build_module.Session, "create", create_on_a_full_disk)
    target = folder / "示例区.vqd"
    with pytest.raises(ReportFileError) as info:
        aggregate(target, [f"第{n}职业学校" for n in range(300)])     # more rows than the free pages hold
    assert str(info.value) == f"磁盘空间不足，无法保存“{target}”。请清理磁盘或另选保存位置。"
    assert list(folder.iterdir()) == []


def test_read_only_folder(folder, monkeypatch):
    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")
    monkeypatch.setattr("vqdesk.core.atomic.tempfile.mkdtemp", refuse)
    target = folder / "示例区.vqd"
    with pytest.raises(ReportFileError) as info:
        aggregate(target)
    assert str(info.value) == f"无法写入“{target}”：没有写入权限（文件夹“{folder}”可能是只读的），请另选保存位置。"
    assert list(folder.iterdir()) == []


def test_read_only_folder_for_real(read_only):
    with pytest.raises(ReportFileError, match=READ_ONLY_REFUSAL):
        aggregate(read_only / "示例区.vqd")
    assert list(read_only.iterdir()) == []


def test_target_taken_by_another_program_at_the_last_moment(folder, monkeypatch):
    def locked(src, dst):
        raise PermissionError(errno.EACCES, "The process cannot access the file")
    monkeypatch.setattr("vqdesk.core.atomic.os.replace", locked)
    target = folder / "示例区.vqd"
    with pytest.raises(ReportFileError, match=f"^文件“{target}”正被其他程序打开"):
        aggregate(target)
    assert list(folder.iterdir()) == []


def _broken_workbook(path):
    path.write_bytes(b"PK\x03\x04" + bytes(200))          # a zip header and nothing readable
    return path


def test_an_unreadable_workbook_is_skipped_with_its_reason(folder, sample_path):
    bad = _broken_workbook(folder / "坏表.xlsx")
    result = aggregate_files(folder / "示例市.vqd", level="city", name="示例市", year=2025,
                             inputs=[sample_path, bad])
    by_source = {s.source.name: s for s in result.submissions}
    assert by_source["坏表.xlsx"].status == "无法读取" and "坏表.xlsx" in by_source["坏表.xlsx"].note
    assert by_source[sample_path.name].data is not None
    assert (folder / "示例市.vqd").exists()


def test_no_readable_school_at_all_fails_and_writes_nothing(folder):
    bad = _broken_workbook(folder / "坏表.xlsx")
    with pytest.raises(ReportFileError, match="没有一所学校的数据可以读取，未生成“示例市.vqd”。坏表.xlsx：无法读取"):
        aggregate_files(folder / "示例市.vqd", level="city", name="示例市", year=2025, inputs=[bad])
    assert sorted(p.name for p in folder.iterdir()) == ["坏表.xlsx"]
