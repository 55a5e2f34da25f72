"""Values as real reports write them: dates with a precision, approximate numbers, areas in 亩."""

import pytest

from vqdesk.core.fields import date_span, parse_date
from vqdesk.core.kinds import parse_approx, parse_area


@pytest.mark.parametrize("raw, stored", [
    ("2024-11-16", "2024-11-16"), ("2024年11月16日", "2024-11-16"), ("2024年", "2024"), (2024, "2024"),
    ("2024.11", "2024-11"), ("2024.11.16-17", "2024-11-16/2024-11-17"),
    ("2024.11.16-12.02", "2024-11-16/2024-12-02"), ("2024年11月16日至17日", "2024-11-16/2024-11-17")])
def test_dates_keep_their_precision(raw, stored):
    assert parse_date(raw) == stored


def test_a_date_stands_for_the_days_of_its_precision():
    assert [d.isoformat() for d in date_span("2024")] == ["2024-01-01", "2024-12-31"]
    assert [d.isoformat() for d in date_span("2024-02")] == ["2024-02-01", "2024-02-29"]
    assert [d.isoformat() for d in date_span("2024-11-16/2024-11-17")] == ["2024-11-16", "2024-11-17"]


def test_bad_dates_are_refused_with_the_reason():
    with pytest.raises(ValueError, match="结束日期早于开始日期"):
        parse_date("2024.11.17-16")
    with pytest.raises(ValueError, match="不是有效日期"):
        parse_date("2024.13")


@pytest.mark.parametrize("raw, low, high", [
    ("1700余", 1700, 1799), ("100+", 100, 199), ("近千", 900, 1000), ("约 300", 285, 315), ("千余", 1000, 1999)])
def test_approximate_numbers_are_ranges(raw, low, high):
    approx = parse_approx(raw)
    assert (approx.low, approx.high) == (low, high)


def test_exact_numbers_are_not_approximate():
    assert parse_approx("393") is None and parse_approx("1,051") is None


def test_areas_in_mu_are_square_metres():
    assert (parse_area("330亩"), parse_area("7800平方米"), parse_area("330")) == (220000.0, 7800.0, None)
