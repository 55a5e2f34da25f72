"""Slips in the shape of texts, captions and tables: Jinzhou 2025 §8.3 #39 (a sentence written
twice in 2.3.3), #33 (图3's caption ending with “、”); Benxi 2024 §8.3 #21 (图 2.5.1's caption
“家校共育优秀家长 with no closing mark), #18 (表1.5.2's header typed twice), #25 (案例四's 预期效果).
The seeds' labels; the tests' own sentences."""

from vqdesk.core.model import Photo

from .conftest import add_table, add_text, block, give_ids, loud, node, rules_of, the_case

AWARD = "2024年学生参加辽宁省职业院校技能大赛，获一等奖2项、二等奖3项。"


def test_jinzhou_one_sentence_written_twice_under_one_heading(data):
    add_text(data, "talent.skills", f"学校以赛促学。{AWARD}")
    add_text(data, "talent.skills", f"{AWARD}成绩创历史新高。")
    assert rules_of(data, "R17.repeat") == [
        ("info", "R17.repeat", f"“2.4 技能成才”把同一句话写了两次：“{AWARD}”，请删去一处")]
    assert loud(data) == []


def test_a_sentence_in_two_sections_and_short_ones_twice_pass(data):
    add_text(data, "talent.skills", f"{AWARD}成效显著。")
    add_text(data, "talent.moral", f"{AWARD}成效显著。")
    assert rules_of(data, "R17.repeat") == []


def test_benxi_a_caption_whose_quotation_is_not_closed_and_jinzhou_a_caption_ending_with_a_comma(data):
    data.photos.append(Photo(id=3, caption="“家校共育优秀家长颁奖现场", filename="p3.png", mime="image/png"))
    node(data, "talent.moral").blocks.append(block({"kind": "photos", "items": [{"photo": 3}]}))
    add_table(data, "basic.students", "在校生人数、", ["年级", "人数"], [["一年级", 400]])
    give_ids(data.document)
    assert rules_of(data, "R17.quote", "R19.caption") == [
        ("info", "R19.caption", "表格“在校生人数、”的标题以“、”结尾，请删去"),
        ("info", "R17.quote", "图片““家校共育优秀家长颁奖现场”的标题中的引号不成对（缺少另一半），请补上或删去")]


def test_a_text_whose_bracket_or_quotation_is_not_closed(data):
    add_text(data, "talent.moral", "学校开展“家校共育活动，印发《家长学校工作方案（试行》。")
    assert rules_of(data, "R17.quote") == [
        ("info", "R17.quote", "“2.1 立德树人”中的引号、括号不成对（缺少另一半），请补上或删去")]


def test_nested_quotations_and_numbered_lists_pass(data):
    add_text(data, "talent.moral", "学生说：“老师教我们‘精益求精’。”措施有：1）建立制度；2）落实责任。《方案》（试行）已印发。")
    assert rules_of(data, "R17.quote") == []


def test_benxi_a_header_typed_again_as_a_row(data):
    add_table(data, "basic.teachers", "教师培训情况", ["序号", "培训项目", "人次"],
              [[1, "国家级培训", 12], [None, "培训项目", "人次"], [2, "省级培训", 30]],
              kinds=["number", "text", "number"])
    assert rules_of(data, "R18.header") == [
        ("warning", "R18.header", "表格“教师培训情况”第2行重复了表头，请删去这一行")]


def test_benxi_a_case_reporting_what_it_expects(data):
    case = the_case(data)
    case.children.append(block({"kind": "text", "text": "三、预期效果\n学校将开设旅游服务与管理专业，预计带动就业。"}))
    give_ids(data.document)
    assert rules_of(data, "R17.case.plan") == [
        ("info", "R17.case.plan", "案例“以赛促学提升技能”写的是“预期效果”，案例应写已经做了什么、取得了什么成效：请改写为实际结果")]


def test_jinzhou_a_case_whose_parts_give_no_results(data):
    """§8.3 #36: 案例17 has 一、背景 and 二、实施过程, and no part for what it achieved."""
    case = the_case(data)
    case.children = [block({"kind": "text", "text": "一、背景\n学校引进智能药品包装机开展实训。\n二、实施过程\n"
                                                     "学生分组测绘零部件，完成综合加工。"})]
    give_ids(data.document)
    assert rules_of(data, "R17.case.plan") == [
        ("info", "R17.case.plan", "案例“以赛促学提升技能”的小标题为“一、背景”、“二、实施过程”，没有写成效的部分：案例应写清取得的成效"
                                  "（如加一段“成效”）")]


def test_a_case_with_a_part_for_its_results_passes(data):
    case = the_case(data)
    case.children = [block({"kind": "text", "text": "一、背景\n学校引进设备。\n二、做法\n分组实训。\n三、成效与经验\n"
                                                     "学生技能明显提升。"})]
    give_ids(data.document)
    assert rules_of(data, "R17.case.plan") == []


def test_benxi_a_case_about_a_contest_with_no_outcome(data):
    """#25: 案例二 tells of taking part in the 2024 world skills contest and never gives the result."""
    case = the_case(data)
    case.children = [block({"kind": "text", "text": "2024年11月，学校分析检测系代表辽宁省参加了2024年世界职业技能大赛"
                                                     "“食品药品检验”赛项。校企合作研究比赛规则，激发了学生学习热情。"})]
    give_ids(data.document)
    assert rules_of(data, "R17.case.plan") == [
        ("info", "R17.case.plan", "案例“以赛促学提升技能”写了参加“2024年世界职业技能大赛”，却没有写比赛的结果（名次或奖项）：请补上")]


def test_a_case_about_a_contest_and_its_prize_passes(data):
    case = the_case(data)
    case.children = [block({"kind": "text", "text": "学生参加了2024年世界职业技能大赛“食品药品检验”赛项，获优胜奖。"})]
    give_ids(data.document)
    assert rules_of(data, "R17.case.plan") == []


def test_benxi_a_heading_naming_a_rate_its_section_never_gives(data):
    """#26: 1.3.3 “巩固率与升学率” gives the 巩固率 only."""
    from vqdesk.core.document.model import Node
    students = node(data, "basic.students")
    students.children.append(Node(title="巩固率与升学率", blocks=[block({"kind": "text", "text": "全市中职学校巩固率为96.5%。"})]))
    students.children.append(Node(title="党建引领与思政教育", blocks=[block({"kind": "text", "text": "学校加强党的建设。"})]))
    give_ids(data.document)
    assert rules_of(data, "R17.title") == [
        ("info", "R17.title", "“1.3.1 巩固率与升学率”的标题写有“升学率”，本节却没有给出升学率：请补上，或改标题")]
