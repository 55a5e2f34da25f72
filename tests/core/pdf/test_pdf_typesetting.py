"""The sample report typeset as a school would publish it: justified lines on the character
grid, no overhang, no split dashes, every font embedded, metadata for archives and preflight."""

import re
import subprocess

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4

from vqdesk.core.pdf.doctemplate import grid_margins

from .reports import bbox_flows, justification, pdf_pages, squash

RIGHT_EDGE = A4[0] - grid_margins(12)["rightMargin"]


def test_the_text_block_is_a_whole_number_of_characters():
    m = grid_margins(12)
    width = A4[0] - m["leftMargin"] - m["rightMargin"]
    assert width == 432                      # 36 characters of 小四
    assert m["leftMargin"] - m["rightMargin"] == grid_margins(10.5)["leftMargin"] - grid_margins(10.5)["rightMargin"]


def test_body_lines_end_on_the_right_edge_and_none_overhangs(sample_pdf):
    ok, total, over = justification(sample_pdf, RIGHT_EDGE)
    assert total > 300
    assert ok / total >= 0.97, (ok, total)
    assert over == []


def test_no_split_dash_nor_forbidden_line_start(sample_pdf):
    bad = []
    for no, lines in bbox_flows(sample_pdf):
        for _, _, t in lines[1:]:
            if (t.startswith("—") and not t.startswith("——") and len(t) > 1) or t[:1] in "，。、；：？！）》」”":
                bad.append((no, t[:10]))
    assert bad == []


def test_every_font_is_embedded(sample_pdf):
    out = subprocess.run(["pdffonts", str(sample_pdf)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in out.splitlines()[2:] if line.strip()]
    assert rows and all(row[-5] == "yes" for row in rows), out


def test_metadata_bookmarks_open_language_and_xmp(sample_pdf):
    reader = PdfReader(str(sample_pdf))
    root = reader.trailer["/Root"]
    assert root["/PageMode"] == "/UseOutlines"
    assert root["/Lang"] == "zh-CN"
    assert "/PageLabels" in root
    xmp = root["/Metadata"].get_object().get_data().decode("utf-8")
    assert "示例市机电工程学校" in xmp and "<dc:language>" in xmp
    assert "中等职业教育质量年度报告" in reader.metadata["/Keywords"]


def test_the_draft_watermark_is_not_text(sample_pdf):
    text = "".join(squash(p) for p in pdf_pages(sample_pdf))
    assert "草稿" not in text
    assert len(re.findall("草", text)) == 0 or "稿" not in text
