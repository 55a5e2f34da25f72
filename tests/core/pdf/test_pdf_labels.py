"""document.labels numbers the tables and figures exactly as the PDF prints them: the sample, a
city report numbered per section with its cases at the chapters' ends, and a report whose empty
bound tables, empty charts, unnumbered blocks and missing photos take no number."""

from vqdesk.core.document.labels import captions
from vqdesk.core.pdf.body import build_body
from vqdesk.core.pdf.context import FIGURES, TABLES

from .reports import case, chart, free_table, make_context, node, photo, photos, report, text
from .test_pdf_shapes import BENXI, benxi_outline


def printed(data, photo_data=None) -> list[str]:
    """The 表目录 / 图目录 entries of the body, as the PDF's story records them."""
    ctx = make_context(data)
    ctx.photo_data = photo_data or (lambda i: None)
    build_body(ctx)
    return [m.outline_title for m in ctx.entries if m.list_kind in (TABLES, FIGURES)]


def listed(data) -> list[str]:
    return [f"{c.label} {c.title}" for c in captions(data) if c.label]


def test_the_samples_labels_are_the_pdfs(sample_session):
    data = sample_session.snapshot(2025)
    found = printed(data, sample_session.photo_data)
    assert len(found) > 20
    assert listed(data) == found


def test_per_section_numbers_and_cases_at_the_chapters_end():
    data = report(benxi_outline(), edition="regional-city-2024", year=2024, settings=BENXI,
                  profile={"name": "示例市教育局"}, photo_list=[photo(1, "实训车间"), photo(2, "技能竞赛")])
    from .reports import png_bytes
    assert listed(data) == printed(data, lambda i: png_bytes()) == [
        "表 1.1.1 各校基本情况", "图 1.2.1 各专业在校生", "图 1.2.2 实训车间", "图 1.2.3 技能竞赛",
        "表 1.3.1 生源结构", "表 1.3.2 巩固率", "表 1.3.3 生源结构与巩固率", "表 2.1.1 法治讲座统计"]


def test_what_prints_nothing_takes_no_number():
    outline = [node("基本情况", text("", "学校概况。"), children=[
        node("办学条件", free_table("校舍情况", ["项目", "面积"], [["教学楼", 12000]]),
             chart("bar", "尚未填写的图表", ["机电", "化工"], ("在校生", [None, None])),
             chart("pie", "全为零的饼图", ["机电", "化工"], ("在校生", [0, 0])),
             free_table("不编号的表", ["项目", "数量"], [["实训室", 12]], numbered=False),
             photos(1, 9),
             chart("line", "在校生变化", ["2023", "2024"], ("在校生", [0, 1200])),
             case("校企合作", text("", "案例正文。"), free_table("合作企业", ["企业", "人数"], [["甲公司", 20]])))])]
    data = report(outline, photo_list=[photo(1, "实训车间")])
    from .reports import png_bytes
    assert listed(data) == printed(data, lambda i: png_bytes()) == [
        "表 1-1 校舍情况", "图 1-1 实训车间", "图 1-2 在校生变化", "表 1-2 合作企业"]


def test_a_table_in_a_case_collected_at_the_chapters_end_is_numbered_there():
    """Per section, a case printed after the chapter's sections numbers its table per chapter."""
    outline = [node("基本情况", children=[
        node("概况", text("", "学校概况。"), free_table("在校生", ["年级", "人数"], [["一年级", 400]]),
             case("校企合作", text("", "案例正文。"), free_table("合作企业", ["企业", "人数"], [["甲公司", 20]]))),
        node("专业", free_table("专业设置", ["专业", "人数"], [["机电", 300]]))])]
    data = report(outline, edition="regional-city-2024", year=2024, settings=BENXI, profile={"name": "示例市教育局"})
    assert listed(data) == printed(data) == ["表 1.1.1 在校生", "表 1.2.1 专业设置", "表 1.1 合作企业"]
