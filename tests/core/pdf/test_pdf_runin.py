"""Run-in headings (一、/（一） lines in text) fit below the heading they stand under: one hierarchy
一、 → （一） → 1. → （1） per report, never a chapter's 一、 inside a section."""

import pytest

from vqdesk.core.pdf import build_pdf
from vqdesk.core.pdf.runin import fit_below, floor_rank, marker

from .reports import body_text, case, node, pdf_pages, report, text

PLAIN = {"declaration": {"enabled": False}, "publication": {"enabled": False}, "annex": {"enabled": False},
         "back_cover": {"enabled": False}}
NATIONAL = {"chapter": "{cn}、", "section": "（{cn}）", "level3": "{n}.", "level4": "（{n}）"}
DECIMAL = {"chapter": "{n}", "section": "{chapter}.{n}", "level3": "{chapter}.{section}.{n}", "level4": "（{n}）"}
NARRATIVE = ["一、背景", "学校地处老工业基地。", "（一）现状", "现状正文。", "二、举措", "十二、其他"]


@pytest.mark.parametrize("line, found", [("一、背景", (0, 1, 2)), ("（十二）举措", (1, 12, 4)),
                                         ("3.成效", (2, 3, 2)), ("（2）细节", (3, 2, 3)),
                                         ("2.5亿元投入", None), ("一是强化管理", None), ("十十、错", None)])
def test_markers_of_the_hierarchy(line, found):
    assert marker(line) == found


def test_floor_is_the_deepest_rank_the_headings_above_print():
    assert [floor_rank(NATIONAL, d) for d in (-1, 0, 1, 2, 3)] == [-1, 0, 1, 2, 3]
    assert [floor_rank(DECIMAL, d) for d in (0, 1, 2)] == [-1, -1, -1]


def test_markers_move_below_the_floor_keeping_their_numbers_and_order():
    assert fit_below(NARRATIVE, 1) == ["1.背景", "学校地处老工业基地。", "（1）现状", "现状正文。", "2.举措", "12.其他"]
    assert fit_below(NARRATIVE, 0)[:3] == ["（一）背景", "学校地处老工业基地。", "1.现状"]
    assert fit_below(NARRATIVE, -1) == NARRATIVE
    assert fit_below(["（一）现状", "（二）问题"], 0) == ["（一）现状", "（二）问题"]     # already below


def _national(outline):
    return report(outline, edition="national-2024", settings=PLAIN)


def test_national_run_in_headings_inside_a_section_and_its_case_read_below_it(tmp_path):
    section = node("立德树人", text("", "一、背景", "正文甲。", "（一）做法", "正文乙。", "二、成效", "正文丙。"),
                   case("思政进车间", text("", "一、背景", "案例正文。", "二、举措", "案例正文。")))
    out = build_pdf(_national([node("人才培养", text("", "一、总体情况", "导语。"), children=[section])]),
                    tmp_path / "n.pdf", final=True)
    body = body_text(pdf_pages(out))
    assert "一、人才培养" in body and "（一）立德树人" in body
    assert "（一）总体情况" in body                                      # under the chapter 一、
    for printed in ("1.背景正文甲。（1）做法正文乙。2.成效正文丙。", "1.背景案例正文。2.举措"):
        assert printed in body, printed
    assert body.count("一、") == 1                                     # only the chapter


def test_decimal_headings_leave_run_in_headings_as_written(tmp_path):
    outline = [node("人才培养", children=[node("立德树人", text("", "一、背景", "正文。"))])]
    out = build_pdf(report(outline, settings=PLAIN), tmp_path / "d.pdf", final=True)
    assert "一、背景正文。" in body_text(pdf_pages(out))


def test_a_line_starting_with_no_real_numeral_is_no_heading():
    """“十一十、” and “十三一、” read as no number at all: the line stays as typed (they used to stop
    the export with an error)."""
    assert fit_below(["十一十、测试", "十三一、其他", "十一、第十一项"], 0) == ["十一十、测试", "十三一、其他", "（十一）第十一项"]
