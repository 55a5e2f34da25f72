"""Editor processes for the crash and two-openers tests: start crash_child.py, fork editors from
it, kill them, and collect the edits they reported."""

import os
import queue
import signal
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from vqdesk.core.session import Session

CHILD = Path(__file__).with_name("crash_child.py")
REPO = Path(__file__).resolve().parents[3]


@dataclass
class Reported:
    """Edits an editor said were done: the highest number per overwritten target, and each case."""
    values: dict = field(default_factory=dict)      # indicator -> seq
    narratives: dict = field(default_factory=dict)  # key -> seq
    records: dict = field(default_factory=dict)     # record id -> seq
    cases: dict = field(default_factory=dict)       # case id -> seq
    count: int = 0

    def add(self, line: str):
        _, seq, kind, target = line.split()
        self.count += 1
        if kind == "export":       # nothing to find in the file afterwards
            return
        self.count -= 1
        key = target if kind in ("value", "narrative") else int(target)
        getattr(self, {"value": "values", "narrative": "narratives", "record": "records",
                       "case": "cases"}[kind])[key] = int(seq)
        self.count += 1

    def missing_in(self, s: Session) -> list[str]:
        """Reported edits the file does not hold.  Later edits may overwrite a target (numbers only
        grow), and one edit may have landed without being reported before the kill."""
        missing = []
        for indicator, seq in self.values.items():
            value = s.value(2025, indicator)
            if value is None or value.number < seq:
                missing.append(f"value {indicator} {seq}: {value}")
        for key, seq in self.narratives.items():
            text = s.node_text(s.part_node(2025, key).id)
            if not text or int(text.split()[1]) < seq:
                missing.append(f"narrative {key} {seq}: {text!r}")
        names = {r.id: r.data.get("name", "") for r in s.records(2025, "majors")}
        for record_id, seq in self.records.items():
            if record_id not in names or int(names[record_id][2:]) < seq:
                missing.append(f"record {record_id} {seq}: {names.get(record_id)!r}")
        titles = {case.id: case.title for _, case in s.document(2025).cases()}
        for case_id, seq in self.cases.items():
            if titles.get(case_id) != f"案例{seq}":
                missing.append(f"case {case_id} {seq}: {titles.get(case_id)!r}")
        return missing


class EditorProcess:
    """The warmed-up crash_child.py process; each run() forks one editor."""

    def __init__(self, path: Path):
        self.reported = Reported()
        self.running: int | None = None  # pid of the editor not yet seen ending
        self.opened = False               # whether that editor has the file open
        self.status: int | None = None    # wait status of the last editor
        paths = filter(None, [str(REPO), os.environ.get("PYTHONPATH")])
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(paths))
        self.proc = subprocess.Popen([sys.executable, str(CHILD), str(path)], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True, encoding="utf-8", env=env, bufsize=1)
        self._lines: queue.Queue = queue.Queue()
        threading.Thread(target=self._pump, daemon=True).start()
        assert self._line() == "ready"

    def _pump(self):
        for line in self.proc.stdout:
            self._lines.put(line.rstrip("\n"))
        self._lines.put(None)

    def _line(self) -> str:
        line = self._lines.get(timeout=120)
        assert line is not None, "the editor process ended unexpectedly"
        return line

    def poll(self):
        """Take in whatever the editor has said so far, without waiting."""
        while self.running is not None and not self._lines.empty():
            self._take(self._line())

    def start(self, seq: int, limit: int | None = None) -> int:
        """Fork an editor numbering its edits from seq; returns its pid."""
        self.proc.stdin.write(f"run {seq}\n" if limit is None else f"edits {seq} {limit}\n")
        self.proc.stdin.flush()
        line = self._line()
        assert line.startswith("pid "), line
        self.running, self.opened, self.status = int(line.split()[1]), False, None
        return self.running

    def wait_until_open(self):
        while not self.opened:
            self._take(self._line())

    def finish(self, pid: int | None) -> int:
        """Kill the editor (when pid is given), then read what it reported until it has ended.
        Returns its wait status."""
        if pid is not None:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:  # it stopped by itself; its last line says why
                pass
        while self.running is not None:
            self._take(self._line())
        return self.status

    def _take(self, line: str):
        if line == "opened":
            self.opened = True
        elif line.startswith("done "):
            self.reported.add(line)
        elif line.startswith("end "):
            self.running, self.status = None, int(line.split()[1])
        else:
            raise AssertionError(f"editor failed: {line}")

    def close(self):
        if self.running is not None:  # a test failed while an editor ran
            try:
                os.kill(self.running, signal.SIGKILL)
            except ProcessLookupError:
                pass
        self.proc.stdin.close()
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


@pytest.fixture
def editor_process():
    """editor_process(path) starts a crash_child.py on path; all are stopped after the test."""
    started = []

    def start(path: Path) -> EditorProcess:
        started.append(EditorProcess(path))
        return started[-1]

    yield start
    for process in started:
        process.close()
