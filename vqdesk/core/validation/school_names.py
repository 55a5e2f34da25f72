"""R18.school: the schools a regional report's own tables list, against the bureau's registry
(辖区学校, with the aliases the bureau registered).

A per-school free table (a 学校 / 学校名称 column) names schools.  A name the registry does not
know is outside the report's scope (Anshan lists two colleges in its 中职 plan table) or a
spelling to register; a name a few characters off a registered one (鞍山钢铁学校 for 鞍山市钢铁学校,
台安职教中心 for 台安县职业教育中心) is a variant to unify; and a table that lists most of the
registry's schools but not all of them may have left some out.
"""

import re
from difflib import SequenceMatcher

from vqdesk.core.findings import Finding
from vqdesk.core.kinds import normalise_text

from .context import Context
from .free_tables import SUBTOTALS, TOTALS
from .vocabulary import vocabulary

_SCHOOL_COLUMN = re.compile(r"^(?:所属|承办|参赛|获奖|申报)?(?:学校|院校)(?:名称)?$")
_TRAILING_NOTE = re.compile(r"[（(][^）)]*[）)]$")
_ALIAS_SEPARATORS = re.compile(r"[、，,；;/]")
_NOT_SCHOOLS = (*TOTALS, *SUBTOTALS, "平均", "全市", "全区", "全县")
#: A variant keeps the name's first two characters (its place) and differs by at most this many.
MAX_EXTRA = 6
MIN_CHARS = 4


def clean(name) -> str:
    """A name as compared: no spaces, no trailing note (“鞍山职业技术学院（23）”)."""
    return _TRAILING_NOTE.sub("", normalise_text(str(name or "")).replace(" ", "")).strip()


def spelled_out(name: str) -> str:
    """Shortenings written out (职教中心 -> 职业教育中心, 中专 -> 中等专业学校)."""
    text = clean(name)
    for short, full in vocabulary().shortenings:
        if full not in text:
            text = text.replace(short, full)
    return text


def registry(data) -> dict:
    """{spelling: registered name} of the bureau's schools: each name and its aliases."""
    out = {}
    for row in data.rows("schools") or data.rows("submissions"):
        name = str(row.get("school") or "").strip()
        if not name:
            continue
        out.setdefault(clean(name), name)
        for alias in _ALIAS_SEPARATORS.split(str(row.get("aliases") or "")):
            if alias.strip():
                out.setdefault(clean(alias), name)
    return out


def registered(data) -> list[str]:
    return list(dict.fromkeys(registry(data).values()))


def _within(short: str, long: str) -> bool:
    if len(short) < MIN_CHARS or not 0 < len(long) - len(short) <= MAX_EXTRA or short[:2] != long[:2]:
        return False
    rest = iter(long)
    return all(ch in rest for ch in short)


def candidates(name: str, names) -> list[str]:
    """The registered names `name` is likely a spelling of, the most similar first."""
    text = spelled_out(name)
    found = [n for n in names if text == spelled_out(n) or _within(text, spelled_out(n))
             or _within(spelled_out(n), text) or (len(clean(name)) >= 2 and clean(name) in clean(n))]
    return sorted(found, key=lambda n: -SequenceMatcher(None, text, spelled_out(n)).ratio())


def resolve(name: str, data, known: dict | None = None):
    """(registered name or None, exact?) of a school as a report writes it."""
    known = registry(data) if known is None else known
    if clean(name) in known:
        return known[clean(name)], True
    found = candidates(name, list(dict.fromkeys(known.values())))
    return (found[0] if len(found) == 1 else None), False


def check(ctx: Context) -> list[Finding]:
    data = ctx.data
    if data.report.level == "school":
        return []
    known = registry(data)
    if not known:
        return []
    out = []
    for _, block in data.document.blocks():
        if block.kind == "table" and block.data.get("source") is None:
            problems = list(_table(ctx, block.data, known))
            if problems:
                name = ctx.table_name(block)
                place = ctx.outline.block_place(block)
                out += [Finding(severity, "R18.school", place, name + message) for severity, message in problems]
    return out


def _school_column(d: dict):
    kinds = d.get("column_kinds") or []
    for c, header in enumerate(d.get("columns") or []):
        if _SCHOOL_COLUMN.match(clean(header)) and (c >= len(kinds) or kinds[c] == "text"):
            return c
    return None


def _cells(d: dict, column: int):
    """(row, name) of each school a column names: blank cells continue the school above, a
    cell may name several (“甲校、乙校”)."""
    for r, row in enumerate(d.get("rows") or []):
        cell = row[column] if column < len(row) else None
        if cell is None or isinstance(cell, (int, float)) or not clean(cell) or clean(cell) in _NOT_SCHOOLS:
            continue
        for name in str(cell).split("、"):
            if name.strip():
                yield r, name.strip()


def _table(ctx: Context, d: dict, known: dict):
    column = _school_column(d)
    if column is None:
        return
    schools = list(dict.fromkeys(known.values()))
    listed = set()
    higher = ctx.zhongzhi and not any(n.endswith(vocabulary().higher_education) for n in schools)
    for r, text in _cells(d, column):
        if clean(text) in known:
            listed.add(known[clean(text)])
            continue
        found = candidates(text, schools)
        if found:
            listed.add(found[0])
            also = "".join(f"或“{n}”" for n in found[1:3])
            yield ("info", f"第{r + 1}行的学校“{text}”与辖区学校名单中的“{found[0]}”{also}写法不同："
                           "请统一，或在“辖区学校”中把它登记为该校的别名")
        elif higher and clean(text).endswith(vocabulary().higher_education):
            yield ("warning", f"第{r + 1}行的“{text}”不在辖区学校名单中，像是高等院校：本报告是中职学校的报告，"
                              "请确认它是否应列入")
        else:
            yield ("warning", f"第{r + 1}行的学校“{text}”不在辖区学校名单中：请核对，或在“辖区学校”中把它登记为某校的别名")
    missing = [n for n in schools if n not in listed]
    if missing and len(listed) * 2 >= len(schools):
        yield ("info", f"列出了辖区 {len(schools)} 所学校中的 {len(listed)} 所，没有{'、'.join(missing)}：请确认是否遗漏")


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("school-names", check, {"document", "records", "report"}),)
