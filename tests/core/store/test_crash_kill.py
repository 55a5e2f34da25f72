"""A report file survives its editor being killed at any moment (SIGKILL: no clean-up at all).

One file is edited by a fresh editor process again and again, and each is killed after a random
delay: half counted from its start (so kills land in opening too: owner lock, checks, automatic
backup), half from the moment the file is open (so they land between edits or inside a commit).
After every kill the file opens normally (taking over the stale lock), passes
PRAGMA integrity_check, holds every edit the editor had reported as done, and nothing is left
beside it: no journal, no lock, no half-written export (editors also export into the folder).
"""

import os
import random
import signal
import sys
import time

import pytest

from vqdesk.core.session import Session
from vqdesk.core.store.lock import lock_path

KILLS = 200
#: Kill delays are drawn up to this (seconds); an editor opens in about 20 ms (after a kill the full
#: integrity_check runs) and then commits an edit every millisecond or so.
MAX_DELAY = 0.05

pytestmark = pytest.mark.skipif(sys.platform == "win32" or not hasattr(signal, "SIGKILL"),
                                reason="needs SIGKILL and fork (POSIX)")


def test_killed_editors_never_lose_a_reported_edit_nor_damage_the_file(tmp_path, editor_process):
    path = tmp_path / "被 强制结束.vqd"
    Session.create(path, school="测试职业学校", year=2025, edition_id="liaoning-2023").close()
    editor = editor_process(path)
    rng = random.Random(20250601)
    killed_while_opening = stale_locks = 0
    started = time.perf_counter()
    for kill in range(KILLS):
        pid = editor.start(seq=kill * 100_000)
        if kill % 2:
            editor.wait_until_open()
        time.sleep(rng.uniform(0, MAX_DELAY))
        status = editor.finish(pid)
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, f"editor ended itself: {status}"
        killed_while_opening += not editor.opened
        stale_locks += lock_path(path).exists()
        with Session.open(path) as s:
            assert s.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok", f"after kill {kill + 1}"
            assert editor.reported.missing_in(s) == [], f"after kill {kill + 1}"
        left = sorted(p.name for p in path.parent.iterdir() if p.name not in (path.name, "导出.xlsx"))
        assert left == [], f"after kill {kill + 1}: {left}"
    elapsed = time.perf_counter() - started
    print(f"\n{KILLS} kills in {elapsed:.1f} s; {editor.reported.count} reported edits; "
          f"{killed_while_opening} kills before the file was open; {stale_locks} stale locks taken over")
    assert editor.reported.count > 0 and stale_locks > 0, "the kills hit editors at work"
    assert not lock_path(path).exists(), "the last check closed the file and removed the lock"
