"""CJK fonts for the PDF: found on the system (never shipped), registered once per process.

Roles: song (宋体, body), hei (黑体, headings: the free fonts have no bold face), fang (仿宋),
kai (楷体).  Windows fonts are preferred; on Linux the Debian WQY / AR PL packages are used.
Noto CJK OTF files carry PostScript outlines reportlab cannot read, so they are skipped.
"""

import logging
import os
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont

from vqdesk.core.pdf import font_cache

log = logging.getLogger(__name__)

ROLES = ("song", "hei", "fang", "kai")
LAST_RESORT = "STSong-Light"

_WINDOWS = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
#: Known files per role, best first.  The WQY and AR PL files are Debian packages.
CANDIDATES = {
    "song": [_WINDOWS / "simsun.ttc", Path("/usr/share/fonts/truetype/arphic/uming.ttc"),
             Path("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf")],
    "hei": [_WINDOWS / "simhei.ttf", Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")],
    "fang": [_WINDOWS / "simfang.ttf"],
    "kai": [_WINDOWS / "simkai.ttf", Path("/usr/share/fonts/truetype/arphic/ukai.ttc")],
}
#: A role without a font of its own borrows another one.
BORROW = {"song": "hei", "hei": "song", "fang": "song", "kai": "song"}
#: In a collection (.ttc) the simplified-Chinese face is preferred.
_SIMPLIFIED_MARKS = (b"CN", b"SC", b"GB", b"SimSun", b"Micro Hei", b"Zen Hei")


@dataclass
class FontSet:
    """The registered font name per role, and the characters each one can print."""
    names: dict
    charsets: dict = field(default_factory=dict)   # font name -> set of code points (None: unknown)
    embedded: bool = True

    def __getitem__(self, role: str) -> str:
        return self.names[role]

    def covers(self, font_name: str, char: str) -> bool:
        chars = self.charsets.get(font_name)
        return chars is None or ord(char) in chars

    @property
    def fallback(self) -> str:
        """The font with the widest repertoire, used for glyphs the body font lacks."""
        known = [n for n in self.names.values() if self.charsets.get(n)]
        return max(known, key=lambda n: len(self.charsets[n])) if known else self.names["song"]


_registered: dict[tuple, FontSet] = {}


def resolve_fonts(font_paths: dict | None = None) -> FontSet:
    """Register the fonts for each role (user choice first, then the system) and return them."""
    chosen = {role: _pick_path(role, font_paths or {}) for role in ROLES}
    cache_key = tuple(str(chosen[r]) for r in ROLES)
    if cache_key in _registered:
        return _registered[cache_key]
    names, charsets = {}, {}
    for role in ROLES:
        path = chosen[role]
        font = _register(path) if path else None
        if font is not None:
            names[role] = font.fontName
            charsets[font.fontName] = set(font.face.charToGlyph)
    for role in ROLES:
        if role not in names and BORROW[role] in names:
            names[role] = names[BORROW[role]]
    embedded = bool(names)
    if not names:
        log.warning("未找到可嵌入的中文 TrueType 字体，改用阅读器内置的 %s（不嵌入，打印效果取决于阅读器）",
                    LAST_RESORT)
        pdfmetrics.registerFont(UnicodeCIDFont(LAST_RESORT))
        names = {role: LAST_RESORT for role in ROLES}
    fonts = FontSet(names=names, charsets=charsets, embedded=embedded)
    _registered[cache_key] = fonts
    log.info("PDF 字体：%s", ", ".join(f"{r}={names[r]}" for r in ROLES))
    return fonts


def _pick_path(role: str, font_paths: dict) -> Path | None:
    user = font_paths.get(role)
    if user:
        if Path(user).is_file():
            return Path(user)
        log.warning("所选字体文件不存在：%s，改用系统字体", user)
    for path in CANDIDATES[role]:
        if path.is_file():
            return path
    if role in ("song", "hei"):
        return _fontconfig_path(role)
    return None


def _fontconfig_path(role: str) -> Path | None:
    """Any TrueType CJK font fontconfig knows (Linux); OpenType/CFF files are skipped."""
    if not shutil.which("fc-list"):
        return None
    try:
        out = subprocess.run(["fc-list", ":lang=zh", "file"], capture_output=True, text=True,
                             timeout=10, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    files = sorted(line.split(":")[0].strip() for line in out.splitlines() if line.strip())
    files = [f for f in files if f.lower().endswith((".ttf", ".ttc"))]
    preferred = [f for f in files if ("hei" in f.lower()) == (role == "hei")]
    for f in preferred + files:
        return Path(f)
    return None


def _register(path: Path) -> TTFont | None:
    """Register a TrueType file (choosing the simplified-Chinese face of a collection)."""
    base = "vq-" + path.stem.lower()
    try:
        index = _simplified_index(path) if path.suffix.lower() == ".ttc" else 0
        name = f"{base}-{index}"
        # Not pdfmetrics.getFont: for an unknown name it searches the disk for AFM files (0.4 s).
        if name in pdfmetrics.getRegisteredFontNames():
            return pdfmetrics.getFont(name)
        font = font_cache.load_font(name, path, index)
        pdfmetrics.registerFont(font)
        # No bold or italic faces exist: <b>/<i> in markup fall back to the same face.
        pdfmetrics.registerFontFamily(name, normal=name, bold=name, italic=name, boldItalic=name)
        return font
    except Exception as exc:  # noqa: BLE001 - a broken or unsupported font must not stop the build
        log.warning("字体 %s 无法使用（%s），已跳过", path, exc)
        return None


def _simplified_index(path: Path) -> int:
    return font_cache.cached_value("simplified-face", path, lambda: _probe_simplified_index(path))


def _probe_simplified_index(path: Path) -> int:
    for index in range(8):
        try:
            face = TTFont(f"probe-{index}", str(path), subfontIndex=index).face
        except Exception:  # noqa: BLE001 - past the last face of the collection
            break
        family = getattr(face, "familyName", b"") or b""
        if any(mark in family for mark in _SIMPLIFIED_MARKS):
            return index
    return 0
