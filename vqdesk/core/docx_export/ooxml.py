"""WordprocessingML that python-docx has no API for: fields (TOC, SEQ, PAGE), fonts with their East
Asian slot, shading, borders, repeating header rows, page-number formats and updateFields."""

from docx.oxml import OxmlElement
from docx.oxml.ns import qn


def _el(tag: str, **attrs) -> OxmlElement:
    element = OxmlElement(tag)
    for key, value in attrs.items():
        element.set(qn(f"w:{key}"), str(value))
    return element


#: Schema order of the children this module adds (Word rejects files whose order is wrong).
_ORDER = {
    "pPr": ("pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
            "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
            "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
            "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc",
            "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr",
            "sectPr", "pPrChange"),
    "rPr": ("rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline",
            "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing",
            "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText",
            "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath"),
    "tcPr": ("cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap", "tcMar",
             "textDirection", "tcFitText", "vAlign", "hideMark"),
    "tblPr": ("tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize", "tblStyleColBandSize",
              "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd", "tblLayout", "tblCellMar",
              "tblLook", "tblCaption", "tblDescription"),
    "sectPr": ("headerReference", "footerReference", "footnotePr", "endnotePr", "type", "pgSz", "pgMar",
               "paperSrc", "pgBorders", "lnNumType", "pgNumType", "cols", "formProt", "vAlign", "noEndnote",
               "titlePg", "textDirection", "bidi", "rtlGutter", "docGrid", "printerSettings"),
    "settings": ("zoom", "proofState", "defaultTabStop", "characterSpacingControl", "savePreviewPicture",
                 "updateFields", "hdrShapeDefaults", "footnotePr", "endnotePr", "compat", "docVars", "rsids",
                 "mathPr", "themeFontLang", "clrSchemeMapping", "shapeDefaults", "decimalSymbol",
                 "listSeparator"),
}


def _local(element) -> str:
    return element.tag.rsplit("}", 1)[-1]


def put(parent, child):
    """Insert `child` into `parent` at its schema place, replacing one of the same name."""
    order = _ORDER[_local(parent)]
    name = _local(child)
    for old in parent.findall(qn(f"w:{name}")):
        parent.remove(old)
    rank = order.index(name)
    for sibling in parent:
        other = _local(sibling)
        if other in order and order.index(other) > rank:
            sibling.addprevious(child)
            return child
    parent.append(child)
    return child


# -- fonts --------------------------------------------------------------------------------------

def set_fonts(rpr, east_asia: str, latin: str):
    """The rPr's fonts: `east_asia` for CJK (w:eastAsia), `latin` for Latin letters and digits.
    Theme fonts are dropped (they would win over the names), and the hint makes ambiguous
    characters such as “” and … take the East Asian font, as Chinese Word does."""
    fonts = _el("w:rFonts", ascii=latin, hAnsi=latin, eastAsia=east_asia, cs=latin, hint="eastAsia")
    put(rpr, fonts)


def east_asian_language(rpr, lang: str = "zh-CN"):
    put(rpr, _el("w:lang", val="en-US", eastAsia=lang, bidi="ar-SA"))


def colour(rpr, hex_rgb: str):
    put(rpr, _el("w:color", val=hex_rgb))


# -- fields -------------------------------------------------------------------------------------

