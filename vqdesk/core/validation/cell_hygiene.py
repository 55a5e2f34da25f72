"""Leftovers of typing, pasting and converting in texts and free tables' cells (hints).

- R17.markup: web markup left by a conversion — <br>, </p>, <sup>2</sup>, &nbsp; — in a text, a
  caption, a header or a cell (Jinzhou 2025 案例12's cells; Liangzhou 2023 “m <sup>2</sup>” in 单位).
- R17.space: a space splitting a short word of a table's header or text cell: “招 生数”, “合 计”,
  “孔露 露” (Liangzhou I-28, Jinzhou #43, a name wrapped at a line's end).  Only a word of at most
  SHORT_WORD characters split once, with one character on one side: “省赛 二等奖” and “朱盛义
  栗田辉” are two words, a two-character name padded to three in a names column (“刘 敏”, Anshan
  数据表 1-3) is a typesetting habit, and a label of three items apart by spaces is R2.items'.
- R16.unit-cell: a column of figures whose cells carry their unit (“2 次”, “5家”; Benxi 2024
  表2.1.6, 表6.3), or a rate column where some cells carry “%” and others not (表7.2 “14.93%” and
  “0”).  A cell whose unit differs from the one its row or column names is R16.unit's (cell_units).
- R18.fragment: a row of a table of figures holding one or two characters and nothing else (Benxi
  表1.1's “中”, a merged cell split by a conversion).
- R18.separator: names in one table's name columns apart by different marks (Benxi 表6.4 spaces and
  “、”; Anshan 数据表 2-1 “、” and “,”).
- R18.duplicate-item: one item listed twice in a cell's numbered list (Anshan 数据表 2-2, items 4 = 5).
  R18.duplicate (table_rows) compares whole rows.
"""

import re

from vqdesk.core.findings import Finding
from vqdesk.core.kinds import normalise_text

from .cell_units import _label_before, _norm, _unit_of_label
from .context import Context
from .free_tables import plain

_TAG = re.compile(r"<\s*(/?)\s*(br|p|sup|sub|span|div|font|b|i|u|em|strong|td|tr|th|table|li|ul|ol|h[1-6])\b[^<>]*>",
                  re.I)
#: A superscript or subscript with the letters before it: “m <sup>2</sup>”, “CO<sub>2</sub>”.
_SCRIPT = re.compile(r"([A-Za-z]{0,3})\s*<\s*(sup|sub)\s*>\s*([0-9+-]{1,3})\s*<\s*/\s*\2\s*>", re.I)
_ENTITY = re.compile(r"&(?:nbsp|ensp|emsp|amp|lt|gt|quot|#\d{1,5}|#x[0-9a-f]{1,4});", re.I)
_ANY = re.compile(f"{_TAG.pattern}|{_ENTITY.pattern}", re.I)
_ENTITY_CHAR = {"&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": "\""}
_UP, _DOWN = str.maketrans("0123456789+-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻"), str.maketrans("0123456789+-", "₀₁₂₃₄₅₆₇₈₉₊₋")
_AREA = {"2": "平方米", "3": "立方米"}
#: The longest word a stray space is looked for in (“孔露 露” is 3, “招 生数” 3).
SHORT_WORD = 6
_ITEM_SPLIT = re.compile(r"[、，,；;：:/／（）()\[\]【】\n]")
_SPLIT_WORD = re.compile(r"^([\u4e00-\u9fff]+)[ \u3000]+([\u4e00-\u9fff]+)$")
_NUMBER = r"[+-]?\s*\d[\d,]*(?:\.\d+)?"
_BARE = re.compile(rf"^\s*{_NUMBER}\s*$")
_PERCENT = re.compile(rf"^\s*{_NUMBER}\s*[%％]\s*$")
_UNITS = "人次|人|名|次|个|项|所|家|门|学时|课时|万元|元|天|台|套|册|件|间|场|期|篇|本|亩|平方米|m²|㎡"
_WITH_UNIT = re.compile(rf"^\s*{_NUMBER}\s*[余多]?\s*(?P<unit>{_UNITS})\s*$")
_NOTHING = {"—", "-", "/", "／", "无", "——"}
_FIGURE_START = frozenset("0123456789+-")
_RATE = re.compile(r"率|比例|占比|百分比|比重|增幅|降幅|增长")
_CJK_ONLY = re.compile(r"^[\u4e00-\u9fff]{1,2}$")
_TOTALS = ("合计", "总计", "小计")
#: Headers of columns that list people: their cells are names.
_PEOPLE = re.compile(r"教师|学生|人员|姓名|成员|负责人|指导|选手|师傅|徒弟|主持人|作者|发明人|名单|参与人|获奖人|专家|导师")
_NAME_SEP = re.compile(r"\s*[、，,；;/／]\s*|\s+")
_NAME = re.compile(r"^[\u4e00-\u9fff·]{2,5}$")
_SEP_WORDS = {"、": "“、”", "，": "“，”", ",": "半角逗号“,”", "；": "“；”", ";": "半角分号“;”", "/": "“/”",
              "／": "“／”", " ": "空格"}
