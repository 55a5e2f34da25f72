"""Slips in the shape of texts, captions and tables that a reader notices at once (hints, but a
table's header typed again as a row, which is a warning).

- R17.repeat: one sentence written twice under one heading (Jinzhou 2025 2.3.3 repeats its award
  sentence; a paste done twice).
- R17.quote: a quotation mark, bracket or 《 without its partner (Benxi 2024 图 2.5.1
  “家校共育优秀家长 with no closing mark).  A lone closing bracket is left alone: lists are
  numbered 1）2）.
- R19.caption: a caption ending with 、，；： (Jinzhou 图3 “…、”).
- R18.header: a free table's row repeating its header (Benxi 表1.5.2's header twice).
- R17.case.plan: a case that reports 预期效果 rather than what was done (Benxi 案例四), and a case
  whose run-in headings (一、背景 二、做法 …) give no part for its results (Jinzhou 案例17), or
  that tells of taking part in a contest and never says how it ended (Benxi 案例二).
"""

import re
from functools import lru_cache

from vqdesk.core.findings import Finding
from vqdesk.core.kinds import normalise_text

from .context import Context
from .run_in import _headings

_SENTENCE = re.compile(r"[^。！？\n]+[。！？]?")
#: A sentence shorter than this may well come twice on purpose (“成效显著。”).
MIN_REPEAT = 12
_PAIRS = (("“", "”", "引号"), ("‘", "’", "单引号"), ("《", "》", "书名号"), ("【", "】", "方括号"))
_CAPTION_END = "、，；：,;"
_PLAN = re.compile(r"预期(?:效果|成效|目标)")
#: A case about taking part in a contest, and the words that would give its outcome.
_CONTEST = re.compile(r"参加(?:了)?(?P<what>[^，。；]{2,40}?(?:大赛|竞赛|比赛|技能赛))")
_OUTCOME = re.compile(r"获|奖|名次|冠军|亚军|季军|金牌|银牌|铜牌|第[一二三四五六七八九十\d]+名|晋级|入围|成绩|优胜")
#: Words of a run-in heading that announces a case's results.
_RESULTS = re.compile(r"成效|成果|效果|成绩|收获|实效|成就|经验|启示|反思|评价|价值|影响")
#: Words of a heading of the case template (背景 / 做法 / 成效): a case built on the template and
#: missing its results part.  A case of thematic headings (一、构建…机制) tells its results inline.
_TEMPLATE = re.compile(r"背景|做法|举措|措施|过程|实施|思路|问题|目标|基本情况")


@lru_cache(maxsize=4096)
def _repeats(text: str) -> tuple:
    seen, out = set(), []
    for m in _SENTENCE.finditer(text):
        sentence = m.group(0).strip()
        key = normalise_text(sentence).rstrip("。！？")
        if len(key) < MIN_REPEAT:
            continue
        if key in seen and sentence not in out:
            out.append(sentence)
        seen.add(key)
    return tuple(out)


@lru_cache(maxsize=4096)
def _unpaired(text: str) -> tuple:
    out = [name for a, b, name in _PAIRS if text.count(a) != text.count(b)]
    if text.count("（") > text.count("）") or text.count("(") > text.count(")"):
        out.append("括号")
    return tuple(out)


def _heading_texts(ctx: Context) -> dict:
    """id(heading or case) -> (first text block, [texts]): a heading's own texts, a case's apart."""
    out = {}
    for node, block in ctx.blocks():
        if block.kind == "text" and block.text:
            holder = ctx.outline.case_of(block) or node
            out.setdefault(id(holder), (block, []))[1].append(block.text)
    return out


def check(ctx: Context) -> list[Finding]:
    out = []
    for first, texts in _heading_texts(ctx).values():
        twice = _repeats("\n".join(texts))
        if twice:
            quoted = "、".join(f"“{s}”" for s in twice)
            out.append(Finding("info", "R17.repeat", ctx.outline.block_place(first),
                               f"{ctx.outline.name(first)}把同一句话写了两次：{quoted}，请删去一处"))
    for text, place, where in ctx.texts():
        marks = _unpaired(text)
        if marks:
            out.append(Finding("info", "R17.quote", place,
                               f"{where}中的{'、'.join(marks)}不成对（缺少另一半），请补上或删去"))
    out += _tables(ctx)
    out += _plans(ctx)
    return out


def _tables(ctx: Context) -> list:
    out = []
    for block, caption, name in _captions(ctx):
        if caption[-1] in _CAPTION_END:
            out.append(Finding("info", "R19.caption", ctx.outline.block_place(block),
                               f"{name}的标题以“{caption[-1]}”结尾，请删去"))
        marks = _unpaired(caption)
        if marks:
            out.append(Finding("info", "R17.quote", ctx.outline.block_place(block),
                               f"{name}的标题中的{'、'.join(marks)}不成对（缺少另一半），请补上或删去"))
    for block in ctx.typed_tables():
        header = [normalise_text(str(c or "")) for c in block.data.get("columns") or []]
        for n, row in enumerate(block.data.get("rows") or [], start=1):
            cells = [normalise_text(str(c)) if c is not None else "" for c in row]
            if len(header) > 1 and cells[1:] == header[1:] and any(header[1:]):
                out.append(Finding("warning", "R18.header", ctx.outline.block_place(block),
                                   f"{ctx.table_name(block)}第{n}行重复了表头，请删去这一行"))
    return out


def _captions(ctx: Context):
    """(block, caption, how messages name it) of every captioned table, chart and photo."""
    for _, block in ctx.blocks():
        if block.kind in ("table", "chart") and (block.caption or "").strip():
            name = ctx.table_name(block) if block.kind == "table" else f"图表“{block.caption.strip()}”"
            yield block, block.caption.strip(), name
        elif block.kind == "photos":
            for item in block.data.get("items", ()):
                photo = ctx.data.photo(item.get("photo")) if item.get("photo") is not None else None
                caption = ((photo.caption if photo else "") or item.get("caption") or "").strip()
                if caption:
                    yield block, caption, f"图片“{caption}”"


def _plans(ctx: Context) -> list:
    out = []
    for _, case in ctx.data.document.cases():
        text = "\n".join(b.text for b in case.children if b.kind == "text")
        title = case.title.strip() or "（无标题）"
        m = _PLAN.search(text)
        if m:
            out.append(Finding("info", "R17.case.plan", ctx.outline.block_place(case),
                               f"案例“{title}”写的是“{m.group(0)}”，案例应写已经做了什么、取得了什么成效：请改写为实际结果"))
            continue
        contest = _CONTEST.search(text)
        if contest and not _OUTCOME.search(text):
            out.append(Finding("info", "R17.case.plan", ctx.outline.block_place(case),
                               f"案例“{title}”写了参加“{contest.group('what')}”，却没有写比赛的结果（名次或奖项）：请补上"))
            continue
        parts = _parts(text)
        if len(parts) >= 2 and any(_TEMPLATE.search(line[:12]) for line in parts) \
                and not any(_RESULTS.search(line) for line in parts):
            named = "、".join(f"“{line[:12]}”" for line in parts)
            out.append(Finding("info", "R17.case.plan", ctx.outline.block_place(case),
                               f"案例“{title}”的小标题为{named}，没有写成效的部分：案例应写清取得的成效（如加一段“成效”）"))
    return out


def _parts(text: str) -> list:
    """The case's top run-in headings (the highest level its lines use)."""
    found = _headings(text)
    top = min((mark[0] for mark, _ in found), default=None)
    return [line for mark, line in found if mark[0] == top]


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("text-shapes", check, {"document", "photos"}),)
