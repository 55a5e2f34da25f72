"""近三年 comparisons are computed from the stored years: 百分点 for rates, 同比 for quantities."""

import pytest

from vqdesk.core.session import Session
from vqdesk.core.trends import trend_rows, trend_years


@pytest.fixture(scope="module")
def sample(sample_path):
    with Session.open(sample_path, readonly=True) as s:
        yield s.snapshot(2025)


def test_trend_years_are_the_report_year_and_two_before(sample):
    assert trend_years(sample) == [2023, 2024, 2025]


def test_quantities_change_relatively_and_rates_in_points(sample):
    rows = {r.figure: r for r in trend_rows(sample)}
    students = rows["6.1"]
    assert students.values == {2023: 1509, 2024: 1571, 2025: 1619}
    assert students.change == pytest.approx({"change": 48, "relative": 48 / 1571 * 100})
    dual = rows["3.2"]
    assert dual.change["points"] == pytest.approx(70 / 124 * 100 - 66 / 121 * 100)
    assert "relative" not in dual.change


def test_a_year_without_history_has_no_change(new_session):
    new_session.set_value(2025, "6.1", 100)
    rows = trend_rows(new_session.snapshot(2025))
    assert rows[0].values == {2025: 100} and rows[0].change is None
