"""Each block kind of the document as it prints: text styles and bound fields, tables (free, bound,
two header rows, 合计), every chart kind, photos per row, cases with their own blocks, and the
warnings for blocks that cannot be printed."""

import pytest
from pypdf import PdfReader

from vqdesk.core.document.blocks import parse_block
from vqdesk.core.document.tables import table_view
from vqdesk.core.pdf import build_pdf
from vqdesk.core.pdf.table_block import header_rows

from .reports import (body_text, case, chart, free_table, make_context, node, pdf_pages, photo, photos,
                      png_bytes, report, squash, text)

PLAIN = {"declaration": {"enabled": False}, "publication": {"enabled": False}, "annex": {"enabled": False},
         "back_cover": {"enabled": False}}


def build(tmp_path, outline, name="r.pdf", settings=None, **kw):
    data = report(outline, settings={**PLAIN, **(settings or {})}, **kw)
    warnings = []
    out = build_pdf(data, tmp_path / name, final=True, photo_data=lambda i: png_bytes((40 * i % 256, 90, 160)), warnings=warnings)
    return pdf_pages(out), warnings, out


def test_text_styles_and_bound_fields(tmp_path):
    outline = [node("基本情况", text("", "学校现有在校生{{[6.1]}}人，专任教师{{[6.4c]}}人。"),
                    text("", "一是深化改革；", "二是强化管理。", style="list"),
                    text("", "注：数据截至2025年8月31日。", style="note"))]
    pages, warnings, _ = build(tmp_path, outline, values={"6.1": 1200})
    body = body_text(pages)
    assert "学校现有在校生1200人，专任教师—人。" in body        # a missing value prints “—”, never 0
    assert "一是深化改革；二是强化管理。" in body and "注：数据截至2025年8月31日。" in body
    assert warnings == []


def test_free_table_caption_above_total_row_and_note_below(tmp_path):
    table = free_table("近两年升学情况", ["年份", "报考人数", "录取人数"], [["2024", 120, 110], ["2025", 130, 124]],
                       total={"label": "合计", "columns": [1, 2]}, note="数据来源：学校招生办")
    pages, _, _ = build(tmp_path, [node("人才培养", table)])
    body = body_text(pages)
    caption, total, note = body.index("表1-1近两年升学情况"), body.index("合计250234"), body.index("数据来源：学校招生办")
    assert caption < body.index("年份报考人数录取人数") < total < note


def test_unnumbered_table_prints_its_caption_without_a_number_and_is_not_listed(tmp_path):
    pages, _, _ = build(tmp_path, [node("人才培养", free_table("附注表", ["甲", "乙"], [["a", 1]], numbered=False),
                                        free_table("编号表", ["甲", "乙"], [["a", 1]]))])
    body = body_text(pages)
    assert "附注表" in body and "表1-1附注表" not in body and "表1-1编号表" in body
    listed = "".join(squash(p) for p in pages if p.strip().startswith("表目录"))
    assert "编号表" in listed and "附注表" not in listed


def test_header_groups_make_an_upper_header_row_with_merged_cells():
    block = parse_block(free_table("满意度", ["项目", "学生", "家长", "学生", "家长"], [["总体", 95, 96, 97, 98]],
                                   header_groups=[{"label": "", "span": 1}, {"label": "2024年", "span": 2},
                                                  {"label": "2025年", "span": 2}]), "t")
    data = report([node("甲")])
    ctx = make_context(data)
    rows, spans = header_rows(ctx, table_view(block, data))
    assert [getattr(c, "text", c) for c in rows[0]] == ["项目", "2024年", "", "2025年", ""]
    assert [getattr(c, "text", c) for c in rows[1]] == ["", "学生", "家长", "学生", "家长"]
    assert ("SPAN", (0, 0), (0, 1)) in spans                        # 项目 spans both header rows
    assert ("SPAN", (1, 0), (2, 0)) in spans and ("SPAN", (3, 0), (4, 0)) in spans


def test_header_groups_print_and_repeat_on_every_page(tmp_path):
    rows = [[f"专业{i}", i, i + 1, i + 2, i + 3] for i in range(80)]
    table = free_table("分年度在校生", ["专业", "男", "女", "男", "女"], rows,
                       header_groups=[{"label": "", "span": 1}, {"label": "2024年", "span": 2},
                                      {"label": "2025年", "span": 2}])
    pages, _, _ = build(tmp_path, [node("基本情况", table)])
    table_pages = [squash(p) for p in pages if "专业79" in squash(p) or "专业0" in squash(p)
                   or "专业40" in squash(p)]
    assert len(table_pages) >= 2
    assert all("2024年" in p and "2025年" in p for p in table_pages)   # both header rows repeat


def test_bound_table_without_rows_is_left_out_silently(tmp_path):
    bound = {"kind": "table", "caption": "专业设置", "source": {"type": "list", "list": "majors"}}
    pages, warnings, _ = build(tmp_path, [node("基本情况", text("", "正文。"), bound)])
    assert "专业设置" not in body_text(pages) and warnings == []


