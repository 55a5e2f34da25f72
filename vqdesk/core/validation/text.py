"""R16 in every text of the report (the headings' text blocks, the cases' and the preface):
numbers typed in the text agree with the data, and bound fields can print."""

import functools
import re

from vqdesk.core.binding import TOKEN_RE, check_token
from vqdesk.core.findings import Finding, Place
from vqdesk.core.kinds import parse_approx

from .context import Context
from .free_tables import categories

#: Names of counts people write in prose, and the indicator each one is.
KNOWN_COUNTS = {"在校生": "6.1", "毕业生": "1.1", "专任教师": "6.4c", "教职工": "6.4b"}
_NUMBER_CLAIM = re.compile(
    r"(?P<name>" + "|".join(KNOWN_COUNTS) + r")(?:人数|总人数|总数)?"
    r"(?:共有|共计|合计|总计|达到|共|有|达|为|计)?[:：]?\s*"
    r"(?P<written>(?:约|近|将近|接近|超过|逾)?\s*(?P<number>\d[\d,，]*)\s*(?:余|多|\+)?)\s*(?:名|人)")
_YEAR = re.compile(r"(20\d\d)\s*年")
_CLAUSE_END = re.compile(r"[。；;！？\n]")


def check(ctx: Context) -> list[Finding]:
    out = []
    preface = ctx.data.settings.get("preface") or {}
    if preface.get("title") is not None:
        out += _text(ctx, preface.get("text", ""),
                     lambda: (Place(kind="preface", label=preface["title"]), f"“{preface['title']}”"))
    for _, block in ctx.blocks():
        if block.kind == "text" and block.text.strip():
            out += _text(ctx, block.text, lambda b=block: (ctx.outline.block_place(b), ctx.outline.name(b)))
    return out


def _text(ctx: Context, text: str, where) -> list[Finding]:
    """Findings of one text; `where()` gives its place and name, made only when needed."""
    problems = [*_tokens(ctx, text), *_claims(ctx, text)]
    if not problems:
        return []
    place, name = where()
    return [Finding("warning", rule, place, message.format(where=name)) for rule, message in problems]


# -- R16 -------------------------------------------------------------------------------------------

def _tokens(ctx: Context, text: str):
    for match in TOKEN_RE.finditer(text or ""):
        problem = check_token(match.group(1), ctx.figures)
        if problem:
            yield "R16.field", "{where}中的数据字段无法显示：" + _literal(problem)


def _literal(text: str) -> str:
    return text.replace("{", "{{").replace("}", "}}")


def _claims(ctx: Context, text: str):
    for name, written, number, said in claims_in(text or "", ctx.data.year, document_categories(ctx)):
        ind_id = KNOWN_COUNTS[name]
        stored = ctx.number(ind_id) if ind_id in ctx.rows else None
        if stored is None:
            continue
        approx = parse_approx(written)
        if approx is not None:
            if approx.agrees(stored):
                continue
            # the range is named so the user sees why 1700余 cannot be 393
            about = f"（即 {approx.describe()}）"
        else:
            if number == stored:
                continue
            about = ""
        yield "R16.number", _literal(f"写有“{said}”{about}，但{ctx.label(ind_id)}为 {int(stored)}，"
                                     f"建议改用数据字段 {{{{[{ind_id}]}}}}").join(("{where}", ""))


@functools.lru_cache(maxsize=2048)
def claims_in(text: str, year: int, groups: frozenset = frozenset()) -> tuple:
    """(name, written, number, the words) of each count a text states for this year; found
    once per text (validation reads every text after each edit)."""
    # bound fields print the stored value; only literal numbers can disagree
    plain = TOKEN_RE.sub("〔字段〕", text)
    return tuple((m.group("name"), m.group("written"), int(re.sub(r"[,，]", "", m.group("number"))),
                  m.group(0).strip())
                 for m in _NUMBER_CLAIM.finditer(plain)
                 if not _other_year(year, plain, m.start()) and not of_a_part(plain, m.start())
                 and group_in_clause(plain, m.start(), groups) is None)


#: Words just before a figure's name that make it a part's figure (a major, a class, a group).
PART_ENDINGS = ("专业", "类", "班", "系", "部", "组", "校区", "其中")


def of_a_part(text: str, start: int) -> bool:
    """“数控专业就业率”, “机电类在校生”, “其中…”: a figure of one part, not of the school."""
    return text[max(0, start - 4):start].endswith(PART_ENDINGS)


def document_categories(ctx: Context) -> frozenset:
    """The categories of the document's grouped tables, found once per validation run."""
    if "_categories" not in ctx.__dict__:
        ctx.__dict__["_categories"] = categories(ctx.data.document)
    return ctx.__dict__["_categories"]


def group_in_clause(text: str, start: int, groups: frozenset):
    """The last of `groups` (categories such as 职业高中) named in the clause before `start`."""
    if not groups:
        return None
    clause = _CLAUSE_END.split(text[:start])[-1]
    found = [(clause.rfind(g), -len(g), g) for g in groups if g in clause]
    return max(found)[2] if found else None


def _other_year(year: int, text: str, start: int) -> bool:
    """The clause names another year (e.g. “2021年在校生…”): a historical figure, not this year's."""
    clause = _CLAUSE_END.split(text[max(0, start - 30):start])[-1]
    years = {int(y) for y in _YEAR.findall(clause)}
    return bool(years - {year, year - 1})


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("claims", check, {"document", "figures", "tokens"}),)
