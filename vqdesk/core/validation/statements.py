"""R16 across the report: the same figure must be written the same way wherever it appears.

A *statement* is one place where the report states a known figure for a year: a count or a rate
named in a text (“专任教师1126人”, “升学率为80.93%”), a cell of a free table (a 合计 row, a row
or column of a year, a label beside its value), or the stored cell of the six tables.  Two
statements of one figure and year that disagree beyond the precision they are written with are
a contradiction; the finding names both places and both numbers.

Only figures with a fixed name are compared (the vocabulary below): a word such as “学生” alone
says too little to tell two figures apart.  Texts that state a count R16.number already compares
with its stored cell are left to it.
"""

import functools
import re
from dataclasses import dataclass

from vqdesk.core.binding import TOKEN_RE
from vqdesk.core.findings import Finding, Place
from vqdesk.core.kinds import normalise_text, parse_approx

from .context import Context, decimals_of
from .free_tables import groups, plain, row_label
from .text import KNOWN_COUNTS, document_categories, group_in_clause, of_a_part

#: Counts: key -> spellings (the longest first matters only inside one alternative).
COUNTS = {
    "在校生": ("全日制在校生", "在校学生", "在校生"),
    "毕业生": ("毕业生", "毕业人数"),
    "专任教师": ("专任教师", "专职教师"),
    "教职工": ("教职工",),
    "兼职教师": ("兼职教师",),
    "双师型教师": ("双师型教师", "双师素质教师"),
    "招生": ("中职学校招生", "中职招生", "招生"),
    "实训工位": ("实训实习工位", "实习实训工位", "实训工位"),
}
_RATE = (r"(?P<rq>对口|专业技能课?|文化课|体质测评|体质|用人单位|家长|在校生|毕业生|教职工)?"
         r"(?P<rb>就业率|升学率|巩固率|毕业率|合格率|满意度|获取率|达标率|优良率|及格率)"
         r"|(?P<dual>[“\"]?双师(?:型|素质)[”\"]?(?:专任)?(?:教师)?(?:占比|比例))")
#: Rates kept in the six tables: key -> indicator.
STORED_RATES = {"在校生满意度": "2.1a", "毕业生满意度": "2.2a", "教职工满意度": "2.3", "用人单位满意度": "2.4",
                "家长满意度": "2.5", "双师型比例": "3.2", "体质测评合格率": "6.5b"}
STORED_COUNTS = {"在校生": "6.1", "毕业生": "1.1", "专任教师": "6.4c", "教职工": "6.4b"}

_COUNT_WORDS = "|".join(s for spellings in COUNTS.values() for s in spellings)
_TEXT_COUNT = re.compile(
    r"(?P<name>" + _COUNT_WORDS + r")(?:人数|总人数|总数|数)?(?:共有|共计|合计|总计|达到|共|有|达|为|计)?[:：]?\s*"
    r"(?P<written>(?:约|近|超过|逾)?\s*\d[\d,，]*(?:\.\d+)?\s*(?:余|多|\+)?)\s*(?:名|人|个)")
_TEXT_RATE = re.compile(
    r"(?:" + _RATE + r")(?:为|是|达|达到|保持在|提升至|提升到|提高到|上升至|上升到)?\s*"
    r"(?P<written>(?:约|近)?\s*\d+(?:\.\d+)?)\s*[%％]")
_LABEL_RATE = re.compile(r"^(?:" + _RATE + r")$")
_YEAR_IN_CLAUSE = re.compile(r"(20\d\d)\s*(?:年|届)")
_CLAUSE_END = re.compile(r"[。；;！？\n]")
_YEAR_CELL = re.compile(r"^(?:20\d\d\s*[-—–至~]\s*)?(20\d\d)\s*(?:年度?|届|学年)?$")
_UNIT = re.compile(r"[（(][^）)]*[）)]$")
TOTAL_LABELS = ("合计", "总计")


