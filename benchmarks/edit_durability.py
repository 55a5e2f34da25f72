"""Durable edits: 200 cell edits through the Session (each its own transaction with its history
row, rollback journal, synchronous=FULL), against a bare SQLite commit of the same rows in the
same process and file settings.  The target is a ratio of at most 2.
Usage: python benchmarks/edit_durability.py [--repeat N]
"""

import sqlite3
import statistics
from datetime import datetime

from _common import emit, parser, temp_folder, timings

from vqdesk.core.session import Session

EDITS = 200


def _session_edits(session):
    for n in range(EDITS):
        session.set_value(2025, "6.1", 1000 + n)


def _bare_edits(path):
    """The same rows as set_value writes (the cell and its history entry), committed one by one."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA synchronous = FULL")
    report_id = conn.execute("SELECT id FROM reports WHERE year = 2025").fetchone()[0]
    for n in range(EDITS):
        now = datetime.now().isoformat(timespec="seconds")
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO indicator_values (report_id, indicator_id, column_key, number, source, updated_at) "
                     "VALUES (?, '6.1', 'value', ?, 'manual', ?) ON CONFLICT (report_id, indicator_id, column_key) "
                     "DO UPDATE SET number = excluded.number, updated_at = excluded.updated_at",
                     [report_id, 1000 + n, now])
        conn.execute("INSERT INTO history (at, year, action, target, old, new) VALUES (?, 2025, 'set_value', "
                     "'2025/value/6.1/value', ?, ?)", [now, str(999 + n), str(1000 + n)])
        conn.execute("COMMIT")
    conn.close()


def main(repeat: int) -> dict:
    with temp_folder() as folder:
        path = folder / "我校.vqd"
        Session.create(path, school="示例学校", year=2025, edition_id="liaoning-2023").close()
        bare = timings(lambda _: _bare_edits(path), repeat)
        with Session.open(path, backup=False) as session:
            ours = timings(lambda _: _session_edits(session), repeat)
    ratio = statistics.median(ours) / statistics.median(bare)
    notes = (f"{EDITS} edits: {statistics.median(ours) / EDITS * 1000:.2f} ms per edit through the Session, "
             f"{statistics.median(bare) / EDITS * 1000:.2f} ms bare; ratio {ratio:.2f} (target ≤ 2)")
    return emit("edit_durability", ours, notes, bare_median_s=statistics.median(bare), ratio=ratio)


if __name__ == "__main__":
    main(parser(__doc__, 3).parse_args().repeat)