_NUMBERED = re.compile(r"(?:^|(?<=[；;。，,\s]))\s*(\d{1,2})\s*[.、．]\s*(?!\d)")
MIN_ITEM = 4


def check(ctx: Context) -> list[Finding]:
    out = []
    for text, place, where in ctx.texts():
        marks = _markup(text) if "<" in text or "&" in text else []
        if marks:
            out.append(Finding("info", "R17.markup", place, f"{where}中有网页标记（HTML）：{'；'.join(marks)}"))
    for block in ctx.typed_tables():
        d = block.data
        columns = [str(c or "") for c in d.get("columns") or []]
        rows = [row or [] for row in d.get("rows") or []]
        name, place = ctx.table_name(block), ctx.outline.block_place(block)
        found = [*_table_markup(block, columns, rows), *_spaces(d, columns, rows), *_units(columns, rows),
                 *_fragments(rows), *_separators(columns, rows), *_twice_in_cell(columns, rows)]
        out += [Finding("info", rule, place, name + message) for rule, message in found]
    return out


# -- R17.markup ---------------------------------------------------------------------------------
def _markup(text: str) -> list:
    """“quoted mark”请改为… for each kind of mark in `text`, in order, once."""
    if not _ANY.search(text):
        return []                                      # a “<” or “&” of plain writing (生师比<20)
    out, seen = [], set()

    def add(mark: str, advice: str):
        if mark not in seen:
            seen.add(mark)
            out.append(f"“{mark}”{advice}")
    for m in _SCRIPT.finditer(text):
        base, digits = m.group(1), m.group(3)
        written = base + digits.translate(_UP if m.group(2).lower() == "sup" else _DOWN)
        also = f"或“{_AREA[digits]}”" if base.lower() == "m" and m.group(2).lower() == "sup" and digits in _AREA else ""
        add(m.group(0).strip(), f"请改为“{written}”{also}")
    rest = _SCRIPT.sub("", text) if seen else text
    for m in _TAG.finditer(rest):
        tag = f"<{'/' if m.group(1) else ''}{m.group(2).lower()}>"      # attributes left out
        add(tag, "请删去（需要换行就直接换行）" if tag.startswith("<br") else "请删去")
    for m in _ENTITY.finditer(rest):
        entity = m.group(0).lower()
        char = _ENTITY_CHAR.get(entity)
        add(m.group(0), f"请改为“{char}”" if char else "请改为空格或删去")
    return out


def _table_markup(block, columns, rows):
    places, marks = [], []
    cells = [("的标题", block.caption or "")] + [(f"的表头“{c}”", c) for c in columns]
    cells += [(f"第{n}行“{columns[c] if c < len(columns) else c + 1}”列", cell) for n, row in enumerate(rows, 1)
              for c, cell in enumerate(row) if isinstance(cell, str) and ("<" in cell or "&" in cell)]
    for where, text in cells:
        found = _markup(text) if "<" in text or "&" in text else []
        if found:
            places.append(where)
            marks += [m for m in found if m not in marks]
    if places:
        where = places[0] + (f"等 {len(places)} 处" if len(places) > 1 else "")
        yield "R17.markup", f"{where}有网页标记（HTML）：{'；'.join(marks)}"


# -- R17.space ----------------------------------------------------------------------------------
#: Two-character words of table headers that a stray space inside a longer header cuts in two
#: (Liangzhou 表2 “辖区内学校招 生数(人)”).
HEADER_WORDS = frozenset({"招生", "在校", "毕业", "合计", "项目", "人数", "总数", "学生", "教师", "年度", "数量",
                          "比例", "名称", "序号", "专业", "学校", "金额", "面积", "单位"})
_CUT = re.compile(r"([\u4e00-\u9fff])[ \u3000]([\u4e00-\u9fff])")


def _split_words(text: str) -> list:
    out = []
    for item in _ITEM_SPLIT.split(text):
        m = _SPLIT_WORD.match(item.strip())
        if m and len(m.group(1)) + len(m.group(2)) <= SHORT_WORD and min(len(m.group(1)), len(m.group(2))) == 1:
            out.append(item.strip())
        elif any(a + b in HEADER_WORDS for a, b in _CUT.findall(item)):
            out.append(item.strip())
    return out


