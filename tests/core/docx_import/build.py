"""Building Word files in the tests with python-docx: the shapes real reports take (numbered bold
headings, merged headers, pictures with captions, case boxes, TOC fields, text boxes)."""

import io

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm
from PIL import Image

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def png(color=(200, 40, 40), size=(40, 30)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, color).save(out, "PNG")
    return out.getvalue()


def save(doc) -> bytes:
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def bold(doc, text: str):
    p = doc.add_paragraph()
    p.add_run(text).bold = True
    return p


def picture(doc, *images):
    """One paragraph with these PNGs side by side."""
    p = doc.add_paragraph()
    for data in images:
        p.add_run().add_picture(io.BytesIO(data), width=Cm(4))
    return p


def table(doc, rows: list, *, merges=(), header_rows=0, shade=None):
    """A table of text rows; merges: ((r0, c0), (r1, c1)) areas merged like Word does."""
    t = doc.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            t.cell(r, c).text = text
    for a, b in merges:
        t.cell(*a).merge(t.cell(*b))
    for r in range(header_rows):
        t.rows[r]._tr.get_or_add_trPr().append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))
    if shade:
        for cell in (c for row in t.rows for c in row.cells):
            cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:fill="{shade}"/>'))
    return t


def case_box(doc, paragraphs: list, shade="E7EEF7"):
    """A shaded single-cell table holding paragraphs (the first is the label and title)."""
    t = doc.add_table(rows=1, cols=1)
    cell = t.cell(0, 0)
    cell.text = paragraphs[0]
    for text in paragraphs[1:]:
        cell.add_paragraph(text)
    if shade:
        cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:fill="{shade}"/>'))
    return cell


def toc_field(doc, entries: list):
    """A TOC field as Word writes it: begin + instruction in the first paragraph, entries, end."""
    first = doc.add_paragraph()
    first._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"/></w:r>'))
    first._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h </w:instrText></w:r>'))
    first._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>'))
    first.add_run(entries[0])
    for text in entries[1:]:
        doc.add_paragraph(text)
    last = doc.add_paragraph()
    last._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'))


def text_box(paragraph, text: str):
    """A VML text box inside a paragraph (as older Word and WPS write it)."""
    paragraph._p.append(parse_xml(
        f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape><v:textbox>'
        f'<w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>'))


def equation(paragraph, text: str):
    paragraph._p.append(parse_xml(
        '<m:oMath xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math">'
        f'<m:r><m:t>{text}</m:t></m:r></m:oMath>'))


def outline_level(paragraph, level: int):
    paragraph._p.get_or_add_pPr().append(parse_xml(f'<w:outlineLvl {nsdecls("w")} w:val="{level - 1}"/>'))


def new():
    return Document()


__all__ = ["Document", "qn", "W_NS"]


def with_footnote(data: bytes, marker: str, note: str) -> bytes:
    """The .docx with a footnote (its text `note`) referenced after the paragraph text `marker`."""
    import re
    import zipfile
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    notes = (f'<w:footnotes {w}><w:footnote w:id="1"><w:p><w:r><w:t>{note}</w:t></w:r></w:p></w:footnote>'
             '</w:footnotes>').encode()
    with zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            body = src.read(item)
            if item.filename == "word/document.xml":
                body = body.replace(f"<w:t>{marker}</w:t></w:r>".encode(),
                                    f'<w:t>{marker}</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r>'.encode())
            elif item.filename == "word/_rels/document.xml.rels":
                body = re.sub(rb"</Relationships>", b'<Relationship Id="rIdFn" Type="http://schemas.openxmlformats.org'
                              b'/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>', body)
            elif item.filename == "[Content_Types].xml":
                body = body.replace(b"</Types>", b'<Override PartName="/word/footnotes.xml" ContentType="application/'
                                    b'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>')
            dst.writestr(item, body)
        dst.writestr("word/footnotes.xml", notes)
    return out.getvalue()
