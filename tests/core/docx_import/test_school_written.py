"""A Word report written the way a school writes it: no heading styles, headings typed as
numbered bold paragraphs, tables with a merged header, pictures with “图 N” captions below them,
a 【案例 N】 paragraph case and a shaded single-cell case box."""

import pytest

from tests.core.docx_import import build as B
from vqdesk.core.docx_import import counts, read_docx
from vqdesk.core.editions import get_edition

RED, BLUE, GREEN = B.png((200, 30, 30)), B.png((30, 30, 200)), B.png((30, 160, 30))


def school_docx() -> bytes:
    d = B.new()
    B.bold(d, "河湾县职业中专")                     # the cover: bold lines before the first heading
    B.bold(d, "2025年度质量报告")
    d.add_paragraph("2025年12月")
    B.bold(d, "一、基本情况")
    d.add_paragraph("本章介绍学校的大致样貌。")
    B.bold(d, "（一）学校概况")
    d.add_paragraph("学校位于县城东侧，紧邻高铁站。")
    d.add_paragraph("校园绿树成荫，设施齐备。")
    d.add_paragraph("表1 近两年招生与毕业人数")
    B.table(d, [["专业", "招生", "", "毕业", ""], ["", "2024年", "2025年", "2024年", "2025年"],
                ["数控技术", "40", "45", "38", "41"], ["电子商务", "35", "30", "33", "29"]],
            merges=[((0, 1), (0, 2)), ((0, 3), (0, 4)), ((0, 0), (1, 0))])
    B.picture(d, RED)
    d.add_paragraph("图1 新建的实训大楼")
    B.picture(d, BLUE, GREEN)
    d.add_paragraph("图2 机房一角 图3 图书馆阅览区")
    B.bold(d, "1.办学条件")
    d.add_paragraph("生均仪器设备值逐年提高。")
    B.bold(d, "（1）实训基地")
    d.add_paragraph("新增两个校内实训基地。")
    B.bold(d, "（二）专业设置")
    d.add_paragraph("【案例 1】订单班让学生毕业即就业")
    d.add_paragraph("学校与本地一家电机厂合办订单班。")
    d.add_paragraph("三年来订单班学生全部留在厂里工作。")
    B.bold(d, "二、人才培养")
    d.add_paragraph("学校坚持德技并修。")
    B.case_box(d, ["案例二 晨读课上的家国情怀", "每天早晨学生诵读经典篇目。", "班主任带领学生讨论读后感。"])
    p = d.add_paragraph("学生技能竞赛成绩稳步提升。")
    B.text_box(p, "获奖名单见附件")
    B.bold(d, "（一）技能成才")
    d.add_paragraph("本学年共获省级奖项六项。")
    B.table(d, [["年份", "赛项", "奖项"], ["2025", "车加工", "一等奖"], ["", "网店运营", "二等奖"]],
            merges=[((1, 0), (2, 0))])
    d.add_paragraph("表2 2025年技能大赛获奖情况")
    B.bold(d, "三、学校自己加的一章")
    d.add_paragraph("这一章是学校自拟的。")
    return B.save(d)


@pytest.fixture(scope="module")
def plan():
    return read_docx(school_docx(), "河湾县职业中专2025.docx", get_edition("liaoning-2023"))


def outline(plan):
    return [(depth + 1, node.title, node.edition_part) for depth, node in plan.walk()]


def test_numbered_bold_paragraphs_become_the_outline_with_numbers_stripped(plan):
    assert outline(plan) == [
        (1, "基本情况", "basic"),
        (2, "学校概况", "basic.overview"),
        (3, "办学条件", None),
        (4, "实训基地", None),
        (2, "专业设置", "basic.majors"),
        (1, "人才培养", "talent"),
        (2, "技能成才", "talent.skills"),
        (1, "学校自己加的一章", None),
    ]


def test_blocks_per_heading(plan):
    nodes = {node.title: node for _, node in plan.walk()}
    kinds = {title: [b["kind"] for b in node.blocks] for title, node in nodes.items()}
    assert kinds == {"基本情况": ["text"], "学校概况": ["text", "table", "photos", "photos"],
                     "办学条件": ["text"], "实训基地": ["text"], "专业设置": ["case"],
                     "人才培养": ["text", "case", "text"], "技能成才": ["text", "table"],
                     "学校自己加的一章": ["text"]}
    assert counts(nodes["学校概况"].blocks) == {"paragraphs": 2, "tables": 1, "images": 3, "cases": 0}
    assert nodes["学校概况"].blocks[0]["text"] == "学校位于县城东侧，紧邻高铁站。\n校园绿树成荫，设施齐备。"


