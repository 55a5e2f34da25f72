"""Library errors reach the user in Chinese: SQLite's, the file system's, zipfile's."""

import sqlite3
import zipfile

import pytest

from vqdesk.core.errors import InputError, reason_of
from vqdesk.core.session import Session


def _raised(action) -> BaseException:
    with pytest.raises(Exception) as caught:
        action()
    return caught.value


def test_sqlite_errors_are_named_in_chinese(tmp_path):
    path = tmp_path / "a.db"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("create table t (x)")
    holder.execute("begin exclusive")
    other = sqlite3.connect(path, timeout=0)
    locked = _raised(lambda: other.execute("select * from t").fetchall())
    holder.execute("rollback")
    (tmp_path / "b.db").write_bytes(b"SQLite format 3\x00" + b"\x10\x00" + b"\xff" * 4000)
    garbage = _raised(lambda: sqlite3.connect(tmp_path / "b.db").execute("select * from sqlite_master").fetchall())
    missing = _raised(lambda: sqlite3.connect(tmp_path / "nofolder" / "c.db"))
    assert [reason_of(e) for e in (locked, garbage, missing)] == \
        ["文件正被其他程序占用", "文件格式无法识别，不是有效的报告文件", "无法打开文件（没有权限，或路径不存在）"]
    other.close()
    holder.close()


def test_file_system_and_zip_errors_are_named_in_chinese(tmp_path):
    (tmp_path / "book.xlsx").write_bytes(b"PK\x03\x04 not really a zip")
    errors = [_raised(lambda: open(tmp_path / "none.txt")), _raised(lambda: open(tmp_path)),
              _raised(lambda: zipfile.ZipFile(tmp_path / "book.xlsx"))]
    assert [reason_of(e) for e in errors] == \
        ["找不到文件或文件夹", "这是一个文件夹，不是文件", "不是有效的 Excel 工作簿（.xlsx），或文件不完整"]
    assert reason_of(InputError("学校名称未填写")) == "学校名称未填写"
    assert reason_of(ValueError("math domain error")) == "程序内部出错（ValueError）"


def test_a_damaged_report_file_is_described_without_sqlite_text(sample_path, tmp_path):
    damaged = tmp_path / "损坏的报告.vqd"
    data = bytearray(sample_path.read_bytes())
    data[100:4196] = b"\xff" * 4096              # the first page's schema
    damaged.write_bytes(bytes(data))
    message = str(_raised(lambda: Session.open(damaged)))
    assert message == "文件“损坏的报告.vqd”已损坏，无法打开。请从备份恢复。"


def test_a_failed_export_names_the_os_error_in_chinese():
    import errno
    from pathlib import Path

    from vqdesk.core.atomic import describe_failure
    busy = OSError(errno.EBUSY, "Device or resource busy")
    assert describe_failure(busy, Path("导出") / "年报.pdf") == f"无法保存“{Path('导出') / '年报.pdf'}”：文件正被其他程序占用。"
