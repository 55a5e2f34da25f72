"""Imported headings take the edition part whose title agrees, each part at most once."""

import pytest

from vqdesk.core.docx_import import PlanNode
from vqdesk.core.docx_import.matching import CLOSE, match_parts, similarity
from vqdesk.core.editions import get_edition


@pytest.mark.parametrize("a, b, same", [
    ("基本情况", "基本情况", True), ("基 本 情 况。", "基本情况", True), ("学校概况", "概况", True),
    ("学校基本情况", "基本情况", True), ("传承中华优秀传统文化", "传承中华优秀文化", True),
    ("专业设置", "专业建设", False), ("基本情况", "基本办学条件", False), ("面临挑战", "服务贡献", False),
])
def test_close_titles(a, b, same):
    assert (similarity(a, b) >= CLOSE) is same


def test_chapters_then_their_sections_each_part_once():
    nodes = [PlanNode("学校基本情况", 1, children=[PlanNode("学校概况", 2), PlanNode("概况", 2), PlanNode("校史", 2)]),
             PlanNode("我们的特色", 1), PlanNode("面临的挑战", 1)]
    match_parts(nodes, get_edition("liaoning-2023"))
    assert [(n.title, n.edition_part) for _, n in (x for top in nodes for x in top.walk())] == [
        ("学校基本情况", "basic"), ("学校概况", None), ("概况", "basic.overview"), ("校史", None),
        ("我们的特色", None), ("面临的挑战", "challenges")]
