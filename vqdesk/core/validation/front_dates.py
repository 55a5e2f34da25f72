"""The front matter against the texts: dates and the report's own title (hints).

- R15.signed: a signing date (a line holding only a date, as under a declaration, a 前言 or a
  case's 撰稿人 / 审稿人) later than the cover's month (Jinzhou 2025: cover 2025年11月, signed
  2025年12月2日), or outside the report year and the next one.
- R15.cover: the cover's date (settings.cover.date, “2025年11月”) outside the report year and
  the next one.  The declaration prints blank 年 月 日 for the hand; a date typed into its text
  is read as a signing date.
- R19.title: a 《…质量…报告…》 naming this school or region, of this year or none, written
  differently from the cover's title (Anshan 2023: cover 鞍山市中等职业教育质量报告, its 撰写说明
  quotes 《鞍山市中等职业教育质量年度报告（2023 年度）》).  The title is the cover's, as the PDF
  prints it (pdf.front_matter.report_title: settings.cover.title with {school} and {year}).
"""

import re

from vqdesk.core.findings import Finding, Place

from .context import Context

_COVER = re.compile(r"^(\d{4})年(\d{1,2})月$")
#: A line that is only a date (“2025年12月2日”, “日期：2025 年 12 月”).
_SIGNED = re.compile(r"^(?:(?:日期|时间)[：:]\s*)?(20\d\d)\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?$")
_QUOTED = re.compile(r"《([^《》\n]{4,80})》")
_YEARS = re.compile(r"20\d\d")
#: The year part of a title, left out when two spellings are compared: （2025年度）, 2025年.
_YEAR_PART = re.compile(r"[（(]?20\d\d年度?[）)]?")
#: Where a title's school or region ends: “鞍山市” of 鞍山市中等职业教育质量报告.
_SUBJECT_END = re.compile(r"中等职业教育|职业教育|质量")
_COVER_PLACE = Place(kind="report", label="封面")


def _signing_texts(ctx: Context):
    """(text, place, where) of the texts that may end with a signing date."""
    declaration = ctx.data.settings.get("declaration") or {}
    if declaration.get("enabled") and declaration.get("text"):
        yield (declaration["text"], Place(kind="report", label="内容真实性责任声明"), "“内容真实性责任声明”")
    yield from ctx.texts()


def _show(year, month, day=None) -> str:
    return f"{year}年{month}月" + (f"{day}日" if day else "")


def check_dates(ctx: Context) -> list[Finding]:
    year, out = ctx.data.year, []
    found = _COVER.match((ctx.data.settings.get("cover") or {}).get("date") or "")
    cover = (int(found.group(1)), int(found.group(2))) if found else None
    if cover and cover[0] not in (year, year + 1):
        out.append(Finding("info", "R15.cover", _COVER_PLACE,
                           f"封面日期 {_show(*cover)} 不在报告年度 {year} 年或次年内，请核对"))
    for text, place, where in _signing_texts(ctx):
        if "年" not in text or "月" not in text:
            continue
        for line in text.split("\n"):
            signed = _SIGNED.match(line.strip())
            if not signed:
                continue
            y, m = int(signed.group(1)), int(signed.group(2))
            shown = _show(y, m, signed.group(3))
            if y not in (year, year + 1):
                out.append(Finding("info", "R15.signed", place,
                                   f"{where}的落款日期 {shown} 不在报告年度 {year} 年或次年内，请核对"))
            elif cover and (y, m) > cover:
                out.append(Finding("info", "R15.signed", place,
                                   f"{where}的落款日期 {shown} 晚于封面日期 {_show(*cover)}，请统一两处日期"))
    return out


def report_title(ctx: Context) -> str:
    """The cover's title as printed (pdf.front_matter.report_title, without loading the PDF)."""
    school = (ctx.data.profile.get("name") or "").strip()
    title = (ctx.data.settings.get("cover") or {}).get("title") or ""
    return title.replace("{school}", school).replace("{year}", str(ctx.data.year))


def _plain(title: str) -> str:
    return re.sub(r"\s+", "", title).replace("(", "（").replace(")", "）")


def check_title(ctx: Context) -> list[Finding]:
    title = report_title(ctx).strip()
    if not title:
        return []
    own = _plain(title)
    head = _SUBJECT_END.split(own, 1)[0]
    names = {n for n in (_plain(ctx.data.profile.get("name") or ""), head) if len(n) >= 2}
    out = []
    for text, place, where in ctx.texts():
        if "《" not in text:
            continue
        quoted = {}
        for written in _QUOTED.findall(text):
            quoted.setdefault(_plain(written), written)
        for q, written in quoted.items():
            if q == own or not _YEAR_PART.sub("", q).endswith("报告") or "质量" not in q \
                    or not any(n in q for n in names):
                continue                        # not a report's title (a notice about one), or not ours
            if any(int(y) != ctx.data.year for y in _YEARS.findall(q)):
                continue                        # another year's report
            if _YEAR_PART.sub("", q) != _YEAR_PART.sub("", own):
                out.append(Finding("info", "R19.title", place,
                                   f"{where}写的报告名称《{written}》与封面标题“{title}”不一致，请统一为一种写法"))
    return out


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("front-dates", check_dates, {"document", "report"}),
         ("title-quotes", check_title, {"document", "profile", "report"}))
