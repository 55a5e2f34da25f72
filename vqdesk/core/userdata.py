"""The per-user data folder (backups, log, the sample copy, settings.json), without Qt.

It is the folder Qt's QStandardPaths.AppDataLocation names for organisation and application
"vqdesk" (…/vqdesk/vqdesk), so the desktop application and the command line share one folder.
"""

import os
import sys
from pathlib import Path

from vqdesk import APP_NAME


def user_data_dir() -> Path:
    override = os.environ.get("VQDESK_DATA_DIR")
    if override:
        base = Path(override)
    elif sys.platform == "win32":
        base = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming")) / APP_NAME
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support" / APP_NAME
    else:
        base = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share")) / APP_NAME
    if not override:
        base = base / APP_NAME   # organisation / application, as Qt lays it out
    base.mkdir(parents=True, exist_ok=True)
    return base


def log_path() -> Path:
    return user_data_dir() / "vqdesk.log"
