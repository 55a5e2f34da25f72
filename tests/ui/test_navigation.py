from vqdesk.core.findings import Finding, Place
from vqdesk.ui.icons import DONE, EMPTY, ERROR, PARTIAL
from vqdesk.ui.navigation import NavigationTree, NodeStates


def test_navigation_tree_mirrors_the_edition(ctrl, qtbot):
    tree = NavigationTree()
    qtbot.addWidget(tree)
    tree.build(ctrl)
    edition = ctrl.edition
    expected = [("profile",), ("front",)]
    for chapter in edition.chapters:
        expected.append(("chapter", chapter.key))
        expected += [("section", s.key) for s in chapter.sections]
    expected += [("cases",), ("photos",), ("lists",)]
    expected += [("list", rl.id) for rl in edition.record_lists]
    expected += [("tables",)] + [("table", t.no) for t in edition.tables]
    assert tree.keys() == expected
    assert tree.topLevelItem(2).text(0) == "1 基本情况"


def test_navigation_states_follow_the_data(ctrl):
    ctrl.findings = []
    states = NodeStates(ctrl)
    assert states.of(("section", "basic.overview"))[::2] == (PARTIAL, "11 字（建议 150–2500 字）")
    assert states.of(("section", "basic.majors"))[0] == EMPTY
    assert states.of(("list", "majors"))[::2] == (DONE, "2 行")


def test_navigation_states_count_findings_up_to_the_group(ctrl):
    ctrl.findings = [Finding("error", "R7", Place("record", list_id="majors", row=0, field="code"), "x"),
                     Finding("error", "R7", Place("record", list_id="majors", row=1, field="code"), "y")]
    states = NodeStates(ctrl)
    assert states.of(("list", "majors"))[:2] == (ERROR, 2)
    assert states.of(("lists",))[:2] == (ERROR, 2)
