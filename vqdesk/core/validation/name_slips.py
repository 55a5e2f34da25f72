"""Slips around the names the report keeps in its lists (hints).

- R17.word: a name written with its first character twice (“计计算机应用”, Liangzhou 2023 4.5.1:
  a line broken after 计 and the word typed again).  Only the names of the report's own lists and
  registry are looked for, so a reduplicated word is never taken for one.
- R18.major: a text's list of majors (“共同开设铁道信号技术、工业机器人技术、智能控制技术三个专业”,
  Jinzhou 2025 6.5) naming one that 专业设置 does not have, beside others it has (two of the three
  are the list's joint majors).
- R18.major: a 专业 named as an occupation (“设置了药物制剂工等相关专业”, Benxi 2024 2.x): the
  catalogue's 专业 are 药品生产技术, 焊接技术应用 …; 制剂工, 焊工 and 车工 are 工种 (the
  occupations a certificate is for).
"""

import functools
import re

from vqdesk.core.findings import Finding, Place

from .context import Context

#: Names shorter than this are words, not names (机电 is both).
MIN_NAME = 4
_MAJORS = re.compile(r"(?:开设|开办|设置|共建|新增|联办)了?(?P<list>[\u4e00-\u9fff]{2,16}?(?:、[\u4e00-\u9fff]{2,16}?)+)"
                     r"(?:等)?(?:[一二三四五六七八九十两\d]+个)?(?:相关)?专业")
_OCCUPATION = re.compile(r"(?P<name>[\u4e00-\u9fff]{1,6}工)(?:等)?(?:相关)?专业")
#: Words ending in 工 that are no occupation: 化工 and 轻工 are fields, 加工 and 施工 kinds of work.
_LEAD = re.compile(r"设置了?|开设了?|设有|包括|举办|[了的和及与、如有]")
NOT_OCCUPATIONS = ("化工", "轻工", "加工", "施工", "理工", "技工", "职工", "员工", "社工", "分工", "用工", "务工", "人工")


def _names(ctx: Context) -> tuple:
    names = {m.name for m in ctx.data.masters}
    for rl in ctx.edition.record_lists:
        for fd in (f for f in rl.fields if f.kind in ("major", "organisation") or (rl.id == "majors" and f.key == "name")):
            names.update(r.get(fd.key) for r in ctx.data.records.get(rl.id, []) if isinstance(r.get(fd.key), str))
    return tuple(sorted(n.strip() for n in names if n and len(n.strip()) >= MIN_NAME))


@functools.lru_cache(maxsize=16)
def _doubled(names: tuple):
    return re.compile("|".join(re.escape(n[0] + n) for n in names)) if names else None


@functools.lru_cache(maxsize=4096)
def _slips(text: str, names: tuple) -> tuple:
    """(doubled names, occupations) of one text: kept per text and names, since a list edit
    re-runs the rule over texts that have not changed."""
    pattern = _doubled(names)
    doubled = tuple(m.group(0) for m in pattern.finditer(text)) if pattern else ()
    jobs = tuple(w for m in _OCCUPATION.finditer(text) if "工" in text
                 if not (w := _LEAD.split(m.group("name"))[-1]).endswith(NOT_OCCUPATIONS) and len(w) >= 2)
    return doubled, jobs


def check(ctx: Context) -> list[Finding]:
    names, out = _names(ctx), []
    for text, place, where in ctx.texts():
        doubled, jobs = _slips(text, names)
        for written in doubled:
            out.append(Finding("info", "R17.word", place,
                               f"{where}写有“{written}”，多了一个“{written[0]}”：应为“{written[1:]}”"))
        for word in jobs:
            out.append(Finding("info", "R18.major", place,
                               f"{where}把“{word}”写作专业：“{word}”是工种（职业）名称，专业请写《中等职业教育专业目录》"
                               "中的名称（如药品生产技术、焊接技术应用）"))
    out += _listed_occupations(ctx)
    out += _unlisted_majors(ctx)
    return out


@functools.lru_cache(maxsize=4096)
def _major_lists(text: str) -> tuple:
    """The lists of majors a text gives (“开设A、B、C三个专业”), kept per text."""
    return tuple(m.group("list").split("、") for m in _MAJORS.finditer(text)) if "专业" in text else ()


def _unlisted_majors(ctx: Context) -> list:
    offered = {r.get("name") for r in ctx.data.records.get("majors", []) if isinstance(r.get("name"), str)}
    offered |= {m.name for m in ctx.data.masters if m.kind == "major"} | {
        a for m in ctx.data.masters if m.kind == "major" for a in m.aliases}
    if not offered:
        return []
    out = []
    for text, place, where in ctx.texts():
        for names in _major_lists(text):
            missing = [n for n in names if n not in offered]
            if missing and len(missing) < len(names):
                out += [Finding("info", "R18.major", place,
                                f"{where}列出的专业中“{n}”不在“专业设置”名单中：请补入名单，或改用名单中的专业名称")
                        for n in missing]
    return out


def _listed_occupations(ctx: Context) -> list:
    out = []
    for row, record in enumerate(ctx.data.records.get("majors", [])):
        name = record.get("name")
        if isinstance(name, str) and name.strip().endswith("工") and not name.strip().endswith(NOT_OCCUPATIONS):
            out.append(Finding("info", "R18.major", Place(kind="record", list_id="majors", row=row, field="name"),
                               f"名单“专业设置”第{row + 1}行：“{name}”是工种（职业）名称，专业请写《中等职业教育专业目录》"
                               "中的名称"))
    return out


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("name-slips", check, {"document", "records", "masters"}),)
