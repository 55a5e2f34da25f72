"""R17.preface (hint): a topic the 前言 promises to present that the report never speaks of.

Liangzhou 2023's 前言 “重点呈现…推进国际交流与合作…开展职业启蒙教育…”: no text, heading or caption
of the report has a word of 国际 or 启蒙.  The parts it announces are preface_parts' business;
this reads the list of highlights after 重点呈现 / 重点介绍 / 主要包括.  A topic counts as spoken of
when most of its two-character words are found in the report (改善办学基础条件 is there when the
report speaks of 办学条件 and 基础).
"""

import re

from vqdesk.core.findings import Finding, Place
from vqdesk.core.kinds import normalise_text

from .context import Context

_HIGHLIGHTS = re.compile(r"(?:重点呈现|重点介绍|重点反映|重点展示|主要包括|集中呈现)(?:了)?(?P<list>[^。；;]{6,800})")
_VERB = re.compile(r"^(?:推进|开展|实施|促进|建设并应用|建设|打造|健全|服务|提高|改善|加强|深化|完善|推动|落实|强化)")
#: Share of a topic's two-character words the report must have for the topic to count as there.
FOUND_SHARE = 0.5


def _words(text: str) -> set:
    return {text[i:i + 2] for i in range(len(text) - 1)}


def _topics(text: str) -> list:
    out = []
    for m in _HIGHLIGHTS.finditer(text):
        for item in re.split(r"[、，,]", m.group("list").split("等")[0]):
            topic = _VERB.sub("", re.sub(r"[“”\"]", "", item.strip()))
            if 4 <= len(topic) <= 16 and re.fullmatch(r"[\u4e00-\u9fff与和]+", topic):
                out.append((item.strip(), topic))
    return out


def _parts(topic: str) -> list:
    """“劳动和职业启蒙教育” is two topics, 劳动(教育) and 职业启蒙教育; parts too short to tell are left out."""
    parts = [p for p in re.split(r"[和与]", topic) if len(p) >= 4]
    return parts or ([topic] if len(topic) >= 4 else [])


def _absent(topic: str, present: set) -> bool:
    words = _words(topic)
    return sum(w in present for w in words) < FOUND_SHARE * len(words)


def check(ctx: Context) -> list[Finding]:
    preface = ctx.data.settings.get("preface") or {}
    text = normalise_text(preface.get("text") or "")
    topics = _topics(text) if "重点" in text or "主要包括" in text else []
    if not topics:
        return []
    body = normalise_text("".join([*(t for t, place, _ in ctx.texts() if place.kind != "preface"),
                                   *(n.title for n in ctx.data.document.nodes()),
                                   *(b.caption or "" for _, b in ctx.blocks() if b.kind in ("table", "chart"))]))
    present = _words(body)
    missing = [item for item, topic in topics if any(_absent(part, present) for part in _parts(topic))]
    if not missing:
        return []
    title = preface.get("title") or "前言"
    quoted = "、".join(f"“{m}”" for m in missing)
    return [Finding("info", "R17.preface", Place(kind="preface", label=preface.get("title")),
                    f"“{title}”说报告重点呈现{quoted}，正文中却没有相关内容：请补上，或改写“{title}”")]


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("preface-topics", check, {"document"}),)
