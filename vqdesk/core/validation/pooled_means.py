"""R16.pooled (hints): a text's “平均” rate that is the pooled ratio of a table's counts, not the
mean of its rows' rates.

Liangzhou writes “学生文化课合格率平均达到 88.62%”: 88.62% is 8233 ÷ 9290, all schools' 合格 over all
their 参加 — the overall rate.  The mean of the schools' own rates is another figure; “平均” names
that one, so a reader takes the overall rate for it.  The hint gives both figures, so the text can
say 总体 (or quote the mean).

The counts come from a free table with one row per school (or major, class): a header group named
as the rate (“文化课合格率” over 参加人数 / 合格人数), or a column named with the rate's word
(“合格人数”) beside the column it is counted out of.  A table of years is a time series, not rows
to average, and is left alone.
"""

import re

from vqdesk.core.findings import Finding
from vqdesk.core.kinds import normalise_text

from .context import Context, tolerance
from .free_tables import TOTALS, SUBTOTALS, plain, row_label

_AVERAGE = re.compile(r"(?P<name>[\u4e00-\u9fff]{1,10}?率)\s*平均(?:值)?(?:为|是|达|达到|在)?\s*"
                      r"(?P<v>\d+(?:\.\d+)?)\s*[%％]"
                      r"|平均(?P<name2>[\u4e00-\u9fff]{1,10}?率)(?:为|是|达|达到|在)?\s*(?P<v2>\d+(?:\.\d+)?)\s*[%％]")
_YEAR_ROW = re.compile(r"^(?:20\d\d)\s*(?:年度?|届|学年)?")
_BRACKETS = re.compile(r"[（(][^）)]*[）)]")
MIN_ROWS = 2


def check(ctx: Context) -> list[Finding]:
    claims = ctx.memo("average-rates", _claims)
    if not claims:
        return []
    out = []
    for block in ctx.typed_tables():
        rows = _rows(block)
        if len(rows) < MIN_ROWS:
            continue
        for words, value, written, place, where in claims:
            pair = _pair(block, words)
            if pair is None:
                continue
            message = _compare(ctx, block, rows, pair, value, written, where)
            if message:
                out.append(Finding("info", "R16.pooled", place, message))
    return out


def _claims(ctx: Context) -> list:
    """(the words ending in 率, value, as written, place, where) of every “…率平均…%” of the
    texts; the words may start with others (“注重学生文化课合格率”): a table's label ends them."""
    out = []
    for text, place, where in ctx.texts():
        if "平均" not in text or "率" not in text:
            continue
        for m in _AVERAGE.finditer(text):
            name = m.group("name") or m.group("name2")
            written = m.group("v") or m.group("v2")
            if len(name) >= 3:
                out.append((name, float(written), written, place, where))
    return out


def _rows(block) -> list:
    """The rows to average: neither totals nor years."""
    rows = []
    for row in block.data.get("rows") or []:
        label = normalise_text(row_label(row)) if row else ""
        if not label or label in TOTALS or label in SUBTOTALS:
            continue
        if _YEAR_ROW.match(label):
            return []
        rows.append(row)
    return rows


def _label(text) -> str:
    return _BRACKETS.sub("", normalise_text(str(text or "")))


def _pair(block, words: str):
    """(denominator column, numerator column, the rate's name) of the counts the rate `words`
    end with is a ratio of, or None."""
    d = block.data
    columns = [_label(h) for h in d.get("columns") or []]
    start = 0
    for group in d.get("header_groups") or []:
        span = group.get("span", 1)
        label = _label(group.get("label"))
        if span >= 2 and len(label) >= 3 and label.endswith("率") and words.endswith(label):
            return start, start + 1, label
        start += span
    word = words[-3:-1]                     # 合格率 -> 合格, 获取率 -> 获取
    hits = [c for c, h in enumerate(columns) if c >= 2 and word in h]
    if len(hits) != 1:
        return None
    # the subject before the rate's word, as the column writes it: 文化课合格人数 -> 文化课合格率
    subject = columns[hits[0]].split(word)[0]
    if subject and not words[:-3].endswith(subject):
        return None
    return hits[0] - 1, hits[0], subject + word + "率"


def _counts(rows, column: int) -> list | None:
    values = [row[column] if column < len(row) else None for row in rows]
    if all(isinstance(v, (int, float)) and not isinstance(v, bool) and v >= 0 for v in values):
        return values
    return None


def _compare(ctx: Context, block, rows, pair, value: float, written: str, where: str):
    den_col, num_col, name = pair
    dens, nums = _counts(rows, den_col), _counts(rows, num_col)
    if not dens or not nums or any(d <= 0 or n > d for d, n in zip(dens, nums)):
        return None
    pooled = 100 * sum(nums) / sum(dens)
    mean = 100 * sum(n / d for d, n in zip(dens, nums)) / len(dens)
    slack = tolerance(value, "percent")
    if abs(value - pooled) > slack or abs(value - mean) <= slack:
        return None
    columns = block.data.get("columns") or []
    num_name, den_name = _label(columns[num_col]), _label(columns[den_col])
    return (f"{where}写{name}平均 {written}%，这是{ctx.table_name(block)}中{num_name}之和除以{den_name}之和"
            f"（{plain(sum(nums))} ÷ {plain(sum(dens))} = {pooled:.2f}%），即总体的{name}；"
            f"表中 {len(rows)} 行各自{name}的平均为 {mean:.2f}%：请写明是总体{name}，或改用各行的平均值")


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("pooled-means", check, {"document"}),)
