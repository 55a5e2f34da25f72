"""R16.rise (hint): a share said to rise by more than the people it names can make.

Jinzhou 2025 案例21: “新取得高级‘双师型’教师认证5人，学校‘双师型’教师比例从71.6%提升至80%”.
From 71.6 % to 80 % of the 124 专任教师 is about 10 more teachers (about 6 of the 74 专业课教师),
not 5.  The base is the school's 专任教师 (the six tables), and the 专业课 teachers of the
teacher-structure list when it is kept; the rise is possible only if the base shrank too, which
the text should then say.
"""

import math
import re

from vqdesk.core.findings import Finding

from .context import Context
from .free_tables import plain

_RISE = re.compile(r"(?P<what>[\u4e00-\u9fff“”]{2,12}?)(?:比例|占比)从\s*(?P<a>\d+(?:\.\d+)?)\s*[%％]\s*"
                   r"(?:提升|提高|增加|上升|增长)(?:至|到)\s*(?P<b>\d+(?:\.\d+)?)\s*[%％]")
_NEW = re.compile(r"(?:新增|新取得|新认定|新引进|新培养)[^，。；]{0,16}?(?P<n>\d+)\s*(?:人|名)")
_TEACHERS = re.compile(r"双师|教师|职称")


def _bases(ctx: Context) -> list:
    """(name, count) of the teachers a teachers' share may be of."""
    out = []
    if ctx.edition.has_indicator("6.4c") and (n := ctx.number("6.4c")):
        out.append(("专任教师", n))
    specialist = sum(r.get("count") or 0 for r in ctx.data.records.get("teacher_structure", [])
                     if r.get("category") == "专业课" and isinstance(r.get("count"), (int, float)))
    if specialist:
        out.append(("专业课教师", specialist))
    return out


def check(ctx: Context) -> list[Finding]:
    texts = [(t, p, w) for t, p, w in ctx.texts() if "比例从" in t or "占比从" in t]
    bases = _bases(ctx) if texts else []
    out = []
    for text, place, where in texts if bases else ():
        for sentence in re.split(r"[。！？]", text):
            rise, new = _RISE.search(sentence), _NEW.search(sentence)
            if not (rise and new and _TEACHERS.search(rise.group("what"))):
                continue
            a, b, n = float(rise.group("a")), float(rise.group("b")), int(new.group("n"))
            needed = [(name, (b - a) / 100 * base, base) for name, base in bases]
            if b <= a or all(n >= math.floor(x) for _, x, _ in needed):
                continue
            said = "，".join(f"按{name} {plain(base)} 人约需多出 {round(x)} 人" for name, x, base in needed)
            out.append(Finding("info", "R16.rise", place,
                               f"{where}写比例从 {rise.group('a')}% 升至 {rise.group('b')}%（+{plain(round(b - a, 2))} 个百分点），"
                               f"{said}，而同句只写新增 {n} 人：请核对；如教师总数也有变化，请写明"))
    return out


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("rate-rises", check, {"document", "values", "records", "report"}),)
