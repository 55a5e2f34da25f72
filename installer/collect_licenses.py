"""Copy the licence texts of everything the bundle ships into installer/licenses/.

    python installer/collect_licenses.py

Run with the Python that builds the bundle (build.ps1 does): the texts and versions are read from
that environment's installed distributions (their dist-info), starting from the application's
runtime dependencies in pyproject.toml and following their requirements.  Also copied: the Python
runtime's licence and PyInstaller's (its bootloader starts the program).  Qt/PySide6 wheels carry
no licence file; their LGPLv3 and GPLv3 texts are kept in the folder (Qt-LGPL-3.0.txt,
GPL-3.0.txt) and not touched by this script.  THIRD-PARTY.txt is the index.
"""

import re
import sys
import tomllib
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "installer" / "licenses"
# Required by a dependency's metadata but never imported by the program, so not in the bundle.
NOT_BUNDLED = {"pip", "pyside6-addons"}
# Licensed like Qt itself; the texts are the static files below.
QT_DISTS = {"pyside6", "pyside6-essentials", "shiboken6"}
QT_TEXTS = ["Qt-LGPL-3.0.txt", "GPL-3.0.txt"]
LICENCE_FILE = re.compile(r"(licen[cs]e|copying|notice)", re.IGNORECASE)


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def runtime_closure() -> list[metadata.Distribution]:
    """The installed distributions the program needs at run time, by name."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pending = [Requirement(r) for r in project["dependencies"]]
    found: dict[str, metadata.Distribution] = {}
    while pending:
        req = pending.pop()
        key = normalise(req.name)
        if key in found or key in NOT_BUNDLED or (req.marker and not req.marker.evaluate({"extra": ""})):
            continue
        dist = metadata.distribution(req.name)
        found[key] = dist
        pending.extend(Requirement(r) for r in dist.requires or [])
    return [found[k] for k in sorted(found)]


def licence_files(dist: metadata.Distribution) -> list:
    return [f for f in dist.files or [] if ".dist-info" in str(f) and LICENCE_FILE.search(f.name)]


def licence_name(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return expression
    classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or []
                   if c.startswith("License ::")]
    short = (meta.get("License") or "").splitlines()[0:1]
    return "; ".join(classifiers) or (short[0] if short else "见许可证文件")


def copy_texts(name: str, sources: list) -> list[str]:
    written = []
    for source in sources:
        target = f"{name}-{Path(str(source)).name}"
        if not target.lower().endswith((".txt", ".rst", ".md")):
            target += ".txt"
        path = Path(source.locate()) if hasattr(source, "locate") else Path(source)  # dist-info entry or file
        (OUT / target).write_bytes(path.read_bytes())
        written.append(target)
    return written


def python_licence() -> Path:
    base = Path(sys.base_prefix)
    stdlib = base / "lib" / f"python{sys.version_info[0]}.{sys.version_info[1]}"
    for candidate in (base / "LICENSE.txt", stdlib / "LICENSE.txt"):  # Windows, then Linux/macOS
        if candidate.is_file():
            return candidate
    raise SystemExit(f"找不到 Python 的许可证文件（{base}）")


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    missing = [t for t in QT_TEXTS if not (OUT / t).is_file()]
    if missing:
        raise SystemExit(f"缺少 Qt 的许可证文本：{'、'.join(missing)}")
    for old in OUT.iterdir():  # texts of distributions that are no longer bundled must go
        if old.name not in QT_TEXTS:
            old.unlink()
    rows = []
    for dist in runtime_closure():
        name, version = dist.metadata["Name"], dist.version
        if normalise(name) in QT_DISTS:
            rows.append((name, version, "LGPL-3.0-only（Qt for Python）", QT_TEXTS))
            continue
        files = licence_files(dist)
        if not files:
            raise SystemExit(f"{name} {version} 的 dist-info 中没有许可证文件，请手工补充。")
        rows.append((name, version, licence_name(dist), copy_texts(name, files)))
    version = f"{sys.version_info[0]}.{sys.version_info[1]}.{sys.version_info[2]}"
    rows.append(("Python", version, "PSF-2.0", copy_texts("Python", [python_licence()])))
    pyinstaller = metadata.distribution("pyinstaller")
    rows.append(("PyInstaller (bootloader)", pyinstaller.version, "GPL-2.0 with bootloader exception",
                 copy_texts("PyInstaller", licence_files(pyinstaller))))
    (OUT / "THIRD-PARTY.txt").write_text(index(rows), encoding="utf-8")
    print(f"已写出 {len(rows)} 个组件的许可证到 {OUT}")
    return 0


def index(rows) -> str:
    lines = [
        "中职质量年报助手（vqdesk）使用的第三方软件",
        "Third-party software shipped with vqdesk",
        "",
        "各组件的许可证全文在本文件夹中。Qt 与 PySide6 按 LGPLv3 使用：它们以独立的动态库形式",
        "安装在程序文件夹的 _internal 子文件夹中，可以替换为用户自己编译的兼容版本；",
        "Qt 与 PySide6 的源代码可从 https://download.qt.io 获取。",
        "",
    ]
    width = max(len(f"{name} {version}") for name, version, _, _ in rows)
    for name, version, licence, files in rows:
        lines.append(f"{f'{name} {version}':<{width}}  {licence}")
        lines.append(f"{'':<{width}}  {', '.join(files)}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    raise SystemExit(main())