def test_bound_list_table_prints_its_records(tmp_path):
    bound = {"kind": "table", "caption": "专业设置", "source": {"type": "list", "list": "majors",
                                                            "fields": ["code", "name"]}}
    pages, _, _ = build(tmp_path, [node("基本情况", bound)],
                        records={"majors": [{"code": "660301", "name": "机电技术应用"}]})
    assert "表1-1专业设置" in body_text(pages) and "660301机电技术应用" in body_text(pages)


@pytest.mark.parametrize("kind", ["bar", "grouped_bar", "stacked_bar", "line", "pie", "ring", "hbar", "radar"])
def test_every_chart_kind_draws_vector_graphics_with_caption_below(tmp_path, kind):
    block = chart(kind, "专业在校生", ["数控", "汽修", "电商", "护理"], ("2024年", [120, 98, 60, 40]),
                  ("2025年", [130, 90, 70, 45]), unit="人", note="数据来源：学籍系统")
    pages, warnings, out = build(tmp_path, [node("基本情况", block)], name=f"{kind}.pdf")
    body = body_text(pages)
    assert warnings == []
    assert "图1-1专业在校生" in body and "数据来源：学籍系统" in body
    assert body.index("数控") < body.index("图1-1专业在校生") < body.index("数据来源：学籍系统")
    if kind not in ("pie", "ring"):
        assert "单位：人" in body
    assert not [img for page in PdfReader(str(out)).pages for img in page.images]


def test_chart_without_data_is_left_out_and_a_problem_is_reported(tmp_path):
    empty = chart("bar", "空图", ["甲", "乙"], ("数", [None, None]))
    broken = {"kind": "chart", "chart": "line", "caption": "不存在的指标", "source": {"indicators": ["99.9"]}}
    pages, warnings, _ = build(tmp_path, [node("基本情况", empty, broken)])
    assert "空图" not in body_text(pages)
    assert warnings == ["图表“不存在的指标”没有打印：模板中没有指标“99.9”。"]


def test_table_problem_names_the_block(tmp_path):
    bad = {"kind": "table", "caption": "", "source": {"type": "list", "list": "no_such_list"}}
    _, warnings, _ = build(tmp_path, [node("专业建设", bad)])
    assert warnings == ["“专业建设”中的表格没有打印：模板中没有名单“no_such_list”。"]


def test_photos_per_row_each_captioned_and_numbered(tmp_path):
    outline = [node("基本情况", photos(1, 2, 3, per_row=3), photos(4, per_row=1), photos(9))]
    pages, warnings, out = build(tmp_path, outline, photo_list=[photo(1, "实训车间"), photo(2, "教学现场"),
                                                                 photo(3, "", "校门.png"), photo(4, "运动会")])
    body = body_text(pages)
    for label in ("图1-1实训车间", "图1-2教学现场", "图1-3校门", "图1-4运动会"):
        assert label in body, label
    assert len([img for page in PdfReader(str(out)).pages for img in page.images]) == 4
    assert warnings == ["“基本情况”中编号为 9 的图片在报告文件中找不到，PDF 中已跳过该图片。"]


def test_case_box_holds_text_table_chart_and_photos(tmp_path):
    inner = case("校企共育高技能人才", text("", "一、背景", "案例正文。"),
                 free_table("学徒制培养人数", ["年级", "人数"], [["一年级", 30], ["二年级", 28]],
                            total={"label": "合计", "columns": [1]}),
                 chart("bar", "学徒岗位分布", ["数控", "焊接"], ("岗位", [12, 8])), photos(1))
    pages, warnings, _ = build(tmp_path, [node("产教融合", text("", "本章正文。"), inner)],
                               photo_list=[photo(1, "签约仪式")])
    body = body_text(pages)
    order = [body.index(s) for s in ("【案例1-1】校企共育高技能人才", "案例正文。", "表1-1学徒制培养人数", "合计58",
                                     "图1-1学徒岗位分布", "图1-2签约仪式")]
    assert order == sorted(order) and warnings == []
    cases = "".join(squash(p) for p in pages if p.strip().startswith("案例目录"))
    assert "【案例1-1】校企共育高技能人才" in cases


def test_the_annex_prints_a_dash_for_a_figure_whose_inputs_are_missing_and_marks_a_reported_one(tmp_path):
    """专业数量 with an empty 专业设置 list is “—”, never 0; a typed 生师比 with no teacher
    counts prints as the school reported it, marked （填报）."""
    from vqdesk.core.model import Value
    from vqdesk.core.pdf import build_pdf
    from .reports import pdf_pages, report, squash
    data = report([{"title": "基本情况", "blocks": [], "children": []}])
    data.values[("3.1", "value")] = Value(number=13.7, source="import")
    pages = pdf_pages(build_pdf(data, tmp_path / "a.pdf", final=True))
    annex = squash("".join(p for p in pages if "教学资源表" in p))
    assert "专业数量*个—" in annex and "专业群数量*个—" in annex
    assert "13.70:1（填报）" in annex
