"""Where the bundled resources live (works from a checkout, an installed wheel or a frozen bundle)."""

import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent.parent / "resources"


def templates_dir() -> Path:
    return resources_dir() / "templates"


def sample_dir() -> Path:
    return resources_dir() / "sample"
