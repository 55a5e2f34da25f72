"""The 近三年对比 sheet: key figures over the stored years with computed 增减."""

from vqdesk.core.excel import styles
from vqdesk.core.model import ReportData
from vqdesk.core.trends import trend_rows, trend_years

TRENDS_SHEET = "近三年对比"


def write_trends(wb, data: ReportData):
    years = trend_years(data)
    if len(years) < 2:
        return
    ws = wb.create_sheet(TRENDS_SHEET)
    labels = ["指标", "单位", *[f"{y}年" for y in years], "较上年增减", "增减说明"]
    styles.title_row(ws, 1, f"近三年主要指标对比（{years[0]}—{years[-1]}年）", len(labels))
    styles.header_row(ws, 2, labels)
    for r, row in enumerate(trend_rows(data), start=3):
        cells = [row.label, "%" if row.kind == "percent" else (":1" if row.kind == "ratio" else row.unit)]
        cells += [row.values[y] for y in years]
        change = row.change or {}
        cells.append(change.get("change"))
        cells.append(_explain(row, change, years))
        for c, value in enumerate(cells, start=1):
            cell = ws.cell(row=r, column=c, value=value)
            styles.body_cell(cell)
            if isinstance(value, (int, float)):
                cell.number_format = styles.number_format(row.kind)
    styles.fit_columns(ws, 2)
    ws.freeze_panes = "C3"
    styles.print_setup(ws, TRENDS_SHEET, "2:2")


def _explain(row, change: dict, years) -> str:
    if not change:
        return _missing(row.values[years[-1]] is None, row.values[years[-2]] is None, years)
    if "points" in change:
        return f"{change['points']:+.2f} 个百分点"
    if "relative" in change:
        return f"同比 {change['relative']:+.2f}%"
    return ""


def _missing(current: bool, previous: bool, years) -> str:
    """Which of the two years lacks the figure (the 增减 needs both)."""
    if current and previous:
        return f"{years[-2]}、{years[-1]}年均无数据"
    if current:
        return f"本年（{years[-1]}年）无数据"
    return f"缺少上年（{years[-2]}年）数据"
