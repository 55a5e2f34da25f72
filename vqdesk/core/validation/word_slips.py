"""R17.word (hints): words written wrong, from a list of known slips, and a function character
typed twice (“使学生在在学习中”, Jinzhou 2025 §8.3 #40; “做为” for 作为, Liangzhou 2023 I-28; “人材”
for 人才, Jinzhou #40).

vqdesk has no spell checker: it knows only the slips listed in
resources/templates/common/word-slips.toml (checked on load), each with its right form, so a
hint never guesses.  Only characters Chinese never doubles are looked for twice in a row;
reduplicated words (常常, 实实在在) are right and left alone.
"""

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from vqdesk.core.errors import EditionError
from vqdesk.core.findings import Finding
from vqdesk.core.resources import read_toml, templates_dir

from .context import Context

FILE = "common/word-slips.toml"
TRADITIONAL_FILE = "common/traditional-chars.txt"
#: How much of the text around a slip the message quotes, at most: its clause.
CONTEXT = 8
_MARKS = "，。；：！？、（）“”\n"


@dataclass(frozen=True)
class Slip:
    wrong: str
    right: str
    pattern: re.Pattern
    note: str = ""


@dataclass(frozen=True)
class Slips:
    misused: tuple
    doubled: re.Pattern | None
    doubled_except: tuple
    any_slip: re.Pattern | None   # every slip's pattern in one, to scan a text once
    latin: dict = None          # English word -> the Chinese word meant
    latin_pattern: re.Pattern | None = None
    short_phrases: dict = None  # a fixed phrase with one character left out -> the phrase
    short_pattern: re.Pattern | None = None


@cache
def slips() -> Slips:
    path = templates_dir() / FILE
    raw = read_toml(path)
    return parse(raw, path.name)


def parse(raw: dict, file: str = "word-slips.toml") -> Slips:
    misused, seen = [], set()
    for i, item in enumerate(raw.get("misused", [])):
        where = f"misused[{i}]"
        wrong, right = (item.get(k) if isinstance(item, dict) else None for k in ("wrong", "right"))
        if not (isinstance(wrong, str) and wrong and isinstance(right, str) and right) or wrong == right:
            raise EditionError(file, where, "每项应有 wrong 和 right 两个不同的词")
        if wrong in seen:
            raise EditionError(file, where, f"“{wrong}”已列过")
        seen.add(wrong)
        after = item.get("next", "")
        try:
            pattern = re.compile(re.escape(wrong) + (f"(?={after})" if after else ""))
        except (re.error, TypeError):
            raise EditionError(file, where, f"next 不是有效的正则表达式：{after!r}") from None
        misused.append(Slip(wrong, right, pattern, str(item.get("note", ""))))
    doubled = raw.get("doubled", {})
    chars = doubled.get("characters", "") if isinstance(doubled, dict) else None
    if not isinstance(chars, str):
        raise EditionError(file, "doubled", "characters 应为一串汉字")
    excepted = doubled.get("except", [])
    if not isinstance(excepted, list) or not all(isinstance(w, str) and w for w in excepted):
        raise EditionError(file, "doubled", "except 应为文字列表")
    pattern = re.compile(f"([{re.escape(chars)}])\\1") if chars else None
    latin = {}
    for i, item in enumerate(raw.get("latin", [])):
        word, right = (item.get(k) if isinstance(item, dict) else None for k in ("word", "right"))
        if not (isinstance(word, str) and word.isascii() and word.isalpha() and isinstance(right, str) and right):
            raise EditionError(file, f"latin[{i}]", "每项应有 word（英文单词）和 right")
        latin[word] = right
    between = re.compile(rf"(?<![A-Za-z])({'|'.join(latin)})(?![A-Za-z])") if latin else None
    every = re.compile("|".join(f"(?:{s.pattern.pattern})" for s in misused)) if misused else None
    phrases = (raw.get("phrases") or {}).get("list", [])
    if not isinstance(phrases, list) or not all(isinstance(p, str) and len(p) >= 5 for p in phrases):
        raise EditionError(file, "phrases", "list 应为文字列表，每项至少 5 个字")
    short = {p[:i] + p[i + 1:]: p for p in phrases for i in range(1, len(p) - 1) if p[i] not in "、，"}
    short_pattern = re.compile("|".join(map(re.escape, sorted(short, key=len, reverse=True)))) if short else None
    return Slips(tuple(misused), pattern, tuple(excepted), every, latin, between, short, short_pattern)


