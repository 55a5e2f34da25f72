"""Report settings: front matter, numbering and case labels, seeded from the edition and then
owned by the report.  Facts about the school (English name, address, phone, website, publication
form and URL) are not settings: they live once in the profile and every page reads them there.
"""

import copy
import re

from vqdesk.core.errors import InputError

NUMBERING_SCOPES = ("flat", "per_chapter", "per_section")
CASE_SCOPES = ("flat", "per_chapter")
CASE_PLACEMENTS = ("inline", "chapter_end")
PREFACE_TITLES = ("前言", "撰写说明")
#: Ready-made case labels; any pattern with {n}, {cn} or {chapter} is allowed.
CASE_LABEL_PRESETS = {"【案例 {chapter}-{n}】": "per_chapter", "【案例 {n}】": "flat",
                      "案例 {n}": "flat", "案例{cn}": "flat", "案例分享 {n}": "flat"}
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_HEADING_TOKENS = {"n", "cn", "chapter", "section", "sub"}
_MONTH = re.compile(r"^\d{4}年\d{1,2}月$")


def default_settings(edition, year: int, month: str = "") -> dict:
    """The settings a new year starts with, from the edition's front matter and numbering."""
    fm, num, cases = edition.front_matter, edition.numbering, edition.cases
    per = {"per_chapter": "per_chapter", "flat": "flat", "per_section": "per_section"}
    label = (f"【{cases.label} {{chapter}}-{{n}}】" if cases.numbering == "per_chapter"
             else f"【{cases.label} {{n}}】")
    return {
        "cover": {"title": fm.cover_title, "date": month},
        "declaration": {"enabled": fm.declaration, "text": fm.declaration_text},
        "publication": {"enabled": fm.publication},
        "preface": {"title": "前言" if fm.preface else None, "text": ""},
        "toc": {"levels": 3, "tables": True, "figures": True, "cases": True},
        "annex": {"enabled": bool(edition.tables), "years": [year]},
        "back_cover": {"enabled": fm.back_cover, "writers": "", "reviewers": ""},
        "numbering": {
            "chapter": num.chapter, "section": num.section,
            "level3": "{chapter}.{section}.{n}" if "{chapter}" in num.section else "{n}.",
            "level4": "（{n}）",
            "tables": per.get(num.tables, "per_chapter"), "figures": per.get(num.figures, "per_chapter"),
            "table_label": "表", "figure_label": "图"},
        "cases": {"label": label, "numbering": "per_chapter" if cases.numbering == "per_chapter" else "flat",
                  "placement": "inline"},
    }


def merge_settings(base: dict, changes: dict, where: str = "settings") -> dict:
    """`base` with `changes` laid over it, checked; raises InputError naming the key."""
    out = copy.deepcopy(base)
    for group, values in (changes or {}).items():
        if group not in base:
            raise InputError(f"{where}：没有“{group}”这一组设置（可用：{'、'.join(base)}）。")
        if not isinstance(values, dict):
            raise InputError(f"{where}.{group}：应是一组键值。")
        for key, value in values.items():
            if key not in base[group]:
                raise InputError(f"{where}.{group}：没有“{key}”这一项（可用：{'、'.join(base[group])}）。")
            out[group][key] = value
    check_settings(out, where)
    return out


def check_settings(s: dict, where: str = "settings"):
    """Raise InputError naming the first setting whose value cannot be used."""
    def fail(path, problem):
        raise InputError(f"{where}.{path}：{problem}")

    def need(path, value, kinds, what):
        if isinstance(value, bool) and bool not in kinds or not isinstance(value, kinds):
            fail(path, f"应为{what}")

    for group in ("declaration", "publication", "annex", "back_cover"):
        need(f"{group}.enabled", s[group]["enabled"], (bool,), " true 或 false")
    for path in ("cover.title", "cover.date", "declaration.text", "preface.text",
                 "back_cover.writers", "back_cover.reviewers"):
        group, key = path.split(".")
        need(path, s[group][key], (str,), "文字")
    if s["cover"]["date"] and not _MONTH.match(s["cover"]["date"]):
        fail("cover.date", f"“{s['cover']['date']}”应写成“2025年11月”的形式")
    title = s["preface"]["title"]
    if title is not None and title not in PREFACE_TITLES:
        fail("preface.title", f"应为“前言”“撰写说明”或 null（不要前言），不能是“{title}”")
    toc = s["toc"]
    if toc["levels"] not in (1, 2, 3, 4) or isinstance(toc["levels"], bool):
        fail("toc.levels", "目录级数应为 1–4")
    for key in ("tables", "figures", "cases"):
        need(f"toc.{key}", toc[key], (bool,), " true 或 false")
    years = s["annex"]["years"]
    if not isinstance(years, list) or not all(isinstance(y, int) and not isinstance(y, bool) for y in years):
        fail("annex.years", "应为年份列表，如 [2024, 2025]")
    num = s["numbering"]
    for key in ("chapter", "section", "level3", "level4"):
        need(f"numbering.{key}", num[key], (str,), "文字")
        bad = set(_PLACEHOLDER.findall(num[key])) - _HEADING_TOKENS
        if bad:
            fail(f"numbering.{key}", f"不认识的占位符“{{{bad.pop()}}}”（可用 {{n}} {{cn}} {{chapter}} {{section}}）")
    for key in ("tables", "figures"):
        if num[key] not in NUMBERING_SCOPES:
            fail(f"numbering.{key}", "应为 flat（表 7）、per_chapter（表 1-1）或 per_section（表 1.3.3）")
    for key in ("table_label", "figure_label"):
        need(f"numbering.{key}", num[key], (str,), "文字")
    cases = s["cases"]
    need("cases.label", cases["label"], (str,), "文字")
    if not {"n", "cn"} & set(_PLACEHOLDER.findall(cases["label"])):
        fail("cases.label", "案例编号格式中应有 {n} 或 {cn}，如“【案例 {chapter}-{n}】”“案例{cn}”")
    if cases["numbering"] not in CASE_SCOPES:
        fail("cases.numbering", "应为 flat（全文连续）或 per_chapter（按章）")
    if cases["placement"] not in CASE_PLACEMENTS:
        fail("cases.placement", "应为 inline（放在所在小节）或 chapter_end（放在章末）")
