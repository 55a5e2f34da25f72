"""Claims a reader cannot check, or that the report's own figures contradict.

- R16.spending: the report states 项目支出 0 万元 (a text or a free table) while a text cites
  money invested in projects (投资387万元…).  A hint when the investment names no year (it may be
  an earlier year's), a warning when it says it is this year's.
- R16.change: a change claimed in percent (“较上年提升10%”, a table cell “完善度提升 40%”) with
  no figure in its clause or row to start from: a hint to give both values, and to say whether a
  rate moved by percent or by percentage points.
- R16.times: “效率提升约2倍” beside the two figures it comes from (30 秒 → 10 秒 is 3 times the
  output): “提升2倍” reads as ×2 or as +200 %, so the hint gives the ratio; a multiple that is
  neither reading is a warning.
"""

import functools
import re

from vqdesk.core.binding import TOKEN_RE
from vqdesk.core.findings import Finding

from .context import Context
from .free_tables import plain, row_label
from .rates import _texts
from .statements import _is_number

_ZERO_SPENDING = re.compile(r"项目支出(?:为|是|共|计|合计)?\s*0(?:\.0+)?\s*万?元")
_INVESTED = re.compile(r"(?:总投资|投资|投入资金|投入|建设资金|专项资金)(?:约|近|共|累计|达)?\s*(?P<n>\d+(?:\.\d+)?)\s*(?P<u>万元|亿元)")
_THIS_YEAR = ("本年度", "本学年", "今年", "年内")
_CLAUSE = re.compile(r"[。；;！？\n]")
_CHANGE = re.compile(r"(?:较上年|同比|比上年|较去年|较改革前)?(?P<verb>提升|提高|增长|增加|上升|下降|降低|减少|缩短)"
                     r"(?:了)?(?:约|近)?\s*(?P<n>\d+(?:\.\d+)?)\s*[%％]")
_LABEL_END = re.compile(r"[，,：:、\d]")
_TIMES = re.compile(r"(?P<verb>提升|提高|增长|增加)(?P<to>到|至|为)?(?:了)?(?:原来的)?(?:约|近)?\s*(?P<n>\d+(?:\.\d+)?)\s*倍")
_DURATION = re.compile(r"(?P<n>\d+(?:\.\d+)?)\s*(?P<u>秒|分钟|小时|天)")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def check(ctx: Context) -> list[Finding]:
    return [*_spending(ctx), *_changes(ctx), *_table_changes(ctx), *_times(ctx)]


# -- 项目支出 0 against investments -------------------------------------------------------------------

def _zero_spending(ctx: Context):
    """(place, where) of the first statement of 项目支出 0, in a text or a free table."""
    for text, where in _texts(ctx):
        if "项目支出" in text and _ZERO_SPENDING.search(TOKEN_RE.sub("〔字段〕", text)):
            return where()
    for _, block in ctx.blocks():
        if block.kind == "table" and block.data.get("source") is None:
            for row in block.data.get("rows") or []:
                numbers = [v for v in row[1:] if _is_number(v)]
                if "项目支出" in row_label(row) and numbers and all(v == 0 for v in numbers):
                    return ctx.outline.block_place(block), f"表格“{block.caption}”" if block.caption else "表格"
    return None


def _spending(ctx: Context):
    zero = _zero_spending(ctx)
    if zero is None:
        return []
    place, zero_where = zero
    invested, this_year = [], False
    for text, where in _texts(ctx):
        plain_text = TOKEN_RE.sub("〔字段〕", text)
        for m in _INVESTED.finditer(plain_text):
            clause = _CLAUSE.split(plain_text[:m.start()])[-1]
            this_year = this_year or any(w in clause for w in _THIS_YEAR) or f"{ctx.data.year}年" in clause
            invested.append((f"{m.group('n')}{m.group('u')}", where()[1]))
    if not invested:
        return []
    said = "、".join(f"{where}的 {amount}" for amount, where in invested)
    if this_year:
        return [Finding("warning", "R16.spending", place,
                        f"{zero_where}写有项目支出 0 万元，但正文写到本年度的项目投入（{said}），两者不一致，请核对经费支出")]
    return [Finding("info", "R16.spending", place,
                    f"{zero_where}写有项目支出 0 万元，而正文写有项目投入（{said}）：若这些投入属于本年度，项目支出不应为 0；"
                    "若属于往年，请在正文中写明年份")]


