"""A text that lists a free table's items, beside the table (the same heading):

- R16.listed (hint): the text enumerates most of the table's items of one kind (…满意度) and
  leaves some out (Liangzhou 2.3: nine of 表7's ten 满意度 are written out, 教职工满意度 97.72% is
  not).  Only a sentence giving the figures of at least three of the table's items, most of whose
  items of that kind are the table's, is read as the table's list: a sentence listing other kinds
  (理论学习满意度, 生活满意度) is a list of its own, and one naming some of a table's schools says
  something about those schools.
- R16.names (hint): a text listing the kinds of one survey (…满意度) by other names than the
  table beside it (Liangzhou 2.3: 理论学习满意度, 专业学习满意度, 生活满意度, 毕业生满意度 and the
  stray 在校生成满意度, where 表7 has 课堂育人满意度, 应届毕业生满意度 …).  At least two of the
  list's names must be the table's, so that it is the same survey.
- R16.all-above (warning): “各项满意度均在95%以上” while the table holds an item of that kind
  below the bound.

The items are the table's column headers and row labels; their kind is a suffix (满意度, 合格率)
that at least three of them share.
"""

import re

from vqdesk.core.binding import TOKEN_RE
from vqdesk.core.findings import Finding
from vqdesk.core.kinds import normalise_text

from .context import Context
from .free_tables import plain
from .statements import _is_number

_UNIT = re.compile(r"[（(][^）)]*[）)]|\s")
_SENTENCE = re.compile(r"[^。；;！？\n]+")
_DIGIT = re.compile(r"\d")
_LEAD = re.compile(r"了|包括|开展|进行|调查|涵盖|分别|[对有：:，,]")
#: Items of one kind a list needs before it is read as a list.
MIN_ITEMS = 3
_CLAIM = re.compile(r"(?:各项|各类|所有|全部|各)(?P<kind>[\u4e00-\u9fff]{2,5}?)(?:均|都)(?:在|达到|达|高于|超过)\s*"
                    r"(?P<n>\d+(?:\.\d+)?)\s*[%％](?:以上)?")


def _clean(text) -> str:
    return _UNIT.sub("", normalise_text(str(text or "")))


def _items(d: dict) -> dict:
    """label -> (value or None, is a percent) of the table's headers and row labels."""
    columns, kinds = list(d.get("columns") or []), list(d.get("column_kinds") or [])
    rows = [list(r) for r in d.get("rows") or [] if r]
    out = {}
    for c, header in enumerate(columns):
        numbers = [r[c] for r in rows if c < len(r) and _is_number(r[c])]
        percent = (c < len(kinds) and kinds[c] == "percent") or "%" in str(header) or "％" in str(header)
        out[_clean(header)] = (numbers[0] if len(numbers) == 1 else None, percent)
    for row in rows:
        if row and isinstance(row[0], str) and row[0].strip():
            numbers = [v for v in row[1:] if _is_number(v)]
            out.setdefault(_clean(row[0]), (numbers[0] if len(numbers) == 1 else None, "%" in row[0]))
    return {label: v for label, v in out.items() if len(label) >= 3}


def _kind(labels) -> tuple[str, list]:
    """The longest suffix (2-3 characters) at least MIN_ITEMS labels share, and those labels."""
    for size in (3, 2):
        counts: dict = {}
        for label in labels:
            if len(label) > size:
                counts.setdefault(label[-size:], []).append(label)
        best = max(counts.items(), key=lambda kv: len(kv[1]), default=None)
        if best and len(best[1]) >= MIN_ITEMS:
            return best
    return "", []


def _kinds_of(block):
    """(suffix, {label: (value, percent)}) of the items of a table's one kind."""
    items = _items(block.data)
    suffix, labels = _kind(items)
    return suffix, {label: items[label] for label in labels}


def _show(label: str, value, percent: bool) -> str:
    if value is None:
        return label
    return f"{label}（{plain(value)}{'%' if percent else ''}）"


def check(ctx: Context) -> list[Finding]:
    tables, texts = {}, {}
    for node, block in ctx.blocks():
        if block.kind == "table" and block.data.get("source") is None:
            tables.setdefault(id(node), []).append(block)
        elif block.kind == "text" and block.text.strip():
            texts.setdefault(id(node), []).append(block)
    out = []
    for key, blocks in tables.items():
        for block in blocks:
            suffix, items = _kinds_of(block)
            if suffix:
                for text in texts.get(key, ()):
                    out += _read(ctx, block, suffix, items, text)
    return out


