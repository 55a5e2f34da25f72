"""Reading an exported Word file back (python-docx and its XML) and the PDF of the same report."""

import re
import subprocess

from docx.oxml.ns import qn

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
HEADINGS = ("Heading1", "Heading2", "Heading3", "Heading4")


def style_id(p) -> str:
    """The paragraph's style id, read from the XML (python-docx's lookup by name is slow)."""
    ppr = p.find(qn("w:pPr"))
    found = ppr.find(qn("w:pStyle")) if ppr is not None else None
    return found.get(qn("w:val")) if found is not None else "Normal"


def text_of(p) -> str:
    """Visible text of a paragraph element: runs' w:t, field results included, hidden runs not."""
    out = []
    for r in p.iter(qn("w:r")):
        rpr = r.find(qn("w:rPr"))
        if rpr is not None and rpr.find(qn("w:vanish")) is not None:
            continue
        out += [t.text or "" for t in r.findall(qn("w:t"))]
    return "".join(out)


def body_paragraphs(document):
    """Every paragraph of the body in reading order, those in table cells included."""
    return list(document.element.body.iter(qn("w:p")))


def headings(document) -> list[tuple[int, str]]:
    """(level 0–3, text) of every 标题 1–4 paragraph."""
    return [(HEADINGS.index(style_id(p)), text_of(p)) for p in body_paragraphs(document)
            if style_id(p) in HEADINGS]


def instructions(p) -> list[str]:
    """The field instructions of a paragraph, stripped."""
    return [t.text.strip() for t in p.iter(qn("w:instrText"))]


def all_instructions(part_element) -> list[str]:
    return [t.text.strip() for t in part_element.iter(qn("w:instrText"))]


def top_tables(document):
    """The tables directly in the body (not nested in a case box)."""
    return document.element.body.findall(qn("w:tbl"))


def shading(tc) -> str | None:
    tcpr = tc.find(qn("w:tcPr"))
    shd = tcpr.find(qn("w:shd")) if tcpr is not None else None
    return shd.get(qn("w:fill")) if shd is not None else None


def is_case_box(tbl) -> bool:
    rows = tbl.findall(qn("w:tr"))
    return len(rows) == 1 and len(rows[0].findall(qn("w:tc"))) == 1 and shading(rows[0].find(qn("w:tc")))


def pdf_text(path, first=1) -> str:
    return subprocess.run(["pdftotext", "-f", str(first), str(path), "-"], capture_output=True, check=True,
                          text=True, encoding="utf-8").stdout


def pdf_outline(path) -> list[tuple[int, str]]:
    """(depth, title) of every PDF bookmark, in order."""
    from pypdf import PdfReader
    out = []

    def walk(items, depth):
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                out.append((depth, item.title))
    walk(PdfReader(str(path)).outline, 0)
    return out


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


# -- in-memory reports (as tests/core/pdf/reports.py builds them) ---------------------------------

def report(outline, *, edition="liaoning-2023", year=2025, settings=None, values=None, photo_list=()):
    from vqdesk.core.document.codec import parse_document
    from vqdesk.core.document.settings import default_settings
    from vqdesk.core.editions import get_edition
    from vqdesk.core.model import Report, ReportData, Value
    ed = get_edition(edition)
    doc = parse_document({"format": "vqdesk-content", "version": 1, "settings": settings or {},
                          "outline": outline}, default_settings(ed, year, f"{year}年11月"))
    return ReportData(report=Report(id=year, year=year, edition_id=edition), edition=ed,
                      profile={"name": "测试市第一职业学校"},
                      values={(k, "value"): Value(number=v) for k, v in (values or {}).items()},
                      records={}, document=doc, photos=list(photo_list), history={})


def node(title, *blocks, children=()):
    return {"title": title, "edition_part": None, "blocks": list(blocks), "children": list(children)}


def text(*lines, style="body"):
    return {"kind": "text", "text": "\n".join(lines), "style": style}


def free_table(caption, columns, rows, **extra):
    return {"kind": "table", "caption": caption, "columns": columns,
            "column_kinds": ["text"] + ["number"] * (len(columns) - 1), "rows": rows, "source": None, **extra}


def chart(kind, caption, labels, *series):
    return {"kind": "chart", "chart": kind, "caption": caption, "unit": "",
            "data": {"labels": labels, "series": [{"name": n, "values": v} for n, v in series]}}


def case(title, *blocks):
    return {"kind": "case", "title": title, "blocks": list(blocks)}
