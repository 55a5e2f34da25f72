"""Headings found by the numbers typed in front of them, in the numbering systems reports use."""

import pytest

from tests.core.docx_import import build as B
from vqdesk.core.docx_import import read_docx
from vqdesk.core.docx_import.patterns import strip_number


def outline(lines) -> list:
    d = B.new()
    for line in lines:
        if line.startswith("*"):
            B.bold(d, line[1:])
        else:
            d.add_paragraph(line)
    return [(depth + 1, node.title) for depth, node in read_docx(B.save(d), "x.docx").walk()]


def test_a_decimal_report_with_lists_inside_its_sections():
    assert outline([
        "目录", "1 学校概貌\t- 1 -", "1.1 办学历史\t- 1 -",           # a typed TOC, page numbers in dashes
        "1 学校概貌", "全校有四个专业部。", "1.1 办学历史", "建校已有六十年。",
        "1.1.1 早期沿革", "最早是一所农技校。", "1. 先做了这些事", "具体做法如下。", "2. 又做了那些事",
        "2 人才培养", "2.1 德育工作", "20 所兄弟学校来校交流。",             # a sentence, not a heading
    ]) == [(1, "学校概貌"), (2, "办学历史"), (3, "早期沿革"), (4, "先做了这些事"), (4, "又做了那些事"),
           (1, "人才培养"), (2, "德育工作")]


def test_chinese_numerals_then_parenthesised_numbers():
    assert outline([
        "一、办学基础", "（一）规模", "1.在校生", "（1）中职部", "（2）五年制", "2、毕业生", "（二）条件",
        "二、学生发展", "①这是一个很短的列举项", "（1）后面跟着一句很长的话，说明这是正文而不是标题，所以不会成为标题。",
    ]) == [(1, "办学基础"), (2, "规模"), (3, "在校生"), (4, "中职部"), (4, "五年制"), (3, "毕业生"),
           (2, "条件"), (1, "学生发展")]


def test_bold_chapters_without_numbers_above_numbered_sections_and_the_cover_left_out():
    assert outline([
        "*松林职业学校", "*质量年度报告", "*基本情况", "（一）学校简介", "（二）专业布局",
        "*人才培养", "（一）思想品德",
    ]) == [(1, "基本情况"), (2, "学校简介"), (2, "专业布局"), (1, "人才培养"), (2, "思想品德")]


def test_chapters_named_as_parts():
    assert outline(["第一部分 基本情况", "一、概况", "第二部分 人才培养"]) == [
        (1, "基本情况"), (2, "概况"), (1, "人才培养")]


@pytest.mark.parametrize("typed, title", [
    ("一、基本情况", "基本情况"), ("（一）学校概况", "学校概况"), ("(二) 专业", "专业"), ("1.1 学校概况", "学校概况"),
    ("1.1.1学校概况", "学校概况"), ("1、概况", "概况"), ("（3）概况", "概况"), ("第三章 服务贡献", "服务贡献"),
    ("2 人才培养", "人才培养"), ("1.5亿元投入", "1.5亿元投入"), ("学校概况", "学校概况"),
])
def test_numbers_are_stripped_from_titles(typed, title):
    assert strip_number(typed) == title


def test_a_writing_note_becomes_the_preface_titled_so():
    d = B.new()
    B.bold(d, "撰写说明")
    d.add_paragraph("本报告按省厅要求编写。")
    B.bold(d, "一、基本情况")
    plan = read_docx(B.save(d), "x.docx")
    assert (plan.preface_title, plan.preface) == ("撰写说明", "本报告按省厅要求编写。")


def test_bold_paragraphs_numbered_by_word_take_their_list_level():
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    d = B.new()

    def numbered(text, level):
        p = d.add_paragraph(style="List Number")
        p.add_run(text).bold = True
        p._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="1"/></w:numPr>'))
    numbered("办学条件", 0)
    d.add_paragraph("正文一段。")
    numbered("实训场地", 1)
    numbered("图书资料", 1)
    numbered("师资队伍", 0)
    p = d.add_paragraph("一个普通的列表项，不加粗", style="List Number")
    plan = read_docx(B.save(d), "x.docx")
    assert [(depth + 1, n.title) for depth, n in plan.walk()] == [
        (1, "办学条件"), (2, "实训场地"), (2, "图书资料"), (1, "师资队伍")]
    assert plan.nodes[1].blocks == [{"kind": "text", "text": "一个普通的列表项，不加粗", "style": "list"}]
    assert p is not None and plan.notes[-1] == "1 段 Word 自动编号的段落导入为列表段落，自动生成的编号未保留"


def test_headings_set_in_a_heading_font_instead_of_bold():
    from docx.oxml.ns import qn
    d = B.new()
    for text, font in (("学校概况", "黑体"), ("正文用仿宋写成。", "仿宋"), ("办学条件", "楷体")):
        run = d.add_paragraph().add_run(text)
        run._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
    plan = read_docx(B.save(d), "x.docx")
    assert [(depth + 1, n.title) for depth, n in plan.walk()] == [(1, "学校概况"), (2, "办学条件")]
