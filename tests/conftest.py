import os

import pytest

# Per-user files (logs, backups) of the code under test go to a throwaway folder.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _user_data(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("VQDESK_DATA_DIR", str(tmp_path_factory.mktemp("userdata")))


@pytest.fixture(scope="session")
def sample_path(tmp_path_factory):
    """The bundled sample report, written once per test run.  Treat as read-only."""
    from vqdesk.core.sample import write_sample
    return write_sample(tmp_path_factory.mktemp("sample") / "示例市机电工程学校.vqd")


@pytest.fixture
def sample_copy(sample_path, tmp_path):
    """A private copy of the sample report that a test may change."""
    import shutil
    dest = tmp_path / "样例 副本.vqd"
    shutil.copy(sample_path, dest)
    return dest


@pytest.fixture
def new_session(tmp_path):
    """A fresh one-year report on the Liaoning edition."""
    from vqdesk.core.session import Session
    session = Session.create(tmp_path / "测试 学校.vqd", school="测试职业学校", year=2025,
                             edition_id="liaoning-2023")
    yield session
    session.close()



@pytest.fixture
def read_only(folder):
    """The test module's `folder` made read-only for real: by its permission bits, or, for root
    (who writes anyway, and CI runs as root), by a read-only bind mount of it over itself.
    Skipped only where neither is possible."""
    import subprocess
    folder.chmod(0o555)
    try:
        if not _writes(folder):
            yield folder
            return
        if os.name != "posix" or subprocess.run(["mount", "--bind", str(folder), str(folder)],
                                                capture_output=True).returncode != 0:
            pytest.skip("this user writes into read-only folders (root) and cannot bind-mount")
        try:
            subprocess.run(["mount", "-o", "remount,ro,bind", str(folder)], capture_output=True, check=True)
            assert not _writes(folder)
            yield folder
        finally:
            subprocess.run(["umount", "-l", str(folder)], capture_output=True)
    finally:
        folder.chmod(0o755)


def _writes(folder) -> bool:
    try:
        (folder / ".probe").touch()
    except OSError:
        return False
    (folder / ".probe").unlink()
    return True


@pytest.fixture
def report_with_an_error(tmp_path):
    """A one-year report holding one 错误 (more 升入本科 than 升学 at all): exports are drafts."""
    from vqdesk.core.session import Session
    path = tmp_path / "有错 学校.vqd"
    with Session.create(path, school="测试职业学校", year=2025, edition_id="liaoning-2023") as s:
        s.set_value(2025, "1.2b", 150)
        s.set_value(2025, "1.2c", 160)
    return path
