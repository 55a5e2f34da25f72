"""The side panel of a bound table: every setting is edited in place, is one undo step, and is
what the file holds (vqdesk content) — columns, filter, sort, group, 合计, row total, ratio;
indicators and years of an indicator table."""

from PySide6.QtCore import Qt

from vqdesk.core.document.tables import table_view

ENROLMENT = [("机电技术应用", "一年级", 30, 10), ("机电技术应用", "二年级", 28, 12), ("计算机应用", "一年级", 20, 25)]


def _check(widget, key, on=True):
    for i in range(widget.count()):
        item = widget.item(i)
        if item.data(Qt.ItemDataRole.UserRole) == key:
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            return
    raise KeyError(key)


def _choose(combo, key):
    combo.setCurrentIndex(combo.findData(key))
    combo.activated.emit(combo.currentIndex())


def _source(blocks_of):
    return next(b for b in blocks_of() if b.get("ref") == "e")["source"]


def test_a_list_table_is_set_up_in_its_panel_one_undo_step_each(window, add_block, blocks_of):
    for major, grade, male, female in ENROLMENT:
        window.ctrl.session.add_record(2025, "enrolment", {"major": major, "grade": grade, "male": male, "female": female})
    window.ctrl.reload()
    frame = add_block({"kind": "table", "ref": "e", "caption": "在校生", "source": {"type": "list", "list": "enrolment"}})
    editor = frame.editor
    editor.settings_button.setChecked(True)
    panel = editor.panel
    assert panel.isVisibleTo(editor) and not editor.grid.isVisibleTo(editor)
    start = window.ctrl.undo_stack.index()
    sources = [_source(blocks_of)]

    _check(panel.fields, "grade", on=False)                             # 显示的列
    assert _source(blocks_of)["fields"] == ["major", "male", "female"]
    sources.append(_source(blocks_of))
    _choose(panel.filter_field, "major")                                # 筛选: the first value is offered
    assert _source(blocks_of)["filter"] == {"major": "机电技术应用"}
    panel.filter_value.setCurrentText("计算机应用")
    panel.filter_value.activated.emit(0)
    assert _source(blocks_of)["filter"] == {"major": "计算机应用"}
    _choose(panel.filter_field, None)
    assert _source(blocks_of)["filter"] == {}
    sources.append(_source(blocks_of))
    _choose(panel.sort, "female")                                       # 排序
    panel.desc.setChecked(True)
    assert _source(blocks_of)["sort"] == [{"field": "female", "desc": True}]
    sources.append(_source(blocks_of))
    _choose(panel.group, "major")                                       # 分组
    _check(panel.totals, "male")                                        # 合计行
    _check(panel.totals, "female")
    panel.total_label.setText("总计")
    panel.total_label.editingFinished.emit()
    panel.row_total_label.setText("小计")                               # 行合计列
    panel.row_total_label.editingFinished.emit()
    _check(panel.row_total_fields, "male")
    _check(panel.row_total_fields, "female")
    panel.ratio_label.setText("女生比")                                 # 比例列
    _choose(panel.numerator, "female")
    _choose(panel.denominator, "male")
    panel.ratio_label.editingFinished.emit()
    src = _source(blocks_of)
    assert (src["group"], src["total"], src["total_label"], src["row_total"], src["ratio"]) == (
        "major", ["male", "female"], "总计", {"label": "小计", "fields": ["male", "female"]},
        {"label": "女生比", "numerator": "female", "denominator": "male"})
    view = table_view(window.ctrl.data.document.block(frame.block_id), window.ctrl.data)
    assert view.columns == ["序号", "专业", "男生（人）", "女生（人）", "小计", "女生比"]
    assert view.rows == [["1", "计算机应用", 20, 25, 45, 125], ["2", "机电技术应用", 58, 22, 80, 37.93],
                         ["总计", None, 78, 47, 125, 60.26]]                # sorted by 女生, then grouped
    assert editor.preview.rowCount() == 3 and editor.preview.item(2, 0).text() == "总计"   # the preview follows

    steps = window.ctrl.undo_stack.index() - start
    assert steps == 15                                                  # one undo step per setting changed
    window.ctrl.undo_stack.setIndex(start + 4)
    assert _source(blocks_of) == sources[2]
    window.ctrl.undo_stack.setIndex(start)
    assert _source(blocks_of) == sources[0] and panel.fields.item(1).checkState() == Qt.CheckState.Checked


def test_an_indicator_table_picks_indicators_from_the_editions_tables_and_years(window, add_block, blocks_of):
    frame = add_block({"kind": "table", "ref": "e", "source": {"type": "indicators", "indicators": ["1.1"]}})
    editor = frame.editor
    editor.settings_button.setChecked(True)
    panel = editor.panel
    assert panel.indicators.group.currentData() == 1                    # opens on the table of 1.1
    _choose(panel.indicators.group, 6)
    panel.indicators.item_of("6.1").setCheckState(Qt.CheckState.Checked)
    assert _source(blocks_of)["indicators"] == ["1.1", "6.1"]
    assert "已选 2 项" in panel.indicators.summary.text()
    panel.years.span.setValue(1)
    panel.change.setChecked(False)
    assert _source(blocks_of) == {"type": "indicators", "indicators": ["1.1", "6.1"], "change": False,
                                  "years": "recent", "span": 1}
    assert [editor.preview.item(r, 0).text() for r in range(2)] == [
        window.ctrl.edition.indicator("1.1").name, window.ctrl.edition.indicator("6.1").name]
    assert editor.preview.item(1, 2).text() == "1200"
    _choose(panel.years.mode, "chosen")
    assert _source(blocks_of)["years"] == [2025]
    panel.indicators.item_of("6.1").setCheckState(Qt.CheckState.Unchecked)
    panel.indicators.item_of("1.1")                                     # 1.1 is in table 1, not shown here
    assert _source(blocks_of)["indicators"] == ["1.1"]
    window.ctrl.undo_stack.undo()
    assert _source(blocks_of)["indicators"] == ["1.1", "6.1"]


def test_the_last_indicator_cannot_be_unchecked(window, add_block, blocks_of):
    frame = add_block({"kind": "table", "ref": "e", "source": {"type": "indicators", "indicators": ["1.1"]}})
    panel = frame.editor.panel
    count = window.ctrl.undo_stack.count()
    panel.indicators.item_of("1.1").setCheckState(Qt.CheckState.Unchecked)
    assert panel.indicators.item_of("1.1").checkState() == Qt.CheckState.Checked
    assert _source(blocks_of)["indicators"] == ["1.1"] and window.ctrl.undo_stack.count() == count
