"""Imports, restores and migrations killed at any moment (SIGKILL) leave a whole file in its old
or its new state, and nothing beside it once it has been opened again.

A warmed-up child forks one worker per operation, so a kill can land anywhere inside it; the
parent kills after a random delay, then reopens the file and checks it."""

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from vqdesk.core.session import Session

KILLS_EACH = 20
V1_FILE = Path(__file__).resolve().parents[2] / "data" / "schema-v1.vqd"
REPO = Path(__file__).resolve().parents[3]

pytestmark = pytest.mark.skipif(sys.platform == "win32" or not hasattr(signal, "SIGKILL"),
                                reason="needs SIGKILL and fork (POSIX)")

CHILD = """
import os, sys
from pathlib import Path
from vqdesk.core.excel import import_workbook
from vqdesk.core.session import Session
from vqdesk.core.store.backups import restore
print("ready", flush=True)
for line in sys.stdin:
    op, *args = line.split("\\t")
    args = [a.strip() for a in args]
    pid = os.fork()
    if pid == 0:
        if op == "import":
            with Session.open(args[0], backup=False) as s:
                import_workbook(s, 2025, args[1])
        elif op == "restore":
            restore(Path(args[0]), Path(args[1]))
        elif op == "migrate":
            Session.open(args[0], backup=False).close()
        os._exit(0)
    print(f"pid {pid}", flush=True)
    os.waitpid(pid, 0)
    print("end", flush=True)
"""


class Worker:
    def __init__(self):
        env = dict(os.environ, PYTHONPATH=str(REPO))
        self.proc = subprocess.Popen([sys.executable, "-c", CHILD], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     text=True, encoding="utf-8", env=env, bufsize=1)
        assert self.proc.stdout.readline().strip() == "ready"

    def kill_after(self, op: str, args, delay: float) -> None:
        self.proc.stdin.write("\t".join([op, *map(str, args)]) + "\n")
        self.proc.stdin.flush()
        pid = int(self.proc.stdout.readline().split()[1])
        time.sleep(delay)
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        assert self.proc.stdout.readline().strip() == "end"

    def close(self):
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


@pytest.fixture
def worker():
    w = Worker()
    yield w
    w.close()


def _state(path: Path) -> tuple:
    with Session.open(path) as s:
        assert s.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return s.value(2025, "6.1").number, len(s.records(2025, "majors"))


def _beside(path: Path, allowed=()) -> list:
    return sorted(p.name for p in path.parent.iterdir() if p.name != path.name and p.name not in allowed
                  and not p.name.startswith(path.name + ".bak-v"))


def test_killed_imports_leave_the_old_or_the_new_state_whole(sample_copy, tmp_path, worker):
    from vqdesk.core.excel import export_workbook
    other = tmp_path / "other" / "别的状态.vqd"
    other.parent.mkdir()
    shutil.copy(sample_copy, other)
    with Session.open(other, backup=False) as s:
        s.set_value(2025, "6.1", 1700, source="import")
        s.remove_record(s.records(2025, "majors")[0].id)
        export_workbook(s.snapshot(2025), tmp_path / "B.xlsx")
    old, new = _state(sample_copy), (1700, 9)
    pristine = tmp_path / "other" / "原样.vqd"
    shutil.copy(sample_copy, pristine)
    rng = random.Random(7)
    seen = set()
    for _ in range(KILLS_EACH):
        worker.kill_after("import", [sample_copy, tmp_path / "B.xlsx"], rng.uniform(0.0, 0.6))
        state = _state(sample_copy)
        assert state in (old, new), state
        seen.add(state)
        assert _beside(sample_copy, ("B.xlsx", "other")) == []
        if state == new:                                    # back to the old state for the next kill
            shutil.copyfile(pristine, sample_copy)
    assert old in seen


def test_killed_restores_leave_the_old_or_the_restored_file_whole(sample_copy, tmp_path, worker):
    restored = tmp_path / "备份" / "旧版本.vqd"
    restored.parent.mkdir()
    shutil.copy(sample_copy, restored)
    with Session.open(restored, backup=False) as s:
        s.set_value(2025, "6.1", 1234)
    current = _state(sample_copy)
    rng = random.Random(11)
    for _ in range(KILLS_EACH):
        worker.kill_after("restore", [sample_copy, restored], rng.uniform(0.0, 0.25))
        state = _state(sample_copy)
        assert state in (current, (1234, current[1])), state
        assert _beside(sample_copy, ("备份",)) == []


def test_killed_migrations_leave_the_old_file_or_the_migrated_one_and_keep_the_first_copy(tmp_path, worker):
    rng = random.Random(13)
    for n in range(KILLS_EACH):
        folder = tmp_path / f"run{n}"
        folder.mkdir()
        path = folder / "旧版.vqd"
        shutil.copy(V1_FILE, path)
        worker.kill_after("migrate", [path], rng.uniform(0.0, 0.3))
        with Session.open(path, backup=False) as s:
            assert s.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert s.profile(2024)["name"] == "旧版示例学校"
            assert s.node_text(s.part_node(2024, "basic.overview").id) == "旧版写入的概况。"
        first = path.with_name(path.name + ".bak-v1")
        assert first.read_bytes() == V1_FILE.read_bytes(), "the copy kept before migrating is the original"
        assert _beside(path) == [], _beside(path)
