"""The Word file follows the report's settings as the PDF does: numbering styles, lists, front matter,
draft or final, cases at the chapter's end; and it is written whole or not at all."""

import docx
import pytest
from docx.oxml.ns import qn

from vqdesk.core.docx_export import DocxExportCancelled, DocxExportError, build_docx

from .reading import (all_instructions, body_paragraphs, case, chart, free_table, headings, instructions,
                      is_case_box, node, report, style_id, text, text_of, top_tables)


def _export(tmp_path, data, **kw):
    out = build_docx(data, tmp_path / "out.docx", **kw)
    return docx.Document(str(out))


def _captions(document):
    return [(text_of(p), instructions(p)) for p in body_paragraphs(document) if style_id(p) == "Caption"]


def _outline():
    return [node("基本情况", children=[
                node("概况", text("学校有{{[6.1]}}名学生。"), free_table("专业", ["专业", "人数"], [["机电", 30]])),
                node("空的一节"),
                node("队伍", chart("bar", "人数", ["甲", "乙"], ("人", [1, 2])),
                     case("好做法", text("一、背景", "正文。"), free_table("案例表", ["项", "数"], [["甲", 1]]),
                          chart("pie", "案例图", ["甲", "乙"], ("数", [3, 1]))))]),
            node("人才培养", text("导语。"), children=[node("德育", case("第二个", text("正文。")))])]


def test_flat_national_numbering_and_cases_at_the_chapter_end(tmp_path):
    data = report(_outline(), edition="national-2024", settings={"cases": {"placement": "chapter_end"}})
    document = _export(tmp_path, data, final=True)
    # an empty section prints no heading and the next one keeps its number （三）; 德育, whose only
    # content is a case moved to the chapter's end, is empty there too (as in the PDF)
    assert headings(document) == [(0, "一、基本情况"), (1, "（一）概况"), (1, "（三）队伍"), (0, "二、人才培养")]
    captions = _captions(document)
    assert captions[:5] == [("表 1 专业", ["SEQ 表 \\* ARABIC"]), ("图 1 人数", ["SEQ 图 \\* ARABIC"]),
                            ("表 2 案例表", ["SEQ 表 \\* ARABIC"]), ("图 2 案例图", ["SEQ 图 \\* ARABIC"]),
                            ("附表 1 人才培养质量计分卡", ["SEQ 表 \\h"])]
    boxes = [t for t in top_tables(document) if is_case_box(t)]
    assert [text_of(b.find(f".//{qn('w:p')}")) for b in boxes] == ["【案例 1】好做法", "【案例 2】第二个"]
    body = document.element.body
    children = list(body)
    # each case comes after everything of its chapter: the first after 队伍's chart, before 二、
    first_box = children.index(boxes[0])
    chapter_two = next(i for i, p in enumerate(children) if text_of(p) == "二、人才培养")
    chart_caption = next(i for i, p in enumerate(children) if text_of(p) == "图 1 人数")
    assert chart_caption < first_box < chapter_two < children.index(boxes[1])
    inner = boxes[0].findall(f".//{qn('w:tbl')}")
    assert len(inner) == 1 and "甲" in text_of(inner[0])    # the case's own table and chart, inside its box
    assert len(boxes[0].findall(f".//{qn('w:drawing')}")) == 1
    assert "学校有—名学生。" in [text_of(p) for p in body_paragraphs(document)]   # missing: “—”, never 0


def test_per_section_numbering_restarts_at_each_heading_2(tmp_path):
    data = report(_outline(), settings={"numbering": {"tables": "per_section", "figures": "per_section"}})
    document = _export(tmp_path, data)
    assert _captions(document)[:3] == [("表 1.1.1 专业", ["SEQ 表 \\* ARABIC \\s 2 \\r 1"]),
                                       ("图 1.3.1 人数", ["SEQ 图 \\* ARABIC \\s 2 \\r 1"]),
                                       ("表 1.3.1 案例表", ["SEQ 表 \\* ARABIC \\s 2 \\r 1"])]


def test_final_copy_has_no_draft_mark(tmp_path):
    document = _export(tmp_path, report(_outline()), final=True)
    for section in document.sections:
        assert "草稿" not in section.header._element.xpath("string(.)")
    draft = _export(tmp_path, report(_outline()), final=False)
    assert all("草稿" in s.header._element.xpath("string(.)") for s in draft.sections)


def test_lists_and_front_pages_follow_the_settings(tmp_path):
    settings = {"toc": {"levels": 2, "figures": False}, "declaration": {"enabled": False},
                "back_cover": {"enabled": False}, "annex": {"enabled": False}}
    document = _export(tmp_path, report(_outline(), settings=settings))
    fields = [i for i in all_instructions(document.element.body) if i.startswith("TOC")]
    assert fields == ['TOC \\o "1-2" \\h \\z \\u', 'TOC \\h \\z \\c "表"', 'TOC \\h \\z \\c "案例"']
    titles = [text_of(p) for p in body_paragraphs(document) if style_id(p) == "VqFrontTitle"]
    assert titles == ["公开形式及网址", "目\u3000录", "表目录", "案例目录"]
    assert len(document.sections) == 3                       # no back cover


def test_a_list_without_entries_is_left_out(tmp_path):
    document = _export(tmp_path, report([node("一章", text("只有文字。"))]))
    titles = [text_of(p) for p in body_paragraphs(document) if style_id(p) == "VqFrontTitle"]
    assert "图目录" not in titles and "案例目录" not in titles
    assert "表目录" in titles                                  # the annex's tables are listed


def test_a_chart_that_cannot_be_drawn_is_named_as_in_the_pdf(tmp_path):
    table = free_table("专业", ["专业", "人数"], [["机电", 30]], ref="t")
    bad = {"kind": "chart", "chart": "bar", "caption": "缺列", "source": {"table": "t", "labels": 0, "series": [5]}}
    notes = []
    document = _export(tmp_path, report([node("一章", table, bad)]), warnings=notes)
    assert notes == ["图表“缺列”没有打印：表格“专业”没有第 6 列。"]
    assert not document.inline_shapes


def test_cancelled_export_writes_nothing_and_keeps_the_old_file(tmp_path):
    target = tmp_path / "out.docx"
    target.write_bytes(b"old")
    with pytest.raises(DocxExportCancelled):
        build_docx(report(_outline()), target, progress=lambda fraction, stage: fraction < 0.5)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.docx"]


def test_a_cancel_while_saving_writes_nothing_and_one_after_saving_is_too_late(tmp_path):
    saving = tmp_path / "saving.docx"
    with pytest.raises(DocxExportCancelled):
        build_docx(report(_outline()), saving, progress=lambda fraction, stage: fraction < 0.99)
    assert not saving.exists()
    done = tmp_path / "done.docx"                     # 取消 pressed as the last percent arrived
    assert build_docx(report(_outline()), done, progress=lambda fraction, stage: fraction < 1.0) == done
    assert done.stat().st_size > 0


def test_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(DocxExportError, match="文件夹.*不存在"):
        build_docx(report(_outline()), tmp_path / "无" / "out.docx")


def test_progress_rises_to_done(tmp_path):
    seen = []
    build_docx(report(_outline()), tmp_path / "out.docx", progress=lambda f, stage: seen.append((f, stage)))
    assert seen[0][0] == 0.0 and seen[-1] == (1.0, "完成")
    assert [f for f, _ in seen] == sorted(f for f, _ in seen)
    assert any("人才培养" in stage for _, stage in seen)
