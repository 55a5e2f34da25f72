"""Rows of a free table that say more than once what they say once.

- R18.duplicate (warning): two rows alike in every cell but their 序号 — one entry listed twice
  (Anshan 数据表 6-1, rows 7 = 8 and 10 = 11 of its policy list).
- R2.same (hint): a row whose 占地面积 and 建筑面积 are the same figure (Anshan 数据表 1-4, 艺术学校
  4008 = 4008).  A school's floor area may well differ either way from its land, but the same
  number in both is most often one typed twice.
"""

import re

from vqdesk.core.findings import Finding
from vqdesk.core.kinds import normalise_text

from .context import Context
from .free_tables import plain

_SERIAL = re.compile(r"^(序号|编号|No\.?)$", re.I)
_LAND = re.compile(r"占地")
_FLOOR = re.compile(r"建筑面积")


def _number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _key(row, skip: set) -> tuple:
    return tuple(normalise_text(str(c)).replace(" ", "") if c is not None else ""
                 for i, c in enumerate(row) if i not in skip)


def check(ctx: Context) -> list[Finding]:
    out = []
    for block in ctx.typed_tables():
        columns = [str(c or "") for c in block.data.get("columns") or []]
        rows = block.data.get("rows") or []
        name = ctx.table_name(block)
        out += _twice(ctx, block, name, columns, rows) + _land_is_floor(ctx, block, name, columns, rows)
    return out


def _twice(ctx, block, name, columns, rows) -> list[Finding]:
    skip = {i for i, c in enumerate(columns) if _SERIAL.match(c.strip())}
    first: dict = {}
    out = []
    for n, row in enumerate(rows, 1):
        key = _key(row or [], skip)
        if sum(1 for cell in key if cell and cell != "—") < 2:
            continue                      # a row of one word or blanks says too little to compare
        if key in first:
            out.append(Finding("warning", "R18.duplicate", ctx.outline.block_place(block),
                               f"{name}第{n}行与第{first[key]}行内容相同（{'、'.join(c for c in key if c)[:40]}）："
                               "同一条目列了两次，请删去一行或改正"))
        else:
            first[key] = n
    return out


def _land_is_floor(ctx, block, name, columns, rows) -> list[Finding]:
    land = next((i for i, c in enumerate(columns) if _LAND.search(c)), None)
    floor = next((i for i, c in enumerate(columns) if _FLOOR.search(c)), None)
    if land is None or floor is None:
        return []
    out = []
    for n, row in enumerate(rows, 1):
        a = row[land] if land < len(row) else None
        b = row[floor] if floor < len(row) else None
        if _number(a) and _number(b) and a == b and a > 0:
            label = next((str(c) for c in row if isinstance(c, str) and c.strip()), f"第{n}行")
            out.append(Finding("info", "R2.same", ctx.outline.block_place(block),
                               f"{name}“{label}”的“{columns[land]}”和“{columns[floor]}”都是 {plain(a)}："
                               "两个面积相同，可能是把一个数填了两次，请核对"))
    return out


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("table-rows", check, {"document"}),)
