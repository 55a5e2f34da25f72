"""One 字 count: the live count beside a section's or a case's text says the number the
validator's length rules give, for text with a bound field (counted as printed), Latin letters,
digits, punctuation and spaces."""

import re

from PySide6.QtWidgets import QApplication

from vqdesk.core.completeness import count_chars
from vqdesk.ui.app import open_window

#: 学校 2 + ABC 3 + 有 1 + 123 3 + 名学生 3 + 在校生 3 + 1200 (the field, as printed) 4 + 人 1
#: + Hello 5 + world 5; spaces and punctuation do not count.
TEXT = "学校 ABC 有123名学生，在校生{{[6.1]}}人！ Hello, world."
COUNT = 30


def _said(label: str) -> int:
    return int(re.match(r"(\d+) 字", label).group(1))


def _validator_count(ctrl, rule: str) -> int:
    ctrl.validate_now()
    message = next(f.message for f in ctrl.findings if f.rule == rule)
    return int(re.search(r"正文 (\d+) 字", message).group(1))


def test_the_case_page_counts_as_the_validator(report_path, qtbot):
    window = open_window(report_path)
    qtbot.addWidget(window)
    ctrl = window.ctrl
    node = ctrl.session.part_node(2025, "basic.overview")
    case = ctrl.session.add_block(node.id, {"kind": "case", "title": "计数", "blocks": [{"kind": "text", "text": TEXT}]})
    ctrl.reload()
    window.show_case(case.id)
    QApplication.processEvents()
    page = window.pages["cases"]
    assert count_chars(TEXT, ctrl.figures) == COUNT
    assert _said(page.count.text()) == COUNT == _validator_count(ctrl, "R17.case.short")
    window.close()


def test_the_section_page_counts_as_the_validator(report_path, qtbot):
    window = open_window(report_path)
    qtbot.addWidget(window)
    ctrl = window.ctrl
    node = ctrl.session.part_node(2025, "basic.overview")
    ctrl.session.set_node_text(node.id, TEXT)
    ctrl.reload()
    window.nav.select_key(("node", node.id))
    QApplication.processEvents()
    label = window.pages["node"].inserter.count_label.text()
    assert _said(label) == COUNT == _validator_count(ctrl, "R17.short")
    window.close()
