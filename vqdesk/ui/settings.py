"""Persistent preferences (QSettings): last and recent files, window layout."""

import os
import stat
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

from vqdesk.core.userdata import user_data_dir

MAX_RECENT = 8


def settings() -> QSettings:
    return QSettings()


def recent_files() -> list[str]:
    value = settings().value("recentFiles", [])
    if isinstance(value, str):
        value = [value]
    return [p for p in (value or []) if Path(p).exists()]


def remember_file(path) -> None:
    path = str(Path(path).resolve())
    files = [p for p in recent_files() if p != path]
    s = settings()
    s.setValue("recentFiles", [path, *files][:MAX_RECENT])
    s.setValue("lastFile", path)


def last_file() -> str | None:
    value = settings().value("lastFile")
    return value if value and Path(value).exists() else None


def editor_zoom() -> int:
    """视图 → 放大/缩小: the editors' text size in percent (100 = as designed)."""
    try:
        return int(settings().value("view/zoom", 100))
    except (TypeError, ValueError):
        return 100


def set_editor_zoom(percent: int) -> None:
    settings().setValue("view/zoom", int(percent))


def data_dir() -> Path:
    """The user's data folder, created on first use: the one the core and the command line use
    (QStandardPaths' AppDataLocation layout, or VQDESK_DATA_DIR)."""
    return user_data_dir()


def documents_dir() -> str:
    """The user's 文档 folder (their home folder when it does not exist)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return folder if folder and Path(folder).is_dir() else str(Path.home())


def export_folder(report_path) -> Path:
    """Where exports (PDF, Excel, Word) are offered: next to the report, unless the report lives
    in a hidden folder or in the program's data folder (the sample does): then 文档."""
    folder = Path(report_path).resolve().parent
    data = data_dir().resolve()
    if folder == data or data in folder.parents or any(_hidden(p) for p in (folder, *folder.parents)):
        return Path(documents_dir())
    return folder


def _hidden(folder: Path) -> bool:
    """A dot name (Linux, macOS) or the hidden attribute (Windows AppData, macOS Library)."""
    if folder.name.startswith("."):
        return True
    try:
        info = os.stat(folder)
    except OSError:
        return False
    return bool(getattr(info, "st_file_attributes", 0) & 0x2 or getattr(info, "st_flags", 0) & stat.UF_HIDDEN)
