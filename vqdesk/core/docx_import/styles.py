"""What a paragraph's style says: a heading level (built-in Heading 1–4 / 标题 1–4, or an
outline level), bold, or a special role (table of contents, caption, cover title)."""

import re

from docx.oxml.ns import qn

from vqdesk.core.docx_import.ooxml import on, val

_HEADING_NAME = re.compile(r"^(?:heading|标题)(\d)$")
_HEADING_ID = re.compile(r"^heading(\d)$", re.I)
_TOC_NAME = re.compile(r"^(?:toc\d|目录\d|tocheading|tableoffigures|图表目录|目录标题|目录)$")


class StyleBook:
    """The document's styles, resolved once per style id (following basedOn)."""

    def __init__(self, document):
        self._styles = document.styles.element
        self._cache: dict = {}

    def _chain(self, style_id):
        seen, out = set(), []
        while style_id and style_id not in seen and len(out) < 8:
            seen.add(style_id)
            style = self._styles.get_by_id(style_id)
            if style is None:
                break
            out.append(style)
            style_id = style.basedOn_val
        return out

    def info(self, style_id) -> dict:
        """{"level", "bold", "role", "name"} of a paragraph style (the default style for None)."""
        key = style_id or ""
        if key not in self._cache:
            default = self._default()
            chain = self._chain(style_id) if style_id else [default] if default is not None else []
            self._cache[key] = _describe(chain)
        return self._cache[key]

    def _default(self):
        from docx.enum.style import WD_STYLE_TYPE
        return self._styles.default_for(WD_STYLE_TYPE.PARAGRAPH)

    def char_bold(self, style_id):
        for style in self._chain(style_id):
            b = on(style.rPr, "w:b")
            if b is not None:
                return b
        return None


def _describe(chain) -> dict:
    level, bold, role, listed = None, None, "", None
    name = _name(chain[0]) if chain else ""
    for style in chain:
        n = _name(style)
        if level is None:
            m = _HEADING_NAME.match(n) or _HEADING_ID.match(style.styleId or "")
            if m:
                level = int(m.group(1))
            elif (outline := val(style.pPr, "w:outlineLvl")) is not None and outline.isdigit() and int(outline) < 9:
                level = int(outline) + 1
        if not role:
            if _TOC_NAME.match(n):
                role = "toc"
            elif n in ("caption", "题注"):
                role = "caption"
            elif n in ("title", "subtitle", "标题", "副标题"):
                role = "cover"
        if bold is None:
            bold = on(style.rPr, "w:b")
        if listed is None and style.pPr is not None and style.pPr.find(qn("w:numPr")) is not None:
            listed = list_level(style)
    return {"level": level, "bold": bool(bold), "role": role, "name": name, "list_level": listed}


def _name(style) -> str:
    return re.sub(r"\s+", "", (style.name_val or "")).lower()


def paragraph_style(p, book: StyleBook) -> dict:
    """The style info of paragraph `p`, with its own outline level taking precedence."""
    info = dict(book.info(val(p.pPr, "w:pStyle") if p.pPr is not None else None))
    outline = val(p.pPr, "w:outlineLvl") if p.pPr is not None else None
    if outline is not None and outline.isdigit():
        info["level"] = int(outline) + 1 if int(outline) < 9 else None
    return info


#: Fonts Chinese documents set headings in instead of bold (GB/T 9704: 黑体, 楷体 under 仿宋 text).
HEADING_FONTS = ("黑体", "方正黑体", "方正黑体简体", "方正小标宋", "方正小标宋简体", "小标宋", "楷体", "楷体_GB2312",
                 "方正楷体", "华文中宋", "SimHei", "KaiTi")


def _heading_font(rpr) -> bool:
    return font_of(rpr) in HEADING_FONTS


def font_of(rpr) -> str:
    fonts = rpr.find(qn("w:rFonts")) if rpr is not None else None
    return (fonts.get(qn("w:eastAsia")) or "") if fonts is not None else ""


def heading_font(p) -> str:
    """“楷” or “黑” when every run with text is set in a 楷体 or a 黑体-like heading font, else ""."""
    groups = set()
    for r in p.iter(qn("w:r")):
        if "".join(t.text or "" for t in r.iter(qn("w:t"))).strip():
            font = font_of(r.find(qn("w:rPr")))
            groups.add("" if font not in HEADING_FONTS else "楷" if "楷" in font or font == "KaiTi" else "黑")
    return groups.pop() if len(groups) == 1 else ""


def paragraph_bold(p, book: StyleBook, style_bold: bool) -> bool:
    """Every run with visible text is bold (directly, by its character style or the paragraph's),
    or set in a heading font such as 黑体."""
    seen = False
    for r in p.iter(qn("w:r")):
        text = "".join(t.text or "" for t in r.iter(qn("w:t")))
        if not text.strip():
            continue
        seen = True
        rpr = r.find(qn("w:rPr"))
        bold = on(rpr, "w:b")
        if bold is None and rpr is not None:
            bold = book.char_bold(val(rpr, "w:rStyle"))
        if bold is None:
            bold = style_bold
        if not bold and not _heading_font(rpr):
            return False
    return seen


def list_level(p):
    """The level (0 …) of a paragraph of a Word list (bullets or automatic numbers), else None."""
    num = p.pPr.find(qn("w:numPr")) if p.pPr is not None else None
    if num is None or val(num, "w:numId") == "0":
        return None
    level = val(num, "w:ilvl")
    return int(level) if level and level.isdigit() else 0
