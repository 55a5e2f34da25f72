"""What a table block shows: free cells with a computed 合计, record-list views with chosen
fields, filter, sort, grouping and totals, and indicators over chosen years with 增减."""

import pytest

from vqdesk.core.document.blocks import parse_block
from vqdesk.core.document.tables import table_view
from vqdesk.core.editions import get_edition
from vqdesk.core.model import Record, Report, ReportData, Value


def _data(year=2025, values=None, records=None, history=None):
    edition = get_edition("liaoning-2023")
    data = ReportData(report=Report(id=year, year=year, edition_id=edition.id), edition=edition,
                      values={(k, "value"): Value(number=v) for k, v in (values or {}).items()},
                      records={k: [Record(i, i, r) for i, r in enumerate(rows)] for k, rows in (records or {}).items()})
    data.history = history or {}
    return data


def _table(**kwargs):
    return parse_block({"kind": "table", **kwargs}, "test")


def test_a_free_table_sums_only_the_columns_it_is_asked_to():
    view = table_view(_table(columns=["项目", "报考", "录取", "率"], column_kinds=["text", "number", "number", "percent"],
                             rows=[["2024", 120, 110, 91.67], ["2025", 130, None, 95.4]],
                             total={"label": "合计", "columns": [1, 2]}), _data())
    assert view.rows[-1] == ["合计", 250, 110, None]
    assert view.total_rows == [2]


ENROLMENT = [{"major": "数控技术应用", "grade": "一年级", "male": 40, "female": 5},
             {"major": "汽车运用与维修", "grade": "一年级", "male": 30, "female": 2},
             {"major": "数控技术应用", "grade": "二年级", "male": 35, "female": 6}]


def test_a_list_table_groups_rows_adds_a_row_total_and_a_total_row():
    block = _table(caption="在校生", source={"type": "list", "list": "enrolment", "fields": ["major", "male", "female"],
                                           "group": "major", "row_total": {"label": "合计（人）", "fields": ["male", "female"]},
                                           "total": ["male", "female"]})
    view = table_view(block, _data(records={"enrolment": ENROLMENT}))
    assert view.columns == ["序号", "专业", "男生（人）", "女生（人）", "合计（人）"]
    assert view.rows == [["1", "数控技术应用", 75, 11, 86], ["2", "汽车运用与维修", 30, 2, 32],
                         ["合计", None, 105, 13, 118]]


def test_a_list_table_filters_sorts_and_picks_fields():
    majors = [{"code": "660103", "name": "数控", "duration": "三年制"},
              {"code": "660301", "name": "机电", "duration": "五年制（3+2）"},
              {"code": "660102", "name": "机加", "duration": "三年制"}]
    block = _table(source={"type": "list", "list": "majors", "fields": ["code", "name"], "numbered": False,
                           "filter": {"duration": "三年制"}, "sort": [{"field": "code"}]})
    view = table_view(block, _data(records={"majors": majors}))
    assert (view.columns, view.rows) == (["专业代码", "专业名称"], [["660102", "机加"], ["660103", "数控"]])


def test_renamed_header_labels_are_printed_and_unknown_fields_are_a_problem():
    renamed = _table(columns=["No.", "代码", "名称"], source={"type": "list", "list": "majors", "fields": ["code", "name"]})
    assert table_view(renamed, _data()).columns == ["No.", "代码", "名称"]
    wrong = _table(source={"type": "list", "list": "majors", "fields": ["colour"]})
    assert table_view(wrong, _data()).problem == "名单“专业设置”没有字段“colour”"


def test_an_indicator_table_over_recent_years_computes_change_and_never_prints_missing_as_zero():
    older = _data(2023, values={"6.1": 1509})
    last = _data(2024, values={"6.1": 1571, "1.1": 480})
    data = _data(2025, values={"6.1": 1619, "1.1": 500}, history={2023: older, 2024: last})
    view = table_view(_table(caption="近三年", source={"type": "indicators", "indicators": ["6.1", "1.1"],
                                                     "years": "recent", "span": 3}), data)
    assert view.columns == ["指标", "单位", "2023年", "2024年", "2025年", "较上年增减"]
    assert view.rows[0][2:] == ["1509", "1571", "1619", "+48（+3.1%）"]
    assert view.rows[1][2:] == ["—", "480", "500", "+20（+4.2%）"]


