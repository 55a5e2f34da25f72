"""The full sample report: content, TOC page numbers, bookmarks, metadata, fonts."""

import re
import shutil
import subprocess

import pytest
from pypdf import PdfReader

from vqdesk.core.pdf import build_pdf

from .reports import pdf_pages


def page_texts(path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


def footer_label(page_text: str) -> str | None:
    """The "- N -" page number printed on a body page."""
    found = re.findall(r"^\s*-\s*(\d+)\s*-\s*$", page_text, re.MULTILINE)   # its own line, not a date
    return found[-1] if found else None


def test_build_pdf_sample_has_plausible_page_count(sample_pdf):
    pages = len(PdfReader(str(sample_pdf)).pages)
    assert 30 <= pages <= 120


def cover_month(session) -> str:
    """settings.cover.date (“2025年11月”) as the cover prints it (“2025 年 11 月”)."""
    year, month = re.match(r"(\d{4})年(\d{1,2})月", session.settings(2025)["cover"]["date"]).groups()
    return f"{year} 年 {int(month)} 月"


def test_build_pdf_sample_prints_school_chapters_cases_and_annex(sample_pdf, sample_session):
    text = "\n".join(page_texts(sample_pdf))
    for expected in ("示例市机电工程学校", "中等职业教育质量年度报告", "内容真实性责任声明", "公开形式及网址",
                     "1 基本情况", "2 人才培养", "8 面临挑战", "【案例 2-1】", "表 1 人才培养质量计分卡",
                     "表 3 附表 专业群及核心专业、对接产业链", "附件：6张指标表", "表 1-1", "图 1-1",
                     "数据来源：", cover_month(sample_session)):
        assert expected in text, expected


def test_build_pdf_sample_renders_bound_fields(sample_pdf):
    text = "\n".join(page_texts(sample_pdf))
    assert "{{" not in text


def _toc_entry_page(path, title):
    """The page number a 目录 line gives (read as laid out: its leader and number are a form)."""
    for page in pdf_pages(path)[:12]:
        for line in page.splitlines():
            if line.replace(" ", "").startswith(title.replace(" ", "")):
                number = re.search(r"(\d+)\s*$", line)
                if number:
                    return int(number.group(1))
    raise AssertionError(f"{title} not in the 目录")


def _heading_page_label(reader, title, after_toc):
    texts = [p.extract_text() for p in reader.pages]
    for text in texts[after_toc:]:
        if any(line.strip() == title for line in text.splitlines()):
            return int(footer_label(text))
    raise AssertionError(f"heading {title} not found")


@pytest.mark.parametrize("title", ["1.3 学生结构", "2.4 技能成才", "8 面临挑战", "附件：6张指标表"])
def test_build_pdf_toc_page_numbers_match_the_headings(sample_pdf, title):
    reader = PdfReader(str(sample_pdf))
    toc_page = _toc_entry_page(sample_pdf, title)
    assert _heading_page_label(reader, title, after_toc=8) == toc_page


def test_build_pdf_front_matter_numbered_in_roman_and_body_from_one(sample_pdf, sample_session):
    reader = PdfReader(str(sample_pdf))
    bottom_lines = [page.strip().splitlines()[-1].strip() for page in pdf_pages(sample_pdf)]
    first_body = next(i for i, line in enumerate(bottom_lines) if line.startswith("- "))
    assert bottom_lines[0] == cover_month(sample_session)     # the cover carries no page number
    assert bottom_lines[1:4] == ["i", "ii", "iii"]
    assert bottom_lines[first_body] == "- 1 -"
    assert "1 基本情况" in reader.pages[first_body].extract_text()
    assert all(re.fullmatch(r"[ivxl]+", line) for line in bottom_lines[1:first_body])
    assert bottom_lines[-2] == f"- {len(reader.pages) - 1 - first_body} -"
    assert not re.search(r"-\s*\d+\s*-", reader.pages[-1].extract_text())   # the back cover: no number


def test_build_pdf_outline_lists_chapters_and_sections(sample_pdf):
    reader = PdfReader(str(sample_pdf))
    top = [item.title for item in reader.outline if not isinstance(item, list)]
    assert top[:4] == ["内容真实性责任声明", "公开形式及网址", "前言", "目\u3000录"]
    assert "1 基本情况" in top and "附件：6张指标表" in top
    chapter_one = reader.outline[top.index("1 基本情况") + 1]
    assert isinstance(chapter_one, list)
    assert chapter_one[0].title == "1.1 概况"


def test_build_pdf_metadata(sample_pdf):
    meta = PdfReader(str(sample_pdf)).metadata
    assert (meta.title, meta.author, meta.creator) == (
        "示例市机电工程学校中等职业教育质量年度报告（2025年度）", "示例市机电工程学校", "vqdesk")


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils (pdffonts) not installed")
def test_build_pdf_embeds_subset_cjk_fonts(sample_pdf):
    out = subprocess.run(["pdffonts", str(sample_pdf)], capture_output=True, text=True, check=True).stdout
    embedded = [line for line in out.splitlines()[2:] if re.match(r"^[A-Z]{6}\+", line)]
    assert embedded
    assert all(" yes yes " in line for line in embedded)


def test_build_pdf_draft_has_watermark_and_final_has_none(sample_session, tmp_path):
    data = sample_session.snapshot(2025)
    draft = build_pdf(data, tmp_path / "draft.pdf")
    final = build_pdf(data, tmp_path / "final.pdf", final=True)
    # The watermark is a picture on every page, never text that copying or search would find.
    assert all(len(page.images) >= 1 for page in PdfReader(str(draft)).pages)
    assert all(len(page.images) == 0 for page in PdfReader(str(final)).pages[:3])
    assert not any("草稿" in t for t in page_texts(draft) + page_texts(final))


def test_build_pdf_photos_need_photo_data(sample_session, tmp_path):
    data = sample_session.snapshot(2025)
    with_photos = "\n".join(page_texts(build_pdf(data, tmp_path / "a.pdf", photo_data=sample_session.photo_data)))
    without = "\n".join(page_texts(build_pdf(data, tmp_path / "b.pdf")))
    caption = next(p.caption for p in data.photos if p.caption)
    assert caption in with_photos
    assert caption not in without


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) not installed")
def test_build_pdf_no_printed_line_breaks_the_chinese_line_rules(sample_pdf):
    from vqdesk.core.pdf.kinsoku import CANNOT_END, CANNOT_START
    text = subprocess.run(["pdftotext", str(sample_pdf), "-"], capture_output=True, check=True,
                          text=True, encoding="utf-8").stdout
    # One-character lines are table cells (a "%" unit, a "—" for no value), not wrapped text.
    lines = [line.strip() for line in text.splitlines() if len(line.strip()) > 1]
    assert len(lines) > 1000
    assert [line for line in lines if line[0] in CANNOT_START] == []
    assert [line for line in lines if line[-1] in CANNOT_END] == []


