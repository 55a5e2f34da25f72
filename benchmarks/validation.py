"""Validation of the sample report's latest year (rules R1-R19), without reading the file.

Each run validates a fresh snapshot, so nothing cached by an earlier run helps; the snapshot
itself (reading the year from the file) is timed separately and shown in the notes.
Usage: python benchmarks/validation.py [--repeat N]
"""

import statistics

from _common import emit, parser, sample_report, temp_folder, timings

from vqdesk.core.session import Session
from vqdesk.core.validation import summarise, validate


def main(repeat: int) -> dict:
    with temp_folder() as folder, Session.open(sample_report(folder), readonly=True) as session:
        snapshots = timings(lambda _: session.snapshot(), repeat)
        findings = []
        seconds = timings(lambda data: findings.append(validate(data)), repeat, prepare=session.snapshot)
    counts = summarise(findings[-1])
    notes = (f"snapshot {statistics.median(snapshots) * 1000:.0f} ms (not included); findings: "
             f"{counts['error']} errors, {counts['warning']} warnings, {counts['info']} info")
    return emit("validation", seconds, notes, snapshot_s=statistics.median(snapshots), findings=counts)


if __name__ == "__main__":
    main(parser(__doc__, 10).parse_args().repeat)
