"""R16.listed (hint): a text summing up awards by grade that leaves a grade out.

Anshan 2023 (I24): “省赛中一等奖（冠军）6 个、二等奖 10 个（见数据表 2-1）”, while 数据表 2-1 also
lists 11 三等奖.  The text's counts are the table's for the grades it names, so it sums up that
table; the grade it leaves out reads as if there were none.  The awards are counted by grade in
a typed table's grade column and in the 学生获奖 list.
"""

import re
from collections import Counter

from vqdesk.core.findings import Finding

from .context import Context

GRADES = ("一等奖", "二等奖", "三等奖", "金奖", "银奖", "铜奖", "优秀奖")
_GRADE = re.compile(r"(一等奖|二等奖|三等奖|金奖|银奖|铜奖|优秀奖)")
_SAID = re.compile(r"(一等奖|二等奖|三等奖|金奖|银奖|铜奖|优秀奖)(?:[（(][^）)]{0,6}[）)])?\s*(\d+)\s*(个|项|人|名|次)")
#: A sentence naming fewer grades than this is no summary.
MIN_GRADES = 2


def _count(cells) -> Counter:
    """How many cells name each grade (one grade a cell: “省赛 二等奖”)."""
    out = Counter()
    for cell in cells:
        found = _GRADE.findall(cell) if isinstance(cell, str) else []
        if len(set(found)) == 1:
            out[found[0]] += 1
    return out


def _tallies(ctx: Context) -> list:
    """(name, Counter of grades) of every typed table with a grade column, and of the awards list."""
    out = []
    for block in ctx.typed_tables():
        rows = block.data.get("rows") or []
        width = max((len(r) for r in rows), default=0)
        for column in range(width):
            tally = _count([r[column] if column < len(r) else None for r in rows])
            if sum(tally.values()) >= 3:
                out.append((ctx.table_name(block), tally))
                break
    awards = ctx.data.records.get("student_awards", [])
    tally = _count([r.get("grade") for r in awards])
    if sum(tally.values()) >= 3:
        out.append(("名单“学生获奖”", tally))
    return out


def check(ctx: Context) -> list[Finding]:
    texts = [(t, p, w) for t, p, w in ctx.texts() if "奖" in t]
    tallies = _tallies(ctx) if texts else []
    out = []
    for text, place, where in texts if tallies else ():
        for sentence in re.split(r"[。！？]", text):
            found = _SAID.findall(sentence)
            said, unit = {g: int(n) for g, n, _ in found}, found[0][2] if found else "个"
            if len(said) < MIN_GRADES:
                continue
            for name, tally in tallies:
                if any(tally.get(g) != n for g, n in said.items()):
                    continue
                left = [g for g in GRADES if tally.get(g) and g not in said]
                if left:
                    told = "、".join(f"{g} {n} {unit}" for g, n in said.items())
                    rest = "、".join(f"{g} {tally[g]} {unit}" for g in left)
                    out.append(Finding("info", "R16.listed", place,
                                       f"{where}写有{told}，与{name}相符，但其中还有{rest}，正文没有提到："
                                       "请补上，或写明只列了部分等级"))
                break
    return out


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("award-summary", check, {"document", "records"}),)
