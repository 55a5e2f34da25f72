"""Run-in headings typed inside texts, and tables whose caption or introduction promises what the
rows are not.

- R17.runin (hint): the run-in headings of one heading's texts, or of one case, number a level
  twice (Jinzhou 2025's appended case: 三、实施成效 then 三、评析与影响) or skip a number
  (一、二、四、).  A level restarting at 1 starts a new list and is left alone.
- R17.bracket (hint): （一） and (一) mixed, in one text or across the document (Benxi 2024:
  “(一)” then “（二）”).  Each level is compared with itself: (1) beside （一） is no mix.
- R15.new (warning): a caption promising 新增 / 新签 over rows that say they are renewals or
  ongoing (Jinzhou 表13 “2025 年度新增…” holds 续约 and 持续合作 rows); a free table's cells and
  a bound list's printed cells (the partners list's 合作状态) are read.  The caption's year against
  the rows' dates is R15.caption's.
- R15.plan (hint): a table introduced by a sentence planning a later year than the data period
  (Anshan 2023 数据表 2-2 follows “对 2024 年度…项目库进行统筹安排”).  A year in the caption itself
  is R15.caption's.

Markers are read as the PDF reads them (pdf.runin.marker): a line starting 一、 （一） 1. or （1）.
Long lines count too: the PDF prints them as paragraphs (pdf.text.is_subheading), but their
numbers are read all the same (Benxi's 案例四 numbers its paragraphs （一）（二）(三)).  The
markers are not imported from pdf, which would load reportlab for every validation;
tests/core/validation/test_seed_text_runs.py checks the two readings agree.
"""

import functools
import re

from vqdesk.core.document.numbering import chinese_numeral, numeral_value
from vqdesk.core.findings import Finding

from .context import Context
from .records import _period

#: The hierarchy's markers at a line's start, tried in pdf.runin._MARKERS's order: 一、 （一） 1. （1）.
_MARK = re.compile(r"^[ \t\u3000]*(?:(?P<l0>[一二三四五六七八九十]{1,3})、"
                   r"|(?P<b1>[（(])(?P<l1>[一二三四五六七八九十]{1,3})[）)]"
                   r"|(?P<l2>\d{1,2})[.．、](?!\d)"
                   r"|(?P<b3>[（(])(?P<l3>\d{1,2})[）)])", re.M)
QUOTE_CHARS = 12
_NEW = re.compile(r"新增|新签")
_RENEWED = re.compile(r"续签|续约|续订|(?:持续|延续|继续)合作|^(?:持续|延续)$")
_YEAR = re.compile(r"(20\d\d)\s*年")
_PLAN = re.compile(r"计划|规划|项目库|统筹安排|拟|将于|将在")
_SENTENCE = re.compile(r"[^。！？；\n]+")
_TITLE = re.compile(r"《[^《》]*》")
#: Plans reach this many years past the data period; “2035 年远景目标” is a vision, not a plan.
PLAN_YEARS = 2


def heading(line: str):
    """(level, number, bracket or "", marker as typed) of a line starting with a marker, else None."""
    found = _MARK.match(line)
    return _marker(found) if found else None


def _marker(found):
    level = int(found.lastgroup[1])
    n = numeral_value(found.group(found.lastgroup))
    bracket = found.group(f"b{level}") if level in (1, 3) else ""
    return (level, n, bracket, found.group(0).strip()) if n else None


@functools.lru_cache(maxsize=4096)
def _headings(text: str) -> tuple:
    """((level, number, bracket, marker), line) of each line of `text` starting with a marker
    (kept per text: an edit changes one text, the live run reads them all again)."""
    out = []
    for found in _MARK.finditer(text):
        mark = _marker(found)
        if mark:
            end = text.find("\n", found.start())
            out.append((mark, text[found.start():end if end >= 0 else len(text)].strip()))
    return tuple(out)


def _quote(line: str) -> str:
    line = line.strip()
    return f"“{line if len(line) <= QUOTE_CHARS else line[:QUOTE_CHARS] + '…'}”"


def _groups(ctx: Context) -> list:
    """[place, where, run-in heading lines] of the preface, of each heading's own texts and of each
    case's texts (placed at the first text holding a marker)."""
    out = [[place, where, found] for text, place, where in ctx.texts()[:1]
           if place.kind == "preface" and (found := _headings(text))]
    by_holder = {}
    for _, block in ctx.blocks():
        if block.kind != "text" or not block.text:
            continue
        found = _headings(block.text)
        holder = ctx.outline.case_of(block) or ctx.outline.holder(block)
        group = by_holder.get(id(holder))
        if group is None:
            if not found:
                continue            # a heading's first text without markers: a later one may have them
            group = by_holder[id(holder)] = [ctx.outline.block_place(block), ctx.outline.name(block), []]
            out.append(group)
        group[2].extend(found)
    return out


def _numbering(where: str, found: list) -> list:
    """Twice the same number, or a number skipped, on one level (a shallower heading restarts
    the deeper levels)."""
    last, out = {}, []
    for (level, n, _, mark), line in found:
        for deeper in [k for k in last if k > level]:
            del last[deeper]
        prev = last.get(level)
        if prev is not None and n == prev[0]:
            out.append(f"{where}的小标题“{mark}”用了两次（{_quote(prev[1])}、{_quote(line)}），请改正编号")
        elif prev is not None and n > prev[0] + 1:
            skipped = "、".join(_label(level, mark, k) for k in range(prev[0] + 1, n))
            out.append(f"{where}的小标题从{_quote(prev[1])}跳到{_quote(line)}，缺少“{skipped}”，请改正编号")
        last[level] = (n, line)
    return out


