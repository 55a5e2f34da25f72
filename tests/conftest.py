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
    """The test module's `folder` made read-only for real; skipped for users who write there
    anyway (root), whose refusals the export tests also cover by simulated errors."""
    folder.chmod(0o555)
    try:
        (folder / ".probe").touch()
    except PermissionError:
        yield folder
    else:
        (folder / ".probe").unlink()
        pytest.skip("this user writes into read-only folders (root)")
    finally:
        folder.chmod(0o755)
