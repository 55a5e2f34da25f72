"""The 近三年对比 sheet's 增减说明 names the year whose figure is missing."""

from openpyxl import Workbook

from vqdesk.core.excel.export_trends import TRENDS_SHEET, write_trends


def _explanations(session, year):
    wb = Workbook()
    write_trends(wb, session.snapshot(year))
    ws = wb[TRENDS_SHEET]
    return {ws.cell(row=r, column=1).value: ws.cell(row=r, column=ws.max_column).value
            for r in range(3, ws.max_row + 1)}


def test_explanations_name_the_empty_year(new_session):
    new_session.add_year(2024, edition_id="liaoning-2023")
    new_session.set_value(2024, "6.1", 1500)        # 在校生: last year only
    new_session.set_value(2025, "1.1", 400)         # 毕业生: this year only
    new_session.set_value(2024, "6.4c", 80)         # 专任教师: both years
    new_session.set_value(2025, "6.4c", 84)
    notes = _explanations(new_session, 2025)
    assert notes["全日制在校生人数"] == "本年（2025年）无数据"
    assert notes["毕业生人数"] == "缺少上年（2024年）数据"
    assert notes["专任教师总数"] == "同比 +5.00%"
    assert notes["生师比"] == "本年（2025年）无数据"           # 2024: 1500 students, 80 teachers
    assert notes["升学率"] == "2024、2025年均无数据"
