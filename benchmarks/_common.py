"""Helpers shared by the benchmark scripts: repeated timings and their medians, the sample report
in a temporary folder, peak memory, and the one JSON line that run_all.py reads.

Benchmarks print figures and never judge them: machines are shared and noisy, so compare the
ratios of one run with each other, not single timings across days.
"""

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # run from a checkout without `pip install -e .`
    sys.path.insert(0, str(REPO))

#: run_all.py finds a benchmark's figures on the stdout line starting with this.
RESULT_PREFIX = "BENCHMARK-RESULT "
SAMPLE_NAME = "示例市机电工程学校.vqd"


def parser(description: str, default_repeat: int) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=description.strip().splitlines()[0])
    p.add_argument("--repeat", type=int, default=default_repeat,
                   help=f"number of timed repetitions (default {default_repeat}); the median is reported")
    return p


def timings(action, repeat: int, prepare=lambda: None) -> list[float]:
    """Seconds of `repeat` calls of action(prepare()); prepare runs untimed before each call."""
    seconds = []
    for _ in range(max(1, repeat)):
        argument = prepare()
        started = time.perf_counter()
        action(argument)
        seconds.append(time.perf_counter() - started)
    return seconds


@contextmanager
def temp_folder():
    """A scratch folder, also holding the user data (backups, logs) of the code measured meanwhile,
    so a benchmark never writes into the developer's own data folder."""
    before = os.environ.get("VQDESK_DATA_DIR")
    with tempfile.TemporaryDirectory(prefix="vqdesk-bench-") as folder:
        os.environ["VQDESK_DATA_DIR"] = str(Path(folder) / "userdata")
        try:
            yield Path(folder)
        finally:
            if before is None:
                os.environ.pop("VQDESK_DATA_DIR", None)
            else:
                os.environ["VQDESK_DATA_DIR"] = before


def sample_report(folder: Path) -> Path:
    """The bundled sample report (three years, photos, cases) written into folder."""
    from vqdesk.core.sample import write_sample
    return write_sample(folder / SAMPLE_NAME)


def isolated_env(folder: Path) -> dict:
    """Environment for a child process that must not touch the developer's own data folder."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", VQDESK_DATA_DIR=str(folder / "userdata"),
               PYTHONIOENCODING="utf-8")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
    return env


def isolate_qt_settings(folder: Path):
    """QSettings (recent files, window layout) go to an ini file in folder, on every platform."""
    from PySide6.QtCore import QSettings
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "settings"))


def peak_rss_mib() -> float | None:
    """Largest resident set of this process and its finished children (None where unsupported)."""
    try:
        import resource
    except ImportError:  # Windows
        return None
    peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
               resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    return peak / 2**20 if sys.platform == "darwin" else peak / 2**10  # bytes on macOS, KiB elsewhere


def emit(name: str, seconds: list[float], notes: str = "", **figures):
    """Print the figures for a reader, then the JSON line for run_all.py."""
    median = statistics.median(seconds)
    rss = peak_rss_mib()
    spread = f"min {min(seconds):.3f}  max {max(seconds):.3f}  over {len(seconds)} runs"
    print(f"{name}: median {median:.3f} s  ({spread})")
    if notes:
        print(f"  {notes}")
    if rss is not None:
        print(f"  peak RSS {rss:.0f} MiB")
    result = dict(figures, benchmark=name, median_s=median, runs_s=seconds, notes=notes, peak_rss_mib=rss)
    print(RESULT_PREFIX + json.dumps(result, ensure_ascii=False), flush=True)
    return result