@dataclass(frozen=True)
class Statement:
    key: str                 # the figure: “专任教师”, “升学率”
    year: int
    value: float
    written: str             # as the report writes it: “1126”, “80.93%”, “1700余”
    where: str               # “1.4 教师队伍”, 表格“数据表 1-4 …”合计行
    place: Place
    stored: bool = False

    def agrees(self, other: "Statement") -> bool:
        a, b = _range(self), _range(other)
        return a[0] < b[1] and b[0] < a[1]      # 2602 and 2603 touch at 2602.5: they differ


def _range(s: Statement) -> tuple:
    approx = parse_approx(s.written.rstrip("%％"))
    if approx is not None:
        return approx.low, approx.high
    half = 0.5 * 10 ** -decimals_of(s.value)
    return s.value - half, s.value + half


def key_of(label: str) -> str | None:
    """The vocabulary key a table label or header names, or None."""
    text = _UNIT.sub("", normalise_text(str(label)).replace(" ", ""))
    short = re.sub(r"(人数|总人数|总数|数量|数)$", "", text)
    for key, spellings in COUNTS.items():
        if text in spellings or short in spellings:
            return key
    match = _LABEL_RATE.match(text)
    return _rate_key(match) if match else None


#: The qualifiers that make a different rate of each kind (毕业生升学率 is just 升学率).
QUALIFIERS = {"满意度": ("用人单位", "家长", "在校生", "毕业生", "教职工"), "合格率": ("专业技能", "文化课", "体质测评"),
              "就业率": ("对口",)}


def _rate_key(match) -> str:
    if match.group("dual"):
        return "双师型比例"
    base = match.group("rb")
    qualifier = {"体质": "体质测评", "专业技能课": "专业技能"}.get(match.group("rq"), match.group("rq") or "")
    return (qualifier if qualifier in QUALIFIERS.get(base, ()) else "") + base


def _count_key(name: str) -> str:
    return next(key for key, spellings in COUNTS.items() if name in spellings)


# -- statements in texts ---------------------------------------------------------------------------

@functools.lru_cache(maxsize=2048)
def text_statements(text: str, year: int, groups: frozenset = frozenset(), own: str = "") -> tuple:
    """(key, year, value, written, is a count R16.number reads) of each figure a text states;
    a figure named after one of `groups` (“职业高中在校生”) is that category's, and one after a
    school other than `own` (“本溪市商贸服务学校‘双师型’教师占比 84.7%”) is that school's."""
    plain = TOKEN_RE.sub("〔字段〕", text)
    out = []
    for match in _TEXT_COUNT.finditer(plain):
        if _THRESHOLD.match(plain, match.end()):
            continue                                   # “在校生超过 2000 人的学校 2 所”: a class, not a total
        group = _group_before(plain, match.start(), groups) or _school_before(plain, match.start(), own)
        if group is None and of_a_part(plain, match.start()):
            continue
        written = re.sub(r"[,，\s]", "", match.group("written"))
        number = re.sub(r"[^\d.]", "", written)
        out.append(((group or "") + _count_key(match.group("name")), _year(plain, match.start(), year),
                    float(number), written, not group and any(n in match.group("name") for n in KNOWN_COUNTS)))
    for match in _TEXT_RATE.finditer(plain):
        group = _group_before(plain, match.start(), groups) or _school_before(plain, match.start(), own)
        if group is None and of_a_part(plain, match.start()) or _other_kind(plain, match):
            continue
        written = re.sub(r"\s", "", match.group("written"))
        out.append(((group or "") + _rate_key(match), _year(plain, match.start(), year),
                    float(re.sub(r"[^\d.]", "", written)), written + "%", False))
    return tuple(out)


#: Words before 满意度 that leave it the school's overall figure (总体满意度, 对学校的满意度).
_OVERALL = ("总体", "整体", "综合", "学生", "平均", "学校")
_LINKS = "的了和与及是为之其对"


def _other_kind(text: str, match) -> bool:
    """“课堂育人满意度”, “课外育人满意度”: a 满意度 of a kind the keys do not name (not the school's)."""
    start = match.start()
    before = text[start - 1] if start else ""
    return match.group("rb") == "满意度" and not match.group("rq") and "\u4e00" <= before <= "\u9fff" \
        and before not in _LINKS and text[max(0, start - 2):start] not in _OVERALL


