"""An indicator chart is composed in the app: indicators picked from the edition's tables, the
years as the last few or chosen ones; each choice one undo step, drawn by the PDF's chart code."""

from PySide6.QtCore import Qt

from vqdesk.core.document.chart_data import chart_data


def _choose(combo, key):
    combo.setCurrentIndex(combo.findData(key))
    combo.activated.emit(combo.currentIndex())


def test_a_chart_switches_to_indicators_and_picks_them_and_the_years(window, add_block, blocks_of):
    add_block({"kind": "table", "ref": "t", "caption": "招生", "columns": ["年份", "人数"],
               "column_kinds": ["text", "number"], "rows": [["2025", 120]]})
    frame = add_block({"kind": "chart", "chart": "bar", "source": {"table": "t", "labels": 0, "series": [1]}})
    editor = frame.editor
    assert editor.pages.currentIndex() == 0 and not editor.indicators.isVisibleTo(editor)
    start = window.ctrl.undo_stack.index()

    _choose(editor.source, "indicators")                       # 数据: 指标（按年度）
    chart = blocks_of()[-1]
    assert chart["source"] == {"indicators": ["1.1"], "years": "recent", "span": 3}   # the first with a value
    assert editor.pages.currentIndex() == 1 and editor.indicators.isVisibleTo(editor)

    _choose(editor.indicators.group, 6)                                 # 表6, then 6.1
    editor.indicators.item_of("6.1").setCheckState(Qt.CheckState.Checked)
    assert blocks_of()[-1]["source"]["indicators"] == ["1.1", "6.1"]

    _choose(editor.years.mode, "chosen")                                # only the report year
    assert blocks_of()[-1]["source"] == {"indicators": ["1.1", "6.1"], "years": [2025], "span": None}
    block = window.ctrl.data.document.block(frame.block_id)
    values = chart_data(block, window.ctrl.data.document, window.ctrl.data)
    edition = window.ctrl.edition
    assert (values.labels, values.series) == ([edition.indicator("1.1").name, edition.indicator("6.1").name],
                                              [("2025年", [500, 1200])])   # one year: indicators are the bars
    assert editor.preview.pixmap().width() > 0

    _choose(editor.years.mode, "recent")
    editor.years.span.setValue(2)
    assert blocks_of()[-1]["source"] == {"indicators": ["1.1", "6.1"], "years": "recent", "span": 2}
    assert window.ctrl.undo_stack.index() - start == 5                  # one step per choice
    window.ctrl.undo_stack.setIndex(start + 3)
    assert blocks_of()[-1]["source"]["years"] == [2025] and editor.years.mode.currentData() == "chosen"
    window.ctrl.undo_stack.setIndex(start)
    assert blocks_of()[-1]["source"] == {"table": "t", "labels": 0, "series": [1]}
    assert editor.pages.currentIndex() == 0
