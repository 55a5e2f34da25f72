"""R16.scope (warning): a 生均 figure whose total leaves a school out while its students stay in
the base.

A district report may say that one school's figures are not counted (Liangzhou 2023, 1.2: 武威师范
学校's “校园校舍” data “不在统计之内”) and still share the total out over every student:
校舍建筑面积 365701.81 ÷ 10266 = 35.62 平方米, with the school's 928 students among the 10266.
Over the students the total counts, 365701.81 ÷ 9338 = 39.16.  Which base is right is the
report's choice, but the two figures cannot both follow from what it says.

The school's students come from a text (“武威师范学校928人”) or a per-school table; all students
from the six tables' 在校生 of the report year.  Only the rows the exclusion names are checked
(校园校舍: 占地, 校舍), or every 生均 row when it names the whole 办学条件.
"""

import re

from vqdesk.core.findings import Finding

from .context import Context, decimals_of
from .free_tables import column_groups, plain, row_label
from .statements import STORED_COUNTS, _cell_year

_EXCLUDED = re.compile(r"不在统计之内|不在统计范围|未计入|不计入|未统计在内|未纳入统计|不含在内")
_SCHOOL = re.compile(r"[\u4e00-\u9fff]{2,14}?(?:学校|中专|职专|学院|中心)")
_GENERIC = ("各", "全", "所有", "本", "该", "其", "中职", "职业学校")
#: Words of an exclusion and the rows they reach: "" is every row.
KINDS = (("校园校舍", ("占地", "校舍")), ("校舍", ("校舍",)), ("占地", ("占地",)), ("办学条件", ("",)))
#: How far the base found may be from the students, relatively (a rounded 生均 fits a range).
SLACK = 0.003


def _exclusions(ctx: Context) -> list:
    """(school, row words, where) of every sentence saying a school's figures are not counted."""
    out = []
    for text, _, where in ctx.texts():
        if not _EXCLUDED.search(text):
            continue
        for sentence in re.split(r"[。！？]", text):
            if not _EXCLUDED.search(sentence):
                continue
            school = next((m.group(0) for m in _SCHOOL.finditer(sentence) if not m.group(0).startswith(_GENERIC)),
                          None)
            words = next((rows for word, rows in KINDS if word in sentence), None)
            if school and words:
                what = next(word for word, _ in KINDS if word in sentence)
                out.append((school, words, what, where))
    return out


def _students_of(ctx: Context, school: str):
    """The school's students as a text or a per-school table gives them, or None."""
    said = re.compile(re.escape(school) + r"[^，。；0-9]{0,6}?(\d+)\s*(?:名|人)")
    for text, _, _ in ctx.texts():
        if school in text:
            m = said.search(text)
            if m:
                return int(m.group(1))
    for block in ctx.typed_tables():
        columns = block.data.get("columns") or []
        at = next((c for c, h in enumerate(columns) if "在校生" in str(h or "")), None)
        for row in block.data.get("rows") or [] if at is not None else []:
            if school in (str(c or "") for c in row[:at]) and _positive(row[at] if at < len(row) else None):
                return row[at]
    return None


def _positive(cell) -> bool:
    return isinstance(cell, (int, float)) and not isinstance(cell, bool) and cell > 0


def _pairs(ctx: Context, block) -> list:
    """(total column, 生均 column) of the report year."""
    columns, groups = block.data.get("columns") or [], column_groups(block)
    years = [c for c, h in enumerate(columns) if _cell_year(h) == ctx.data.year]
    per = [c for c in years if "生均" in f"{groups[c]}{columns[c]}"]
    total = [c for c in years if "生均" not in f"{groups[c]}{columns[c]}"]
    return [(total[0], per[0])] if per and total else []


def check(ctx: Context) -> list[Finding]:
    exclusions = _exclusions(ctx)
    counted = STORED_COUNTS["在校生"]
    if not exclusions or not ctx.edition.has_indicator(counted) or not _positive(ctx.number(counted)):
        return []
    everyone, out = ctx.number(counted), []
    for school, words, what, where in exclusions:
        left_out = _students_of(ctx, school)
        if not left_out or left_out >= everyone:
            continue
        for block in ctx.typed_tables():
            for total, per in _pairs(ctx, block):
                for row in block.data.get("rows") or []:
                    finding = _row(ctx, block, row, total, per, (school, words, what, where, left_out, everyone))
                    if finding:
                        out.append(finding)
    return out


def _row(ctx, block, row, total, per, exclusion):
    school, words, what, where, left_out, everyone = exclusion
    label = row_label(row)
    if not any(w in label for w in words) or max(total, per) >= len(row):
        return None
    amount, share = row[total], row[per]
    if not (_positive(amount) and _positive(share)):
        return None
    places = decimals_of(share)
    if abs(amount / share - everyone) > SLACK * everyone or round(amount / everyone, places) != share:
        return None
    counted = everyone - left_out
    better = round(amount / counted, places)
    return Finding("warning", "R16.scope", ctx.outline.block_place(block),
                   f"{ctx.table_name(block)}“{label}”的生均值 {plain(share)} 是 {plain(amount)} ÷ {plain(everyone)}"
                   f"（全部在校生），而{where}写明{school}的“{what}”数据不在统计之内：分母仍含该校的 {plain(left_out)} 人。"
                   f"按统计在内的 {plain(counted)} 人计为 {plain(better)}；请统一口径，或在表注中说明")


# -- R16.scope-mixed -----------------------------------------------------------------------------
_SUFFIX = re.compile(r"(?:学校|中专|职专|学院|中心)$")
_INCLUDED = "(?:（|\\()?(?<![不未])(?:含|包括|包含)"


def check_mixed(ctx: Context) -> list[Finding]:
    """A school left out of some figures and said to be in others: each table's scope differs.

    Liangzhou 2023: 1.2 leaves 武威师范学校's 校园校舍 out of the totals, while 3.4's 数字化校园
    figures are “各中等职业学校（含武威师范学校）”.  Both may be right, but a reader cannot tell which
    table counts the school unless each one says so.
    """
    out = []
    for school, _, what, where in _exclusions(ctx):
        stem = _SUFFIX.sub("", school)
        said = re.compile(_INCLUDED + "(?:" + re.escape(school) + "|" + re.escape(stem) + ")" if len(stem) >= 3
                          else _INCLUDED + re.escape(school))
        for text, place, there in ctx.texts():
            if there != where and said.search(text):
                out.append(Finding("info", "R16.scope-mixed", place,
                                   f"{where}写明{school}的“{what}”数据不在统计之内，{there}的数字却含{school}：各项的"
                                   "统计范围不同，请在每张表的表注或正文中写明是否含该校"))
                break
    return out


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("scope-excluded", check, {"document", "values", "report"}), ("scope-mixed", check_mixed, {"document"}))
