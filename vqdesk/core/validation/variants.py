"""R18 without a master entry: two spellings of what is likely one major or one organisation.

Real reports drift: 机械加工技术 / 机械加工技术应用, 川达集团 / 川达事业集团, …学校 / …学院,
…股份有限公司 / …有限责任公司.  Where the master lists already say that a spelling is an alias,
R18.alias hints at the canonical name; where they say nothing, a spelling that is contained in
another (a few characters apart) or equal to it once the legal form is removed is named here,
with both spellings, so the user can unify them or register the alias.
"""

from difflib import SequenceMatcher
from os.path import commonprefix

from vqdesk.core.findings import Finding, Place
from vqdesk.core.kinds import normalise_text

from .context import Context

#: Legal forms and kinds of institution that vary between spellings of one name.
FORMS = ("集团有限公司", "股份有限公司", "有限责任公司", "有限公司", "集团", "公司", "学校", "学院")
MIN_CHARS = 4
MAX_EXTRA = 4


def core_name(name: str) -> str:
    text = normalise_text(name).replace(" ", "")
    for form in FORMS:
        if text.endswith(form) and len(text) - len(form) >= MIN_CHARS:
            return text[: -len(form)]
    return text


def _within(short: str, long: str) -> bool:
    """`short` is `long` with a few characters left out (in order)."""
    if len(short) < MIN_CHARS or not 0 < len(long) - len(short) <= MAX_EXTRA:
        return False
    rest = iter(long)
    return all(ch in rest for ch in short)


def is_variant(a: str, b: str) -> bool:
    """Whether two different spellings likely name one thing."""
    x, y = normalise_text(a).replace(" ", ""), normalise_text(b).replace(" ", "")
    if x == y:
        return False
    if core_name(x) == core_name(y) and len(core_name(x)) >= MIN_CHARS:
        return True
    return _within(x, y) or _within(y, x)


def closest_variant(name: str, names) -> str | None:
    """The most similar of `names` that `name` is a variant of (新能源汽车运用与维修 is closer to
    新能源汽车维修 than to 汽车运用与维修)."""
    found = [n for n in names if is_variant(name, n)]
    return max(found, key=lambda n: (SequenceMatcher(None, name, n).ratio(), len(commonprefix([name, n]))),
               default=None)


def _known(ctx: Context) -> set:
    """Every spelling the master lists know (a name and its aliases are settled)."""
    return {(e.kind, normalise_text(s)) for e in ctx.data.masters for s in (e.name, *e.aliases)}


def _organisations(ctx: Context) -> list:
    """(list, row, field, spelling) of every organisation named in the lists, in report order."""
    out = []
    for rl in ctx.edition.record_lists:
        for fd in (f for f in rl.fields if f.kind == "organisation"):
            for row, record in enumerate(ctx.data.records.get(rl.id, [])):
                text = record.get(fd.key)
                if isinstance(text, str) and text.strip():
                    out.append((rl, row, fd, text.strip()))
    return out


def check(ctx: Context) -> list[Finding]:
    known = _known(ctx)
    seen: dict = {}            # spelling -> where it was first written
    out = []
    for rl, row, fd, text in _organisations(ctx):
        if ("organisation", normalise_text(text)) in known or text in seen:
            seen.setdefault(text, (rl, row))
            continue
        other = next((s for s in seen if ("organisation", normalise_text(s)) not in known and is_variant(text, s)),
                     None)
        seen[text] = (rl, row)
        if other is None:
            continue
        first_list, first_row = seen[other]
        out.append(Finding(
            "warning", "R18.variant", Place(kind="record", list_id=rl.id, row=row, field=fd.key),
            f"名单“{rl.title}”第{row + 1}行：{fd.label}“{text}”与名单“{first_list.title}”第{first_row + 1}行的"
            f"“{other}”像是同一单位的不同写法，请统一，或在名录中登记为别名"))
    return out


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("organisations", check, {"records", "masters"}),)
