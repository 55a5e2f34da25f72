"""R16.major: a major's graduates are some of its students, never more than all of them.

Per-major figures come from the free tables (a 专业 column beside a 毕业生 column, or an 在校生
column; a 总数 / 合计 column of a table whose caption is about 在校生) and from the lists
分专业在校生 (男 + 女 over the grades) and 证书获取 (the report year's cohort).  A major whose
graduates exceed its whole in-school count in another table or list is named with both figures:
usually one of the tables covers one grade only and does not say so.
"""

import re

from vqdesk.core.findings import Finding, Place
from vqdesk.core.kinds import normalise_text

from .context import Context
from .free_tables import plain
from .rate_vocab import vocabulary
from .statements import _is_number

_TOTAL = ("总数", "合计", "小计", "人数", "总人数")
_UNIT = re.compile(r"[（(][^）)]*[）)]$")


def _label(text) -> str:
    return _UNIT.sub("", normalise_text(str(text or "")).replace(" ", ""))


def _kind_of_column(header: str, caption: str) -> str | None:
    """"graduates", "students" or None for a numeric column of a per-major table."""
    key = vocabulary().count_of_label(header)
    label = _label(header)
    if key == "毕业生":
        return "graduates"
    if label in ("在校生", "在校生数", "在校生人数", "在校学生数") or (label in _TOTAL and "在校生" in caption):
        return "students"
    return None


def _tables(ctx: Context, out: dict):
    for _, block in ctx.blocks():
        d = block.data
        if block.kind != "table" or d.get("source") is not None:
            continue
        columns = [str(c or "") for c in d.get("columns") or []]
        major = next((c for c, h in enumerate(columns) if "专业" in _label(h)), None)
        if major is None:
            continue
        caption = normalise_text(block.caption or "")
        name = ctx.table_name(block)
        place = ctx.outline.block_place(block)
        for c, header in enumerate(columns):
            kind = _kind_of_column(header, caption) if c != major else None
            for row in ((d.get("rows") or []) if kind else []):
                if c < len(row) and major < len(row) and _is_number(row[c]) and str(row[major] or "").strip():
                    out[kind].setdefault(_label(row[major]), []).append((row[c], name, place))


def _lists(ctx: Context, out: dict):
    titles = {rl.id: rl.title for rl in ctx.edition.record_lists}
    if "enrolment" in titles:
        sums: dict = {}
        for row, record in enumerate(ctx.data.records.get("enrolment", [])):
            counts = [record.get(k) for k in ("male", "female")]
            if record.get("major") and all(_is_number(v) for v in counts):
                total, first = sums.get(_label(record.get("major")), (0, row))
                sums[_label(record.get("major"))] = (total + sum(counts), first)
        for major, (total, row) in sums.items():
            out["students"].setdefault(major, []).append(
                (total, f"名单“{titles['enrolment']}”", Place("record", list_id="enrolment", row=row, field="major")))
    if "certificates" in titles:
        for row, record in enumerate(ctx.data.records.get("certificates", [])):
            graduates = record.get("graduates")
            if record.get("major") and _is_number(graduates) and record.get("cohort") in (None, ctx.data.year):
                out["graduates"].setdefault(_label(record.get("major")), []).append(
                    (graduates, f"名单“{titles['certificates']}”第{row + 1}行",
                     Place("record", list_id="certificates", row=row, field="graduates")))


def check(ctx: Context) -> list[Finding]:
    found = {"graduates": {}, "students": {}}
    _tables(ctx, found)
    _lists(ctx, found)
    out = []
    for major, graduates in found["graduates"].items():
        for value, name, place in graduates[:1]:
            others = [(s, where) for s, where, _ in found["students"].get(major, []) if where != name]
            over = [(s, where) for s, where in others if value > s]
            if over:
                students, where = over[0]
                out.append(Finding(
                    "warning", "R16.major", place,
                    f"{name}中“{major}”专业的毕业生 {plain(value)} 人，多于{where}中该专业的在校生 {plain(students)} 人；"
                    "毕业生应是在校生的一部分，请核对两处的统计范围（如在校生是否只统计了一个年级）"))
    return out


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("majors", check, {"document", "records", "report"}),)
