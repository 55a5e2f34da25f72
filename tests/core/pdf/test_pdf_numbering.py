"""Labels of chapters, sections, tables, figures and cases per edition.numbering."""

import pytest

from vqdesk.core.editions import get_edition
from vqdesk.core.pdf.numbering import Numberer, chinese_numeral


@pytest.mark.parametrize("n, expected", [(1, "一"), (7, "七"), (10, "十"), (12, "十二"), (20, "二十"),
                                         (21, "二十一"), (99, "九十九"), (100, "一百"), (105, "一百零五"),
                                         (112, "一百一十二")])
def test_chinese_numeral(n, expected):
    assert chinese_numeral(n) == expected


def test_numberer_liaoning_numbers_per_chapter():
    numberer = Numberer(get_edition("liaoning-2023"))
    first = [numberer.chapter(), numberer.section(), numberer.section(), numberer.table(), numberer.table(),
             numberer.figure(), numberer.case()]
    second = [numberer.chapter(), numberer.section(), numberer.table(), numberer.figure(), numberer.case(),
              numberer.case()]
    assert first == ["1", "1.1", "1.2", "表 1-1", "表 1-2", "图 1-1", "【案例 1-1】"]
    assert second == ["2", "2.1", "表 2-1", "图 2-1", "【案例 2-1】", "【案例 2-2】"]


def test_numberer_national_numbers_flat_and_in_chinese():
    numberer = Numberer(get_edition("national-2024"))
    labels = [numberer.chapter(), numberer.section(), numberer.section(), numberer.table(), numberer.case(),
              numberer.chapter(), numberer.section(), numberer.table(), numberer.figure(), numberer.case()]
    assert labels == ["一、", "（一）", "（二）", "表 1", "【案例 1】", "二、", "（一）", "表 2", "图 1", "【案例 2】"]
