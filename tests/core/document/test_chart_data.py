"""The numbers a chart draws: inline, from a table block's columns, or indicators over years."""

from vqdesk.core.document.blocks import parse_block
from vqdesk.core.document.chart_data import chart_data
from vqdesk.core.document.model import Document, Node
from tests.core.document.test_tables import ENROLMENT, _data


def _doc(*blocks):
    return Document(outline=[Node("章", blocks=[parse_block(b, "test") for b in blocks])])


def _chart(**kwargs):
    return {"kind": "chart", "chart": "bar", **kwargs}


def test_a_chart_of_a_table_takes_its_label_and_value_columns_without_the_total_row():
    table = {"kind": "table", "ref": "enrolment", "source": {"type": "list", "list": "enrolment",
             "fields": ["major", "male", "female"], "group": "major", "total": ["male", "female"]}}
    doc = _doc(table, _chart(source={"table": "enrolment", "labels": 1, "series": [2, 3]}))
    result = chart_data(doc.outline[0].blocks[1], doc, _data(records={"enrolment": ENROLMENT}))
    assert result.labels == ["数控技术应用", "汽车运用与维修"]
    assert result.series == [("男生（人）", [75, 30]), ("女生（人）", [11, 2])]


def test_text_cells_such_as_percentages_are_read_as_numbers_and_blanks_stay_missing():
    table = {"kind": "table", "ref": "t", "columns": ["班级", "比例"], "rows": [["一班", "85.5%"], ["二班", None]]}
    doc = _doc(table, _chart(source={"table": "t", "labels": 0, "series": [1]}))
    assert chart_data(doc.outline[0].blocks[1], doc, _data()).series == [("比例", [85.5, None])]


def test_indicators_over_years_are_one_series_each_and_one_year_makes_the_indicators_categories():
    data = _data(2025, values={"1.5b": 10, "1.5c": 300, "1.5d": 190, "6.1": 1619},
                 history={2024: _data(2024, values={"6.1": 1571})})
    doc = _doc(_chart(source={"indicators": ["6.1"], "years": "recent", "span": 3}),
               _chart(chart="pie", source={"indicators": ["1.5b", "1.5c", "1.5d"], "years": "recent", "span": 1}))
    trend, shares = (chart_data(b, doc, data) for b in doc.outline[0].blocks)
    assert (trend.labels, trend.series) == (["2024年", "2025年"], [("全日制在校生人数", [1571, 1619])])
    assert (shares.labels, shares.series) == (["面向第一产业", "面向第二产业", "面向第三产业"], [("2025年", [10, 300, 190])])


def test_a_missing_table_or_column_is_a_problem_not_a_crash():
    doc = _doc({"kind": "table", "ref": "t", "columns": ["a"], "rows": [["1"]]},
               _chart(source={"table": "t", "labels": 0, "series": [3]}))
    assert chart_data(doc.outline[0].blocks[1], doc, _data()).problem == "表格“t”没有第 4 列"
