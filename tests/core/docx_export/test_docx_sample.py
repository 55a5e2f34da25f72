"""The sample report as a Word file: the same document as its PDF, in Word's own structures."""

import re

from docx.oxml.ns import qn

from vqdesk.core.pdf.annex import ANNEX_TITLE

from .reading import (HEADINGS, all_instructions, body_paragraphs, headings, instructions, is_case_box,
                      pdf_outline, pdf_text, shading, squash, style_id, text_of, top_tables)

FRONT_TITLES = {"内容真实性责任声明", "公开形式及网址", "前言", "目\u3000录", "表目录", "图目录", "案例目录"}
A = qn("w:val")


def _pdf_headings(pdf):
    return [(d, t) for d, t in pdf_outline(pdf)
            if t not in FRONT_TITLES and t != ANNEX_TITLE and not t.startswith("【案例")]


def test_headings_are_word_heading_styles_numbered_as_the_pdf(sample_document, sample_pdf_of_same):
    expected = _pdf_headings(sample_pdf_of_same)
    got = headings(sample_document)
    assert got == expected
    assert [t for d, t in got[:3]] == ["1 基本情况", "1.1 概况", "1.2 专业设置"]
    assert {d for d, _ in got} == {0, 1, 2}           # the sample goes three levels deep
    assert sum(1 for d, _ in got if d == 0) == 8       # eight chapters


def test_heading_styles_are_the_built_in_ones_with_outline_levels(sample_document):
    styles = sample_document.styles.element
    for level, sid in enumerate(HEADINGS):
        style = styles.find(f"{qn('w:style')}[@{qn('w:styleId')}='{sid}']")
        assert style.find(qn("w:name")).get(A) == f"heading {level + 1}"   # Word shows 标题 N
        assert style.find(qn("w:pPr")).find(qn("w:outlineLvl")).get(A) == str(level)


def test_toc_and_lists_are_fields_word_updates(sample_docx, sample_document):
    paragraphs = body_paragraphs(sample_document)
    fields = [i for p in paragraphs for i in instructions(p) if i.startswith("TOC")]
    assert fields == ['TOC \\o "1-3" \\h \\z \\u', 'TOC \\h \\z \\c "表"', 'TOC \\h \\z \\c "图"',
                      'TOC \\h \\z \\c "案例"']
    toc = next(p for p in paragraphs if any(i.startswith("TOC \\o") for i in instructions(p)))
    assert "更新域" in text_of(toc)
    assert toc.find(f".//{qn('w:fldChar')}").get(qn("w:dirty")) == "true"
    settings = sample_document.settings.element
    assert settings.find(qn("w:updateFields")).get(A) == "true"


def _captions(document):
    return [p for p in body_paragraphs(document) if style_id(p) == "Caption"]


def test_captions_are_seq_fields_reading_as_the_pdf_labels(sample_document, sample_pdf_of_same):
    captions = _captions(sample_document)
    texts = [text_of(p) for p in captions]
    body_start = pdf_text(sample_pdf_of_same).split("\f").index(
        next(page for page in pdf_text(sample_pdf_of_same).split("\f") if page.lstrip().startswith("1 基本情况")
             or "\n1 基本情况\n" in page))
    pdf_lines = [line for line in pdf_text(sample_pdf_of_same, first=body_start + 1).splitlines()
                 if re.match(r"^(表|图) \d", line)]
    assert texts == pdf_lines
    assert texts[0] == "表 1-1 2025年专业设置"
    assert sum(t.startswith("表") for t in texts) == 21 and sum(t.startswith("图") for t in texts) == 9
    seqs = [i for p in captions for i in instructions(p)]
    # body tables and figures, renumbered per chapter; the first of each chapter also restarts
    # at 1 for LibreOffice, which ignores \\s
    assert seqs.count("SEQ 表 \\* ARABIC \\s 1") == 14 - 5 and seqs.count("SEQ 表 \\* ARABIC \\s 1 \\r 1") == 5
    assert seqs.count("SEQ 图 \\* ARABIC \\s 1") == 9 - 3 and seqs.count("SEQ 图 \\* ARABIC \\s 1 \\r 1") == 3
    assert seqs.count("SEQ 表 \\h") == 7                       # annex tables keep 表 1 … as text
    first = captions[0]
    runs = [r for r in first.iter(qn("w:r"))]
    assert "".join(t.text for r in runs[:1] for t in r.findall(qn("w:t"))) == "表 1-"


