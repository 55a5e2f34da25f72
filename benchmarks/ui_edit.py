"""Edit to feedback in the desktop UI: a cell of 表1 is changed through the table model, as the
cell editor does, and the clock runs until
- validated: the live validation of the edit has finished (the rules the edit touches), and
- panel updated: the findings panel, the navigation tree and the status bar have been redrawn
  from the new findings (the window's own slots of findings_changed have run).
A grid edit has no pause (only narrative typing waits, controller.VALIDATE_DELAY_MS).  Both are
printed against the frame budget (16.7 ms) in the same run.

Runs in an offscreen QApplication on a copy of the sample report; the cell alternates between
two values, so the file ends as it started.   Usage: python benchmarks/ui_edit.py [--repeat N]
"""

import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _common import emit, isolate_qt_settings, parser, sample_report, temp_folder, timings  # noqa: E402

from PySide6.QtCore import QEventLoop, Qt, QTimer  # noqa: E402

from vqdesk.ui.app import make_app, open_window  # noqa: E402
INDICATOR = "1.1"  # 毕业生数: a plain count that several rules compare with other cells
GIVE_UP_MS = 60_000
FRAME_S = 1 / 60


def main(repeat: int) -> dict:
    with temp_folder() as folder:
        isolate_qt_settings(folder)
        app = make_app(["vqdesk-benchmark"])
        window = open_window(sample_report(folder))
        window.show()
        window.nav.select_key(("table", 1))
        app.processEvents()
        try:
            runs = [_edit_once(window, i) for i in range(max(1, repeat))]
            refresh = statistics.median(timings(lambda _: _full_refresh(window.ctrl), repeat))
        finally:
            window.close()
    seconds = [panel for panel, _, _ in runs]
    panel = statistics.median(seconds)
    validated = statistics.median(v for _, v, _ in runs)
    edit = statistics.median(e for _, _, e in runs)
    for label, value in (("edit → validated", validated), ("edit → panel updated", panel),
                         ("of which the durable write (SQLite, fsync)", edit), ("a full validation with panel update", refresh)):
        print(f"  {label}: {value * 1000:.2f} ms = {value / FRAME_S:.2f} of the {FRAME_S * 1000:.1f} ms frame")
    notes = (f"edit → validated {validated * 1000:.2f} ms ({validated / FRAME_S:.2f} frame), edit → panel updated "
             f"{panel * 1000:.2f} ms ({panel / FRAME_S:.2f} frame), both including the durable write {edit * 1000:.2f} ms; "
             f"a full re-validation with panel update {refresh * 1000:.1f} ms")
    return emit("ui_edit", seconds, notes, validated_s=validated, write_s=edit, refresh_s=refresh, frame_s=FRAME_S)


def _full_refresh(ctrl):
    """Every rule again (what a year switch or an import does), and the panel."""
    ctrl._unchecked = None
    ctrl.validate_now()


def _edit_once(window, index: int) -> tuple[float, float, float]:
    """Seconds from the edit until findings_changed has been handled, until the validation of
    the edit ended, and of the durable write to the file within it."""
    model = window.pages["table"].model
    cell = model.index(model.indicator_row(INDICATOR), model.column_of("value"))
    current = int(model.data(cell, Qt.ItemDataRole.EditRole))
    loop, finished, validated, written = QEventLoop(), [], [], []
    live, session = window.ctrl._live, window.ctrl.session
    update, set_value = live.update, session.set_value

    def timed_write(*args, **kwargs):
        begun = time.perf_counter()
        try:
            return set_value(*args, **kwargs)
        finally:
            written.append(time.perf_counter() - begun)
    session.set_value = timed_write

    def timed_update(changes):
        try:
            return update(changes)
        finally:
            validated.append(time.perf_counter())
    live.update = timed_update

    def on_findings():
        finished.append(time.perf_counter())
        loop.quit()

    # Connected after the window's own slots, so those have run when this one is called.
    window.ctrl.findings_changed.connect(on_findings)
    QTimer.singleShot(GIVE_UP_MS, loop.quit)
    started = time.perf_counter()
    accepted = model.setData(cell, str(current + 1 if index % 2 == 0 else current - 1))
    if accepted and not finished:
        loop.exec()          # the undo step may have validated already (controller._validate_pending)
    window.ctrl.findings_changed.disconnect(on_findings)
    del live.update, session.set_value
    if not finished or not validated:
        raise SystemExit(f"ui_edit: no live findings update after the edit (accepted: {accepted})")
    return finished[0] - started, validated[0] - started, written[0]


if __name__ == "__main__":
    main(parser(__doc__, 7).parse_args().repeat)
