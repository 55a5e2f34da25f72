from vqdesk.core.findings import Finding, Place
from vqdesk.ui.icons import DONE, EMPTY, ERROR, PARTIAL, WARNING
from vqdesk.ui.navigation import KeyRole, NavigationTree, NodeStates


def test_navigation_tree_shows_the_reports_own_outline(ctrl, qtbot):
    tree = NavigationTree()
    qtbot.addWidget(tree)
    tree.build(ctrl)
    edition = ctrl.edition
    expected = [("profile",), ("front",)]
    expected += [("node", node.id) for node in ctrl.data.document.nodes()]
    expected += [("cases",), ("photos",), ("lists",)]
    expected += [("list", rl.id) for rl in edition.record_lists]
    expected += [("tables",)] + [("table", t.no) for t in edition.tables]
    assert tree.keys() == expected
    assert [tree.topLevelItem(i).text(0) for i in range(4)] == ["学校信息", "封面与声明（前言）", "1 基本情况", "2 人才培养"]
    assert tree.topLevelItem(2).child(0).text(0) == "1.1 概况"


def test_navigation_tree_numbers_headings_as_the_settings_say(ctrl, qtbot):
    session = ctrl.session
    session.set_settings(2025, {"numbering": {"chapter": "{cn}、", "section": "（{cn}）", "level3": "{n}."}})
    overview = session.part_node(2025, "basic.overview")
    session.add_node(2025, overview.id, "历史沿革")
    session.set_settings(2025, {"preface": {"title": None}})
    ctrl.reload()
    tree = NavigationTree()
    qtbot.addWidget(tree)
    tree.build(ctrl)
    chapter = tree.topLevelItem(2)
    assert (tree.topLevelItem(1).text(0), chapter.text(0)) == ("封面与声明", "一、基本情况")
    assert (chapter.child(0).text(0), chapter.child(0).child(0).text(0)) == ("（一）概况", "1.历史沿革"), "as printed: GB/T 9704 puts no space after 1."


def test_a_heading_added_or_renamed_in_the_file_shows_after_a_rebuild(ctrl, qtbot):
    tree = NavigationTree()
    qtbot.addWidget(tree)
    tree.build(ctrl)
    chapter = ctrl.data.document.outline[0]
    added = ctrl.session.add_node(2025, chapter.id, "办学特色", position=0)
    ctrl.session.rename_node(chapter.id, "学校概况")
    ctrl.reload()
    tree.build(ctrl)
    item = tree.topLevelItem(2)
    assert (item.text(0), item.child(0).text(0), item.child(1).text(0)) == ("1 学校概况", "1.1 办学特色", "1.2 概况")
    assert item.child(0).data(0, KeyRole) == ("node", added.id)


def test_navigation_states_follow_the_data(ctrl, part_key):
    ctrl.findings = []
    states = NodeStates(ctrl)
    assert states.of(part_key(ctrl, "basic.overview"))[::2] == (PARTIAL, "10 字（建议 150–2500 字）")   # 汉字, letters and digits, as validation counts
    assert states.of(part_key(ctrl, "basic.majors"))[0] == EMPTY
    assert states.of(part_key(ctrl, "basic"))[::2] == (PARTIAL, "已完成 0/6 节")   # a chapter sums its sections
    assert states.of(("list", "majors"))[::2] == (DONE, "2 行")


def test_a_headings_length_counts_the_text_of_its_sub_headings_as_validation_does(ctrl, part_key):
    session = ctrl.session
    overview = part_key(ctrl, "basic.overview")[1]
    child = session.add_node(2025, overview, "办学历史")
    session.set_node_text(child.id, "学校创办于一九六二年。" * 15)
    ctrl.reload()
    ctrl.findings = []
    assert NodeStates(ctrl).of(("node", overview))[::2] == (DONE, "160 字（建议 150–2500 字）")


def test_a_headings_findings_show_on_it_and_its_chapter(ctrl, part_key):
    node = part_key(ctrl, "basic.majors")[1]
    ctrl.findings = [Finding("warning", "T1", Place("node", node=node, label="1.2 专业设置"), "x")]
    states = NodeStates(ctrl)
    assert states.of(("node", node))[:2] == (WARNING, 1)
    assert states.of(part_key(ctrl, "basic"))[:2] == (WARNING, 1)


def test_navigation_states_count_findings_up_to_the_group(ctrl):
    ctrl.findings = [Finding("error", "R7", Place("record", list_id="majors", row=0, field="code"), "x"),
                     Finding("error", "R7", Place("record", list_id="majors", row=1, field="code"), "y")]
    states = NodeStates(ctrl)
    assert states.of(("list", "majors"))[:2] == (ERROR, 2)
    assert states.of(("lists",))[:2] == (ERROR, 2)