@cache
def _traditional_pattern() -> re.Pattern:
    return re.compile(f"[{''.join(traditional())}]")


@cache
def traditional() -> dict:
    """Traditional character -> its simplified form, from traditional-chars.txt."""
    path = templates_dir() / TRADITIONAL_FILE
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise EditionError(path.name, "", f"无法读取：{type(exc).__name__}") from None
    return parse_traditional(lines, path.name)


def parse_traditional(lines, file: str = "traditional-chars.txt") -> dict:
    out = {}
    for n, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split()
        if len(parts) != 2 or len(parts[0]) != 1 or parts[0] in parts[1]:
            raise EditionError(file, f"第 {n} 行", "应为一个简化字、一个空格和它的繁体字")
        out.update(dict.fromkeys(parts[1], parts[0]))
    return out


def _is_cjk(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


def _between_chinese(text: str, start: int, end: int) -> bool:
    """An English word with a Chinese character on each side (spaces aside)."""
    before, after = text[:start].rstrip()[-1:], text[end:].lstrip()[:1]
    return bool(before) and bool(after) and _is_cjk(before) and _is_cjk(after)


def _around(text: str, start: int, end: int) -> str:
    """The slip in its clause: from the mark before it to the mark after, at most CONTEXT a side."""
    left = max([text.rfind(c, 0, start) for c in _MARKS] + [start - CONTEXT - 1]) + 1
    right = min([i for i in (text.find(c, end) for c in _MARKS) if i >= 0] + [end + CONTEXT, len(text)])
    return text[max(0, left):right]


def _doubled(found: Slips, text: str) -> list:
    out = []
    for m in found.doubled.finditer(text) if found.doubled else ():
        near = text[max(0, m.start() - 2):m.end() + 2]
        if not any(word in near for word in found.doubled_except):
            out.append(f"“{_around(text, m.start(), m.end())}”")
    return out


def check(ctx: Context) -> list[Finding]:
    return [Finding("info", "R17.word", place, f"{where}{tail}") for text, place, where in ctx.texts()
            for tail in _slips_of(text)]


@lru_cache(maxsize=4096)
def _slips_of(text: str) -> tuple:
    """The message tails of one text's slips: scanned once per edit of that text."""
    found, old_forms, old_pattern, out = slips(), traditional(), _traditional_pattern(), []
    wrong = []
    if found.any_slip is not None and found.any_slip.search(text):
        for slip in found.misused:
            m = slip.pattern.search(text) if slip.wrong in text else None
            if m:
                note = f"（{slip.note}）" if slip.note else ""
                wrong.append(f"“{_around(text, m.start(), m.end())}”中的“{slip.wrong}”应为“{slip.right}”{note}")
    for m in found.latin_pattern.finditer(text) if found.latin_pattern else ():
        if not _between_chinese(text, m.start(), m.end()):
            continue
        word = m.group(1)
        wrong.append(f"“{_around(text, m.start(), m.end())}”中的英文“{word}”应为“{found.latin[word]}”")
    for m in found.short_pattern.finditer(text) if found.short_pattern else ():
        right = found.short_phrases[m.group(0)]
        if right not in text[max(0, m.start() - 2):m.end() + 2]:
            wrong.append(f"“{_around(text, m.start(), m.end())}”中的“{m.group(0)}”少了一个字，应为“{right}”")
    if wrong:
        out.append(f"有写错的词：{'；'.join(wrong)}")
    old = set(old_pattern.findall(text))
    if old:
        quoted = "；".join(f"“{_around(text, text.index(c), text.index(c) + 1)}”中的“{c}”简体作“{old_forms[c]}”"
                           for c in sorted(old, key=text.index))
        out.append(f"有繁体字：{quoted}")
    twice = _doubled(found, text)
    if twice:
        out.append(f"有连写两次的字：{'、'.join(twice)}，请删去一个")
    return tuple(out)


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("word-slips", check, {"document"}),)