def test_a_merged_header_becomes_header_groups(plan):
    table = next(b for _, n in plan.walk() for b in n.blocks if b["kind"] == "table")
    assert table["caption"] == "近两年招生与毕业人数"
    assert table["header_groups"] == [{"label": "", "span": 1}, {"label": "招生", "span": 2},
                                      {"label": "毕业", "span": 2}]
    assert table["columns"] == ["专业", "2024年", "2025年", "2024年", "2025年"]
    assert table["rows"] == [["数控技术", "40", "45", "38", "41"], ["电子商务", "35", "30", "33", "29"]]
    assert table["source"] is None and table["column_kinds"] == ["text"] * 5


def test_a_merged_body_cell_is_flattened_with_a_note(plan):
    node = next(n for _, n in plan.walk() if n.title == "技能成才")
    table = node.blocks[1]
    assert table["caption"] == "2025年技能大赛获奖情况"           # the caption below the table
    assert table["columns"] == ["年份", "赛项", "奖项"] and table["header_groups"] == []
    assert table["rows"] == [["2025", "车加工", "一等奖"], [None, "网店运营", "二等奖"]]
    assert any("2025年技能大赛获奖情况" in n and "合并单元格已拆开" in n for n in plan.notes)


def test_pictures_become_photos_with_the_captions_below_them(plan):
    node = next(n for _, n in plan.walk() if n.title == "学校概况")
    single, pair = node.blocks[2], node.blocks[3]
    assert single == {"kind": "photos", "per_row": 1, "items": [{"image": 0, "caption": "新建的实训大楼"}]}
    assert pair == {"kind": "photos", "per_row": 2,
                    "items": [{"image": 1, "caption": "机房一角"}, {"image": 2, "caption": "图书馆阅览区"}]}
    assert [img["data"] for img in plan.images] == [RED, BLUE, GREEN]


def test_a_case_label_paragraph_holds_what_follows_until_the_next_heading(plan):
    node = next(n for _, n in plan.walk() if n.title == "专业设置")
    assert node.blocks == [{"kind": "case", "title": "订单班让学生毕业即就业", "blocks": [
        {"kind": "text", "text": "学校与本地一家电机厂合办订单班。\n三年来订单班学生全部留在厂里工作。", "style": "body"}]}]


def test_a_shaded_single_cell_table_is_a_case(plan):
    node = next(n for _, n in plan.walk() if n.title == "人才培养")
    assert node.blocks[1] == {"kind": "case", "title": "晨读课上的家国情怀", "blocks": [
        {"kind": "text", "text": "每天早晨学生诵读经典篇目。\n班主任带领学生讨论读后感。", "style": "body"}]}
    assert node.blocks[2]["text"] == "学生技能竞赛成绩稳步提升。"     # after the box: the chapter again


def test_what_could_not_be_placed_is_listed_with_where(plan):
    assert plan.unplaced == ["“人才培养”（第 24 段附近）：文本框“获奖名单见附件”"]
    assert "正文第一个标题之前的 3 段/项（封面、声明等）未导入" in plan.notes


def test_the_plan_loads_as_a_valid_document(plan, new_session):
    new_session.import_docx(2025, plan)
    doc = new_session.document(2025)
    assert [n.title for n in doc.outline] == ["基本情况", "人才培养", "学校自己加的一章"]
    assert sorted(p.caption for p in new_session.photos(2025)) == sorted(["新建的实训大楼", "机房一角", "图书馆阅览区"])


def test_a_shaded_box_without_a_label_is_a_case_titled_by_its_first_line_and_a_plain_frame_is_not():
    d = B.new()
    B.bold(d, "一、服务贡献")
    B.case_box(d, ["社区里的维修站", "师生每月上门维修家电。"])                    # shaded, no label
    B.case_box(d, ["一个没有底色的框。", "框里的第二段。"], shade=None)          # a frame, no label
    B.case_box(d, ["【案例 3】没有底色的案例", "也是案例。"], shade=None)        # a label makes a case
    [node] = read_docx(B.save(d), "x.docx").nodes
    assert node.blocks == [
        {"kind": "case", "title": "社区里的维修站",
         "blocks": [{"kind": "text", "text": "师生每月上门维修家电。", "style": "body"}]},
        {"kind": "text", "text": "一个没有底色的框。\n框里的第二段。", "style": "body"},
        {"kind": "case", "title": "没有底色的案例", "blocks": [{"kind": "text", "text": "也是案例。", "style": "body"}]}]


def test_a_table_of_pictures_is_one_photos_block_keeping_its_row_length():
    d = B.new()
    B.bold(d, "一、基本情况")
    t = d.add_table(rows=2, cols=2)
    for c, color in enumerate(((1, 2, 3), (90, 90, 90))):
        t.cell(0, c).paragraphs[0].add_run().add_picture(__import__("io").BytesIO(B.png(color)))
    t.cell(1, 0).text = "图1-1 篮球场"
    t.cell(1, 1).text = "图1-2 食堂"
    plan = read_docx(B.save(d), "x.docx")
    assert plan.nodes[0].blocks == [{"kind": "photos", "per_row": 2, "items": [
        {"image": 0, "caption": "篮球场"}, {"image": 1, "caption": "食堂"}]}]