def _spaces(d, columns, rows):
    labels = [("表头", c, False) for c in columns]
    labels += [("表头", g.get("label") or "", False) for g in d.get("header_groups") or []]
    people = [bool(_PEOPLE.search(c)) for c in columns]
    labels += [(f"第{n}行", cell, c < len(people) and people[c]) for n, row in enumerate(rows, 1)
               for c, cell in enumerate(row) if isinstance(cell, str) and (" " in cell or "\u3000" in cell)]
    # a two-character name padded to three in a names column (“刘 敏”) is a typesetting habit
    words = [(where, w) for where, text, names in labels if " " in text or "\u3000" in text
             for w in _split_words(text) if not (names and len(w.split()) == 2 and len(w) == 3)]
    if words:
        quoted = "、".join(f"{where}“{w}”" for where, w in words)
        fixed = re.sub(r"[ \u3000]+", "", words[0][1])
        yield "R17.space", f"中有词语被空格隔开：{quoted}：请删去空格（如“{fixed}”），表格会自行对齐"


# -- R16.unit-cell ------------------------------------------------------------------------------
def _kind(cell):
    """("bare" | "percent" | "unit" | "skip" | "other", unit) of a filled cell; None if blank."""
    if cell is None or (isinstance(cell, str) and not cell.strip()):
        return None
    if isinstance(cell, (int, float)) and not isinstance(cell, bool):
        return "bare", None
    text = str(cell).strip()
    if text in _NOTHING:
        return "skip", None
    if text[0] not in _FIGURE_START:
        return "other", None                           # most text cells: no pattern to try
    if _BARE.match(text):
        return "bare", None
    if _PERCENT.match(text):
        return "percent", "%"
    m = _WITH_UNIT.match(text)
    if m:
        return "unit", m.group("unit")
    return "other", None


def _figures(rows, c: int) -> list:
    """(row, kind) of a column of figures' filled cells, some with a unit or %; [] otherwise."""
    kinds = []
    for row in rows:
        kind = _kind(row[c]) if c < len(row) else None
        if kind is not None:
            if kind[0] == "other":
                return []                              # words: not a column of figures
            kinds.append((row, kind))
    return kinds if any(k[0] in ("unit", "percent") for _, k in kinds) else []


def _units(columns, rows):
    by_unit, redundant = {}, []
    for c, header in enumerate(columns):
        kinds = _figures(rows, c)
        if not kinds:
            continue
        carried, loose = {}, []                   # unit -> cells; cells whose labels name no unit
        for row, (kind, unit) in kinds:
            if kind != "unit":
                continue
            label_unit = _unit_of_label(_label_before(row, c)) or _unit_of_label(header)
            if label_unit and _norm(label_unit) != _norm(unit):
                continue                               # R16.unit: another unit than the label's
            carried.setdefault(unit, []).append(str(row[c]).strip())
            if not label_unit:
                loose.append((row, unit))
        if sum(len(v) for v in carried.values()) < 2:
            pass                                       # one cell with a unit may be a note
        elif not loose:
            redundant.append((header, next(iter(carried.values()))[0]))
        elif len(carried) == 1:
            (unit, cells), = carried.items()
            by_unit.setdefault(unit, []).append((header, cells[0]))
        else:
            label = _label_before(loose[0][0], c) or "各行名称"
            yield "R16.unit-cell", (f"“{header}”列的数字带着不同的单位（{'、'.join(carried)}）：请把单位写进各行的名称"
                                    f"（如“{label}（{loose[0][1]}）”），单元格只填数字，才能合计和核对")
        percent = [str(row[c]).strip() for row, k in kinds if k[0] == "percent"]
        bare = [str(row[c]).strip() if isinstance(row[c], str) else plain(row[c]) for row, k in kinds if k[0] == "bare"]
        if percent and bare and _RATE.search(header):
            yield "R16.unit-cell", (f"“{header}”列有的数字带“%”（{percent[0]}），有的不带（{bare[0]}）：请统一写法，"
                                    f"把“%”写进表头（如“{header.strip()}（%）”），单元格只填数字")
    for unit, cols in by_unit.items():
        heads = "".join(f"“{h}”" for h, _ in cols)
        example = f"“{cols[0][0].strip()}（{unit}）”" if len(cols) == 1 else f"标题后加“（单位：{unit}）”"
        yield "R16.unit-cell", (f"{heads}列的数字都带着单位“{unit}”（如“{cols[0][1]}”）：请把单位在表头写一次"
                                f"（如{example}），单元格只填数字，才能合计和核对")
    if redundant:
        heads = "".join(f"“{h}”" for h, _ in redundant)
        yield "R16.unit-cell", (f"{heads}列的单位已写在表头或行名中，单元格又写了一次（如“{redundant[0][1]}”）："
                                "请删去单元格中的单位，只填数字")


