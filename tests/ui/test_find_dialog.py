from vqdesk.ui.app import open_window
from vqdesk.ui.dialogs.find_dialog import search


def test_find_searches_heading_texts_cases_and_the_preface(ctrl, part_key):
    moral = part_key(ctrl, "talent.moral")
    ctrl.session.add_block(moral[1], {"kind": "case", "title": "思政进车间",
                                      "blocks": [{"kind": "text", "text": "一九六二年建成的车间"}]})
    ctrl.session.set_settings(2025, {"preface": {"text": "学校一九六二年建校。"}})
    ctrl.reload()
    found = search(ctrl, "一九六二年")
    assert [label for label, _ in found] == [
        "前言：…学校一九六二年建校。…", "1.1 概况：…学校创办于一九六二年。…", "【案例 2-1】 思政进车间：…一九六二年建成的车间…"]
    assert [(p.kind, p.node) for _, p in found] == [("preface", None), ("node", part_key(ctrl, "basic.overview")[1]),
                                                    ("block", moral[1])]


def test_a_find_result_opens_the_heading(report_path, qtbot, part_key):
    window = open_window(report_path)
    qtbot.addWidget(window)
    [(_, place)] = search(window.ctrl, "创办")
    window.navigate(place)
    assert window.nav.current_key() == part_key(window.ctrl, "basic.overview")
    window.close()
