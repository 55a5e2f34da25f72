"""Reading WordprocessingML paragraphs: their text, images, fields, styles, and the things in
them that the document model cannot hold (text boxes, equations, embedded objects, notes).

Works on python-docx's lxml elements, because python-docx's own Paragraph.text leaves out the
text inside simple fields and hyperlinks of some writers, and says nothing about what it skips.
"""

from dataclasses import dataclass, field

from docx.oxml.ns import qn

from vqdesk.core.docx_import.patterns import excerpt

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_MC_CHOICE = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Choice"
_MC_ALT = "{http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent"
_MATH = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
_R_EMBED = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}embed"
_R_LINK = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}link"
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_A_BLIP = "{http://schemas.openxmlformats.org/drawingml/2006/main}blip"
_A_GRAPHIC_DATA = "{http://schemas.openxmlformats.org/drawingml/2006/main}graphicData"
_V_IMAGEDATA = "{urn:schemas-microsoft-com:vml}imagedata"
_V_TEXTBOX = "{urn:schemas-microsoft-com:vml}textbox"
_TRUE = (None, "1", "true", "on")

#: Elements that hold no visible text of the paragraph.
_SILENT = {qn(t) for t in ("w:pPr", "w:rPr", "w:del", "w:moveFrom", "w:bookmarkStart", "w:bookmarkEnd",
                           "w:proofErr", "w:lastRenderedPageBreak", "w:permStart", "w:permEnd")}
_CONTAINERS = {qn(t) for t in ("w:r", "w:hyperlink", "w:smartTag", "w:customXml", "w:ins", "w:moveTo",
                               "w:sdtContent", "w:dir", "w:bdo")}
_NOTES = {qn("w:footnoteReference"): "脚注", qn("w:endnoteReference"): "尾注"}


@dataclass
class Scan:
    """What one paragraph shows: its text, the relationship ids of its pictures, and what was lost."""
    text: str = ""
    images: list = field(default_factory=list)       # relationship ids, in order
    image_at: list = field(default_factory=list)     # where in the text each image stands
    lost: list = field(default_factory=list)         # Chinese descriptions
    toc: bool = False                                # inside a table-of-contents field


class FieldState:
    """Complex fields (begin … separate … end) run across paragraphs; a TOC field's result is a
    whole table of contents, which is not content."""

    def __init__(self):
        self.stack: list[str] = []

    @property
    def in_toc(self) -> bool:
        return any(instr.strip().upper().startswith("TOC") for instr in self.stack)

    def char(self, kind: str):
        if kind == "begin":
            self.stack.append("")
        elif kind == "end" and self.stack:
            self.stack.pop()

    def instr(self, text: str):
        if self.stack:
            self.stack[-1] += text


