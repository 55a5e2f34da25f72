"""Launch to window: a new Python process runs main.py on the sample report, as
`python main.py FILE` does, under QT_QPA_PLATFORM=offscreen.

Timed from starting the process until the main window has painted for the first time; a timer
then closes the window, and the process must end by itself with exit status 0.  The notes split
each start into interpreter start, imports and opening the file plus building the window.
Usage: python benchmarks/launch.py [--repeat N]
"""

import json
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

from _common import emit, isolated_env, parser, sample_report, temp_folder

#: Runs in the child process: argv[1] is the report, argv[2] this folder, argv[3] a scratch folder.
#: It only watches: main.py itself opens the file, shows the window and returns the exit status.
CHILD = r"""
import json, runpy, sys, time
started = time.perf_counter()
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
sys.path.insert(0, sys.argv[2])
from _common import REPO, isolate_qt_settings
import vqdesk.ui.app  # what main.py imports, timed apart from opening the file
imported = time.perf_counter()

class FirstPaint(QObject):
    '''Report the main window's first paint, then close it as a user would.'''
    seen = False

    def eventFilter(self, obj, event):
        if not self.seen and event.type() == QEvent.Type.Paint and isinstance(obj, QMainWindow):
            self.seen = True
            print(json.dumps({"imports_s": imported - started,
                              "window_s": time.perf_counter() - imported}), flush=True)
            QTimer.singleShot(0, obj.close)
        return False

isolate_qt_settings(Path(sys.argv[3]))
app = QApplication(["vqdesk"])  # main.py's make_app() configures this same instance
watcher = FirstPaint()
app.installEventFilter(watcher)
sys.argv = [str(REPO / "main.py"), sys.argv[1]]
runpy.run_path(sys.argv[0], run_name="__main__")
"""

HERE = Path(__file__).resolve().parent
GIVE_UP_S = 120


def main(repeat: int) -> dict:
    with temp_folder() as folder:
        report = sample_report(folder)
        starts = [_one_start(report, folder, i) for i in range(max(1, repeat))]
    seconds = [s["total_s"] for s in starts]
    codes = sorted({s["exit"] for s in starts})
    interpreter = statistics.median(s["total_s"] - s["imports_s"] - s["window_s"] for s in starts)
    imports = statistics.median(s["imports_s"] for s in starts)
    window = statistics.median(s["window_s"] for s in starts)
    exits = ", ".join(map(str, codes)) + ("" if codes == [0] else " (NOT 0)")
    notes = (f"interpreter {interpreter:.2f} s + imports {imports:.2f} s + open file and build window "
             f"{window:.2f} s; exit status {exits}")
    return emit("launch", seconds, notes, exit_codes=[s["exit"] for s in starts])


def _one_start(report, folder, index: int) -> dict:
    """Start the app once; the time to the first paint, the child's split and its exit status."""
    scratch = folder / f"run-{index}"
    scratch.mkdir()
    command = [sys.executable, "-c", CHILD, str(report), str(HERE), str(scratch)]
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             env=isolated_env(scratch), text=True, encoding="utf-8")
    watchdog = threading.Timer(GIVE_UP_S, child.kill)  # e.g. a message box waiting for a click
    watchdog.start()
    line = child.stdout.readline()
    total = time.perf_counter() - started
    _, errors = child.communicate()
    watchdog.cancel()
    if not line.strip():
        raise SystemExit(f"launch: the window never painted (exit status {child.returncode})\n{errors}")
    if child.returncode != 0:
        print(f"launch: run {index + 1} ended with exit status {child.returncode}\n{errors}", file=sys.stderr)
    return dict(json.loads(line), total_s=total, exit=child.returncode)


if __name__ == "__main__":
    main(parser(__doc__, 5).parse_args().repeat)
