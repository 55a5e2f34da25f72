"""R16.mixed (hint): a sports event inside a table of skills-contest results.

Liangzhou 2023 表8 “2022 年学生技能大赛成绩（单位：人）”: column groups 省级技能大赛 and 市级技能大赛
(一等奖, 二等奖, 三等奖), then 省第十五届运动会 (金牌, 银牌, 铜牌).  A sports meet is no skills
contest, and its medals are not 人 either: the reader adds them to the contest results.  The
caption words and the sports words are data (common/sports-words.toml); 金牌 alone is no sport
(世界技能大赛 gives medals too).  A caption that names both (“技能大赛和体育比赛成绩”) covers them.
"""

import re
from dataclasses import dataclass
from functools import cache

from vqdesk.core.errors import EditionError
from vqdesk.core.findings import Finding
from vqdesk.core.kinds import normalise_text
from vqdesk.core.resources import read_toml, templates_dir

from .context import Context
from .free_tables import column_groups, row_label

FILE = "common/sports-words.toml"


@dataclass(frozen=True)
class Words:
    contests: re.Pattern
    sports: re.Pattern


@cache
def words() -> Words:
    path = templates_dir() / FILE
    return parse(read_toml(path), path.name)


def parse(raw: dict, file: str = "sports-words.toml") -> Words:
    out = []
    for key in ("contests", "sports"):
        listed = raw.get(key)
        if not isinstance(listed, list) or not listed or not all(isinstance(w, str) and len(w) >= 2 for w in listed):
            raise EditionError(file, key, "应为非空的文字列表，每项至少 2 个字")
        out.append(re.compile("|".join(map(re.escape, sorted(listed, key=len, reverse=True)))))
    return Words(*out)


def _clean(text) -> str:
    return normalise_text(str(text or "")).replace(" ", "")


def _sports(block) -> list:
    """What of a table names a sports event: ““…”一栏（金牌、银牌、铜牌）”, ““…”列”, ““…”行”."""
    d, sports = block.data, words().sports
    columns = [str(c or "") for c in d.get("columns") or []]
    groups = column_groups(block)
    out, grouped = [], set()
    for label in dict.fromkeys(g for g in groups if g):
        if sports.search(_clean(label)):
            under = [columns[c] for c, g in enumerate(groups) if g == label and c < len(columns)]
            grouped.update(under)
            out.append(f"“{label}”一栏（{'、'.join(under)}）")
    out += [f"“{c}”列" for c in columns[1:] if c not in grouped and sports.search(_clean(c))]
    out += [f"“{label}”行" for row in d.get("rows") or []
            if (label := row_label(row)) and sports.search(_clean(label)) and not _SCHOOL.search(_clean(label))]
    return out


#: A row labelled by a school is that school's results (鞍山市体育运动学校's are skills results too).
_SCHOOL = re.compile(r"(?:学校|中专|职专|学院|职教中心|教育中心)$")


def check(ctx: Context) -> list[Finding]:
    out = []
    for block in ctx.typed_tables():
        caption = _clean(block.caption)
        if not words().contests.search(caption) or words().sports.search(caption):
            continue            # not a contest table, or one whose caption covers the sports too
        found = _sports(block)
        if found:
            out.append(Finding("info", "R16.mixed", ctx.outline.block_place(block),
                               f"{ctx.table_name(block)}是技能大赛的成绩，却含有{'、'.join(found)}：体育赛事不是技能大赛，"
                               "请另列一表，或把标题改为涵盖两者（如“技能大赛和体育比赛成绩”）"))
    return out


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("mixed-contests", check, {"document"}),)
