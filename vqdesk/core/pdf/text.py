"""User text to reportlab mini-markup: escaped, and safe for the fonts at hand.

Everything the user typed goes through `markup()`; nothing else may reach a Paragraph.
"""

import re
import unicodedata
from xml.sax.saxutils import escape

from vqdesk.core.pdf.fonts import FontSet

#: Printed instead of a character no available font can draw (emoji and the like).
MISSING = "□"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")

#: Short lines that read as sub-headings in Chinese reports: 一、 （一） 1. 挑战一： 措施二：
_SUBHEADING = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}、"
    r"|[（(][一二三四五六七八九十]{1,3}[）)]"
    r"|\d{1,2}[.．、](?!\d)"
    r"|[\u4e00-\u9fff]{1,6}[一二三四五六七八九十]{1,3}[：:]"
    r"|[（(]\d{1,2}[）)])")
SUBHEADING_MAX_CHARS = 40


def clean(text) -> str:
    """Drop control characters reportlab cannot print; keep line breaks."""
    text = "" if text is None else str(text)
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " "))


def markup(text, fonts: FontSet | None = None, font: str | None = None) -> str:
    """Escape `text` for a Paragraph; characters `font` lacks are drawn with the fallback font,
    or as □ when no font has them (so an emoji can never break the build)."""
    text = clean(text)
    if fonts is None or font is None or fonts.charsets.get(font) is None:
        return escape(text)
    fallback = fonts.fallback
    out, run_fallback = [], []

    def flush():
        if run_fallback:
            out.append(f'<font face="{fallback}">{escape("".join(run_fallback))}</font>')
            run_fallback.clear()

    for ch in text:
        if ch == "\n" or fonts.covers(font, ch):
            flush()
            out.append(escape(ch))
        elif fallback != font and fonts.covers(fallback, ch):
            run_fallback.append(ch)
        else:
            flush()
            out.append(_substitute(ch, fonts, font))
    flush()
    return "".join(out)


def glyph_fonts(text, fonts: FontSet | None, font: str) -> tuple[str, list[str]]:
    """`text` as printed (line breaks as spaces, stand-ins for missing glyphs) and the font of
    each of its characters: `font`, or the fallback where `font` lacks the glyph."""
    text = clean(text).replace("\n", " ")
    if fonts is None or fonts.charsets.get(font) is None:
        return text, [font] * len(text)
    charset = fonts.charsets[font]
    if all(ord(ch) in charset for ch in set(text)):
        return text, [font] * len(text)          # the common case: the font has every glyph
    fallback = fonts.fallback
    chars, faces = [], []
    for ch in text:
        if fonts.covers(font, ch):
            chars.append(ch)
            faces.append(font)
        elif fallback != font and fonts.covers(fallback, ch):
            chars.append(ch)
            faces.append(fallback)
        else:
            for c in _unescaped(_substitute(ch, fonts, font)):
                chars.append(c)
                faces.append(font)
    return "".join(chars), faces


def _unescaped(s: str) -> str:
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def _substitute(ch: str, fonts: FontSet, font: str) -> str:
    """A printable stand-in: the NFKC form when the font has it, else □ (or ? as last resort)."""
    if unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return ""                       # combining marks, variation selectors, zero-width joiners
    folded = unicodedata.normalize("NFKC", ch)
    if folded != ch and all(fonts.covers(font, c) for c in folded):
        return escape(folded)
    return MISSING if fonts.covers(font, MISSING) else "?"


#: Entries of 目录, 表目录, 图目录, 案例目录 and the PDF outline: one line each, so that a title
#: thousands of characters long cannot make an entry taller than a page.
ENTRY_MAX_CHARS = 80


def entry_text(text) -> str:
    """`text` on one line, cut to ENTRY_MAX_CHARS with an ellipsis."""
    text = re.sub(r"\s*\n\s*", " ", clean(text)).strip()
    return text if len(text) <= ENTRY_MAX_CHARS else text[:ENTRY_MAX_CHARS - 1] + "…"


def is_subheading(line: str) -> bool:
    """True for a short line such as "一、背景" or "（二）举措" that heads what follows."""
    line = line.strip()
    if not line or len(line) > SUBHEADING_MAX_CHARS:
        return False
    if line.endswith(("。", "；", "，", ";", ",")) and len(line) > 20:
        return False
    return bool(_SUBHEADING.match(line))


def paragraphs(text) -> list[str]:
    """Non-empty lines of a narrative; each is one printed paragraph."""
    return [line.strip() for line in clean(text).split("\n") if line.strip()]