def _with_figures(sentence: str, named: list) -> bool:
    """The sentence gives the items' figures (“在校生满意度 97.90%、…”), as a summary of the table
    does; one naming three schools of a table of five says something else about them."""
    def figured(label):
        at = sentence.find(label) + len(label)
        return _DIGIT.search(sentence, at, at + 6) is not None
    return sum(map(figured, named)) >= MIN_ITEMS


def _listed_names(sentence: str, suffix: str) -> list:
    """The items of a 、-list of one kind in a sentence (“…理论学习满意度、生活满意度、…”)."""
    if sentence.count("、") < MIN_ITEMS - 1:
        return []
    out = []
    parts = sentence.split("、")
    parts[0] = _LEAD.split(parts[0])[-1]                  # “学校开展了在校生满意度” -> “在校生满意度”
    for part in parts:
        m = re.search(r"([\u4e00-\u9fff]{1,8}?" + re.escape(suffix) + r")(?:等)?(?:[\d.%％\s]*)$", _clean(part))
        if m:
            out.append(m.group(1))
    return out if len(out) >= MIN_ITEMS else []


def _other_names(ctx: Context, table, suffix: str, items: dict, text, sentence: str) -> list[Finding]:
    listed = _listed_names(sentence, suffix)
    known = [n for n in listed if n in items]
    strange = [n for n in listed if n not in items and not any(n.endswith(i) or i.endswith(n) for i in items)]
    if len(known) < 2 or not strange:
        return []
    return [Finding("info", "R16.names", ctx.outline.block_place(text),
                    f"{ctx.outline.name(text)}列出的{'、'.join(f'“{n}”' for n in strange)}在{ctx.table_name(table)}中没有"
                    f"（表中为{'、'.join(items)}）：同一调查请用同一组名称，或补上这些数据")]


def _read(ctx: Context, table, suffix: str, items: dict, text) -> list[Finding]:
    plain_text = TOKEN_RE.sub("〔字段〕", text.text)
    if suffix not in plain_text:
        return []
    out, name, where = [], ctx.table_name(table), ctx.outline.name(text)
    for sentence in _SENTENCE.findall(plain_text):
        out += _other_names(ctx, table, suffix, items, text, sentence)
        said = sentence.count(suffix)
        named = [label for label in items if label in sentence]
        missing = [label for label in items if label not in named]
        if len(named) >= MIN_ITEMS and 2 * len(named) > said and missing and _with_figures(sentence, named):
            left = "、".join(_show(label, *items[label]) for label in missing)
            out.append(Finding("info", "R16.listed", ctx.outline.block_place(text),
                               f"{where}列举了{name}中 {len(items)} 项{suffix}的 {len(named)} 项，未提到{left}："
                               "请补上，或说明为何不列"))
    return out


def check_above(ctx: Context) -> list[Finding]:
    """“各项满意度均在95%以上” against the figures of that kind in the free tables of the same
    heading and in the six tables."""
    out = []
    for node, block in ctx.blocks():
        if block.kind != "text" or "均" not in block.text and "都" not in block.text:
            continue
        for m in _CLAIM.finditer(TOKEN_RE.sub("〔字段〕", block.text)):
            kind, bound = m.group("kind"), float(m.group("n"))
            below = [f"{ctx.table_name(t)}中{_show(label, value, percent)}"
                     for _, t in ctx.blocks() if t.kind == "table" and t.data.get("source") is None
                     and ctx.outline.holder(t) is node
                     for label, (value, percent) in _items(t.data).items()
                     if label.endswith(kind) and value is not None and value < bound]
            below += [f"{ctx.label(ind.id)} {ctx.show(ind.id, value)}" for ind in ctx.rows.values()
                      if ind.name.endswith(kind) and ctx.expected(ind) and (value := ctx.number(ind.id)) is not None
                      and value < bound]
            if below:
                claim = re.sub(r"\s+", "", m.group(0))
                out.append(Finding("warning", "R16.all-above", ctx.outline.block_place(block),
                                   f"{ctx.outline.name(block)}写有“{claim}”，但{'、'.join(below)}低于 {m.group('n')}%，请核对"))
    return out


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("listed-columns", check, {"document"}), ("all-above", check_above, {"document", "figures"}))
