"""Cases are case blocks of the document, photos live in photos blocks: the cases and photos
pages list them in reading order and edit them, each edit one undo step."""

from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QInputDialog

from vqdesk.ui.app import open_window


def _png(path, color="red"):
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    image.save(str(path))
    return path


def _answer(monkeypatch, text):
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: (text, True)))


def test_cases_page_lists_every_case_block_with_its_label(report_path, qtbot, part_key):
    window = open_window(report_path)
    qtbot.addWidget(window)
    session = window.ctrl.session
    for part, title in (("talent.moral", "思政进车间"), ("talent.skills", "技能大赛"), ("service.industry", "送技术")):
        session.add_block(part_key(window.ctrl, part)[1], {"kind": "case", "title": title,
                                                           "blocks": [{"kind": "text", "text": title + "的故事"}]})
    session.set_settings(2025, {"cases": {"label": "【案例 {chapter}-{n}】", "numbering": "per_chapter"}})
    window.ctrl.reload()
    window.nav.select_key(("cases",))
    page = window.pages["cases"]
    assert [page.list.item(i).text() for i in range(page.list.count())] == \
        ["【案例 2-1】 思政进车间", "【案例 2-2】 技能大赛", "【案例 3-1】 送技术"]
    assert (page.body.toPlainText(), page.section.text()) == ("思政进车间的故事", "2.1 立德树人")
    session.set_settings(2025, {"cases": {"label": "案例{cn}", "numbering": "flat"}})
    window.ctrl.reload()
    assert page.list.item(2).text() == "案例三 送技术"
    window.close()


def test_a_case_is_added_in_the_current_heading_edited_and_removed_with_undo(report_path, qtbot, monkeypatch,
                                                                             part_key):
    window = open_window(report_path)
    qtbot.addWidget(window)
    moral = part_key(window.ctrl, "talent.moral")
    window.nav.select_key(moral)
    window.nav.select_key(("cases",))
    page = window.pages["cases"]
    _answer(monkeypatch, "思政进车间")
    page.new_case()
    [(node, case)] = window.ctrl.data.document.cases()
    assert (node.id, case.title, page.case_id) == (moral[1], "思政进车间", case.id)

    page.title.setText("专业课程思政")
    page.save_title("专业课程思政")
    page.body.setPlainText("背景：……")
    page.flush()
    case = window.ctrl.data.document.block(case.id)
    assert (case.title, case.children[0].text) == ("专业课程思政", "背景：……")

    page.remove_case()
    assert window.ctrl.data.document.cases() == []
    window.ctrl.undo_stack.undo()
    [(node, back)] = window.ctrl.data.document.cases()
    assert (node.id, back.title, back.children[0].text) == (moral[1], "专业课程思政", "背景：……")
    assert page.body.toPlainText() == "背景：……"
    window.close()


def test_case_photos_go_into_the_case(report_path, qtbot, tmp_path, part_key):
    window = open_window(report_path)
    qtbot.addWidget(window)
    moral = part_key(window.ctrl, "talent.moral")
    case = window.ctrl.session.add_block(moral[1], {"kind": "case", "title": "思政", "blocks": []})
    window.ctrl.reload()
    window.show_case(case.id)
    page = window.pages["cases"]
    page.add_photos([_png(tmp_path / "车间.png")])
    [photos] = window.ctrl.data.document.block(case.id).children
    assert photos.kind == "photos" and page.photos.count() == 1
    assert window.ctrl.data.photo(photos.data["items"][0]["photo"]).caption == "车间"
    window.close()


def test_photos_page_adds_to_the_chosen_heading_edits_captions_and_removes_with_undo(report_path, qtbot, tmp_path,
                                                                                     part_key):
    window = open_window(report_path)
    qtbot.addWidget(window)
    conditions = part_key(window.ctrl, "basic.conditions")
    window.nav.select_key(conditions)
    window.nav.select_key(("photos",))
    page = window.pages["photos"]
    assert page.target.currentText() == "1.5 基本办学条件"            # the heading opened last
    page.add_files([_png(tmp_path / "实训楼.png"), _png(tmp_path / "图书馆.png", "blue")])
    doc = window.ctrl.data.document
    assert doc.photo_ids() == [p.id for p in window.ctrl.data.photos]
    assert [b.kind for b in doc.node(conditions[1]).blocks][-2:] == ["photos", "photos"]
    assert [page.list.item(i).text() for i in range(page.list.count())] == ["实训楼", "图书馆"]

    page.list.setCurrentRow(0)
    assert page.place.text() == "1.5 基本办学条件"
    page.caption.setText("新建的实训楼")
    page.save_caption()
    assert page.list.item(0).text() == "新建的实训楼"

    page.list.setCurrentRow(0)
    page.remove_photo()
    assert [page.list.item(i).text() for i in range(page.list.count())] == ["图书馆"]
    window.ctrl.undo_stack.undo()                                    # back in the same place
    assert [page.list.item(i).text() for i in range(page.list.count())] == ["新建的实训楼", "图书馆"]
    blocks = window.ctrl.data.document.node(conditions[1]).blocks
    assert [b.kind for b in blocks][-2:] == ["photos", "photos"]
    window.close()
