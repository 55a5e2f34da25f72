import pytest

from vqdesk.core.choices import match_choice

DURATIONS = ["三年制", "五年制（3+2）", "五年一贯制", "其他"]


@pytest.mark.parametrize("typed", ["三年制", "3年", "三年", "3", "３年", " 三年制 "])
def test_everyday_spellings_of_a_duration(typed):
    assert match_choice(DURATIONS, typed) == "三年制"


def test_a_spelling_no_option_fits_or_two_fit_is_not_guessed():
    assert match_choice(DURATIONS, "4年") is None
    assert match_choice(["省级", "省级奖"], "省") is None


def test_levels_and_grades_without_their_ending():
    assert (match_choice(["国家级", "省级", "市级"], "省"), match_choice(["一年级", "二年级"], "2")) == ("省级", "二年级")