def add_field(paragraph, instruction: str, cached: str = "", *, dirty: bool = False, hidden: bool = False):
    """A complex field (begin, instruction, separate, cached result, end) at the paragraph's end.

    `cached` is what the field shows until Word or WPS updates it; `dirty` asks them to update
    it on opening; `hidden` marks the runs as vanished (a SEQ that only feeds a list)."""
    begin = _el("w:fldChar", fldCharType="begin")
    if dirty:
        begin.set(qn("w:dirty"), "true")
    text = _el("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = f" {instruction} "
    parts = [begin, text, _el("w:fldChar", fldCharType="separate")]
    if cached:
        result = _el("w:t")
        result.set(qn("xml:space"), "preserve")
        result.text = cached
        parts.append(result)
    parts.append(_el("w:fldChar", fldCharType="end"))
    for part in parts:
        run = paragraph.add_run()
        if hidden:
            run.font.hidden = True
        run._r.append(part)
    return paragraph


def update_fields_on_open(document):
    """settings.xml w:updateFields: Word asks to update the TOC and captions when opening."""
    put(document.settings.element, _el("w:updateFields", val="true"))


# -- paragraphs ---------------------------------------------------------------------------------

def indent_chars(paragraph_format, chars: float, size_pt: float):
    """First-line indent in characters (w:firstLineChars: what Chinese Word shows as 2 字符)."""
    from docx.shared import Pt
    paragraph_format.first_line_indent = Pt(chars * size_pt)
    ind = paragraph_format._element.get_or_add_pPr().find(qn("w:ind"))
    ind.set(qn("w:firstLineChars"), str(round(chars * 100)))


def paragraph_border(ppr, side: str = "bottom", size_eighths: int = 6, colour_hex: str = "404040", space: int = 1):
    borders = _el("w:pBdr")
    borders.append(_el(f"w:{side}", val="single", sz=size_eighths, space=space, color=colour_hex))
    put(ppr, borders)


def outline_level(ppr, level: int):
    """w:outlineLvl (0 = level 1): the navigation pane and TOC \\u see the paragraph as a heading."""
    put(ppr, _el("w:outlineLvl", val=level))


# -- tables -------------------------------------------------------------------------------------

def hex_colour(c) -> str:
    """A reportlab Color as Word's RRGGBB."""
    return "".join(f"{round(v * 255):02X}" for v in (c.red, c.green, c.blue))


def shade(cell, fill_hex: str):
    """Background of a table cell."""
    put(cell._tc.get_or_add_tcPr(), _el("w:shd", val="clear", color="auto", fill=fill_hex))


def cell_valign(cell, value: str):
    put(cell._tc.get_or_add_tcPr(), _el("w:vAlign", val=value))


def cell_padding(cell, pts: float):
    margins = _el("w:tcMar")
    for side in ("top", "left", "bottom", "right"):
        margins.append(_el(f"w:{side}", w=round(pts * 20), type="dxa"))
    put(cell._tc.get_or_add_tcPr(), margins)


def table_borders(table, size_eighths: int = 4, colour_hex: str = "595959", outer: int | None = None,
                  none: bool = False):
    """All borders of a table: single lines (outer ones `outer` thick), or none at all."""
    borders = _el("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        if none:
            borders.append(_el(f"w:{side}", val="nil"))
            continue
        size = outer if outer and side in ("top", "left", "bottom", "right") else size_eighths
        borders.append(_el(f"w:{side}", val="single", sz=size, space=0, color=colour_hex))
    put(table._tbl.tblPr, borders)


def table_padding(table, top=3, bottom=3, left=4, right=4):
    """Default cell padding of a table, in points."""
    margins = _el("w:tblCellMar")
    for side, value in (("top", top), ("left", left), ("bottom", bottom), ("right", right)):
        margins.append(_el(f"w:{side}", w=round(value * 20), type="dxa"))
    put(table._tbl.tblPr, margins)


def table_width(table, width_pt: float):
    put(table._tbl.tblPr, _el("w:tblW", w=round(width_pt * 20), type="dxa"))


def fixed_layout(table):
    put(table._tbl.tblPr, _el("w:tblLayout", type="fixed"))


def repeat_header(row):
    """The row repeats at the top of every page the table continues on (w:tblHeader)."""
    row._tr.get_or_add_trPr().append(_el("w:tblHeader", val="true"))


def cant_split(row):
    row._tr.get_or_add_trPr().append(_el("w:cantSplit", val="true"))


# -- sections -----------------------------------------------------------------------------------

def page_numbers(section, fmt: str, start: int | None = 1):
    """The section's page-number format (lowerRoman, decimal) and where it restarts."""
    numbers = _el("w:pgNumType", fmt=fmt)
    if start is not None:
        numbers.set(qn("w:start"), str(start))
    put(section._sectPr, numbers)


# -- the font table -----------------------------------------------------------------------------

#: Chinese Word's own entries for its four fonts: the English name lets Word and WPS on a system
#: with English font names find them, charset 86 (GB2312) marks them as simplified Chinese.
CJK_FONTS = {"宋体": ("SimSun", "02010600030101010101", "auto", "variable"),
             "黑体": ("SimHei", "02010609060101010101", "modern", "fixed"),
             "仿宋": ("FangSong", "02010609060101010101", "modern", "fixed"),
             "楷体": ("KaiTi", "02010609060101010101", "modern", "fixed")}


def declare_fonts(document, names):
    """Add the named CJK fonts to word/fontTable.xml."""
    from lxml import etree
    part = next(p for p in document.part.package.iter_parts() if str(p.partname) == "/word/fontTable.xml")
    root = etree.fromstring(part.blob)
    for name in names:
        alt, panose, family, pitch = CJK_FONTS[name]
        font = etree.SubElement(root, qn("w:font"))
        font.set(qn("w:name"), name)
        for tag, value in (("altName", alt), ("panose1", panose), ("charset", "86"), ("family", family),
                           ("pitch", pitch)):
            etree.SubElement(font, qn(f"w:{tag}")).set(qn("w:val"), value)
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def table_caption(table, text: str):
    """The table's title for assistive tools and importers (w:tblCaption, Word 2010 and later)."""
    put(table._tbl.tblPr, _el("w:tblCaption", val=text))


def alt_text(run, text: str):
    """The description of the picture in `run` (what Word shows as 替代文字)."""
    for doc_pr in run._r.iter("{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"):
        doc_pr.set("descr", text)


def cell_border(cell, side: str = "bottom", size_eighths: int = 5, colour_hex: str = "000000"):
    """One ruled side of a cell (a line to sign on)."""
    borders = _el("w:tcBorders")
    borders.append(_el(f"w:{side}", val="single", sz=size_eighths, space=0, color=colour_hex))
    put(cell._tc.get_or_add_tcPr(), borders)