def test_tables_are_word_tables_with_repeating_and_merged_headers(sample_document):
    tables = top_tables(sample_document)
    data = [t for t in tables if not is_case_box(t) and t.find(f".//{qn('w:tblHeader')}") is not None]
    others = [t for t in tables if t.find(f".//{qn('w:tblHeader')}") is None and not is_case_box(t)]
    assert len(data) == 14 + 7
    # the photo rows (titled 图片, how an importer tells them apart) and the declaration's signing block
    assert [_title(t) for t in others] == [None, "图片", "图片"]
    assert "法定代表人签字：" in text_of(others[0])
    for t in data:
        first_row = t.findall(qn("w:tr"))[0]
        assert first_row.find(qn("w:trPr")).find(qn("w:tblHeader")).get(A) == "true"
    two_rows = [t for t in data if _header_rows(t) == 2]
    assert len(two_rows) == 1                      # 2025年学生体质健康测试结果, as the PDF
    top, leaf = [[(text_of(tc), _merge(tc)) for tc in row.findall(qn("w:tc"))]
                 for row in two_rows[0].findall(qn("w:tr"))[:2]]
    # 年级 and 测试人数 merged down over both header rows, 测试结果（人） across four columns
    assert top == [("年级", (1, "restart")), ("测试人数", (1, "restart")), ("测试结果（人）", (4, None))]
    assert leaf == [("", (1, "continue")), ("", (1, "continue")), ("优秀", (1, None)), ("良好", (1, None)),
                    ("及格", (1, None)), ("不及格", (1, None))]


def _title(tbl):
    found = tbl.find(qn("w:tblPr")).find(qn("w:tblCaption"))
    return found.get(A) if found is not None else None


def _header_rows(tbl) -> int:
    return sum(1 for row in tbl.findall(qn("w:tr"))
               if row.find(qn("w:trPr")) is not None and row.find(qn("w:trPr")).find(qn("w:tblHeader")) is not None)


def _merge(tc):
    """(gridSpan, vMerge) of a cell: how far it reaches across, and whether it starts or continues down."""
    tcpr = tc.find(qn("w:tcPr"))
    span, down = tcpr.find(qn("w:gridSpan")), tcpr.find(qn("w:vMerge"))
    return (int(span.get(A)) if span is not None else 1,
            None if down is None else (down.get(A) or "continue"))


def _cells(tbl, row):
    """(text, alignment, tint) of each cell of one row."""
    out = []
    for tc in tbl.findall(qn("w:tr"))[row].findall(qn("w:tc")):
        jc = tc.find(qn("w:p")).find(qn("w:pPr")).find(qn("w:jc"))
        out.append((text_of(tc), jc.get(A), shading(tc)))
    return out


def test_numbers_are_right_aligned_and_totals_tinted(sample_document):
    body = list(sample_document.element.body)
    caption = next(i for i, el in enumerate(body) if text_of(el).startswith("表 1-3 "))
    table = body[caption + 1]
    assert table.tag == qn("w:tbl")
    assert _cells(table, 0) == [(h, "center", "E6EBF2") for h in ("序号", "专业", "男生（人）", "女生（人）", "合计（人）")]
    assert _cells(table, 1) == [("1", "center", None), ("机电技术应用", "left", None), ("204", "right", None),
                                ("21", "right", None), ("225", "right", None)]
    assert _cells(table, -1) == [("合计", "center", "F5F5F5"), ("", "left", "F5F5F5"), ("1442", "right", "F5F5F5"),
                                 ("177", "right", "F5F5F5"), ("1619", "right", "F5F5F5")]
    right = [text_of(p) for p in body_paragraphs(sample_document) if style_id(p) == "VqCell"
             and p.find(qn("w:pPr")).find(qn("w:jc")).get(A) == "right"]
    assert right and all(re.match(r"^[+-]?\d", t) for t in right)


def test_images_are_the_charts_and_the_photos(sample_document, sample_session):
    doc = sample_session.snapshot(2025).document
    charts = sum(1 for _, b in doc.blocks() if b.kind == "chart")
    photos = sum(len(b.data["items"]) for _, b in doc.blocks() if b.kind == "photos")
    pictures = sample_document.element.body.findall(f".//{qn('w:drawing')}")
    assert len(pictures) == charts + photos == 9
    assert len(sample_document.inline_shapes) == 9
    described = [e.get("descr") for e in sample_document.element.body.iter(
        "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr")]
    assert described[:2] == ["2025年分专业在校生人数", "近三年在校生与毕业生人数"] and all(described)


