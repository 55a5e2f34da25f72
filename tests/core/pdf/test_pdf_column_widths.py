"""Column widths of a printed table: each column gets room for its short header on one line,
for the bracketed unit of its header (“（人）”, “（平方米）”) and for its short words (“平方米”),
taken from the wide columns, whenever every column's least fits the frame."""

from types import SimpleNamespace

from vqdesk.core.pdf.table_block import PADDING, column_widths

SIZE = 10.5


def view(columns, rows):
    return SimpleNamespace(columns=columns, rows=rows, widths=None,
                           formatted=lambda r, c: str(rows[r][c]))


def test_units_and_short_words_keep_their_room_in_a_wide_table():
    """A regional table of nine columns (the 类别 column added by the bureau's groups)."""
    columns = ["序号", "类别", "学校", "毕业生人数（人）", "全日制在校生人数（人）", "教职工总数（人）",
               "专任教师总数（人）", "校园占地面积（平方米）", "校舍建筑面积（平方米）"]
    rows = [[i, "一般类", f"示例市第{i}机电工程学校", 414, 1226, 117, 94, 166054.01, 58873.69] for i in range(1, 6)]
    widths = column_widths(view(columns, rows), 432, SIZE)
    assert abs(sum(widths) - 432) < 1e-6
    unit = 3 * SIZE + PADDING + 1
    assert [round(w, 1) for w in widths[3:7]] >= [round(unit, 1)] * 4
    assert all(w >= 5 * SIZE + PADDING + 1 - 1e-6 for w in widths[7:])       # （平方米）
    assert widths[1] >= unit - 1e-6                                          # 一般类
    assert widths[2] == max(widths)                                          # the long names share the rest


def test_a_unit_column_fits_its_words():
    columns = ["项目", "单位", "2025年", "标准"]
    rows = [["生均用地面积", "平方米", 135.87, 33], ["生均仪器设备值", "元", 31991.53, 2500]]
    widths = column_widths(view(columns, rows), 432, SIZE)
    assert widths[1] >= 3 * SIZE + PADDING + 1 - 1e-6


def test_when_the_least_widths_do_not_fit_the_ratios_are_kept():
    columns = [f"指标{chr(65 + i)}（平方米）" for i in range(12)]
    rows = [[1] * 12]
    widths = column_widths(view(columns, rows), 432, SIZE)
    assert [round(w, 6) for w in widths] == [36.0] * 12