# -- R18.fragment -------------------------------------------------------------------------------
def _fragments(rows):
    if len(rows) < 3 or max((len(r) for r in rows), default=0) < 3:
        return
    alone = [(n, filled[0].strip()) for n, row in enumerate(rows, 1)
             for filled in [[cell for cell in row if cell is not None and str(cell).strip()]]
             if len(filled) == 1 and isinstance(filled[0], str) and _CJK_ONLY.match(filled[0].strip())
             and filled[0].strip() not in _TOTALS]
    if not alone or sum(1 for row in rows if sum(1 for cell in row if _kind(cell) == ("bare", None)) >= 2) < 2:
        return                                         # no fragment, or not a table of figures
    for n, text in alone:
        yield "R18.fragment", (f"第{n}行只有“{text}”{'一个字' if len(text) == 1 else '两个字'}，其余各格都是空的："
                               "像是合并单元格拆开时留下的残字，请删去这一行，或把字并回它所属的格")


# -- R18.separator ------------------------------------------------------------------------------
def _separators(columns, rows):
    people = [c for c, header in enumerate(columns) if _PEOPLE.search(header)]
    if not people:
        return
    used = {}                                          # mark -> ([columns], first cell)
    for row in rows:
        for c in people:
            cell = row[c] if c < len(row) else None
            if not isinstance(cell, str):
                continue
            parts = _NAME_SEP.split(cell.strip())
            if len(parts) < 2 or not all(_NAME.match(p) for p in parts):
                continue                               # not a list of names
            for m in _NAME_SEP.finditer(cell.strip()):
                mark = m.group(0).strip() or " "
                heads, _ = used.setdefault(mark, ([], cell.strip()))
                if columns[c] not in heads:
                    heads.append(columns[c])
    if len(used) >= 2:
        parts, shown = [], set()
        for mark, (heads, cell) in used.items():
            example = "" if cell in shown else f"，如“{cell[:20]}”"      # one cell with both marks: quoted once
            shown.add(cell)
            parts.append(f"有的用{_SEP_WORDS.get(mark, mark)}（{''.join(f'“{h}”' for h in heads)}列{example}）")
        yield "R18.separator", f"中人名之间的分隔不统一：{'，'.join(parts)}：请统一用“、”"


# -- R18.duplicate-item -------------------------------------------------------------------------
def _items(text: str) -> list:
    """(number, item) of a cell's numbered list (“1.…；2.…”), else of its “；” list."""
    marks = list(_NUMBERED.finditer(text))
    if len(marks) >= 3:
        ends = [m.start() for m in marks[1:]] + [len(text)]
        return [(m.group(1), text[m.end():end]) for m, end in zip(marks, ends)]
    parts = [p for p in re.split(r"[；;]", text) if p.strip()]
    return [(str(i), p) for i, p in enumerate(parts, 1)] if len(parts) >= 3 else []


def _twice_in_cell(columns, rows):
    for n, row in enumerate(rows, 1):
        for c, cell in enumerate(row):
            if not isinstance(cell, str) or len(cell) < 3 * MIN_ITEM or not ("2" in cell or "；" in cell or ";" in cell):
                continue                               # too short for three items, or no list
            seen, pairs = {}, []
            for number, item in _items(cell):
                key = normalise_text(item).rstrip("；;。，,、")
                if len(key) < MIN_ITEM:
                    continue
                if key in seen:
                    pairs.append(f"第{seen[key]}项与第{number}项（“{item.strip().rstrip('；;。，,、')}”）")
                else:
                    seen[key] = number
            if pairs:
                label = next((str(x).strip() for x in row if isinstance(x, str) and x is not cell and x.strip()
                              and not _BARE.match(x)), "")
                where = f"“{label}”行" if label else f"第{n}行"
                header = columns[c] if c < len(columns) else f"第{c + 1}"
                yield "R18.duplicate-item", (f"{where}“{header}”列把同一项列了两次：{'、'.join(pairs)}："
                                             "请删去重复的一项或改正（项目数也要随之核对）")


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("cell-hygiene", check, {"document"}),)
