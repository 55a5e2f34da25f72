"""Run every benchmark, each in its own process, and print one table of medians against targets.

Usage: python benchmarks/run_all.py [--quick]

Each benchmark script also runs on its own and prints its figures.  This command measures, it
does not judge: it exits 0 whatever the figures are, and 1 only when a benchmark crashed.
"""

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

from _common import RESULT_PREFIX, isolated_env, temp_folder

#: Targets on the development machine (issues #5 and #9): seconds for the timed benchmarks, MiB
#: for memory.  The table divides each median by its target: a ratio above 1 misses the target.
#: Machines are shared and noisy, so compare the ratios of one run rather than runs of two days.
TARGETS_S = {
    "launch": 3.0,          # new process to the main window painted, sample report, offscreen
    "validation": 0.004,    # one 表1 cell edit validated (live, only the rules it touches): ¼ frame
    "ui_edit": 1 / 60,      # a cell edited in the UI until the findings panel is updated: one frame
    "excel_export": 2.0,    # the sample report's tables and lists as .xlsx
    "pdf_export": 3.0,      # the sample report as PDF (issue #5)
    "aggregate_300": 10.0,  # 300 school files into one city report
}
PEAK_RSS_TARGET_MIB = 500   # the largest resident set of any single benchmark process
#: Benchmarks judged by a ratio measured in the same run (their JSON has "ratio" and "target_ratio").
RATIO_BENCHMARKS = {"pdf_vs_libreoffice"}   # vqdesk's PDF time / LibreOffice's DOCX→PDF (issue #16)

#: (script, label in the table, repetitions, repetitions with --quick)
BENCHMARKS = [
    ("launch", "launch to window", 5, 2),
    ("validation", "edit → validated (sample)", 10, 3),
    ("ui_edit", "edit → panel updated (UI)", 7, 3),
    ("excel_export", "Excel export", 5, 2),
    ("pdf_export", "PDF export", 5, 2),
    ("aggregate_300", "aggregation of 300 schools", 3, 1),
    ("pdf_vs_libreoffice", "PDF vs LibreOffice DOCX→PDF", 3, 1),
]
HERE = Path(__file__).resolve().parent
OVER = "  << over target"


def main(argv=None) -> int:
    args = _parse(argv)
    rows, crashed = [], []
    with temp_folder() as scratch:
        for script, label, repeat, quick in BENCHMARKS:
            result, rss, error = _run(script, quick if args.quick else repeat, scratch)
            if error:
                crashed.append(f"{script}: {error}")
            rows.append((script, label, result, rss))
    print()
    print(_table(rows))
    for line in crashed:
        print(f"CRASHED  {line}")
    return 1 if crashed else 0


def _parse(argv):
    p = argparse.ArgumentParser(description="Run every benchmark under benchmarks/ and print one table.")
    p.add_argument("--quick", action="store_true", help="fewer repetitions (a rough look, noisier medians)")
    return p.parse_args(argv)


def _run(script: str, repeat: int, scratch: Path):
    """(the script's result dict or None, the process's peak RSS in MiB or None, an error or "").

    The script's stderr (Qt's offscreen warnings and the like) is shown only when it crashed."""
    runs = f"{repeat} run{'s' if repeat > 1 else ''}"
    print(f"running {script} ({runs}) ...", end=" ", file=sys.stderr, flush=True)
    started = time.perf_counter()
    errors = scratch / f"{script}.stderr"
    with errors.open("w", encoding="utf-8") as err:
        child = subprocess.Popen([sys.executable, str(HERE / f"{script}.py"), "--repeat", str(repeat)],
                                 stdout=subprocess.PIPE, stderr=err, env=isolated_env(scratch),
                                 text=True, encoding="utf-8")
        output = child.stdout.read()
        code, rss = _wait(child)
    print(f"{time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    lines = [line[len(RESULT_PREFIX):] for line in output.splitlines() if line.startswith(RESULT_PREFIX)]
    result = json.loads(lines[-1]) if lines else None
    if code != 0 or result is None:
        tail = errors.read_text(encoding="utf-8", errors="replace").strip().splitlines()[-15:]
        return result, rss, f"exit status {code}" + ("" if result else ", no result") + "".join(
            f"\n    {line}" for line in tail)
    return result, rss, ""


def _wait(child: subprocess.Popen):
    """Exit status and peak RSS (MiB) of this one child and its own children, where the OS tells."""
    if not hasattr(os, "wait4"):
        return child.wait(), None
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    return child.returncode, usage.ru_maxrss / (2**20 if sys.platform == "darwin" else 2**10)


def _table(rows) -> str:
    header = ("benchmark", "median", "target", "ratio", "peak RSS MiB", "notes")
    lines = [header]
    for script, label, result, rss in rows:
        rss_text = f"{rss:.0f}" if rss is not None else "-"
        if script in RATIO_BENCHMARKS:
            lines.append(_ratio_row(label, result, rss_text))
            continue
        if result is None:
            lines.append((label, "crashed", f"{TARGETS_S[script]:g} s", "-", rss_text, ""))
            continue
        ratio = result["median_s"] / TARGETS_S[script]
        lines.append((label, _seconds(result["median_s"]), f"{TARGETS_S[script]:g} s",
                      f"{ratio:.2f}" + (OVER if ratio > 1 else ""), rss_text, result.get("notes", "")))
    lines.append(_memory_row(rows))
    widths = [max(len(line[i]) for line in lines) for i in range(len(header) - 1)]
    text = ["  ".join(cell.ljust(w) for cell, w in zip(line, widths)) + "  " + line[-1] for line in lines]
    text.insert(1, "-" * (sum(widths) + 2 * len(widths) + len("notes")))
    return "\n".join(t.rstrip() for t in text)


def _ratio_row(label, result, rss_text):
    """A ratio against its target ratio; "skipped" when the benchmark could not measure it."""
    if result is None:
        return (label, "crashed", "-", "-", rss_text, "")
    if result.get("ratio") is None:
        return (label, "skipped", f"{result['target_ratio']:g}x", "-", rss_text, result.get("notes", ""))
    share = result["ratio"] / result["target_ratio"]
    return (label, f"{result['ratio']:.2f}x", f"{result['target_ratio']:g}x",
            f"{share:.2f}" + (OVER if share > 1 else ""), rss_text, result.get("notes", ""))


def _memory_row(rows):
    measured = [(rss, label) for _, label, _, rss in rows if rss is not None]
    if not measured:
        return ("peak memory", "-", f"{PEAK_RSS_TARGET_MIB} MiB", "-", "-", "not reported by this OS")
    rss, label = max(measured)
    ratio = rss / PEAK_RSS_TARGET_MIB
    return ("peak memory", f"{rss:.0f} MiB", f"{PEAK_RSS_TARGET_MIB} MiB",
            f"{ratio:.2f}" + (OVER if ratio > 1 else ""), f"{rss:.0f}", f"largest process: {label}")


def _seconds(value: float) -> str:
    return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"


if __name__ == "__main__":
    raise SystemExit(main())
