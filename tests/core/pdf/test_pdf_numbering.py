"""Labels of headings, tables, figures and cases from settings.numbering and settings.cases."""

import pytest

from vqdesk.core.document.settings import default_settings
from vqdesk.core.editions import get_edition
from vqdesk.core.document.numbering import Numberer, chinese_numeral


@pytest.mark.parametrize("n, expected", [(1, "一"), (7, "七"), (10, "十"), (12, "十二"), (20, "二十"),
                                         (21, "二十一"), (99, "九十九"), (100, "一百"), (105, "一百零五"),
                                         (112, "一百一十二")])
def test_chinese_numeral(n, expected):
    assert chinese_numeral(n) == expected


def settings(edition="liaoning-2023", **changes):
    out = default_settings(get_edition(edition), 2025)
    for group, values in changes.items():
        out[group].update(values)
    return out


def test_numberer_liaoning_numbers_per_chapter():
    n = Numberer(settings())
    first = [n.heading(0), n.heading(1), n.heading(2), n.heading(3), n.heading(1), n.table(), n.table(),
             n.figure(), n.case()]
    second = [n.heading(0), n.heading(1), n.table(), n.figure(), n.case(), n.case()]
    assert first == ["1", "1.1", "1.1.1", "（1）", "1.2", "表 1-1", "表 1-2", "图 1-1", "【案例 1-1】"]
    assert second == ["2", "2.1", "表 2-1", "图 2-1", "【案例 2-1】", "【案例 2-2】"]


def test_numberer_national_numbers_flat_and_in_chinese():
    n = Numberer(settings("national-2024"))
    labels = [n.heading(0), n.heading(1), n.heading(1), n.table(), n.case(), n.heading(0), n.heading(1),
              n.table(), n.figure(), n.case()]
    assert labels == ["一、", "（一）", "（二）", "表 1", "【案例 1】", "二、", "（一）", "表 2", "图 1", "【案例 2】"]


def test_numberer_per_section_counts_within_each_section():
    n = Numberer(settings(numbering={"tables": "per_section", "figures": "per_section", "figure_label": "图"}))
    n.heading(0)
    intro = n.table()                               # the chapter's introduction: chapter.n
    n.heading(1), n.heading(1), n.heading(1)
    labels = [n.table(), n.heading(2), n.table(), n.table(), n.figure()]
    n.heading(1)
    assert intro == "表 1.1"
    assert labels == ["表 1.3.1", "1.3.1", "表 1.3.2", "表 1.3.3", "图 1.3.1"]
    assert n.table() == "表 1.4.1"
    n.leave_sections()                              # cases collected at the chapter's end
    assert n.table() == "表 1.2"


def test_numberer_case_labels_and_words():
    n = Numberer(settings(cases={"label": "案例{cn}", "numbering": "flat"},
                          numbering={"table_label": "数据表", "chapter": "{cn}、", "section": "（{cn}）"}))
    assert [n.heading(0), n.case(), n.table(), n.heading(0), n.case()] == ["一、", "案例一", "数据表 1-1", "二、",
                                                                           "案例二"]
    n = Numberer(settings(cases={"label": "案例分享 {n}", "numbering": "per_chapter"}))
    assert [n.heading(0), n.case(), n.heading(0), n.case()] == ["1", "案例分享 1", "2", "案例分享 1"]
