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


def _annex_pages(path):
    pages = pdf_pages(path)
    start = max(i for i, page in enumerate(pages) if "附件：6张指标表" in page)
    return list(range(start + 1, len(pages) + 1)), pages


def test_annex_tables_keep_their_short_headers_whole_align_figures_and_mark_continued(sample_pdf):
    """序号 and 单位 on one line, figures flush right in their column, a table that runs on
    under 续表 N, and never a table's last row alone on a page."""
    numbers, pages = _annex_pages(sample_pdf)
    for page_no in numbers:
        found = words(sample_pdf, page_no)
        texts = [w for *_, w in found]
        assert "单" not in texts and "位" not in texts and "序" not in texts, page_no   # 单位 / 序号 unbroken
        heads = [(x0, x1, y1) for x0, y0, x1, y1, w in found if w == "2025年"]
        if not heads:
            continue
        left, right, below = heads[0]
        figures = [(x0, x1) for x0, y0, x1, y1, w in found if re.fullmatch(r"\d[\d.,]*%?", w)
                   and y0 > below and x0 > left - 30 and x1 < right + 40 and y0 < (heads[1][2] if len(heads) > 1 else 1e9)]
        if len(figures) >= 3:                  # right-aligned: their right edges agree
            assert max(x1 for _, x1 in figures) - min(x1 for _, x1 in figures) < 1.0, (page_no, figures)
    continued = [pages[n - 1] for n in numbers if "续表" in pages[n - 1]]
    assert continued and all(re.search(r"续表 \d", page) for page in continued)
    for page in continued:                       # a continuation holds at least two rows
        head = page.split("续表", 1)[1]
        rows_before_next = re.split(r"\n\s*表 \d", head)[0]
        assert len([line for line in rows_before_next.splitlines() if re.match(r"\s*\d+\s", line)]) >= 2 or \
            len(rows_before_next.splitlines()) >= 4
