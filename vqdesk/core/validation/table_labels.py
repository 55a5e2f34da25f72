"""What a free table's caption and row labels promise (hints).

- R19.caption: a caption naming a column the table does not have: “…合规性评价等级表” with 学校 |
  得分 | 排名 and no 等级 (Anshan 数据表 7-3).  Only words that name a column (等级, 排名, 名次) are
  looked for: a caption's other words name its subject.
- R19.year: in a table of figures by year (近三年…: 2021 | 2022 | 2023 under each heading), one
  column of figures with no year (Anshan 数据表 1-2: 教职员工总数 1515 beside 专任教师 2021-2023):
  which year is it?
- R2.items: a row label holding several items apart by spaces (“钢铁及深加工 菱镁 专用车及零部件”,
  Anshan 数据表 3-3) beside one set of figures: are they the items' total or one item's?  Items
  listed with “、” (电工、焊工) are a written list and left alone.
"""

import re

from vqdesk.core.findings import Finding
from vqdesk.core.kinds import normalise_text

from .context import Context
from .free_tables import column_groups

#: Words of a caption that promise a column of that name, when they end it (…评价等级表,
#: …得分及排名): inside a term (职业技能等级认定考试信息表) they promise nothing.
COLUMN_WORDS = ("等级", "排名", "名次")
_ENDING = re.compile(r"(等级|排名|名次)(?:表|情况表?|一览表|统计表)?(?:[（(][^）)]*[）)])?$")
#: Two or more spaces between runs of CJK characters: three items or more in one cell.
_YEAR = re.compile(r"(?:19|20)\d\d")
_SERIAL = re.compile(r"^(序号|编号|序)$")
#: Columns that compare or sum the years, or hold a benchmark: no year of their own to name
#: (Liangzhou 表5's 国家标准, 超标幅度 and 年增幅; Benxi's 变化率).
_ACROSS_YEARS = re.compile(r"变化|增幅|增长|增减|同比|环比|标准|目标|超标|差值|差距|达标|平均|均值|排名|名次|合计|总计")
_ITEMS = re.compile(r"^[\u4e00-\u9fff]+(?:[ \u3000]+[\u4e00-\u9fff]+){2,}$")


def _number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def check(ctx: Context) -> list[Finding]:
    out = []
    for block in ctx.typed_tables():
        name = ctx.table_name(block)
        for header in _yearless(block):
            out.append(Finding("info", "R19.year", ctx.outline.block_place(block),
                               f"{name}的“{header}”一列没有注明年份，而其他数字分年度列出：请写明它是哪一年的数字"))
        columns = [normalise_text(str(c or "")) for c in block.data.get("columns") or []]
        caption = normalise_text(block.caption or "")
        ending = _ENDING.search(caption.replace(" ", ""))
        for word in [ending.group(1)] if ending else []:
            if not any(word in c for c in columns):
                out.append(Finding("info", "R19.caption", ctx.outline.block_place(block),
                                   f"{name}的标题写有“{word}”，表中却没有“{word}”一列：请补上这一列，或改正标题"))
        for row in block.data.get("rows") or []:
            label = next((c for c in row or [] if isinstance(c, str) and c.strip()), None)
            if label and _ITEMS.match(label.strip()) and any(_number(c) for c in row):
                items = "、".join(label.split())
                out.append(Finding("info", "R2.items", ctx.outline.block_place(block),
                                   f"{name}一行写了几项（{items}），却只有一组数字：请分行列出，或注明数字是几项的合计"))
    return out


def _yearless(block) -> list:
    """Headers of the figure columns with no year in a table whose other figures are by year."""
    columns, rows, groups = block.data.get("columns") or [], block.data.get("rows") or [], column_groups(block)
    dated = [c for c, h in enumerate(columns) if _YEAR.search(f"{groups[c]}{h}")]
    if len(dated) < 2:
        return []
    figures = [c for c in range(len(columns)) if any(c < len(r) and _number(r[c]) for r in rows)]
    return [str(columns[c]) for c in figures if c not in dated and not _SERIAL.match(str(columns[c]).strip())
            and not _ACROSS_YEARS.search(f"{groups[c]}{columns[c]}")]


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("table-labels", check, {"document"}),)