def test_cases_are_shaded_boxes_titled_with_their_label(sample_document, sample_pdf_of_same):
    boxes = [t for t in top_tables(sample_document) if is_case_box(t)]
    titles = [text_of(t.find(f".//{qn('w:p')}")) for t in boxes]
    assert titles == [t for _, t in pdf_outline(sample_pdf_of_same) if t.startswith("【案例")]
    assert len(boxes) == 12
    for box in boxes:
        assert shading(box.find(f".//{qn('w:tc')}")) == "EDF5FC" and _title(box) == "案例"
        first = box.find(f".//{qn('w:p')}")
        assert style_id(first) == "VqCaseTitle" and instructions(first) == ["SEQ 案例 \\h"]
        assert len(box.findall(f".//{qn('w:p')}")) > 3        # the case's own paragraphs inside


def test_front_matter_and_body_have_their_own_page_numbering(sample_document):
    sections = sample_document.sections
    assert len(sections) == 4                      # cover, front matter, body, back cover
    numbers = [s._sectPr.find(qn("w:pgNumType")) for s in sections]
    assert numbers[0] is None and numbers[3] is None
    assert (numbers[1].get(qn("w:fmt")), numbers[1].get(qn("w:start"))) == ("lowerRoman", "1")
    assert (numbers[2].get(qn("w:fmt")), numbers[2].get(qn("w:start"))) == ("decimal", "1")
    footers = [s.footer for s in sections]
    assert [all_instructions(f._element) for f in footers] == [[], ["PAGE"], ["PAGE"], []]
    assert "".join(t.text for t in footers[2]._element.iter(qn("w:t"))) == "- 1 -"
    header = sections[2].header.paragraphs[0].text
    assert header == "\t示例市机电工程学校中等职业教育质量年度报告（2025年度）\t草稿"
    for s in sections:                              # exported as a draft: marked on every page
        assert "草稿" in "".join(t.text for t in s.header._element.iter(qn("w:t")))


def test_front_matter_follows_the_settings(sample_document):
    fronts = [text_of(p) for p in body_paragraphs(sample_document) if style_id(p) == "VqFrontTitle"]
    assert fronts == ["内容真实性责任声明", "公开形式及网址", "前言", "目\u3000录", "表目录", "图目录", "案例目录"]
    cover = [text_of(p) for p in body_paragraphs(sample_document) if style_id(p) == "VqCoverTitle"]
    assert cover == ["示例市机电工程学校", "中等职业教育质量年度报告", "（2025年度）"]
    assert "2025 年 11 月" in [text_of(p) for p in body_paragraphs(sample_document)]


def test_fonts_are_named_in_the_east_asian_slot_of_the_styles(sample_document):
    styles = sample_document.styles.element

    def fonts(sid):
        style = styles.find(f"{qn('w:style')}[@{qn('w:styleId')}='{sid}']")
        found = style.find(qn("w:rPr")).find(qn("w:rFonts"))
        assert not [k for k in found.attrib if k.endswith("Theme")], sid
        return found.get(qn("w:eastAsia")), found.get(qn("w:ascii"))

    assert fonts("Normal") == ("宋体", "Times New Roman")
    for sid in HEADINGS + ("Caption", "VqCaseTitle", "VqSubheading"):
        assert fonts(sid) == ("黑体", "Times New Roman"), sid
    assert fonts("VqCell") == ("宋体", "Times New Roman")
    fonts_part = next(p for p in sample_document.part.package.iter_parts() if str(p.partname) == "/word/fontTable.xml")
    assert '<w:font w:name="宋体"><w:altName w:val="SimSun"/>' in fonts_part.blob.decode("utf-8")
    defaults = styles.find(qn("w:docDefaults")).find(f".//{qn('w:rFonts')}")
    assert defaults.get(qn("w:eastAsia")) == "宋体"
    assert styles.find(qn("w:docDefaults")).find(f".//{qn('w:lang')}").get(qn("w:eastAsia")) == "zh-CN"


def test_page_is_a4_with_the_pdf_margins(sample_document):
    from vqdesk.core.pdf.doctemplate import grid_margins
    margins = grid_margins(12)
    for s in sample_document.sections:
        assert (round(s.page_width.pt), round(s.page_height.pt)) == (595, 842)
        assert round(s.left_margin.pt, 1) == round(margins["leftMargin"], 1)
        assert round(s.top_margin.pt, 1) == round(margins["topMargin"], 1)


def test_bound_fields_print_their_values(sample_document):
    text = squash(" ".join(text_of(p) for p in body_paragraphs(sample_document)))
    assert "{{" not in text and "学校现设10个专业，组建3个专业群" in text


def test_nothing_was_left_out_of_the_sample(sample_docx):
    assert sample_docx[1] == []
