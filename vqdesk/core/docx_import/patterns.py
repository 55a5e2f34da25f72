"""The text patterns Chinese reports use: heading numbers, captions, case labels, front matter
and table-of-contents lines.  Plain functions over one paragraph's text."""

import re

_CN = "零〇一二三四五六七八九十百"
#: Heading number kinds with their canonical rank (0 = highest).  A document's own order decides
#: the levels (headings.py); the rank only says that 一、 never sits below （一）.
HEADING_NUMBERS = (
    ("di", 0, re.compile(rf"^第[{_CN}\d]+[章部篇节](?:分)?[\s、:：.．]*")),
    ("cn", 1, re.compile(rf"^[{_CN}]+\s*[、.．]\s*")),
    ("pcn", 2, re.compile(rf"^[（(]\s*[{_CN}]+\s*[）)]\s*[、.．]?\s*")),
    ("dec4", 4, re.compile(r"^\d{1,2}[.．]\d{1,2}[.．]\d{1,2}[.．]\d{1,2}(?![.．\d])[.．、]?\s*")),
    ("dec3", 3, re.compile(r"^\d{1,2}[.．]\d{1,2}[.．]\d{1,2}(?![.．\d])[.．、]?\s*")),
    ("dec2", 2, re.compile(r"^\d{1,2}[.．]\d{1,2}(?![.．\d%％万亿千百元个人名所项次倍年月日天岁件台套米])[.．、]?\s*")),
    ("ar", 3, re.compile(r"^\d{1,2}\s*(?:[、．]|\.(?!\d))\s*")),
    ("par", 4, re.compile(r"^[（(]\s*\d{1,2}\s*[）)]\s*[、.．]?\s*")),
    ("cpar", 4, re.compile(r"^\d{1,2}\s*[）)]\s*")),
    ("circ", 5, re.compile(r"^[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]\s*")),
    # “1 基本情况”: a chapter only in a report numbered 1 / 1.1 / 1.1.1 (headings.py decides)
    ("bare", 3, re.compile(r"^\d{1,2}\s+(?=[^\d\s.．、%％])")),
)
#: A heading number followed only by a space ("1 基本情况"), accepted when stripping styled headings.
_BARE_NUMBER = re.compile(r"^\d{1,2}(?:[.．]\d{1,2}){0,3}\s+(?=\S)")

_CAPTION = re.compile(r"^\s*(表|图)\s*([0-9一二三四五六七八九十]+(?:\s*[-－—–.．]\s*[0-9]+)*)\s*[:：.、．]?\s*")
_CASE = re.compile(rf"^\s*[【\[〔]?\s*(?:典型)?案例\s*(?:分享|展示)?\s*([0-9{_CN}]+(?:\s*[-－—–.．]\s*[0-9]+)?)"
                   rf"\s*[】\]〕]?\s*[:：、.．]?\s*")
_TOC_LINE = re.compile(r"(?:\.{3,}|…+|·{3,}|-{4,}|\t)\s*[-—–]?\s*[0-9ivxIVX]+\s*[-—–]?\s*$")
#: Titles of the parts before the body (the report's front matter is built from its settings).
FRONT_MATTER = ("前言", "目录", "责任声明", "声明", "编制说明", "撰写说明", "编写说明", "图表目录", "表目录",
                "图目录", "案例目录", "表格目录", "插图目录", "序言", "序", "卷首语", "引言", "报告说明")
#: Words of a cover page: the report's title, who made it, its date.
_COVER = re.compile(r"质量年度报告|年度质量报告|质量报告|年度报告|^（?\d{4}\s*年度?）?$|^\d{4}\s*年\s*\d{1,2}\s*月"
                    r"|编制单位|报送单位|发布单位|^报告编写|^编写人员")
_END_PUNCT = "。；;！!？?，,：:"
#: Small print under a table or chart.
_NOTE = re.compile(r"^(注[:：]|注\s*\d|备注[:：]|数据来源[:：]|资料来源[:：]|说明[:：])")
#: Parts after the body that the report builds itself: the annex of standard tables.
_BACK_MATTER = re.compile(r"^(附件|附表|附录)(\s*[0-9一二三四五六七八九十]+)?(\s*[:：、.．]|$|\s)")
#: The back cover: the school's contact details and the writers (the school profile has them).
_BACK_COVER = re.compile(r"^(地址|通讯地址|邮编|邮政编码|电话|联系电话|传真|网址|邮箱|电子邮箱|撰稿|撰稿人|审核|审稿"
                         r"|编写人员|主编|副主编)\s*[:：]")


