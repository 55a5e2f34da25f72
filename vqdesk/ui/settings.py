"""Persistent preferences (QSettings): last and recent files, window layout."""

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


def data_dir() -> Path:
    """The user's data folder, created on first use: the one the core and the command line use
    (QStandardPaths' AppDataLocation layout, or VQDESK_DATA_DIR)."""
    return user_data_dir()


def documents_dir() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