# -- changes with nothing to start from ---------------------------------------------------------------------

def _baseless(clause: str, m) -> bool:
    """The clause gives no figure besides the change itself (years and the change excluded)."""
    rest = clause[:m.start("n")] + clause[m.end("n"):]
    rest = re.sub(r"20\d\d\s*[-—–至~]?\s*(?:20\d\d)?\s*(?:年|学年|届)", "", rest)
    return not _NUMBER.search(rest)


def _said(text: str, m) -> str:
    """The change with the words before it in its clause: “高级工获取率较上年提升10%”."""
    head = _LABEL_END.split(text[max(0, m.start() - 12):m.start()])[-1]
    return (head + m.group(0)).strip()


@functools.lru_cache(maxsize=2048)
def baseless_changes(text: str) -> tuple:
    plain_text = TOKEN_RE.sub("〔字段〕", text)
    return tuple(_said(clause, m) for clause in _CLAUSE.split(plain_text) if "%" in clause or "％" in clause
                 for m in _CHANGE.finditer(clause) if _baseless(clause, m))


def _changes(ctx: Context):
    for text, where in _texts(ctx):
        found = baseless_changes(text)
        if found:
            place, name = where()
            yield Finding("info", "R16.change", place,
                          f"{name}写有“{'”、“'.join(found)}”，但没有给出变化前后的数值，读者无法核对；"
                          "请写明基数（上年或改革前的数值），比率的变化请注明是百分点还是百分比")


def _table_changes(ctx: Context):
    for block in ctx.typed_tables():
        found = []
        for row in block.data.get("rows") or []:
            for c, cell in enumerate(row):
                if not isinstance(cell, str):
                    continue
                others = " ".join(str(x) for k, x in enumerate(row) if k != c and x is not None)
                found += [_said(cell, m) for m in _CHANGE.finditer(cell)
                          if _baseless(cell, m) and not _NUMBER.search(re.sub(r"20\d\d\s*[-—–至~]?\s*(?:20\d\d)?\s*学?年", "",
                                                                               others))]
        if found:
            name = ctx.table_name(block)
            yield Finding("info", "R16.change", ctx.outline.block_place(block),
                          f"{name}中的“{'”、“'.join(found)}”没有给出变化前后的数值和测算方法，读者无法核对；请补上基数")


# -- “提升2倍” ----------------------------------------------------------------------------------------------

_SECONDS = {"秒": 1, "分钟": 60, "小时": 3600, "天": 86400}


def _times(ctx: Context):
    for text, where in _texts(ctx):
        if "倍" not in text:
            continue
        plain_text = TOKEN_RE.sub("〔字段〕", text)
        for sentence in re.split(r"[。！？\n]", plain_text):
            durations = [float(m.group("n")) * _SECONDS[m.group("u")] for m in _DURATION.finditer(sentence)]
            m = _TIMES.search(sentence)
            if not m or len(durations) != 2 or not min(durations):
                continue
            ratio, n = max(durations) / min(durations), float(m.group("n"))
            both = (f"{plain(max(durations))} 秒与 {plain(min(durations))} 秒之比为 {plain(round(ratio, 2))}，"
                    f"即提高到原来的 {plain(round(ratio, 2))} 倍（提高了 {plain(round(ratio - 1, 2))} 倍）")
            readings = (ratio,) if m.group("to") else (ratio, ratio - 1)
            place, name = where()
            if any(abs(n - r) <= 0.1 * r for r in readings):
                if not m.group("to"):
                    yield Finding("info", "R16.times", place,
                                  f"{name}写有“{m.group(0)}”：{both}。“{m.group(0)}”既可读作变为{m.group('n')}倍，"
                                  f"也可读作增加了{m.group('n')}倍，请写明")
            else:
                yield Finding("warning", "R16.times", place, f"{name}写有“{m.group(0)}”，但{both}，请核对")


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("claims", check, {"document", "report"}),)