def heading_number(text: str):
    """(kind, rank, title without its number) when `text` starts with a heading number, else None."""
    for kind, rank, pattern in HEADING_NUMBERS:
        m = pattern.match(text)
        if m and m.end() < len(text):
            return kind, rank, text[m.end():].strip()
    return None


def strip_number(text: str) -> str:
    """A heading's title without the number typed in front of it (the outline numbers itself)."""
    text = text.strip()
    found = heading_number(text)
    if found:
        return found[2]
    m = _BARE_NUMBER.match(text)
    return text[m.end():].strip() if m else text


_UNNUMBERED_CAPTION = re.compile(r"^\s*(表|图)[\s\-－—–.．:：]*")


def number_pattern(text: str) -> str | None:
    """The numbering pattern (settings.numbering) of the number typed before a heading:
    “一、” -> “{cn}、”, “（一）” -> “（{cn}）”, “1.2.3” -> “{chapter}.{section}.{n}”; None without one."""
    text = text.strip()
    m = next((m for _, _, pattern in HEADING_NUMBERS if (m := pattern.match(text)) and m.end() < len(text)),
             None) or _BARE_NUMBER.match(text)
    if m is None:
        return None
    number = text[:m.end()].strip()
    if re.search(rf"[{_CN}]", number):
        return re.sub(rf"[{_CN}]+", "{cn}", number, count=1)
    digits = re.findall(r"\d+", number)
    names = ["{chapter}", "{section}", "{sub}"][:len(digits) - 1] + ["{n}"]
    parts = re.split(r"\d+", number)
    return "".join(part + name for part, name in zip(parts, names)) + parts[-1]


def caption(text: str, styled: bool = False):
    """("table" | "figure", caption without its label and number) for “表 1-2 …”/“图 3 …”, else None.
    `styled`: a paragraph in Word's caption style, whose number field may have no text yet."""
    m = _CAPTION.match(text) or (_UNNUMBERED_CAPTION.match(text) if styled else None)
    if not m or m.end() >= len(text.rstrip()):
        return None
    rest = text[m.end():].strip()
    if len(rest) > 60 or rest[-1] in "。；;":      # a sentence that starts with 表/图, not a caption
        return None
    return ("table" if m.group(1) == "表" else "figure"), rest


def split_captions(text: str) -> list[str]:
    """“图 1 实训室  图 2 车间” (one line under two pictures) as two captions."""
    starts = [m.start() for m in re.finditer(r"图\s*[0-9一二三四五六七八九十]+(?:\s*[-－—–.．]\s*[0-9]+)*", text)
              if m.start() == 0 or text[m.start() - 1] in " \t\u3000"]
    if len(starts) < 2:
        return [text]
    return [text[a:b].strip() for a, b in zip(starts, starts[1:] + [len(text)])]


def case_label(text: str):
    """The title after a case label (“【案例 2】…”, “案例一 …”, “案例3：…”), "" for a bare label,
    or None when `text` does not start with one."""
    m = _CASE.match(text)
    if not m:
        return None
    return text[m.end():].strip()


def is_toc_line(text: str) -> bool:
    """A table-of-contents entry typed or left as text: a title, dot leaders, a page number."""
    return bool(_TOC_LINE.search(text)) and len(text.strip()) > 3


def is_front_matter(title: str) -> bool:
    return re.sub(r"[\s\u3000]+", "", title) in FRONT_MATTER


def is_back_matter(title: str) -> bool:
    return bool(_BACK_MATTER.match(title.strip()))


def is_back_cover_line(text: str) -> bool:
    return bool(_BACK_COVER.match(text.strip()))


def is_note(text: str) -> bool:
    return bool(_NOTE.match(text.strip()))


def is_cover_line(text: str) -> bool:
    return bool(_COVER.search(text.strip()))


def short_title(text: str, limit: int = 40) -> bool:
    """Short enough for a heading, and not a sentence (no final full stop or comma)."""
    text = text.strip()
    return 0 < len(text) <= limit and text[-1] not in _END_PUNCT


def excerpt(text: str, limit: int = 20) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= limit else text[:limit] + "…"
