"""Helper process of test_crash_kill.py and test_lock.py: edits a report file through the
core API and says which edits are done.

Run as `python crash_child.py FILE`.  It imports everything once, prints "ready", then obeys lines
on stdin:

- `run SEQ`: fork a worker that opens FILE for editing and edits it forever, numbering its edits
  from SEQ, and print `pid PID`; when the worker has ended, print `end STATUS`.  Forking from this
  warmed-up process makes a fresh editor in milliseconds instead of a new interpreter's start-up.
- `edits SEQ N`: the same, but the worker stops by itself after N edits.

A worker writes `done SEQ KIND TARGET` to stdout after each call has returned (with os.write, so
nothing waits in a buffer when it is killed), and `opened` once the file is open.
"""

import os
import sys
import tempfile
import traceback
from pathlib import Path

from vqdesk.core.session import Session

YEAR = 2025
EDITION = "liaoning-2023"
INDICATORS = ("1.1", "1.2a", "6.1", "6.4c")
NARRATIVES = ("basic.overview", "basic.majors", "basic.students")


def say(line: str):
    os.write(1, (line + "\n").encode("utf-8"))


def edit(s: Session, seq: int, own_record: list):
    """One edit numbered `seq`; returns (kind, target) for the report line."""
    kind = seq % 5
    if seq % 30 == 29:      # now and then an export into the report's folder: kills land inside it
        from vqdesk.core.excel import export_workbook
        export_workbook(s.snapshot(YEAR, with_history=False), s.path.with_name("导出.xlsx"))
        return "export", "xlsx"
    if kind == 0:
        indicator = INDICATORS[seq // 5 % len(INDICATORS)]
        s.set_value(YEAR, indicator, seq)
        return "value", indicator
    if kind == 1:
        key = NARRATIVES[seq // 5 % len(NARRATIVES)]
        s.set_node_text(_node_id(s, key), f"第 {seq} 次修改的正文。")
        return "narrative", key
    if kind == 2 or not own_record:
        record = s.add_record(YEAR, "majors", {"code": "660301", "name": f"专业{seq}", "duration": "三年制"})
        own_record[:] = [record.id]
        return "record", str(record.id)
    if kind == 3:
        s.update_record(own_record[0], "name", f"专业{seq}")
        return "record", str(own_record[0])
    case = s.add_block(_node_id(s, "basic.overview"), {"kind": "case", "title": f"案例{seq}",
                                                       "blocks": [{"kind": "text", "text": "背景、举措、成效。"}]})
    return "case", str(case.id)


_NODES: dict = {}


def _node_id(s: Session, part: str) -> int:
    """The node of an edition part (looked up once per file: node ids never change)."""
    key = (str(s.path), part)
    if key not in _NODES:
        _NODES[key] = s.part_node(YEAR, part).id
    return _NODES[key]


def work(path: Path, seq: int, limit: int | None):
    try:
        s = Session.open(path)
        say("opened")
        own_record: list = []
        done = 0
        while limit is None or done < limit:
            kind, target = edit(s, seq, own_record)
            say(f"done {seq} {kind} {target}")
            seq += 1
            done += 1
        s.close()
    except BaseException:  # noqa: BLE001 - the parent must see why a worker stopped by itself
        say("error " + traceback.format_exc().replace("\n", " | "))
        os._exit(3)
    os._exit(0)


def warm_up():
    """One full round on a scratch file, so forked editors find every module imported and cached."""
    with tempfile.TemporaryDirectory() as folder:
        with Session.create(Path(folder) / "warm.vqd", school="预热", year=YEAR, edition_id=EDITION) as s:
            for seq in range(5):
                edit(s, seq, [])
        with Session.open(Path(folder) / "warm.vqd"):
            pass


def main():
    path = Path(sys.argv[1])
    warm_up()
    say("ready")
    for line in sys.stdin:
        command, *args = line.split()
        if command not in ("run", "edits"):
            break
        limit = int(args[1]) if command == "edits" else None
        pid = os.fork()
        if pid == 0:
            work(path, int(args[0]), limit)
        say(f"pid {pid}")
        _, status = os.waitpid(pid, 0)
        say(f"end {status}")


if __name__ == "__main__":
    main()