def test_build_pdf_headings_and_case_labels_agree_with_the_shared_numbering(sample_pdf, sample_session):
    from vqdesk.core.document.numbering import case_labels, numbered_titles
    doc = sample_session.document(2025)
    printed = "".join("".join(page_texts(sample_pdf)).split())
    for label in list(case_labels(doc).values()) + list(numbered_titles(doc).values()):
        assert "".join(label.split()) in printed, label


def test_build_pdf_page_labels_and_language(sample_pdf):
    reader = PdfReader(str(sample_pdf))
    labels = reader.page_labels
    assert labels[:3] == ["封面", "i", "ii"] and labels[-1] == "封底"
    first_body = labels.index("1")
    assert labels[first_body:first_body + 3] == ["1", "2", "3"]
    assert reader.trailer["/Root"]["/Lang"] == "zh-CN"


def test_build_pdf_sample_prints_every_record_list_with_its_rows(sample_pdf, sample_session):
    """Nothing a user enters is left out: each filled list is a table in the body with its rows."""
    data = sample_session.snapshot(2025)
    text = re.sub(r"\s+", "", "\n".join(page_texts(sample_pdf)))
    tables = {b.data["source"]["list"]: b.caption for _, b in data.document.blocks()
              if b.kind == "table" and b.data["source"] and b.data["source"]["type"] == "list"}
    for rl in data.edition.record_lists:
        rows = data.rows(rl.id)
        assert rows, f"the sample fills {rl.title}"
        assert re.sub(r"\s+", "", tables[rl.id]) in text, rl.title
        first = next(str(v) for v in rows[0].values() if isinstance(v, str) and len(v) >= 2)
        assert re.sub(r"\s+", "", first) in text, (rl.title, first)
