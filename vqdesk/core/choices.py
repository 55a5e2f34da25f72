"""Everyday spellings of a choice: “3年”, “三年”, “3” all mean 三年制; “省” means 省级 when only
one option fits.  Used for typed, pasted and imported cells alike."""

import re

from vqdesk.core.kinds import normalise_text

_DIGITS = dict(zip("0123456789", "〇一二三四五六七八九"))
#: Endings people leave out: 三年制 -> 三年 -> 三, 省级 -> 省, 一等奖 -> 一等.
_SUFFIXES = re.compile(r"(制|年制|年|级|奖)$")


def _forms(text: str) -> set[str]:
    """The spellings a text stands for: as written, digits as Chinese numerals, endings dropped."""
    base = normalise_text(text)
    chinese = "".join(_DIGITS.get(ch, ch) for ch in base)
    out = {base, chinese}
    for form in list(out):
        stripped = form
        while _SUFFIXES.search(stripped):
            stripped = _SUFFIXES.sub("", stripped)
            if stripped:
                out.add(stripped)
    return out


def match_choice(options, text: str) -> str | None:
    """The one option `text` means, or None (unknown, or more than one option fits)."""
    wanted = normalise_text(text)
    for option in options:
        if normalise_text(option) == wanted:
            return option
    forms = _forms(text)
    fits = [o for o in options if _core(o) in forms]
    return fits[0] if len(fits) == 1 else None


def _core(option: str) -> str:
    """An option without its ending and brackets: 五年制（3+2） -> 五."""
    text = re.sub(r"[（(].*?[)）]", "", normalise_text(option))
    while _SUFFIXES.search(text) and _SUFFIXES.sub("", text):
        text = _SUFFIXES.sub("", text)
    return "".join(_DIGITS.get(ch, ch) for ch in text)
