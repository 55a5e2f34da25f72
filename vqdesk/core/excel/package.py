"""A look inside an .xlsx package before openpyxl loads it.

openpyxl trusts what it reads: a zip bomb is unpacked in full, and one merged range over a whole
sheet becomes millions of cell objects.  This check reads only the zip directory and the sheet
XML, and refuses such files with a message naming the file, the sheet and the range.
"""

import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

from openpyxl.utils.cell import range_boundaries

from vqdesk.core.errors import VqdeskError, reason_of

#: Unpacked size beyond any real report workbook (10 000 list rows take about 5 MB);
#: loading 50 MB of sheet XML already takes openpyxl some ten seconds.
MAX_UNPACKED_BYTES = 50 * 1024 * 1024
#: Cells covered by merged ranges, over all sheets.
MAX_MERGED_CELLS = 100_000
#: Rows of one sheet: a report's longest list has a few thousand (a region's merged lists more).
MAX_SHEET_ROWS = 20_000
_ROW = re.compile(rb"<(?:\w+:)?row[\s>/]")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\b[^>]*?\bref="([^"]+)"')
_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")
_NS_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


class ExcelImportError(VqdeskError):
    """The file cannot be read as a workbook at all."""


@dataclass(frozen=True)
class PackageInfo:
    has_formulas: bool


def check_package(path: Path) -> PackageInfo:
    """Raise ExcelImportError when `path` is not a workbook openpyxl can safely load."""
    name = path.name
    with path.open("rb") as handle:
        magic = handle.read(len(_OLE_MAGIC))
    if magic == _OLE_MAGIC:
        raise ExcelImportError(f"无法读取“{name}”：文件设置了打开密码，或是旧版 Excel 格式。"
                               f"请在 Excel 中取消密码，另存为 .xlsx 后再导入。")
    try:
        with zipfile.ZipFile(path) as package:
            return _inspect(package, name)
    except zipfile.BadZipFile:
        raise ExcelImportError(f"无法读取“{name}”：不是有效的 Excel 工作簿（.xlsx），"
                               f"或文件不完整（可能只复制了一部分）。") from None
    except (zipfile.LargeZipFile, NotImplementedError, RuntimeError, EOFError, OSError, ValueError,
            zlib.error) as exc:
        raise ExcelImportError(f"无法读取“{name}”：文件已损坏或使用了不支持的压缩方式（{reason_of(exc)}）。") from None


def _inspect(package: zipfile.ZipFile, name: str) -> PackageInfo:
    entries = package.infolist()
    unpacked = sum(e.file_size for e in entries)
    if unpacked > MAX_UNPACKED_BYTES:
        raise ExcelImportError(f"无法导入“{name}”：工作簿解压后有 {unpacked // (1024 * 1024)} MB，超过上限 "
                               f"{MAX_UNPACKED_BYTES // (1024 * 1024)} MB。请删除无关的工作表、图片或空白行列后再导入。")
    names = set(package.namelist())
    if "xl/workbook.xml" not in names:
        raise ExcelImportError(f"无法读取“{name}”：压缩包中没有 Excel 工作簿内容，不是有效的 .xlsx 文件。")
    titles = _sheet_titles(package)
    merged, has_formulas = 0, False
    for part in sorted(n for n in names if n.startswith("xl/worksheets/") and n.endswith(".xml")):
        xml = package.read(part)
        rows = len(_ROW.findall(xml))
        if rows > MAX_SHEET_ROWS:
            sheet = titles.get(part, part.rsplit("/", 1)[-1])
            raise ExcelImportError(f"无法导入“{name}”：工作表“{sheet}”有 {rows} 行，超过 {MAX_SHEET_ROWS} 行的上限。"
                                   f"请删除多余的空白行或拆分后再导入。")
        has_formulas = has_formulas or bool(_FORMULA.search(xml))
        for ref in _MERGE.findall(xml):
            area = _area(ref)
            merged += area
            if merged > MAX_MERGED_CELLS:
                sheet = titles.get(part, part.rsplit("/", 1)[-1])
                raise ExcelImportError(f"无法导入“{name}”：工作表“{sheet}”的合并单元格 {ref.decode(errors='replace')} "
                                       f"范围过大（{area} 个单元格）。请取消这些合并后再导入。")
    return PackageInfo(has_formulas=has_formulas)


def _area(ref: bytes) -> int:
    try:
        min_col, min_row, max_col, max_row = range_boundaries(ref.decode("ascii"))
    except (ValueError, TypeError, UnicodeDecodeError):
        return 0              # openpyxl rejects it later with its own error
    return (max_col - min_col + 1) * (max_row - min_row + 1)


def _sheet_titles(package: zipfile.ZipFile) -> dict:
    """Sheet XML part -> sheet title, for messages; empty when the package is unusual."""
    try:
        book = ElementTree.fromstring(package.read("xl/workbook.xml"))
        rels = ElementTree.fromstring(package.read("xl/_rels/workbook.xml.rels"))
    except (KeyError, ElementTree.ParseError):
        return {}
    targets = {r.get("Id"): r.get("Target", "") for r in rels}
    titles = {}
    for sheet in book.iter():
        if sheet.tag.endswith("}sheet") and sheet.get(_NS_REL) in targets:
            target = targets[sheet.get(_NS_REL)].lstrip("/")
            titles[target if target.startswith("xl/") else "xl/" + target] = sheet.get("name", "")
    return titles
