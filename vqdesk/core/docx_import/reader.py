"""Reading a .docx body, in order, into the flat item stream of items.py: paragraphs with their
style hints, pictures, tables (free tables, picture grids, shaded case boxes) and what was lost."""

import io
import zipfile
from pathlib import PurePosixPath

from docx.oxml.ns import qn

from vqdesk.core.docx_import.items import Break, Lost, Para, Picture
from vqdesk.core.docx_import.ooxml import ParagraphScanner, read_notes, val
from vqdesk.core.docx_import.styles import StyleBook, heading_font, list_level, paragraph_bold, paragraph_style
from vqdesk.core.errors import InputError


#: A report in Word is tens of megabytes at most; more unpacked is refused (a zip bomb).
MAX_UNPACKED = 400 * 2 ** 20
#: Tables in tables deeper than this are not read (they would only be flattened anyway).
MAX_NESTING = 6


def open_docx(data: bytes, name: str):
    """The python-docx Document of `data`, or InputError saying in Chinese what is wrong."""
    import docx
    if not zipfile.is_zipfile(io.BytesIO(data)) and data[:4] == b"PK\x03\x04":
        raise InputError(f"“{name}”已损坏：文件不完整（可能只复制或下载了一部分），请重新保存或复制后再导入。")
    if not zipfile.is_zipfile(io.BytesIO(data)):
        hint = "（这是旧版 .doc 文件，请在 Word 或 WPS 中另存为 .docx 后再导入）" if data[:4] == b"\xd0\xcf\x11\xe0" else ""
        raise InputError(f"“{name}”不是 Word 文档（.docx）{hint}。")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            if sum(i.file_size for i in z.infolist()) > MAX_UNPACKED:
                raise InputError(f"“{name}”解压后超过 {MAX_UNPACKED // 2 ** 20} MB，不像是一份年报，已拒绝。")
            bad = z.testzip()
            names = set(z.namelist())
    except (zipfile.BadZipFile, OSError, RuntimeError, EOFError, ValueError) as exc:
        raise InputError(f"“{name}”已损坏，无法读取（{exc}）。") from None
    if bad is not None:
        raise InputError(f"“{name}”已损坏：其中的“{bad}”无法读取，可能只复制了一部分。")
    if "word/document.xml" not in names and not any(n.endswith("document.xml") for n in names):
        raise InputError(f"“{name}”是压缩文件，但不是 Word 文档（.docx）。")
    try:
        return docx.Document(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - python-docx and lxml raise many kinds for broken files
        raise InputError(f"“{name}”已损坏或不是 Word 文档（{type(exc).__name__}），无法读取。") from None


class BodyReader:
    """One document's body as items; tables.py calls back into it for a case box's contents."""

    def __init__(self, document):
        self.document = document
        self.book = StyleBook(document)
        self.scanner = ParagraphScanner(read_notes(document))
        self.count = 0                       # body paragraphs read so far (for messages)
        self.nesting = 0                     # tables within tables being read

    def read(self) -> list:
        return self.read_container(self.document.element.body)

    def read_container(self, el, in_table: bool = False) -> list:
        from vqdesk.core.docx_import.tables import read_table
        out = []
        for child in el:
            tag = child.tag
            if tag == qn("w:p"):
                out += self.paragraph(child, counted=not in_table)
            elif tag == qn("w:tbl"):
                out += read_table(child, self, nested=in_table)
            elif tag == qn("w:sdt"):
                if not _is_toc_block(child):
                    content = child.find(qn("w:sdtContent"))
                    out += self.read_container(content, in_table) if content is not None else []
            elif tag == qn("w:customXml"):
                out += self.read_container(child, in_table)
            elif tag == qn("w:altChunk"):
                out.append(Lost("嵌入的外部文档（altChunk）", self.count))
        return out

    def paragraph(self, p, counted: bool = True) -> list:
        """Items of one paragraph; body paragraphs are counted (not those in table cells), so that
        messages can say “第 N 段附近”."""
        self.count += counted
        scan = self.scanner.scan(p)
        style = paragraph_style(p, self.book)
        role = "toc" if scan.toc else style["role"]
        bold = paragraph_bold(p, self.book, style["bold"])
        segments, start = [], 0
        for at, rid in zip(scan.image_at, scan.images):
            segments += [self._para(scan.text[start:at], style, bold, role, p), self.image(rid)]
            start = at
        segments.append(self._para(scan.text[start:], style, bold, role, p))
        out = []
        for item in segments:              # pictures side by side in one paragraph: one row
            if isinstance(item, dict) and out and isinstance(out[-1], Picture):
                out[-1].images.append(item)
            elif isinstance(item, dict):
                out.append(Picture([item], self.count))
            elif item is not None:
                out.append(item)
        out += [Lost(what, self.count) for what in scan.lost]
        if p.pPr is not None and p.pPr.find(qn("w:sectPr")) is not None and counted:
            out.append(Break(self.count))
        return out

    def _para(self, text: str, style: dict, bold: bool, role: str, p):
        if not text.strip():
            return None
        return Para(text=text, index=self.count, level=style["level"], bold=bold, role=role, font=heading_font(p),
                    list_level=_first(list_level(p), style["list_level"]))

    def image(self, rid: str):
        """{"data", "filename", "caption"} of a picture, or Lost saying why it cannot be used."""
        from vqdesk.core.images import inspect_image
        part = self.document.part.related_parts.get(rid)
        if part is None or not hasattr(part, "blob"):
            return Lost("图片（Word 文件中缺少这张图片的数据）", self.count)
        filename = PurePosixPath(str(part.partname)).name
        try:
            inspect_image(part.blob, filename)
        except InputError as exc:
            return Lost(f"图片“{filename}”（{exc}）", self.count)
        return {"data": part.blob, "filename": filename, "caption": None}


def _first(*values):
    return next((v for v in values if v is not None), None)


def _is_toc_block(sdt) -> bool:
    gallery = val(sdt, "w:sdtPr/w:docPartObj/w:docPartGallery")
    return bool(gallery) and gallery.lower().startswith("table of")
