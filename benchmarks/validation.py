"""Validation of the sample report's latest year (rules R1-R19), against the frame budget.

Measured in one run:
- edit → validated: one edit (a 表1 cell, a list row, a profile field, a paragraph) is written through the
  Session, the in-memory year is patched with what it changed and only the rules that read it
  run again (core.validation.live), as the app does after each grid edit.  The median of the
  cell edits is the headline figure; its target is a quarter of a frame (4 ms).  A paragraph is
  validated when typing pauses, so its target is one frame.
- a full validation of a fresh snapshot (every rule), and the snapshot itself, for reference.
Each figure is printed with its ratio to the 16.7 ms frame and to the 4 ms target.
Usage: python benchmarks/validation.py [--repeat N]
"""

import shutil
import statistics
import time

from _common import emit, parser, sample_report, temp_folder, timings

from vqdesk.core.session import Session
from vqdesk.core.validation import summarise, validate
from vqdesk.core.validation.deps import changes_of
from vqdesk.core.validation.live import LiveValidation, patch

FRAME_S = 1 / 60
TARGET_S = 0.004          # a quarter of a frame


def _edits(session, year):
    """(label, edit(i) -> (kind, key)): a cell several rules compare, a list row that derived
    figures count, a profile field bound fields print."""
    row = session.records(year, "teacher_structure")[0]

    def cell(i):
        session.set_value(year, "1.1", 500 + i % 2)
        return "value", "1.1"

    def record(i):
        session.update_record(row.id, "count", row.data["count"] + i % 2)
        return "record", "teacher_structure"

    def profile(i):
        session.set_profile(year, "phone", f"0416-12345{i % 2}")
        return "profile", "phone"

    block = next(b for _, b in session.document(year).blocks() if b.kind == "text" and b.text)

    def text(i):
        session.set_block_text(block.id, block.text + ("" if i % 2 else "\n学校持续推进各项工作，成效明显。"))
        return "text", ""
    return [("表1 单元格", cell), ("名单行（教师结构）", record), ("学校信息", profile), ("正文段落", text)]


def _edit_to_validated(session, year, repeat):
    live = LiveValidation(session.snapshot(year))
    out = {}
    for label, edit in _edits(session, year):
        written, validated = [], []
        for i in range(max(3, repeat)):
            started = time.perf_counter()
            changes = changes_of(*edit(i))
            wrote = time.perf_counter()
            patch(live.data, session, changes)
            live.update(changes)
            validated.append(time.perf_counter() - wrote)
            written.append(wrote - started)
        if live.findings != validate(session.snapshot(year)):
            raise SystemExit(f"validation: live findings differ from a full run after {label}")
        out[label] = (validated, statistics.median(written))
    return out


#: Typing validates once the typist pauses (ui.controller.VALIDATE_DELAY_MS, 300 ms), not per key:
#: a paragraph's budget is the frame the panel is redrawn in, not the grid's quarter frame.
TARGETS = {"正文段落": FRAME_S}


def _ratio(seconds: float, target: float = TARGET_S) -> str:
    return f"{seconds * 1000:.2f} ms = {seconds / FRAME_S:.2f} frame, {seconds / target:.2f}× target"


def main(repeat: int) -> dict:
    with temp_folder() as folder:
        path = sample_report(folder)
        with Session.open(path, readonly=True) as session:
            snapshots = timings(lambda _: session.snapshot(), repeat)
            findings = []
            full = timings(lambda data: findings.append(validate(data)), repeat, prepare=session.snapshot)
        copy = shutil.copy(path, folder / "edited.vqd")
        with Session.open(copy) as session:
            per_edit = _edit_to_validated(session, session.latest_year(), repeat * 3)
    counts = summarise(findings[-1])
    cell_runs = per_edit["表1 单元格"][0]
    cell_s = statistics.median(cell_runs)
    per_edit = {k: (statistics.median(v), w) for k, (v, w) in per_edit.items()}
    print(f"frame budget {FRAME_S * 1000:.1f} ms, target for validation after one edit {TARGET_S * 1000:.1f} ms")
    for label, (validated, written) in per_edit.items():
        target = TARGETS.get(label, TARGET_S)
        print(f"  edit → validated, {label}: {_ratio(validated, target)} of {target * 1000:.1f} ms"
              f"  (the write itself {written * 1000:.2f} ms)")
    print(f"  full validation of a fresh snapshot: {_ratio(statistics.median(full))}")
    print(f"  snapshot of the year: {_ratio(statistics.median(snapshots))}")
    notes = (f"edit → validated (表1 cell) {cell_s * 1000:.2f} ms vs target {TARGET_S * 1000:.1f} ms "
             f"(ratio {cell_s / TARGET_S:.2f}); full run {statistics.median(full) * 1000:.1f} ms, snapshot "
             f"{statistics.median(snapshots) * 1000:.1f} ms; findings: {counts['error']} errors, "
             f"{counts['warning']} warnings, {counts['info']} info")
    return emit("validation", cell_runs, notes,
                full_s=statistics.median(full), snapshot_s=statistics.median(snapshots),
                edits_s={k: v for k, (v, _) in per_edit.items()}, frame_s=FRAME_S, target_s=TARGET_S,
                findings=counts)


if __name__ == "__main__":
    main(parser(__doc__, 10).parse_args().repeat)