def _group_before(text: str, start: int, groups: frozenset):
    """The category a clause speaks of (“职业高中在校生…，教职工…”): the last one named in it."""
    return group_in_clause(text, start, groups)


#: A count that describes what follows it (“…2000 人的中等职业学校”, “…50 人以上的班级”) sorts
#: schools or classes by size; it is no total of the report's.
_THRESHOLD = re.compile(r"\s*(?:以上|以下|以内|左右)?\s*的\s*(?:中等职业|中职|职业)?(?:学校|院校|专业|班级|班|校区|项目)")
#: A school's name: a place and a kind of school (“本溪市机电工程学校”, “台安县职教中心”).
_SCHOOL = re.compile(r"[\u4e00-\u9fff]{2,14}?(?:学校|中专|职专|职教中心|职业教育中心|学院)")
#: Words a clause may open with before a school's name (“如本溪市…学校”).
_LEADS = re.compile(r"^(?:例如|比如|如|其中|而|和|与|及|在|对|由|据)+")
#: Names of no one school: “各中职学校”, “全市职业学校”, “本校”.
_NO_SCHOOL = re.compile(r"^(?:各|全[国省市区县]?|所有|本[校市区县省地]|该|其|我|中职|中等职业|职业)|^[\u4e00-\u9fff]{1,6}?[省市区县](?:中等)?"
                        r"(?:职业|中职)?(?:学校|中专)$")


#: Characters of a sentence, not of a school's name (“毕业生对学校”, “学生的学校”).
_NOT_IN_NAMES = re.compile(r"[的对在向为和与及或是了把被从到让使]")


def _school_before(text: str, start: int, own: str) -> str | None:
    """The school the clause before `start` names, unless it is the report's own."""
    clause = _CLAUSE_END.split(text[max(0, start - 40):start])[-1]
    names = [_LEADS.sub("", m.group(0)) for m in _SCHOOL.finditer(clause)]
    names = [n for n in names if len(n) >= 4 and not _NO_SCHOOL.match(n) and not _NOT_IN_NAMES.search(n)]
    return names[-1] if names and names[-1] != own else None


def _year(text: str, start: int, year: int) -> int:
    """The year a clause speaks of (“2024年…”, “2025届…”); the report year by default."""
    clause = _CLAUSE_END.split(text[max(0, start - 30):start])[-1]
    years = [int(y) for y in _YEAR_IN_CLAUSE.findall(clause)]
    return years[-1] if years else year


# -- statements in free tables ---------------------------------------------------------------------

def table_statements(block, year: int, where: str, place: Place):
    """Figures a free table states: rows or columns of a year, a 合计 row, labels beside values."""
    d = block.data
    if d.get("source") is not None:
        return []
    columns, rows = list(d.get("columns") or []), [list(r) for r in d.get("rows") or []]
    caption_year = _caption_year(block.caption or "", year)
    column_years = [_cell_year(c) for c in columns]
    out = []
    for r, row in enumerate(rows):
        if not row:
            continue
        label = row_label(row)
        row_year = _cell_year(label)
        total = normalise_text(label).replace(" ", "") in TOTAL_LABELS
        numbers = [(c, v) for c, v in enumerate(row) if c and _is_number(v)]
        for c, value in numbers:
            header = columns[c] if c < len(columns) else ""
            if row_year is not None:                  # a row per year: the header names the figure
                key, at, cell = key_of(header), row_year, f"“{label}”行“{header}”"
            elif column_years[c] is not None:         # a column per year: the row label names it
                key, at, cell = key_of(label), column_years[c], f"“{label}”行“{header}”列"
            elif total:                               # the 合计 row states each column's total
                key, at, cell = key_of(header), caption_year, f"合计行“{header}”"
            elif len(numbers) == 1:                   # a label beside its value
                key, at, cell = key_of(label), caption_year, f"“{label}”行"
            else:                                     # a row of a kind, a column of a rate
                key, at, cell = key_of(label + _label_text(header)), caption_year, f"“{label}”行“{header}”"
            if key:
                out.append(Statement(key, at, float(value), plain(value), f"{where}{cell}", place))
    return out + _group_statements(d, columns, caption_year, where, place)


