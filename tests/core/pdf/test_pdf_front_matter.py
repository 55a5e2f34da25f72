"""Front matter and annex as a school publishes them: a declaration with room to sign, seal and
date by hand; a 目录 that never leaves a chapter line alone at the foot of a page; a 表目录 in one
label style listing every captioned table, the 表3 附表 included; no form instructions."""

import re
import subprocess

import pytest

from vqdesk.core.pdf import build_pdf

from .reports import node, pdf_pages, report, text

PLAIN = {"declaration": {"enabled": False}, "publication": {"enabled": False}, "annex": {"enabled": False},
         "back_cover": {"enabled": False}}


def words(path, page_no):
    html = subprocess.run(["pdftotext", "-bbox", "-f", str(page_no), "-l", str(page_no), str(path), "-"],
                          capture_output=True, check=True, text=True).stdout
    return [(float(a), float(b), float(c), float(d), w) for a, b, c, d, w in re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', html)]


def test_declaration_leaves_room_to_sign_seal_and_date_by_hand(tmp_path):
    settings = {**PLAIN, "declaration": {"enabled": True, "text": ""}}
    out = build_pdf(report([node("基本情况", text("", "正文。"))], settings=settings), tmp_path / "d.pdf", final=True)
    page = next(i for i, p in enumerate(pdf_pages(out), 1) if "内容真实性责任声明" in p)
    found = {w: (x0, y0, x1, y1) for x0, y0, x1, y1, w in words(out, page)}
    sign, seal, day = found["法定代表人签字："], found["单位盖章："], found["日期："]
    assert seal[1] - sign[3] >= 30 and day[1] - seal[3] >= 30       # rows a hand and a seal fit in
    year, month, date_ = found["年"], found["月"], found["日"]
    assert year[0] - day[2] >= 40                                   # “2025” written by hand
    assert month[0] - year[2] >= 24 and date_[0] - month[2] >= 24   # “11”, “30”
    assert sign[2] < 400                                            # a line to sign on after the label


def _outline(chapters, sections):
    return [node(f"第{c}章", text("", "正文。"),
                 children=[node(f"第{c}章第{s}节", text("", "正文。")) for s in range(1, sections + 1)])
            for c in range(1, chapters + 1)]


@pytest.mark.parametrize("chapters, sections", [(9, 4), (12, 3), (20, 1)])
def test_toc_never_ends_a_page_on_a_chapter_line(tmp_path, chapters, sections):
    out = build_pdf(report(_outline(chapters, sections), settings=PLAIN), tmp_path / "t.pdf", final=True)
    toc_pages = [p for p in pdf_pages(out) if re.search(r"第\d+章第\d+节\s*(\.\s*)+\d+", p)]
    assert len(toc_pages) >= 2
    for page in toc_pages[:-1]:
        entries = [line.strip() for line in page.splitlines() if re.search(r"\.\s*\d+\s*$", line)]
        assert not re.match(r"\d+\s*第\d+章\s", entries[-1]), entries[-1]


def test_table_list_uses_one_label_style_and_lists_the_annex_sub_table(sample_pdf):
    pages = pdf_pages(sample_pdf)
    listed = [line.strip() for page in pages if "表目录" in page[:400]
              for line in page.splitlines() if re.search(r"\.\s*\d+\s*$", line)]
    assert len(listed) > 10
    assert all(re.match(r"表 \d+(-\d+)?( 附表)? \S", line) for line in listed), listed
    assert any(line.startswith("表 3 附表 专业群及核心专业、对接产业链") for line in listed)
    assert any(line.startswith("表 1-1 ") for line in listed) and any(line.startswith("表 6 ") for line in listed)


def test_annex_prints_no_form_instructions(sample_pdf):
    annex = "".join(pdf_pages(sample_pdf)).split("附件：6张指标表")[-1]
    assert "表 3 附表" in annex
    assert "请逐一列出" not in annex and "说明:" not in annex and "说明：" not in annex
