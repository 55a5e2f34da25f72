"""A table's or chart's editor shows the number it prints with (“表题（表 1-2）”), so that the text
can quote it; the numbers follow the document as tables are added, unnumbered or left empty."""


def editor_of(window, part_key, part, kind, caption=None):
    window.nav.select_key(part_key(window.ctrl, part))
    column = window.pages["node"].column
    return next(f.editor for f in column.frames if f.editor.block.kind == kind
                and caption in (None, f.editor.block.data.get("caption")))


def test_the_caption_row_names_the_printed_number(window, part_key, add_block):
    assert editor_of(window, part_key, "basic.majors", "table", "2025年专业设置").caption_label.text() == "表题（表 1-1）"
    frame = add_block({"kind": "table", "ref": "new1", "caption": "校区分布", "columns": ["校区", "面积"],
                       "rows": [["主校区", 1200]]})
    assert frame.editor.caption_label.text() == "表题（表 1-1）"
    assert editor_of(window, part_key, "basic.majors", "table", "2025年专业设置").caption_label.text() == "表题（表 1-2）"
    chart = add_block({"kind": "chart", "chart": "bar", "caption": "校区面积", "source": {"table": "new1", "labels": 0,
                                                                                     "series": [1]}})
    assert chart.editor.caption_label.text() == "图题（图 1-1）"


def test_an_unnumbered_table_and_tables_and_charts_with_nothing_yet(window, part_key, add_block):
    frame = add_block({"kind": "table", "ref": "new1", "caption": "校区分布", "columns": ["校区", "面积"],
                       "rows": [["主校区", 1200]]})
    frame.editor.numbered.setChecked(False)
    assert frame.editor.caption_label.text() == "表题（不编号）"
    assert editor_of(window, part_key, "basic.students", "table").caption_label.text() == "表题（尚无数据，暂不打印）"
    assert editor_of(window, part_key, "basic.students", "chart").caption_label.text() == "图题（尚无数据，暂不打印）"
