"""Chinese line-breaking rules (避头尾) for reportlab's CJK wrapping.

reportlab's lists are Japanese-oriented and lack "，：；！？”’", so a line could start with a comma.
paragraph.py copies ALL_CANNOT_START at import time, so both modules are patched.
"""

from reportlab.lib import textsplit
from reportlab.platypus import paragraph

#: Closing punctuation that must not start a line.
CANNOT_START = "，。、；：？！）》」』】〉”’·…—%％℃"
#: Opening punctuation that must not end a line.
CANNOT_END = "（《「『【〈“‘"


def install() -> None:
    """Extend reportlab's kinsoku sets (idempotent)."""
    extra_start = "".join(c for c in CANNOT_START if c not in textsplit.ALL_CANNOT_START)
    textsplit.ALL_CANNOT_START += extra_start
    paragraph.ALL_CANNOT_START = textsplit.ALL_CANNOT_START
    # The splitter tests CANNOT_END_LINE[0] when deciding where a line may end.
    strong = textsplit.CANNOT_END_LINE[0]
    extra_end = "".join(c for c in CANNOT_END if c not in strong)
    if extra_end:
        textsplit.CANNOT_END_LINE[0] = strong + extra_end
    textsplit.ALL_CANNOT_END = "".join(textsplit.CANNOT_END_LINE)
