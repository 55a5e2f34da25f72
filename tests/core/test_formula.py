"""The formula language of derived indicators, checks and bound fields."""

import pytest

from vqdesk.core.errors import FormulaError
from vqdesk.core.formula import Formula


class Ctx:
    def __init__(self, values=None, lists=None):
        self.values, self.lists = values or {}, lists or {}

    def indicator(self, ind):
        return self.values.get(ind)

    def records(self, list_id):
        return self.lists.get(list_id, [])


def test_indicator_references_are_bracketed_ids():
    assert Formula.parse("[6.1] / [6.4c]").evaluate(Ctx({"6.1": 1619, "6.4c": 124})) == pytest.approx(13.0564, 1e-4)


def test_missing_value_or_zero_divisor_gives_none_not_zero():
    assert Formula.parse("[6.1] / [6.4c]").evaluate(Ctx({"6.1": 1619})) is None
    assert Formula.parse("[6.1] / [6.4c]").evaluate(Ctx({"6.1": 1619, "6.4c": 0})) is None


def test_count_and_filtered_sum_over_record_lists():
    lists = {"funding": [{"category": "财政拨款", "amount": 10.5}, {"category": "事业收入", "amount": 3},
                         {"category": "财政拨款", "amount": 2}]}
    assert Formula.parse("count(funding)").evaluate(Ctx(lists=lists)) == 3
    assert Formula.parse('sum(funding.amount, category="财政拨款")').evaluate(Ctx(lists=lists)) == 12.5


def test_sum_over_an_empty_list_is_unknown_but_count_is_zero():
    assert Formula.parse("sum(majors.x)").evaluate(Ctx()) is None
    assert Formula.parse("count(majors)").evaluate(Ctx()) == 0


def test_references_list_everything_a_formula_reads():
    refs = Formula.parse('sum(funding.amount, category="财政拨款") * 10000 / [6.1]').references()
    assert refs.indicators == {"6.1"} and refs.lists == {"funding"}
    assert refs.fields == {("funding", "amount"), ("funding", "category")}


@pytest.mark.parametrize("source", ["__import__('os')", "[6.1].real", "open('x')", "[6.1] ** 2",
                                    "lambda: 1", "sum([6.1])", "'text'"])
def test_anything_but_arithmetic_and_aggregates_is_refused(source):
    with pytest.raises(FormulaError):
        Formula.parse(source)
