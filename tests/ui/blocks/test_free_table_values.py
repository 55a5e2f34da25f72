"""A free table's number and % columns: a word is kept as written but the user hears that 合计
leaves it out, and 0.95 in a % column asks whether 95% was meant, with a button that fixes it."""

from vqdesk.ui.blocks.table_block import new_free_table


def _table(blocks_of, ref="t7"):
    return next(b for b in blocks_of() if b.get("ref") == ref)


def _typed_table(add_block, qtbot, kinds):
    block = dict(new_free_table("t7"), columns=["专业", "人数", "就业率"], column_kinds=kinds,
                 rows=[["汽修", 30, 96.5]])
    frame = add_block(block)
    return frame.editor


def test_a_word_in_a_number_column_is_kept_and_named(add_block, blocks_of, qtbot):
    editor = _typed_table(add_block, qtbot, ["text", "number", "percent"])
    grid = editor.grid
    grid.set_cell(grid.head, 1, "三十")
    assert _table(blocks_of)["rows"][0][1] == "三十"
    assert "“人数”列是数字列，“三十”不是数字" in editor.grid_note.label.text()
    grid.note_bar.clear()
    grid.set_cell(grid.head, 1, "30余")               # an approximate number, as reports write them
    assert _table(blocks_of)["rows"][0][1] == "30余"
    assert not editor.grid_note.isVisibleTo(editor)


def test_a_fraction_in_a_percent_column_asks_and_the_button_fixes_it(add_block, blocks_of, qtbot):
    editor = _typed_table(add_block, qtbot, ["text", "number", "percent"])
    grid = editor.grid
    grid.note_bar.clear()
    grid.set_cell(grid.head, 2, "0.95")
    assert _table(blocks_of)["rows"][0][2] == 0.95
    note = editor.grid_note
    assert note.isVisibleTo(editor) and "是否指 95%" in note.label.text()
    assert note.button.text() == "改为 95%"
    note.button.click()
    assert _table(blocks_of)["rows"][0][2] == 95


def test_a_fraction_in_a_number_column_asks_nothing(add_block, qtbot):
    editor = _typed_table(add_block, qtbot, ["text", "number", "number"])
    editor.grid.note_bar.clear()
    editor.grid.set_cell(editor.grid.head, 2, "0.95")
    assert not editor.grid_note.isVisibleTo(editor)
