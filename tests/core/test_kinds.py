"""Numbers are read the way people type them and printed the way reports print them."""

import pytest

from vqdesk.core.kinds import format_value, parse_number


@pytest.mark.parametrize("raw, kind, expected", [
    ("1,234", "count", 1234), ("９５", "percent", 95.0), ("95%", "percent", 95.0),
    ("11.17:1", "ratio", 11.17), ("2,500元", "money_yuan", 2500.0), (" 36.5 ", "money_wan", 36.5),
    (12, "count", 12), (12.0, "count", 12), ("１２３４", "count", 1234),
])
def test_parse_number_accepts_what_people_type(raw, kind, expected):
    assert parse_number(raw, kind) == expected


@pytest.mark.parametrize("raw, kind, message", [
    ("十二", "count", "不是数值"), ("12.5", "count", "不是整数"), ("3:2", "ratio", "X:1"), (True, "count", "不是数值"),
    (1e20, "count", "数值 1e\\+20 过大"), ("2000000000000", "decimal", "过大，请检查是否多输了数字或填错了单位"),
])
def test_parse_number_explains_what_is_wrong(raw, kind, message):
    with pytest.raises(ValueError, match=message):
        parse_number(raw, kind)


def test_format_value_prints_like_the_tables():
    assert [format_value(1619.0, "count"), format_value(56.4516, "percent"), format_value(13.0564, "ratio"),
            format_value(31995.06, "money_yuan"), format_value(None, "count")] == \
        ["1619", "56.45%", "13.06:1", "31995.06", ""]
