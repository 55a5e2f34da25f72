"""Regenerate the README's screenshots (docs/screenshots/*.png) offscreen.

Usage, from the repository root:  python tools/screenshots.py [OUTDIR]   (default docs/screenshots)

The pictures show the sample report (`python -m vqdesk demo`).  The sample has no findings, so
the grid picture is taken of a copy with one deliberate mistake: 表6 专任教师总数 (6.4c) set to
160, more than the 155 教职工总数 (an error, R1) and than the teacher list's 124 (a warning).
Each picture is `python main.py FILE --screenshot OUT.png --page NODE ...` with fresh settings
(no window layout of the user's own), at 1366×768.
"""

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: (picture, the file with findings?, arguments after --screenshot OUT.png)
SHOTS = [
    ("outline", False, ["--page", "1.3"]),
    ("table", False, ["--page", "1.3", "--block", "table", "--panel"]),
    ("chart", False, ["--page", "1.3", "--block", "chart:2"]),
    ("grid", True, ["--page", "table:6"]),
    ("preview", False, ["--page", "preview:1.3"]),
]
MISTAKE = ("6.4c", 160)


def make_files(folder: Path) -> tuple[Path, Path]:
    """The sample, and a copy of it with the deliberate mistake."""
    sys.path.insert(0, str(ROOT))
    from vqdesk.core.session import Session
    sample, wrong = folder / "示例.vqd", folder / "示例-有问题.vqd"
    subprocess.run([sys.executable, "-m", "vqdesk", "demo", str(sample)], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    subprocess.run([sys.executable, "-m", "vqdesk", "demo", str(wrong)], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    with Session.open(wrong) as session:
        session.set_value(session.latest_year(), *MISTAKE)
    return sample, wrong


def main(argv) -> int:
    out = Path(argv[1]) if len(argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        sample, wrong = make_files(Path(tmp))
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(Path(tmp) / "config"),
                   PYTHONPATH=str(ROOT))
        for name, with_findings, args in SHOTS:
            target = out / f"{name}.png"
            command = [sys.executable, str(ROOT / "main.py"), str(wrong if with_findings else sample),
                       "--screenshot", str(target), *args]
            subprocess.run(command, cwd=ROOT, env=env, check=True)
            print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
