"""R16.award (hint): one award of one competition counted differently in two places.

Jinzhou's 表14 gives “获省级教学能力大赛二等奖 1 项”, its 2.3.2 “2024年省教师教学能力比赛，两组教师均获
二等奖”: the same level, competition and grade, once 1 and once 2 (两组 … 均获).  Either one place
is wrong or they are two awards the text does not tell apart.

An award is read as (level, competition, grade) with a count after the grade (“二等奖 1 项”,
“一等奖2项、三等奖1项”) or before it with 均/都/各 (“两组教师均获二等奖”); counts may be Chinese
numerals.  The competition is the nearest “…大赛/比赛/竞赛” before the grade in the sentence, with
its level (国家级/全国, 省级/省, 市级/市 …) and without the words that do not tell competitions
apart (教师, 学生, 职业院校, a province's name).  Two statements that name different years are
never compared; texts and the text cells of free tables are read.
"""

import re
from dataclasses import dataclass

from vqdesk.core.findings import Finding, Place

from .context import Context
from .free_tables import row_label
from .plain_texts import plain_texts

_NUMERAL = r"\d+|[一二两三四五六七八九十]{1,3}"
_MEASURE = r"项|个|组|支|队|件|人|名"
_GRADE = re.compile(r"特等奖|一等奖|二等奖|三等奖|金奖|银奖|铜奖|优秀奖")
_AFTER = re.compile(rf"\s*(?:共|计)?\s*(?P<n>{_NUMERAL})\s*(?P<m>{_MEASURE})")
_BEFORE = re.compile(rf"(?P<n>{_NUMERAL})\s*(?P<m>{_MEASURE})[\u4e00-\u9fff]{{0,6}}?(?:均|都|各)(?:荣获|获得|获)"
                     r"[^，,。；;、]{0,20}$")
_CONTEST = re.compile(r"[\u4e00-\u9fff“”]{0,16}?(?:大赛|比赛|竞赛)")
_LEVELS = (("国家级", re.compile(r"国家级|全国|国赛|国家")), ("省级", re.compile(r"省级|省")),
           ("市级", re.compile(r"市级|市")), ("区县级", re.compile(r"区级|县级|区|县")))
_NOISE = re.compile(r"^.*?年|荣获|获得|获|参加|在|中职|中等职业学校|职业院校|教师|学生|第[一二三四五六七八九十\d]+届|“|”")
_YEAR = re.compile(r"(20\d\d)\s*年")
_SENTENCE = re.compile(r"[^。；;！？\n]+")
_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def chinese_number(text: str) -> int | None:
    """12, 二 -> 2, 两 -> 2, 十二 -> 12, 二十 -> 20, 二十三 -> 23."""
    if text.isdigit():
        return int(text)
    tens, _, ones = text.partition("十")
    if "十" not in text:
        return _DIGITS.get(text) if len(text) == 1 else None
    high = _DIGITS.get(tens, 0 if tens == "" else None)
    low = _DIGITS.get(ones, 0 if ones == "" else None)
    if high is None or low is None:
        return None
    return (high or 1) * 10 + low


@dataclass(frozen=True)
class Award:
    name: tuple          # (level, competition, grade)
    count: int
    written: str
    year: int | None
    where: str
    place: Place


def _contest(before: str):
    """(level, competition) of the last competition named in `before`, or None."""
    found = list(_CONTEST.finditer(before))
    if not found:
        return None
    words = found[-1].group(0)
    level = next((name for name, pattern in _LEVELS if pattern.search(words)), None)
    core = words
    for _, pattern in _LEVELS:
        core = pattern.sub("", core)
    core = re.sub(r"(?:大赛|比赛|竞赛)$", "", _NOISE.sub("", core))
    core = re.sub(r"^.*(?:辽宁|吉林|黑龙江|甘肃|河北|山东|江苏|浙江|广东|四川|河南|湖北|湖南)", "", core)
    if level is None or len(core) < 2:
        return None
    return level, core


def awards(sentence: str):
    """(name, count, written, year) of each counted award in a sentence."""
    for grade in _GRADE.finditer(sentence):
        before = sentence[:grade.start()]
        contest = _contest(before)
        if contest is None:
            continue
        after = _AFTER.match(sentence, grade.end())
        ahead = _BEFORE.search(before) if after is None else None
        counted = after or ahead
        if counted is None or (number := chinese_number(counted.group("n"))) is None:
            continue
        years = _YEAR.findall(before)
        written = f"{grade.group(0)} {counted.group('n')} {counted.group('m')}" if after else \
            f"{counted.group('n')}{counted.group('m')}均获{grade.group(0)}"
        yield (*contest, grade.group(0)), number, written, int(years[-1]) if years else None


def _statements(ctx: Context):
    for text in plain_texts(ctx):
        if "奖" in text.text:
            for sentence in _SENTENCE.findall(text.text):
                for name, count, written, year in awards(sentence) if "奖" in sentence else ():
                    place, where = text.located()
                    yield Award(name, count, written, year, where, place)
    for block in ctx.typed_tables():
        rows = block.data.get("rows") or []
        for row in rows:
            for cell in row:
                if isinstance(cell, str) and "奖" in cell:
                    where = f"{ctx.table_name(block)}“{row_label(row)}”行"
                    for sentence in _SENTENCE.findall(cell):
                        for name, count, written, year in awards(sentence):
                            yield Award(name, count, written, year, where, ctx.outline.block_place(block))


def check(ctx: Context) -> list[Finding]:
    """An award whose count no earlier statement of the same award (same year, or a year not said)
    agrees with is named beside the first one it disagrees with."""
    seen: dict = {}
    out = []
    for award in _statements(ctx):
        others = [o for o in seen.get(award.name, ()) if o.where != award.where
                  and (o.year is None or award.year is None or o.year == award.year)]
        other = next((o for o in others if o.count != award.count), None)
        if other is not None and all(o.count != award.count for o in others):
            level, contest, _ = award.name
            out.append(Finding("info", "R16.award", award.place,
                               f"{award.where}写有{level}{contest}比赛{award.written}，而{other.where}写有"
                               f"{other.written}：同一奖项的数量前后不一致（{other.count} 与 {award.count}），"
                               "请核对；若是不同的奖项，请写明区别"))
        seen.setdefault(award.name, []).append(award)
    return out


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("award-counts", check, {"document"}),)