class ParagraphScanner:
    """Scans paragraphs of one document (its footnotes are needed to say which note was lost)."""

    def __init__(self, notes: dict):
        self.fields = FieldState()
        self.notes = notes                    # ("脚注" | "尾注", id) -> text

    def scan(self, p) -> Scan:
        out = Scan()
        parts: list[str] = []
        self._walk(p, out, parts)
        out.text = "".join(parts)
        out.image_at = [len("".join(parts[:n])) for n in out.image_at]
        return out

    def _walk(self, el, out: Scan, parts: list):
        for child in el:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SILENT:
                continue
            if self.fields.in_toc:
                out.toc = True
            if tag == qn("w:t"):
                parts.append(child.text or "")
            elif tag == qn("w:tab") or tag == qn("w:ptab"):
                parts.append("\t")
            elif tag in (qn("w:br"), qn("w:cr")):
                if child.get(qn("w:type")) in (None, "textWrapping"):
                    parts.append("\n")
            elif tag == qn("w:noBreakHyphen"):
                parts.append("-")
            elif tag == qn("w:fldChar"):
                self.fields.char(child.get(qn("w:fldCharType")))
                out.toc = out.toc or self.fields.in_toc
            elif tag == qn("w:instrText"):
                self.fields.instr(child.text or "")
                out.toc = out.toc or self.fields.in_toc
            elif tag == qn("w:fldSimple"):
                if (child.get(qn("w:instr")) or "").strip().upper().startswith("TOC"):
                    out.toc = True
                else:
                    self._walk(child, out, parts)
            elif tag in _CONTAINERS or tag == qn("w:sdt"):
                self._walk(child, out, parts)
            elif tag == _MC_ALT:
                choice = child.find(_MC_CHOICE)
                self._walk(choice if choice is not None else child[-1], out, parts)
            elif tag == qn("w:drawing"):
                self._drawing(child, out, len(parts))
            elif tag == qn("w:pict"):
                self._vml(child, out, len(parts))
            elif tag == qn("w:object"):
                out.lost.append("嵌入对象（如 Excel 表格、Visio 图或旧式公式）")
            elif tag.startswith(_MATH):
                out.lost.append(f"公式“{excerpt(_all_text(child, _MATH + 't'))}”")
            elif tag in _NOTES:
                what = _NOTES[tag]
                text = self.notes.get((what, child.get(qn("w:id"))), "")
                out.lost.append(f"{what}“{excerpt(text, 30)}”")
            elif tag == qn("w:commentReference"):
                out.lost.append("批注")

    def _drawing(self, drawing, out: Scan, at: int):
        data = next(drawing.iter(_A_GRAPHIC_DATA), None)
        uri = data.get("uri", "") if data is not None else ""
        if uri.endswith("/picture"):
            blip = next(drawing.iter(_A_BLIP), None)
            if blip is not None and blip.get(_R_EMBED):
                out.images.append(blip.get(_R_EMBED))
                out.image_at.append(at)
            else:
                out.lost.append("链接到外部文件的图片（图片不在 Word 文件中）")
        elif uri.endswith("/chart"):
            out.lost.append("Word 图表对象（请在 vqdesk 中用“插入图表”重做，或插入它的截图）")
        elif uri.endswith("/diagram"):
            out.lost.append("SmartArt 图形")
        else:
            box = next(drawing.iter(qn("w:txbxContent")), None)
            if box is not None:
                out.lost.append(f"文本框“{excerpt(_all_text(box, qn('w:t')))}”")
            elif any(b.get(_R_EMBED) for b in drawing.iter(_A_BLIP)):
                out.lost.append("组合图形中的图片")
            else:
                out.lost.append("图形（形状）")

    def _vml(self, pict, out: Scan, at: int):
        box = next(pict.iter(_V_TEXTBOX), None)
        if box is not None:
            out.lost.append(f"文本框“{excerpt(_all_text(box, qn('w:t')))}”")
            return
        image = next(pict.iter(_V_IMAGEDATA), None)
        if image is not None and image.get(_R_ID):
            out.images.append(image.get(_R_ID))
            out.image_at.append(at)
        else:
            out.lost.append("图形（形状）")


def _all_text(el, tag: str) -> str:
    return "".join(t.text or "" for t in el.iter(tag))


def read_notes(document) -> dict:
    """("脚注" | "尾注", id) -> text of the document's footnotes and endnotes."""
    out = {}
    for rel in document.part.rels.values():
        kind = {"footnotes": "脚注", "endnotes": "尾注"}.get(rel.reltype.rsplit("/", 1)[-1])
        if kind is None or rel.is_external:
            continue
        from lxml import etree
        try:
            root = etree.fromstring(rel.target_part.blob)
        except etree.XMLSyntaxError:
            continue
        for note in root:
            out[(kind, note.get(qn("w:id")))] = _all_text(note, qn("w:t")).strip()
    return out


# -- properties ----------------------------------------------------------------------------------

def on(el, tag: str):
    """True/False for a toggle property (w:b …) present on `el`, None when absent."""
    if el is None:
        return None
    prop = el.find(qn(tag))
    if prop is None:
        return None
    return prop.get(qn("w:val")) in _TRUE


def val(el, path: str):
    """The w:val of the first element at `path` (tags separated by /) below `el`, or None."""
    for tag in path.split("/"):
        if el is None:
            return None
        el = el.find(qn(tag))
    return None if el is None else el.get(qn("w:val"))


def shaded(el) -> bool:
    """A w:shd with a fill colour other than white or automatic somewhere in these properties."""
    shd = el.find(qn("w:shd")) if el is not None else None
    if shd is None:
        return False
    fill = (shd.get(qn("w:fill")) or "").upper()
    pattern = shd.get(qn("w:val")) or ""
    return (fill not in ("", "AUTO", "FFFFFF")) or pattern not in ("", "clear", "nil")
