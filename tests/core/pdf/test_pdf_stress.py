"""Stress reports: a 739-字 and a 100,000-字 cell, a 30,000-字 paragraph, a 4,500-字 case and
50 cases.  None may leave a page holding only a table header, a split dash or an overhang."""

from vqdesk.core.pdf import build_pdf
from vqdesk.core.pdf.doctemplate import grid_margins

from .reports import bbox_flows, case, free_table, justification, node, pdf_pages, report, squash, text

ESSAY = "学校围绕区域产业发展需求，持续优化专业结构——推进“岗课赛证”融通……，"
RIGHT = 595.2756 - grid_margins(12)["rightMargin"]


def essay(n):
    return (ESSAY * (n // len(ESSAY) + 1))[:n]


def cell_report(n):
    rows = [["1", "数控技术应用", essay(n), "人"], ["2", "汽车运用与维修", "短", "人"]]
    return report([node("基本情况", text("t", "学校概况如下。"),
                        free_table("专业设置", ["序号", "专业名称", "说明", "单位"], rows,
                                   column_kinds=["text"] * 4))])


def check(path):
    pages = pdf_pages(path)
    for page in pages:
        flat = squash(page)
        if "序号专业名称说明单位" in flat:
            assert len(flat.split("序号专业名称说明单位", 1)[1]) > 10, "a page holds only a table header"
            # The tail of a split row once came out as slivers, each under its own header.
            assert flat.count("序号专业名称说明单位") == 1, "a page repeats the table header"
    for no, lines in bbox_flows(path):
        for x0, x1, t in lines:
            assert x1 <= RIGHT + 0.5, (no, t)
            assert not (t.startswith("—") and not t.startswith("——") and len(t) > 1), (no, t)   # a lone — is a table cell
    return pages


def test_a_739_character_cell_prints_whole_on_its_page(tmp_path):
    pages = check(build_pdf(cell_report(739), tmp_path / "cell.pdf"))
    assert "".join(squash(p) for p in pages).count("融通") == 739 // len(ESSAY) + 1


def test_a_100000_character_cell_continues_under_a_repeated_header_marked_continued(tmp_path):
    pages = check(build_pdf(cell_report(100_000), tmp_path / "cell.pdf"))
    body = "".join(squash(p) for p in pages)
    assert body.count("续表1-1") == sum("续表1-1" in squash(p) for p in pages) > 100


def test_a_split_cell_keeps_its_lines_inside_the_column(tmp_path):
    def essay_edge(chars, name):
        flows = bbox_flows(build_pdf(cell_report(chars), tmp_path / name))
        return max(x1 for _, lines in flows for _, x1, t in lines if "融通" in t)
    # 739 字 fit on one page unsplit; the column is as wide in both tables (the widest column kind).
    assert essay_edge(20_000, "split.pdf") <= essay_edge(739, "whole.pdf") + 0.5


def test_a_30000_character_paragraph_has_no_false_breaks(tmp_path):
    out = build_pdf(report([node("基本情况", text("t", essay(30_000)))]), tmp_path / "p.pdf")
    check(out)
    ok, total, _ = justification(out, RIGHT)
    assert total > 700 and ok == total


def test_a_4500_character_case_fills_its_pages_and_continues(tmp_path):
    out = build_pdf(report([node("人才培养", case("长案例", text("t", *[essay(450)] * 10)))]), tmp_path / "c.pdf")
    pages = check(out)
    continued = [p for p in pages if "长案例（续）" in squash(p)]
    assert 2 <= len(continued) <= 4


def test_fifty_cases_print_with_their_titles(tmp_path):
    cases = [case(f"案例标题{i}", text("t", essay(300))) for i in range(50)]
    pages = check(build_pdf(report([node("人才培养", *cases)]), tmp_path / "50.pdf"))
    flat = "".join(squash(p) for p in pages)
    assert all(f"案例标题{i}" in flat for i in range(50))
