"""Image files dropped on a case block, a photos block, a heading's column (at the drop point) or
a case on the 案例 page are added there as one undo step; a text block does not take them as
text.  Photos are also added from inside a case (添加图片…)."""

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage

from vqdesk.ui.blocks import case_block
from vqdesk.ui.blocks.photo_files import add_photo_files


def _png(path, color="red"):
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    image.save(str(path))
    return str(path)


def _mime(paths):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(p) for p in paths])
    return mime


def _drop(widget, paths, point=QPointF(5, 5)):
    """What Qt does on a drop: drag enter (must be accepted), then the drop."""
    mime = _mime(paths)
    actions, buttons, mods = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point.toPoint(), actions, mime, buttons, mods)
    widget.dragEnterEvent(enter)
    assert enter.isAccepted()
    widget.dropEvent(QDropEvent(point, actions, mime, buttons, mods))


def _case(title, blocks=()):
    return {"kind": "case", "title": title, "blocks": [{"kind": "text", "text": "背景。"}, *blocks]}


def test_photos_dropped_on_a_case_block_go_into_the_case(window, add_block, blocks_of, tmp_path):
    frame = add_block(_case("订单班"))
    count = window.ctrl.undo_stack.count()
    _drop(frame.editor, [_png(tmp_path / "a.png"), _png(tmp_path / "b.png", "blue")])
    [case] = [b for b in blocks_of() if b["kind"] == "case"]
    assert [b["kind"] for b in case["blocks"]] == ["text", "photos"]
    assert [i["filename"] for i in case["blocks"][1]["items"]] == ["a.png", "b.png"]
    _drop(frame.editor, [_png(tmp_path / "c.png")])                     # into the case's photos block
    [case] = [b for b in blocks_of() if b["kind"] == "case"]
    assert [i["filename"] for i in case["blocks"][1]["items"]] == ["a.png", "b.png", "c.png"]
    assert window.ctrl.undo_stack.count() == count + 2
    window.ctrl.undo_stack.undo()
    window.ctrl.undo_stack.undo()
    assert [b["kind"] for b in [b for b in blocks_of() if b["kind"] == "case"][0]["blocks"]] == ["text"]


def test_photos_are_added_from_inside_a_case_block(window, add_block, blocks_of, tmp_path, monkeypatch):
    frame = add_block(_case("订单班"))
    monkeypatch.setattr(case_block, "choose_photo_files", lambda parent: [_png(tmp_path / "车间.png")])
    frame.editor.add_photos_button.click()
    [case] = [b for b in blocks_of() if b["kind"] == "case"]
    assert case["blocks"][1]["kind"] == "photos" and case["blocks"][1]["items"][0]["filename"] == "车间.png"


def test_photos_dropped_on_a_photos_block_join_it(window, add_block, blocks_of, tmp_path):
    node_id = add_block({"kind": "text", "text": "正文。"}).column.node_id
    block_id = add_photo_files(window.ctrl, node_id, [_png(tmp_path / "a.png")])
    frame = window.pages["node"].column.frame_of(block_id)
    _drop(frame.editor, [_png(tmp_path / "b.png", "blue")])
    photos = [b for b in blocks_of() if b["kind"] == "photos"]
    assert len(photos) == 1 and [i["filename"] for i in photos[0]["items"]] == ["a.png", "b.png"]
    assert frame.editor.list.count() == 2


def test_photos_dropped_between_blocks_of_a_heading_stand_there(window, add_block, blocks_of, tmp_path, qtbot):
    window.resize(1366, 768)
    window.show()
    add_block({"kind": "text", "text": "第二段。"})
    page = window.pages["node"]
    qtbot.waitUntil(lambda: page.column.frames[1].geometry().height() > 0)
    first = page.column.frames[0].geometry()
    _drop(page.column, [_png(tmp_path / "a.png")], QPointF(20, first.bottom() + 2))
    assert [b["kind"] for b in blocks_of()] == ["text", "photos", "text"]
    _drop(page, [_png(tmp_path / "b.png")])                             # on the page, not the column: at the end
    assert [b["kind"] for b in blocks_of()] == ["text", "photos", "text", "photos"]


def test_a_text_block_leaves_dropped_images_to_the_column(window, add_block, tmp_path):
    frame = add_block({"kind": "text", "text": "正文。"})
    edit = frame.editor.edit
    assert not edit.canInsertFromMimeData(_mime([_png(tmp_path / "a.png")]))
    text = QMimeData()
    text.setText("一段文字")
    assert edit.canInsertFromMimeData(text)


def test_photos_dropped_on_a_case_of_the_cases_page_go_into_that_case(window, add_block, tmp_path, qtbot):
    add_block(_case("甲"))
    add_block(_case("乙"))
    window.resize(1366, 768)
    window.show()
    window.nav.select_key(("cases",))
    page = window.pages["cases"]
    assert page.list.currentRow() == 0
    second = page.list.visualItemRect(page.list.item(1)).center()
    point = page.list.viewport().mapTo(page, second)
    _drop(page, [_png(tmp_path / "a.png")], QPointF(point))
    cases = [c for _, c in window.ctrl.data.document.cases()]
    assert [len(c.children) for c in cases] == [1, 2] and cases[1].children[1].kind == "photos"
    assert page.case_id == cases[1].id and page.photos.count() == 1    # the case dropped on is shown