def _label(level: int, mark: str, n: int) -> str:
    if level in (0, 1):
        numeral = chinese_numeral(n)
        return f"{numeral}、" if level == 0 else f"{mark[0]}{numeral}{mark[-1]}"
    return f"{n}{mark[-1]}" if level == 2 else f"{mark[0]}{n}{mark[-1]}"


def _widths(found: list) -> dict:
    """level -> {"(" or "（": first line using it} of the bracketed run-in headings."""
    out = {}
    for (level, _, bracket, _), line in found:
        if bracket:
            out.setdefault(level, {}).setdefault(bracket, line)
    return out


def check_runs(ctx: Context) -> list[Finding]:
    out, uniform = [], []
    for place, where, found in _groups(ctx):
        out += [Finding("info", "R17.runin", place, message) for message in _numbering(where, found)]
        widths = _widths(found)
        for level, used in widths.items():
            if len(used) == 2:
                out.append(Finding("info", "R17.bracket", place,
                                   f"{where}的小标题括号全角半角混用：{_quote(used['('])}用半角括号，"
                                   f"{_quote(used['（'])}用全角括号，请统一为全角“（）”"))
            else:
                uniform.append((level, next(iter(used)), place, where, next(iter(used.values()))))
    return out + _across(uniform)


def _across(uniform: list) -> list:
    """Texts that each keep to one width but differ from each other: the fewer are named."""
    out = []
    for level in sorted({u[0] for u in uniform}):
        by_width = {}
        for _, bracket, place, where, line in (u for u in uniform if u[0] == level):
            by_width.setdefault(bracket, []).append((place, where, line))
        if len(by_width) < 2:
            continue
        few, many = sorted(by_width.values(), key=len)
        place, where, line = few[0]
        kind = "半角" if line[0] == "(" else "全角"
        others = "、".join(w for _, w, _ in many[:2]) + ("等处" if len(many) > 2 else "")
        out.append(Finding("info", "R17.bracket", place,
                           f"{where}的小标题{_quote(line)}用{kind}括号，而{others}的小标题用"
                           f"{'全角' if kind == '半角' else '半角'}括号（如{_quote(many[0][2])}），请统一为全角“（）”"))
    return out


# -- captions promising 新增 ---------------------------------------------------------------------

def check_new(ctx: Context) -> list[Finding]:
    out = []
    for _, block in ctx.blocks():
        if block.kind != "table" or not _NEW.search(block.caption or ""):
            continue
        source = block.data.get("source")
        if source is not None and source.get("type") != "list":
            continue                    # indicators over years say nothing of renewals
        # a bound list as printed: its filter may keep the new rows only
        printed = block.data.get("rows") or [] if source is None else ctx.table_view(block).rows
        rows = [(r, _row_name(row), [c for c in row if isinstance(c, str)]) for r, row in enumerate(printed, start=1)]
        said = [f"第{r}行{f'（{name}）' if name else ''}写的是“{word}”" for r, name, cells in rows
                for word in [_renewal(cells)] if word]
        if said:
            new = _NEW.search(block.caption).group(0)
            out.append(Finding("warning", "R15.new", ctx.outline.block_place(block),
                               f"{ctx.table_name(block)}的标题写的是“{new}”，但{'，'.join(said)}，"
                               f"不是本年度{new}的：请改标题（如“合作项目一览表”）或移出这些行"))
    return out


def _row_name(row) -> str:
    """The row's name: its first text cell that is not a serial number."""
    return next((str(c).strip() for c in row if isinstance(c, str) and c.strip() and not c.strip().isdigit()), "")


def _renewal(cells) -> str:
    for cell in cells:
        found = _RENEWED.search(cell.strip())
        if found:
            return found.group(0)
    return ""


# -- tables of a later year's plans ------------------------------------------------------------

def check_plans(ctx: Context) -> list[Finding]:
    out, before = [], {}
    for _, block in ctx.blocks():
        holder = ctx.outline.case_of(block) or ctx.outline.holder(block)
        if block.kind == "text" and block.text.strip():
            before[id(holder)] = block.text
        elif block.kind == "table" and id(holder) in before and not _YEAR.search(block.caption or ""):
            start, end = _period(ctx)
            found = _later_plan(before.pop(id(holder)), end.year)
            if found:
                year, sentence = found
                out.append(Finding("info", "R15.plan", ctx.outline.block_place(block),
                                   f"{ctx.table_name(block)}前的文字说的是 {year} 年的安排（“{sentence}”）：表中是 "
                                   f"{year} 年的计划，不是本报告期（{start.isoformat()} 至 {end.isoformat()}）"
                                   f"已做的事，请确认应列入 {ctx.data.year} 年度报告，或在标题中注明“{year} 年计划”"))
    return out


def _later_plan(text: str, last_year: int):
    """(year, sentence) of the last paragraph's sentence planning a year after `last_year`."""
    paragraph = next((line for line in reversed(text.split("\n")) if line.strip()), "")
    if not _YEAR.search(paragraph):
        return None
    for sentence in _SENTENCE.findall(paragraph):
        own = _TITLE.sub("", sentence)          # a quoted document's 计划 is not the school's plan
        later = [y for y in map(int, _YEAR.findall(own)) if last_year < y <= last_year + PLAN_YEARS]
        if later and _PLAN.search(own):
            return max(later), _clip(sentence.strip())
    return None


def _clip(sentence: str, size: int = 40) -> str:
    return sentence if len(sentence) <= size else "…" + sentence[-size:]


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("run-in", check_runs, {"document"}), ("new-rows", check_new, {"document", "records"}),
         ("plan-years", check_plans, {"document", "report"}))
