"""Mutation check: small, plausible breakages applied to a copy of the code one at a time; for
each, the tests that should notice are run.  Prints each mutant as caught or survived.

It measures the test suite, not the program, so it is not part of CI.  The list covers the
breakages a suite audit found surviving (issue 21) in core/store, core/validation,
core/aggregate, the Excel import, the PDF lists and two UI commands; add a mutant whenever a
breakage slips through.
Usage: python benchmarks/mutants.py [--only WORD]
"""

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

#: (name, file, original text, broken text, tests that must fail)
MUTANTS = [
    ("store: no rollback after a failed write", "vqdesk/core/session.py",
     "self.db.conn.rollback()", "pass", "tests/core/store/test_session.py"),
    ("store: synchronous=FULL off", "vqdesk/core/store/database.py",
     'db.execute("PRAGMA synchronous = FULL")', 'db.execute("PRAGMA synchronous = OFF")',
     "tests/core/store/test_session.py"),
    ("store: snapshot outside a read transaction", "vqdesk/core/session.py",
     'self.db.execute("BEGIN")\n        try:\n            yield', "try:\n            yield",
     "tests/core/store/test_integrity.py::test_snapshots_taken_while_another_process_imports_each_show_one_state"),
    ("store: foreign journal applied", "vqdesk/core/store/sidecars.py",
     "belongs = own == _file_id(path) if own else _belongs(path, journal)", "belongs = True",
     "tests/core/store/test_integrity.py"),
    ("R2: abs() dropped", "vqdesk/core/validation/hierarchy.py",
     "if abs(sum(parts) - total) <= _EPS", "if (sum(parts) - total) <= _EPS",
     "tests/core/validation/test_validation_numbers.py"),
    ("R9: only the upper bound", "vqdesk/core/validation/hierarchy.py",
     "if low - 0.005 <= overall <= high + 0.005:", "if overall <= high + 0.005:",
     "tests/core/validation/test_validation_numbers.py"),
    ("R12: 甘肃 dropped", "vqdesk/core/validation/consistency.py", '"甘肃", ', "",
     "tests/core/validation/test_validation_consistency.py"),
    ("R16: no upper bound for N余", "vqdesk/core/kinds.py",
     "return Approx(text, value, value, value + 10 ** max(zeros, 1) - 1)",
     'return Approx(text, value, value, float("inf"))', "tests/core/validation/test_validation_lists_and_text.py"),
    ("import: counts not reset after an abort", "vqdesk/core/excel/importer.py",
     "report.values_imported, report.rows_imported = 0, {}", "pass", "tests/core/excel/test_import_typed.py"),
    ("aggregate: unweighted rate averaged plainly", "vqdesk/core/aggregate/tables.py",
     'return _weighted_mean(values, [f.typed("6.1") for f in figures])',
     "return _weighted_mean(values, [1 for f in figures])", "tests/core/aggregate/test_aggregate.py"),
    ("aggregate: the schools' derived ratios averaged and stored", "vqdesk/core/aggregate/tables.py",
     ["if not row.applicable or edition.is_derived(row.id):", "values = [f.typed(row.id) for f in figures]"],
     ["if not row.applicable:", "values = [f.get(row.id) for f in figures]"],
     "tests/core/aggregate/test_aggregate.py"),
    ("PDF: sub-headings left out of the 目录", "vqdesk/core/pdf/body.py",
     'listed = level < ctx.settings["toc"]["levels"]', 'listed = level < min(2, ctx.settings["toc"]["levels"])',
     "tests/core/pdf/test_pdf_shapes.py tests/test_seed_jinzhou.py"),
    ("PDF: 图目录 never printed", "vqdesk/core/pdf/front_matter.py",
     "if kind in used and ctx.settings", "if kind != FIGURES and kind in used and ctx.settings",
     "tests/core/pdf/test_pdf_shapes.py tests/test_seed_jinzhou.py"),
    ("PDF: sub-heading numbers start at x.y.2", "vqdesk/core/pdf/numbering.py",
     "self.levels[depth] += 1", "self.levels[depth] += 1 if depth < 2 or self.levels[depth] else 2",
     "tests/core/pdf/test_pdf_shapes.py tests/core/pdf/test_pdf_report.py"),
    ("UI: removing a record does nothing", "vqdesk/ui/commands.py",
     'self.session.remove_record(self.ctrl.current_id("record", self.record_id))', "pass",
     "tests/ui/test_records.py"),
    ("UI: 导出草稿 exports the final copy", "vqdesk/ui/file_actions.py",
     "return {draft: False, final: True}.get(box.clickedButton())",
     "return {draft: True, final: True}.get(box.clickedButton())", "tests/ui/test_export_pdf_action.py"),
]


def _pytest(copy: Path, tests: str):
    import os
    env = dict(os.environ, PYTHONPATH=str(copy), QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", *tests.split()],
                          cwd=copy, capture_output=True, text=True, env=env)


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    p.add_argument("--only", help="run only mutants whose name contains this")
    args = p.parse_args()
    chosen = [m for m in MUTANTS if not args.only or args.only in m[0]]
    caught = 0
    with tempfile.TemporaryDirectory(prefix="vqdesk-mutants-") as folder:
        copy = Path(folder) / "repo"
        shutil.copytree(REPO, copy, ignore=shutil.ignore_patterns(".git", ".venv", ".ci-venv", "__pycache__",
                                                                  "build", "dist", "*.egg-info"))
        for name, rel, old, new, tests in chosen:
            target = copy / rel
            original = target.read_text(encoding="utf-8")
            olds, news = ([old], [new]) if isinstance(old, str) else (old, new)
            if any(original.count(o) != 1 for o in olds):
                print(f"  ?  {name}: the original text is not found once in {rel}; update this mutant")
                continue
            if _pytest(copy, tests).returncode != 0:
                print(f"  ?  {name}: the tests fail without the mutant; fix them first")
                continue
            broken = original
            for o, n in zip(olds, news):
                broken = broken.replace(o, n)
            target.write_text(broken, encoding="utf-8")
            started = time.perf_counter()
            result = _pytest(copy, tests)
            target.write_text(original, encoding="utf-8")
            ok = result.returncode != 0
            caught += ok
            print(f"  {'caught  ' if ok else 'SURVIVED'}  {name}  ({time.perf_counter() - started:.0f} s; {tests})")
    print(f"{caught} of {len(chosen)} mutants caught")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
