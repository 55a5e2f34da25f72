"""In-memory reports for the PDF tests: a ReportData from a content-format document, no store."""

import io
import re
import subprocess

from PIL import Image

from vqdesk.core.document.codec import parse_document
from vqdesk.core.document.settings import default_settings
from vqdesk.core.editions import get_edition
from vqdesk.core.model import Photo, Record, Report, ReportData, Value


def png_bytes(colour=(40, 90, 160), size=(320, 200)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, "PNG")
    return buffer.getvalue()


def text(title, *lines, style="body"):
    return {"kind": "text", "text": "\n".join(lines), "style": style}


def node(title, *blocks, children=(), part=None):
    return {"title": title, "edition_part": part, "blocks": list(blocks), "children": list(children)}


def free_table(caption, columns, rows, **extra):
    kinds = extra.pop("column_kinds", ["text"] + ["number"] * (len(columns) - 1))
    return {"kind": "table", "caption": caption, "columns": columns, "column_kinds": kinds, "rows": rows,
            "source": None, **extra}


def chart(kind, caption, labels, *series, **extra):
    return {"kind": "chart", "chart": kind, "caption": caption, "unit": extra.pop("unit", ""),
            "data": {"labels": labels, "series": [{"name": n, "values": v} for n, v in series]}, **extra}


def case(title, *blocks):
    return {"kind": "case", "title": title, "blocks": list(blocks)}


def photos(*ids, per_row=2):
    return {"kind": "photos", "per_row": per_row, "items": [{"photo": i} for i in ids]}


def report(outline, *, edition="liaoning-2023", year=2025, settings=None, profile=None, values=None,
           records=None, photo_list=(), history=None) -> ReportData:
    ed = get_edition(edition)
    doc = parse_document({"format": "vqdesk-content", "version": 1, "settings": settings or {},
                          "outline": outline}, default_settings(ed, year, f"{year}年11月"))
    return ReportData(
        report=Report(id=year, year=year, edition_id=edition), edition=ed,
        profile={"name": "测试市第一职业学校", **(profile or {})},
        values={(k, "value"): Value(number=v) for k, v in (values or {}).items()},
        records={k: [Record(i, i, row) for i, row in enumerate(rows)] for k, rows in (records or {}).items()},
        document=doc, photos=list(photo_list), history=history or {})


def photo(photo_id, caption, filename="p.png"):
    return Photo(photo_id, caption, filename, "image/png", 320, 200)


# -- reading the PDF back --------------------------------------------------------------------

def pdf_pages(path) -> list[str]:
    """pdftotext of each page (layout kept, so TOC lines stay whole)."""
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True,
                         text=True, encoding="utf-8").stdout
    return out.split("\f")[:-1] if out.endswith("\f") else out.split("\f")


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def footer_number(page: str) -> int | None:
    found = re.findall(r"-\s*(\d+)\s*-", page)
    return int(found[-1]) if found else None


LIST_TITLES = ("目录", "表目录", "图目录", "案例目录")


def list_entries(pages, title) -> list:
    """[(entry text without spaces, page number)] of the list (目录, 表目录…) titled `title`."""
    entries, inside = [], False
    for page in pages:
        lines = [line for line in page.splitlines() if line.strip()]
        if not lines:
            continue
        head = squash(lines[0])
        if inside and (head in LIST_TITLES or footer_number(page) is not None):
            break
        if head == squash(title):
            inside, lines = True, lines[1:]
        if not inside:
            continue
        for line in lines:
            found = re.match(r"^\s*(.+?)[\s.]*?(\d+)\s*$", line)
            if found and not re.fullmatch(r"\s*[ivxl]+\s*", line):
                entries.append((squash(found.group(1)).rstrip("."), int(found.group(2))))
    return entries


def body_page_of(pages, text) -> int | None:
    """The printed number (“- N -”) of the first body page showing `text`."""
    wanted = squash(text)
    for page in pages:
        number = footer_number(page)
        if number is not None and wanted in squash(page):
            return number
    return None


def body_text(pages) -> str:
    """The body pages' text without spaces, in order."""
    return "".join(squash(p) for p in pages if footer_number(p) is not None)


def make_context(data):
    """A Context for calling one block renderer directly."""
    from vqdesk.core.derive import Figures
    from vqdesk.core.pdf.context import Context
    from vqdesk.core.pdf.fonts import resolve_fonts
    from vqdesk.core.document.numbering import Numberer
    from vqdesk.core.pdf.styles import build_styles
    return Context(data=data, figures=Figures(data), styles=build_styles(resolve_fonts()),
                   numberer=Numberer(data.document.settings), width=450, height=680)


_LINE = re.compile(r'<line xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">(.*?)</line>', re.S)
_WORD = re.compile(r"<word[^>]*>(.*?)</word>")


def bbox_flows(path) -> list[tuple[int, list]]:
    """(page number, [(x0, x1, text) of each line]) for every text flow, from pdftotext -bbox-layout."""
    html = subprocess.run(["pdftotext", "-bbox-layout", str(path), "-"], capture_output=True, check=True,
                          text=True, encoding="utf-8").stdout
    out = []
    for no, page in enumerate(re.findall(r"<page [^>]*>(.*?)</page>", html, re.S), 1):
        for flow in re.findall(r"<flow>(.*?)</flow>", page, re.S):
            out.append((no, [(float(a), float(b), "".join(_WORD.findall(t))) for a, b, t in _LINE.findall(flow)]))
    return out


def justification(path, right_edge: float) -> tuple[int, int, list]:
    """(justified, non-final lines, overhanging lines) of the text flows with three or more lines,
    as ../shared/tools/pdf_check.py counts them: a line is non-final when the next one is not
    indented, justified when it ends at its flow's right edge (the frame, or a case box's)."""
    ok = total = 0
    over = []
    for no, lines in bbox_flows(path):
        if len(lines) < 3:
            continue
        left, edge = min(x0 for x0, _, _ in lines), max(x1 for _, x1, _ in lines)
        for k, (x0, x1, t) in enumerate(lines):
            if x1 > right_edge + 0.5:
                over.append((no, t))
            if k + 1 < len(lines) and lines[k + 1][0] <= left + 10 and len(t) >= 20:
                total += 1
                ok += abs(x1 - edge) <= 0.5
    return ok, total, over
