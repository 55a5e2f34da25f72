"""R17.enum (hint): one category counted twice in one enumeration.

Liangzhou 2023 7.3: “现有党委3个，党委（总支）3个，党支部14个”: 党委 and 党委（总支） are counted
side by side, where the second is probably another category (党总支).  Counted items are
“label + N + classifier” or “N + classifier + label” in one sentence; a label that is another one
followed by a bracketed qualifier is the slip.  A clause starting with 其中 counts a part of the
one before it (“专任教师85人，其中专任教师（双师型）60人”) and is left alone; so is a qualifier of
one character, the usual way of writing a name and its variant at once (专业（点）, 专业（群）), and
one of scope (“教师（含兼职）”): the same category counted over another scope.
"""

import re
from functools import lru_cache

from vqdesk.core.findings import Finding
from vqdesk.core.kinds import normalise_text

from .context import Context

_CLASSIFIERS = "个所家支座处项名人门间套台"
_LABEL = r"(?P<label>[\u4e00-\u9fff]{2,12}(?:\((?P<q>(?!含|不含|包括|包含)[\u4e00-\u9fff]{2,6})\))?)"
_BEFORE = re.compile(_LABEL + rf"(?P<n>\d+)(?P<cls>[{_CLASSIFIERS}])")
_AFTER = re.compile(rf"(?P<n>\d+)(?P<cls>[{_CLASSIFIERS}])" + _LABEL + "$")
#: Words in front of the label that are no part of it: “全校现有党委3个”: the label is what follows
#: the last of them.
_LEAD = re.compile(r"其中|现有|共有|拥有|建有|设有|另有|还有|有|共|含|包括")
_SENTENCE = re.compile(r"[^。！？；\n]+")
_CLAUSE = re.compile(r"[^，,、]+")


def _items(sentence: str) -> list:
    """(label without lead words, bracketed qualifier or None, as written) of each counted item."""
    out = []
    for clause in _CLAUSE.findall(normalise_text(sentence)):
        if clause.startswith("其中"):
            continue
        m = _BEFORE.search(clause) or _AFTER.search(clause)
        label = _LEAD.split(m.group("label"))[-1] if m else ""
        if len(label) >= 2:
            written = m.group(0) if m.re is _AFTER else f"{label}{m.group('n')}{m.group('cls')}"
            out.append((label, m.group("q"), written))
    return out


def _twice(sentence: str) -> list:
    items = _items(sentence)
    plain = {label: written for label, q, written in items if q is None}
    return [(plain[label[:-len(q) - 2]], written, q) for label, q, written in items
            if q is not None and label[:-len(q) - 2] in plain]


def _show(written: str) -> str:
    return written.replace("(", "（").replace(")", "）")


@lru_cache(maxsize=4096)
def _slips(text: str) -> tuple:
    """(first, second, qualifier) of each category counted twice: only sentences with a bracket
    can hold one, and a text is scanned once per edit of it."""
    return tuple(slip for sentence in _SENTENCE.findall(text) if "（" in sentence or "(" in sentence
                 for slip in _twice(sentence))


def check(ctx: Context) -> list[Finding]:
    return [Finding("info", "R17.enum", place,
                    f"{where}写有“{_show(first)}”，又写有“{_show(second)}”：看似同一类计了两次；"
                    f"若后者是另一类（如括号中的“{qualifier}”所指），请写出它的名称")
            for text, place, where in ctx.texts() if "（" in text or "(" in text
            for first, second, qualifier in _slips(text)]


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("enum-labels", check, {"document"}),)
