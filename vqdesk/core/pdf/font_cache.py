"""What reportlab parses from a TrueType file, kept once per machine in the user data folder.

Parsing a CJK font's tables (cmap, hmtx: 25,000-50,000 glyphs) costs 0.1-0.3 s per face on every
export.  The parsed metrics are plain numbers, so they are stored with `marshal` (which cannot run
code on load, unlike pickle) under a key made of the font file's real path, size and date, the face
index and the reportlab and Python versions.  A changed font file, a new reportlab or a damaged
cache entry simply means parsing again; the cache never stops an export.
"""

import hashlib
import logging
import marshal
import os
import sys
from fnmatch import fnmatch
from pathlib import Path
from weakref import WeakKeyDictionary

import reportlab
from reportlab import rl_config
from reportlab.pdfbase.ttfonts import TTEncoding, TTFNameBytes, TTFont, TTFontFace

from vqdesk.core.userdata import user_data_dir

log = logging.getLogger(__name__)

FORMAT = 1
#: Attributes that are not plain data: the file's bytes are read again, the scale is rebuilt.
_NOT_STORED = ("_ttf_data", "_pdfScale")
_NAME_TAG = "ttf-name"


def cache_folder() -> Path:
    return user_data_dir() / "font-cache"


def file_key(path: Path, index: int) -> str | None:
    """The identity of one face of one font file as it is now, or None when it cannot be read."""
    try:
        real = os.path.realpath(path)
        stat = os.stat(real)
    except OSError:
        return None
    return "|".join(str(part) for part in (
        FORMAT, real, stat.st_size, stat.st_mtime_ns, index, reportlab.Version, sys.version_info[:2]))


def load_font(name: str, path: Path, index: int) -> TTFont:
    """The font, from the cache when it holds this file's face, else parsed (and then cached)."""
    key = file_key(path, index)
    face = _read(key) if key else None
    if face is not None:
        try:
            return _font_from_face(name, face, path)
        except OSError as exc:
            log.debug("字体缓存不可用（%s），重新读取字体文件", exc)
    font = _parse(name, path, index)
    if key:
        _write(key, font.face)
    return font


def _parse(name: str, path: Path, index: int) -> TTFont:
    return TTFont(name, str(path), subfontIndex=index)


def cached_value(key_name: str, path: Path, compute):
    """A small derived fact about a font file (e.g. which face of a collection to use), cached."""
    key = file_key(path, -1)
    entry = _entry_path(f"{key_name}|{key}") if key else None
    if entry is not None:
        value = _load_entry(entry, f"{key_name}|{key}")
        if value is not None:
            return value
    value = compute()
    if entry is not None:
        _store_entry(entry, f"{key_name}|{key}", value)
    return value


def _font_from_face(name: str, face: TTFontFace, path: Path) -> TTFont:
    """A TTFont around an already parsed face: what TTFont.__init__ does, minus the parsing."""
    with open(path, "rb") as handle:
        face._ttf_data = handle.read()
    font = TTFont.__new__(TTFont)
    font.fontName = name
    font.face = face
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    font._asciiReadable = rl_config.ttfAsciiReadable
    font.shapable = not any(fnmatch(name, glob) for glob in rl_config.unShapedFontGlob)
    return font


def _read(key: str) -> TTFontFace | None:
    attrs = _load_entry(_entry_path(key), key)
    if not isinstance(attrs, dict):
        return None
    face = TTFontFace.__new__(TTFontFace)
    for attr, value in attrs.items():
        setattr(face, attr, _decode(value))
    scale = 1000 / face.unitsPerEm
    face._pdfScale = (lambda x: x) if face.unitsPerEm == 1000 else (lambda x: x * scale)
    return face


def _write(key: str, face: TTFontFace):
    attrs = {attr: _encode(value) for attr, value in vars(face).items() if attr not in _NOT_STORED}
    _store_entry(_entry_path(key), key, attrs)


def _encode(value):
    if isinstance(value, TTFNameBytes):
        return (_NAME_TAG, bytes(value))
    return value


def _decode(value):
    if isinstance(value, tuple) and len(value) == 2 and value[0] == _NAME_TAG:
        return TTFNameBytes(value[1])
    return value


def _entry_path(key: str) -> Path:
    return cache_folder() / (hashlib.sha256(key.encode("utf-8")).hexdigest()[:32] + ".bin")


def _load_entry(entry: Path, key: str):
    try:
        stored_key, value = marshal.loads(entry.read_bytes())
    except FileNotFoundError:
        return None
    except (OSError, ValueError, EOFError, TypeError) as exc:
        log.debug("字体缓存 %s 无法读取（%s），将重新生成", entry.name, exc)
        return None
    return value if stored_key == key else None


def _store_entry(entry: Path, key: str, value):
    """Write the entry whole or not at all (a temporary file renamed into place)."""
    try:
        data = marshal.dumps((key, value))
        entry.parent.mkdir(parents=True, exist_ok=True)
        temp = entry.with_name(f"{entry.name}.{os.getpid()}.tmp")
        temp.write_bytes(data)
        os.replace(temp, entry)
    except (OSError, ValueError) as exc:
        log.debug("字体缓存无法写入（%s）", exc)
