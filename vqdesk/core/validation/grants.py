"""R16.grant (hints): a grant's amount per student far below its national standard
(common/student-aid.toml).

A text that gives what a grant paid and to how many students (Liangzhou: 国家助学金 362.8 万元 for
3259 students) states 1113 元 per student, while the 中职国家助学金 averages 2000 元 per student and
year.  So much less looks like one term's payment, or a count of students on another base (all
who applied, a cumulative count); the report should say which, or correct one of the figures.
"""

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from vqdesk.core.errors import EditionError
from vqdesk.core.findings import Finding
from vqdesk.core.resources import read_toml, templates_dir

from .context import Context
from .free_tables import plain
from .records import _period

FILE = "common/student-aid.toml"
_PARTS = re.compile(r"[，,；;。！？\n]")
_COUNT = re.compile(r"(?<![\d.])(?P<n>\d[\d,]*)\s*(?P<approx>余|多)?\s*(?P<unit>名|人次|人)")
_AMOUNT = re.compile(r"(?<![\d.])(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?P<approx>余|多)?\s*(?P<unit>万元|元)")
#: An amount written per student (“每生每年2000元”, “人均1113元”) is not a total.
_PER_HEAD = ("每", "均")


@dataclass(frozen=True)
class Grant:
    name: str
    spellings: tuple
    per: str
    min_share: float
    source: str
    standards: tuple        # (since, amount in 元), earliest first

    def standard(self, start: date):
        return next((amount for since, amount in reversed(self.standards) if since <= start), None)


@dataclass(frozen=True)
class Aid:
    grants: tuple
    others: tuple


@cache
def aid() -> Aid:
    path = templates_dir() / FILE
    raw = read_toml(path)
    return parse(raw, path.name)


def parse(raw: dict, file: str = "student-aid.toml") -> Aid:
    others = raw.get("others")
    if not isinstance(others, list) or not all(isinstance(w, str) and w for w in others):
        raise EditionError(file, "others", "应为非空的文字列表")
    grants = []
    for i, item in enumerate(raw.get("grants") or []):
        where = f"grants[{i}]"
        spellings = item.get("spellings")
        if not isinstance(spellings, list) or not spellings or not all(isinstance(s, str) and s for s in spellings):
            raise EditionError(file, where, "“spellings”应为非空的文字列表")
        share = item.get("min_share")
        if not isinstance(share, (int, float)) or not 0 < share <= 1:
            raise EditionError(file, where, "“min_share”应为 0 到 1 之间的数")
        for key in ("name", "per", "source"):
            if not isinstance(item.get(key), str) or not item[key]:
                raise EditionError(file, where, f"缺少“{key}”")
        grants.append(Grant(item["name"], tuple(sorted(spellings, key=len, reverse=True)), item["per"],
                            float(share), item["source"], _standards(item.get("standards"), file, where)))
    if not grants:
        raise EditionError(file, "grants", "至少应有一项")
    return Aid(tuple(grants), tuple(others))


def _standards(items, file: str, where: str) -> tuple:
    if not isinstance(items, list) or not items:
        raise EditionError(file, where, "“standards”应列出至少一项 { since = 日期, amount = 元 }")
    out = []
    for k, item in enumerate(items):
        since, amount = (item.get("since"), item.get("amount")) if isinstance(item, dict) else (None, None)
        if not isinstance(since, date) or not isinstance(amount, (int, float)) or amount <= 0:
            raise EditionError(file, f"{where}.standards[{k}]", "应有日期 since 和正数 amount（元）")
        out.append((since, float(amount)))
    return tuple(sorted(out))


def check(ctx: Context) -> list[Finding]:
    vocab = aid()
    start = _period(ctx)[0]
    out = []
    for text, place, where in ctx.texts():
        if "金" not in text:                      # every grant's name ends in 金: most texts have none
            continue
        for grant in vocab.grants:
            standard = grant.standard(start)
            if standard is None or grant.spellings[-1] not in text:
                continue
            for count, amount, written in _payments(text, grant, vocab.others):
                per = amount / count
                if per < grant.min_share * standard:
                    out.append(Finding("info", "R16.grant", place, _message(where, grant, standard, count, written, per)))
    return out


def _message(where: str, grant: Grant, standard: float, count: int, written: str, per: float) -> str:
    return (f"{where}写{grant.name} {written}、{count} 名学生，即每生 {per:.0f} 元，远低于{grant.source}"
            f"（{grant.per} {plain(standard)} 元）：如为一个学期的发放额、或学生数另有口径，请在文中说明；否则请核对金额和人数")


def _payments(text: str, grant: Grant, others: tuple):
    """(students, amount in 元, amount as written) of each clause that names the grant."""
    parts = _PARTS.split(text)
    for i, part in enumerate(parts):
        if not any(s in part for s in grant.spellings):
            continue
        window = [part]
        for later in parts[i + 1:]:
            if not later.strip() or any(w in later for w in others):
                break
            window.append(later)
        found = _figures(window)
        if found:
            yield found


def _per_head(part: str, start: int) -> bool:
    """“每生每学期1000元”, “人均1113元”: an amount per student, not what was paid in all."""
    return any(w in part[max(0, start - 5):start] for w in _PER_HEAD)


def _figures(window: list):
    count = amount = None
    for part in window:
        count = count or next((m for m in _COUNT.finditer(part)), None)
        amount = amount or next((m for m in _AMOUNT.finditer(part) if not _per_head(part, m.start())), None)
    # 人次 count payments (one a term), not students: the amount per student is unknown
    if not count or not amount or count.group("approx") or amount.group("approx") or count.group("unit") == "人次":
        return None
    students = int(count.group("n").replace(",", ""))
    money = float(amount.group("n").replace(",", "")) * (10_000 if amount.group("unit") == "万元" else 1)
    if students <= 0:
        return None
    return students, money, f"{amount.group('n')} {amount.group('unit')}"


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("grants", check, {"document", "report"}),)