def test_a_last_total_row_that_adds_up_becomes_a_computed_total_and_one_that_does_not_stays():
    d = B.new()
    B.bold(d, "一、基本情况")
    B.table(d, [["类别", "人数", "占比"], ["男", "30", "60%"], ["女", "20", "40%"], ["合 计", "50", ""]])
    B.table(d, [["类别", "人数"], ["男", "30"], ["女", "0"], ["合计", "31"]])       # a typo: kept as typed
    plan = read_docx(B.save(d), "x.docx")
    added_up, typed = plan.nodes[0].blocks
    assert added_up["rows"] == [["男", 30, "60%"], ["女", 20, "40%"]]
    assert added_up["column_kinds"] == ["text", "number", "text"]
    assert added_up["total"] == {"label": "合计", "columns": [1]}
    assert typed["rows"][-1] == ["合计", "31"] and typed["total"] is None
    assert [n.endswith("改为自动合计（数字不再手填）") for n in plan.notes] == [True]


def test_a_title_row_and_a_note_row_typed_into_the_table_become_its_caption_and_note():
    d = B.new()
    B.bold(d, "一、基本情况")
    B.table(d, [["表3 各专业在校生", "", ""], ["专业", "一年级", "二年级"], ["数控", "40", "38"],
                ["", "", ""], ["注：不含借读生。", "", ""]],
            merges=[((0, 0), (0, 2)), ((4, 0), (4, 2))])
    [table] = read_docx(B.save(d), "x.docx").nodes[0].blocks
    assert (table["caption"], table["note"]) == ("各专业在校生", "注：不含借读生。")
    assert table["columns"] == ["专业", "一年级", "二年级"] and table["rows"] == [["数控", "40", "38"]]


def test_a_one_column_case_box_and_a_one_column_list_with_a_shaded_header():
    d = B.new()
    B.bold(d, "一、基本情况")
    box = B.table(d, [["【案例 4】校园开放日"], ["家长走进课堂。"]])
    listing = B.table(d, [["专业名称"], ["数控"], ["汽修"]])
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    listing.cell(0, 0)._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:fill="D9D9D9"/>'))
    assert box and listing
    case, table = read_docx(B.save(d), "x.docx").nodes[0].blocks
    assert case == {"kind": "case", "title": "校园开放日",
                    "blocks": [{"kind": "text", "text": "家长走进课堂。", "style": "body"}]}
    assert table["columns"] == ["专业名称"] and table["rows"] == [["数控"], ["汽修"]]


def test_case_labels_alone_on_their_line_or_followed_by_the_whole_story():
    d = B.new()
    B.bold(d, "一、人才培养")
    B.case_box(d, ["【案例 5】", "技能节", "每年五月举办技能节。"])
    long_story = "走进社区" + "。学生走进社区开展家电维修，三年来服务居民上千户，居民纷纷点赞，社区也把学校的做法推广到了周边街道" * 1
    d.add_paragraph(f"案例6 {long_story}")
    [node] = read_docx(B.save(d), "x.docx").nodes
    assert node.blocks == [
        {"kind": "case", "title": "技能节", "blocks": [{"kind": "text", "text": "每年五月举办技能节。", "style": "body"}]},
        {"kind": "case", "title": "走进社区", "blocks": [{"kind": "text", "style": "body",
                                                         "text": long_story.split("。", 1)[1]}]}]


def test_the_numbers_typed_before_the_headings_become_the_reports_numbering(plan, new_session):
    assert plan.numbering == {"chapter": "{cn}、", "section": "（{cn}）", "level3": "{n}.", "level4": "（{n}）"}
    before = new_session.settings(2025)["numbering"]
    undo = new_session.import_docx(2025, plan)
    assert new_session.settings(2025)["numbering"] == dict(before, **plan.numbering)
    new_session.undo_import(undo)
    assert new_session.settings(2025)["numbering"] == before


def test_a_case_box_holds_its_own_table_and_captioned_picture():
    import io
    d = B.new()
    B.bold(d, "一、产教融合")
    cell = B.case_box(d, ["【案例 7】共建实训基地", "企业投入设备。"])
    inner = cell.add_table(rows=2, cols=2)
    for r, row in enumerate((("设备", "台数"), ("机床", "12"))):
        for c, text in enumerate(row):
            inner.cell(r, c).text = text
    cell.add_paragraph("表7 企业投入的设备")
    cell.add_paragraph().add_run().add_picture(io.BytesIO(B.png()))
    cell.add_paragraph("图7 实训基地揭牌")
    [case] = read_docx(B.save(d), "x.docx").nodes[0].blocks
    assert case["title"] == "共建实训基地"
    assert [b["kind"] for b in case["blocks"]] == ["text", "table", "photos"]
    assert case["blocks"][1]["caption"] == "企业投入的设备" and case["blocks"][1]["rows"] == [["机床", "12"]]
    assert case["blocks"][2]["items"] == [{"image": 0, "caption": "实训基地揭牌"}]