def _group_statements(d, columns, year, where, place):
    """A grouped table states each category's subtotal: 职业高中 在校生 = Σ of its schools."""
    out = []
    for label, rows in groups(d).items():
        for c, header in enumerate(columns):
            cells = [r[c] for r in rows if c < len(r) and _is_number(r[c])]
            key = key_of(header)
            if key and cells and len(cells) == len(rows):
                total = round(sum(cells), 6)
                out.append(Statement(label + key, year, float(total), plain(total),
                                     f"{where}中“{label}”各行的“{header}”合计", place))
    return out


def _label_text(header) -> str:
    return _UNIT.sub("", normalise_text(str(header)).replace(" ", ""))


def _caption_year(caption: str, year: int) -> int:
    years = [int(y) for y in re.findall(r"(20\d\d)\s*年", caption)]
    return years[-1] if len(set(years)) == 1 else year


def _cell_year(text) -> int | None:
    match = _YEAR_CELL.match(normalise_text(str(text or "")).replace(" ", ""))
    return int(match.group(1)) if match else None


def _is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


# -- the rule ----------------------------------------------------------------------------------------

def _statements(ctx: Context) -> list[Statement]:
    year = ctx.data.year
    stored = _stored(ctx)
    out = list(stored.values())
    preface = ctx.data.settings.get("preface") or {}
    texts = []
    if preface.get("title") is not None:
        texts.append((preface.get("text") or "", lambda: (Place(kind="preface", label=preface["title"]),
                                                          f"“{preface['title']}”")))
    blocks = [b for _, b in ctx.blocks()]
    # a bureau's case tells one school's or one programme's story: its figures (“现已招生 100
    # 多人”) are not the region's, which its texts and tables give (Anshan 2023 案例 3-3 vs 3-2)
    regional = ctx.data.report.level != "school"
    texts += [(b.text, lambda b=b: (ctx.outline.block_place(b), ctx.outline.name(b)))
              for b in blocks if b.kind == "text" and b.text.strip()
              and not (regional and ctx.outline.case_of(b) is not None)]
    kinds = document_categories(ctx)
    own = str(ctx.data.profile.get("name") or "").strip()
    for text, where in texts:
        found = [s for s in text_statements(text, year, kinds, own)
                 if not (s[4] and (s[0], s[1]) in stored)]      # R16.number compares those
        if found:
            place, name = where()
            out += [Statement(k, y, v, w, name, place) for k, y, v, w, _ in found]
    for b in blocks:
        if b.kind == "table" and b.data.get("source") is None:
            name = f"表格“{b.caption}”" if b.caption else f"{ctx.outline.name(b)}中的表格"
            out += table_statements(b, year, name, ctx.outline.block_place(b))
    return out


def _stored(ctx: Context) -> dict:
    out = {}
    for key, ind_id in {**STORED_COUNTS, **STORED_RATES}.items():
        value = ctx.number(ind_id) if ind_id in ctx.rows and ctx.applicable(ctx.rows[ind_id]) else None
        if value is not None:
            written = ctx.show(ind_id, value)
            out[(key, ctx.data.year)] = Statement(key, ctx.data.year, float(value), written.rstrip("%"),
                                                  ctx.label(ind_id), ctx.place(ind_id), stored=True)
    return out


def check(ctx: Context) -> list[Finding]:
    groups: dict = {}
    for s in _statements(ctx):
        groups.setdefault((s.key, s.year), []).append(s)
    findings = []
    for (key, year), said in groups.items():
        said.sort(key=lambda s: not s.stored)           # the stored cell is the reference
        first = said[0]
        when = "" if year == ctx.data.year else f"（{year}年）"
        for other in said[1:]:
            if other.agrees(first):
                continue
            unit = "%" if first.written.endswith("%") or other.written.endswith("%") else ""
            findings.append(Finding(
                "warning", "R16.twice", other.place,
                f"{other.where}写有{key}{when} {_plain(other.written)}{unit}，而{first.where}为 "
                f"{_plain(first.written)}{unit}，同一数字前后不一致，请核对"))
    return findings


def _plain(written: str) -> str:
    return written.rstrip("%％")


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("twice", check, {"document", "figures", "report", "profile"}),)
