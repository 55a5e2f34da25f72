"""Edit to validation in the desktop UI: a cell of 表1 is changed through the table model, as the
cell editor does, and the time runs until the findings panel and the navigation have been
updated.  This includes the debounce (controller.VALIDATE_DELAY_MS) that lets bursts of typing
validate once, so it is the delay a user sees between typing and the findings changing.

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
from vqdesk.ui.controller import VALIDATE_DELAY_MS  # noqa: E402

INDICATOR = "1.1"  # 毕业生数: a plain count that several rules compare with other cells
GIVE_UP_MS = 60_000


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
            refresh = statistics.median(timings(lambda _: window.ctrl.validate_now(), repeat))
        finally:
            window.close()
    seconds = [total for total, _ in runs]
    edit = statistics.median(e for _, e in runs)
    notes = (f"edit {edit * 1000:.0f} ms, debounce {VALIDATE_DELAY_MS} ms (coarse Qt timer, up to 5 % early),"
             f" validation with panel update {refresh * 1000:.0f} ms (timed apart, snapshot excluded)")
    return emit("ui_edit", seconds, notes, edit_s=edit, refresh_s=refresh,
                debounce_s=VALIDATE_DELAY_MS / 1000)


def _edit_once(window, index: int) -> tuple[float, float]:
    """(seconds from the edit until findings_changed has been handled, seconds of the edit itself)."""
    model = window.pages["table"].model
    cell = model.index(model.indicator_row(INDICATOR), model.column_of("value"))
    current = int(model.data(cell, Qt.ItemDataRole.EditRole))
    loop, finished = QEventLoop(), []

    def on_findings():
        finished.append(time.perf_counter())
        loop.quit()

    # Connected after the window's own slots, so those have run when this one is called.
    window.ctrl.findings_changed.connect(on_findings)
    QTimer.singleShot(GIVE_UP_MS, loop.quit)
    started = time.perf_counter()
    accepted = model.setData(cell, str(current + 1 if index % 2 == 0 else current - 1))
    edited = time.perf_counter()
    if accepted:
        loop.exec()
    window.ctrl.findings_changed.disconnect(on_findings)
    if not finished:
        raise SystemExit(f"ui_edit: no findings update after the edit (accepted: {accepted})")
    return finished[0] - started, edited - started


if __name__ == "__main__":
    main(parser(__doc__, 7).parse_args().repeat)
