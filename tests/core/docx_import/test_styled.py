"""A Word file with heading styles, as Word users (and a Word export) write it: numbers typed in
the heading text, a cover and a declaration before the first heading, a TOC field, 前言, captions
“表 1-1”/“图 1-1”, and cases as shaded boxes."""

from docx.enum.style import WD_STYLE_TYPE

from tests.core.docx_import import build as B
from vqdesk.core.docx_import import counts, read_docx
from vqdesk.core.editions import get_edition


def styled_docx() -> bytes:
    d = B.new()
    d.add_paragraph("溪口市工业学校", style="Title")
    d.add_paragraph("质量年度报告（2025年度）")
    d.add_paragraph("责任声明")
    d.add_paragraph("本校对报告内容的真实性负责。")
    d.add_paragraph("目录", style="TOC Heading")
    B.toc_field(d, ["一、基本情况\t1", "（一）概况\t1", "二、人才培养\t3"])
    d.add_heading("前言", 1)
    d.add_paragraph("这是前言的第一段。")
    d.add_paragraph("这是前言的第二段。")
    d.add_heading("一、基本情况", 1)
    d.add_heading("（一）概况", 2)
    d.add_paragraph("学校有三个校区。")
    d.add_heading("1.1.1 校区分布", 3)
    d.add_paragraph("主校区在城南。")
    d.add_heading("第五级的小标题", 5)
    d.add_paragraph("表 1-1 校区面积")
    B.table(d, [["校区", "面积（亩）"], ["城南", "210"], ["城北", "95"]], header_rows=1)
    B.picture(d, B.png())
    d.add_paragraph("图 1-1 城南校区大门")
    cn = d.styles.add_style("标题 2", WD_STYLE_TYPE.PARAGRAPH)     # a WPS-style Chinese style name
    d.add_paragraph("（二）自拟的一节", style=cn)
    p = d.add_paragraph("二、人才培养")
    B.outline_level(p, 1)                                            # an outline level, no style
    d.add_paragraph("学生全面发展。")
    B.case_box(d, ["【案例 2-1】以赛促学", "学生在比赛中成长。"])
    d.add_paragraph("表 2-1 这个表题后面没有表格")
    return B.save(d)


def test_heading_styles_and_outline_levels_make_the_outline():
    plan = read_docx(styled_docx(), "溪口.docx", get_edition("liaoning-2023"))
    assert [(depth + 1, n.title, n.edition_part) for depth, n in plan.walk()] == [
        (1, "基本情况", "basic"), (2, "概况", "basic.overview"), (3, "校区分布", None),
        (2, "自拟的一节", None), (1, "人才培养", "talent")]


def test_front_matter_and_the_toc_are_skipped_and_said_so():
    plan = read_docx(styled_docx(), "溪口.docx")
    assert plan.notes[0] == "目录（4 行）未导入：报告的目录由程序生成"      # its title and 3 entries
    assert plan.notes[1:] == ["正文第一个标题之前的 2 段/项（封面、声明等）未导入",
                              "“责任声明”部分（1 段/项）未导入：前置部分由报告设置生成",
                              "1 个第五级及更低的标题作为正文段落导入（大纲最多四级）"]
    assert plan.preface == "这是前言的第一段。\n这是前言的第二段。"    # the report's own preface
    texts = [b["text"] for _, n in plan.walk() for b in n.blocks if b["kind"] == "text"]
    assert not any("前言" in t or "真实性" in t or "溪口" in t for t in texts)


def test_the_preface_is_imported_into_the_settings_and_undone(new_session):
    plan = read_docx(styled_docx(), "溪口.docx")
    before = new_session.settings(2025)
    undo = new_session.import_docx(2025, plan)
    assert new_session.settings(2025)["preface"] == dict(before["preface"], text="这是前言的第一段。\n这是前言的第二段。")
    new_session.undo_import(undo)
    assert new_session.settings(2025) == before


def test_captions_and_the_case_box_next_to_styled_headings():
    plan = read_docx(styled_docx(), "溪口.docx")
    nodes = {n.title: n for _, n in plan.walk()}
    sub = nodes["校区分布"].blocks
    assert [b["kind"] for b in sub] == ["text", "table", "photos"]
    assert sub[0]["text"] == "主校区在城南。\n第五级的小标题"
    assert sub[1]["caption"] == "校区面积" and sub[1]["rows"] == [["城南", "210"], ["城北", "95"]]
    assert sub[2]["items"] == [{"image": 0, "caption": "城南校区大门"}]
    talent = nodes["人才培养"].blocks
    assert talent[1] == {"kind": "case", "title": "以赛促学",
                         "blocks": [{"kind": "text", "text": "学生在比赛中成长。", "style": "body"}]}
    assert talent[2]["text"] == "表 2-1 这个表题后面没有表格"       # no table next to it: stays text
    assert counts(talent) == {"paragraphs": 3, "tables": 0, "images": 0, "cases": 1}


def test_the_annex_and_the_back_cover_are_not_imported_and_a_table_note_stays_with_its_table():
    from docx.enum.section import WD_SECTION
    d = B.new()
    d.add_heading("四、面临挑战", 1)
    d.add_paragraph("师资结构仍需优化。")
    d.add_paragraph("表 4-1 教师年龄结构")
    B.table(d, [["年龄段", "人数"], ["35岁以下", "20"]])
    d.add_paragraph("注：含外聘教师。")
    d.add_paragraph("数据来源：人事处。")
    d.add_heading("附件：6张指标表", 1)
    B.table(d, [["指标", "数值"], ["在校生数", "900"]])
    d.add_section(WD_SECTION.NEW_PAGE)
    d.add_paragraph("溪口市工业学校")
    d.add_paragraph("地址：溪口市工业路 9 号")
    d.add_paragraph("电话：0000-1234567")
    plan = read_docx(B.save(d), "x.docx")
    [node] = plan.nodes
    assert node.title == "面临挑战"
    assert [b["kind"] for b in node.blocks] == ["text", "table", "text"]
    assert node.blocks[1]["caption"] == "教师年龄结构" and node.blocks[1]["note"] == "注：含外聘教师。"
    assert node.blocks[2] == {"kind": "text", "text": "数据来源：人事处。", "style": "note"}
    assert plan.notes == ["封底（3 段/项）未导入：封底的学校信息来自“学校信息”",
                          "“附件：6张指标表”部分（1 段/项）未导入：附件的指标表由报告的数据生成"]


def test_a_styled_heading_broken_over_two_lines_is_one_title():
    d = B.new()
    p = d.add_heading("一、深化产教融合", 1)
    p.add_run().add_break()
    p.add_run("服务区域发展")
    assert [n.title for n in read_docx(B.save(d), "x.docx").nodes] == ["深化产教融合服务区域发展"]
