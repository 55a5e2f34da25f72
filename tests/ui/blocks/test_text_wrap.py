"""In a narrow window the section's column is as wide as what shows of it: text wraps at the
visible edge and nothing needs a sideways scroll bar."""


def test_text_wraps_to_the_visible_width_in_a_narrow_column(window, add_block, qtbot):
    add_block({"kind": "chart", "chart": "grouped_bar", "caption": "近三年在校生",
               "source": {"indicators": ["6.1", "1.1"], "years": "recent", "span": 3}})
    frame = add_block({"kind": "text", "text": "学校坚持立德树人，" * 30, "style": "list"})
    window.resize(640, 600)
    window.show()
    page = window.pages["node"]
    qtbot.waitUntil(lambda: page.scroll.viewport().width() > 0 and frame.editor.edit.width() > 0)
    qtbot.wait(50)
    viewport = page.scroll.viewport().width()
    assert viewport < 420                                               # a narrow column indeed
    assert page.column.width() == viewport
    assert not page.scroll.horizontalScrollBar().isVisible()
    edit = frame.editor.edit
    right = edit.mapTo(page.column, edit.rect().topRight()).x()
    assert right <= viewport and edit.document().idealWidth() <= edit.viewport().width()
