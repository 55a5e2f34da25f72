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


def read_toml(path: Path) -> dict:
    """A bundled data file (an edition's vocabulary, lists of words…) as a dict; a file that cannot
    be read, or is no TOML, is an EditionError naming the file and why."""
    import tomllib

    from vqdesk.core.errors import EditionError
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise EditionError(path.name, "", f"无法读取：{type(exc).__name__}") from None
    except tomllib.TOMLDecodeError as exc:
        raise EditionError(path.name, "", f"TOML 格式错误：{exc}") from None