def test_an_indicator_table_can_show_chosen_non_consecutive_years():
    data = _data(2025, values={"6.1": 1619}, history={2021: _data(2021, values={"6.1": 1400}),
                                                       2024: _data(2024, values={"6.1": 1571})})
    view = table_view(_table(source={"type": "indicators", "indicators": ["6.1"], "years": [2021, 2025],
                                     "change": False}), data)
    assert view.columns == ["指标", "单位", "2021年", "2025年"]
    assert view.rows == [["全日制在校生人数", "人", "1400", "1619"]]


@pytest.mark.parametrize("how, label, students", [("sum", "合计", 3000), ("mean", "平均", 1500)])
def test_a_per_school_table_totals_or_averages_and_ranks(how, label, students):
    schools = [{"school": "甲校", "students": 1000, "teachers": 80}, {"school": "乙校", "students": 2000, "teachers": 90}]
    edition = get_edition("regional-city-2024")
    data = ReportData(report=Report(id=1, year=2025, edition_id=edition.id, level="city"), edition=edition,
                      records={"school_scale": [Record(i, i, r) for i, r in enumerate(schools)]})
    block = _table(source={"type": "schools", "list": "school_scale", "fields": ["school", "students", "teachers"],
                           "total": how, "rank": "students"})
    view = table_view(block, data)
    assert view.columns == ["序号", "学校", "全日制在校生（人）", "专任教师（人）", "排名"]
    assert view.rows[:2] == [["1", "甲校", 1000, 80, 2], ["2", "乙校", 2000, 90, 1]]
    assert view.rows[2][:3] == [label, None, students]


def test_a_per_school_table_of_chosen_indicators_shows_the_regions_own_total_and_ranks():
    edition = get_edition("regional-city-2024")
    figures = [{"school": "甲校", "figure": "6.1", "value": 1000.0}, {"school": "甲校", "figure": "3.2", "value": 80.0},
               {"school": "乙校", "figure": "6.1", "value": 2000.0}, {"school": "乙校", "figure": "3.2", "value": 70.0}]
    data = ReportData(report=Report(id=1, year=2025, edition_id=edition.id, level="city"), edition=edition,
                      values={("6.1", "value"): Value(number=3000)},
                      records={"school_figures": [Record(i, i, r) for i, r in enumerate(figures)]})
    block = _table(source={"type": "schools", "indicators": ["6.1", "3.2"], "total": "sum", "rank": "6.1"})
    view = table_view(block, data)
    assert view.columns == ["序号", "学校", "全日制在校生人数（人）", "双师素质专任教师比例（%）", "排名"]
    assert view.rows[:2] == [["1", "甲校", 1000, 80, 2], ["2", "乙校", 2000, 70, 1]]
    assert view.rows[2] == ["", "合计", 3000, None, None], "the region's 3.2 is not stored: blank, not an average"


def test_a_list_table_can_compute_a_rate_column_whose_total_is_the_rate_of_the_totals():
    certificates = [{"cohort": 2025, "major": "数控", "graduates": 40, "certificate": "车工", "certified": 36},
                    {"cohort": 2025, "major": "汽修", "graduates": 60, "certificate": "汽修工", "certified": 45}]
    block = _table(source={"type": "list", "list": "certificates", "fields": ["major", "graduates", "certified"],
                           "ratio": {"label": "获取率（%）", "numerator": "certified", "denominator": "graduates"},
                           "total": ["graduates", "certified"], "total_label": "年度合计"})
    view = table_view(block, _data(records={"certificates": certificates}))
    assert view.columns == ["序号", "专业", "毕业生人数（人）", "获证人数（人）", "获取率（%）"]
    assert view.rows == [["1", "数控", 40, 36, 90.0], ["2", "汽修", 60, 45, 75.0], ["年度合计", None, 100, 81, 81.0]]
    assert view.kinds[-1] == "percent"
