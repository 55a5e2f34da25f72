"""插入 → 各校案例… / 各校图片… on a regional report: the library dialog (filtered by school) puts
the chosen case or photos under the current heading, keeping the school, as one undo step."""

import io

from PIL import Image
from PySide6.QtWidgets import QDialog

from vqdesk.core.aggregate import aggregate_files
from vqdesk.core.sample_region import write_region_samples
from vqdesk.core.session import Session
from vqdesk.ui.app import open_window
from vqdesk.ui.dialogs.school_library import SchoolLibraryDialog

SECOND = "示例市第2交通运输学校"


def png(colour) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (120, 80), colour).save(buffer, "PNG")
    return buffer.getvalue()


def overview(s):
    return next(n for n in s.document(2025).nodes() if n.edition_part == "basic.overview")


def regional_file(folder):
    paths = write_region_samples(folder / "s", 2)
    for i, path in enumerate(paths):
        with Session.open(path) as s:
            s.add_photo(2025, png((200, 40 + 100 * i, 40)), f"校园{i + 1}.png", f"校园一角{i + 1}", node_id=overview(s).id)
    out = folder / "示例市.vqd"
    aggregate_files(out, level="city", name="示例市", year=2025, inputs=paths)
    return out


def menu_action(window, text):
    insert = next(a.menu() for a in window.menuBar().actions() if a.text() == "插入(&I)")
    return next(a for a in insert.actions() if a.text() == text)


def choosing(school, rows, seen):
    """exec() of the dialog: filter by `school`, select `rows` of those shown, press 插入."""
    def exec_(dialog):
        dialog.set_school(school)
        shown = [r for r in range(dialog.table.rowCount()) if not dialog.table.isRowHidden(r)]
        seen.append([dialog.table.item(r, 0).text() for r in shown])
        dialog.table.clearSelection()
        for r in rows:
            dialog.table.selectRow(shown[r]) if len(rows) == 1 else \
                dialog.table.selectionModel().select(dialog.table.model().index(shown[r], 0),
                                                     dialog.table.selectionModel().SelectionFlag.Select
                                                     | dialog.table.selectionModel().SelectionFlag.Rows)
        return QDialog.DialogCode.Accepted
    return exec_


def open_overview(tmp_path, qtbot):
    window = open_window(regional_file(tmp_path))
    qtbot.addWidget(window)
    node_id = overview(window.ctrl.session).id
    window.nav.select_key(("node", node_id))
    return window, node_id


def placed(session, node_id, kind):
    """The blocks of `kind` under the heading, as session.content() gives them (node_id: in the tree)."""
    node = _node(session.content(2025)["outline"], "basic.overview")
    assert overview(session).id == node_id
    return [b for b in node["blocks"] if b["kind"] == kind]


def _node(outline, part):
    for n in outline:
        if n.get("edition_part") == part:
            return n
        found = _node(n.get("children", []), part)
        if found is not None:
            return found
    return None


def test_insert_a_school_s_case_from_the_library_then_undo(tmp_path, qtbot, monkeypatch):
    window, node_id = open_overview(tmp_path, qtbot)
    session = window.ctrl.session
    library = [r.data for r in session.records(2025, "school_cases")]
    wanted = next(r for r in library if r["school"] == SECOND)
    seen = []
    monkeypatch.setattr(SchoolLibraryDialog, "exec", choosing(SECOND, [0], seen))
    action = menu_action(window, "各校案例…")
    assert action.isVisible() and action.isEnabled()
    action.trigger()
    assert set(seen[0]) == {SECOND}                           # the filter shows that school's only
    cases = placed(session, node_id, "case")
    assert [(c["title"], c["school"]) for c in cases] == [(wanted["title"], SECOND)]
    assert cases[0]["blocks"][0]["text"] == wanted["text"].split("\n")[0]
    window.ctrl.undo_stack.undo()
    assert placed(session, node_id, "case") == []
    window.close()


def test_insert_two_schools_photos_as_one_block_then_undo(tmp_path, qtbot, monkeypatch):
    window, node_id = open_overview(tmp_path, qtbot)
    session = window.ctrl.session
    seen = []
    monkeypatch.setattr(SchoolLibraryDialog, "exec", choosing("全部学校", [0, 1], seen))
    before = placed(session, node_id, "photos")
    menu_action(window, "各校图片…").trigger()
    assert seen == [["示例市第1机电工程学校", SECOND]]
    new = placed(session, node_id, "photos")[len(before):]
    assert [[(i["caption"], i["school"]) for i in b["items"]] for b in new] == \
        [[("校园一角1", "示例市第1机电工程学校"), ("校园一角2", SECOND)]]
    assert new[0]["attribution"] == "note"
    page = window.pages["node"]
    block_id = overview(session).blocks[-1].id
    page.column.frame_of(block_id).editor.per_row.setValue(1)     # editing the block keeps the schools
    edited = placed(session, node_id, "photos")[-1]
    assert (edited["per_row"], [i["school"] for i in edited["items"]]) == (1, ["示例市第1机电工程学校", SECOND])
    window.ctrl.undo_stack.undo()                                      # per row back, schools kept
    assert placed(session, node_id, "photos")[len(before):] == new
    window.ctrl.undo_stack.undo()
    assert placed(session, node_id, "photos") == before
    window.close()


def test_library_actions_are_hidden_in_a_school_report(report_path, qtbot):
    window = open_window(report_path)
    qtbot.addWidget(window)
    node = next(n for n in window.ctrl.data.document.nodes())
    window.nav.select_key(("node", node.id))
    assert not menu_action(window, "各校案例…").isVisible()
    assert not menu_action(window, "各校图片…").isVisible()
    window.close()


def test_dialog_filters_by_school_and_shows_thumbnails(tmp_path, qtbot):
    out = regional_file(tmp_path)
    with Session.open(out, readonly=True) as s:
        rows = [r.data for r in s.records(2025, "school_photos")]
        dialog = SchoolLibraryDialog("school_photos", rows, s.photo_data)
        qtbot.addWidget(dialog)
        assert dialog.chosen() == [0] and not dialog.table.item(0, 0).icon().isNull()
        dialog.set_school(SECOND)
        assert dialog.chosen() == [1] and dialog.table.isRowHidden(0)
        assert dialog.ok.isEnabled()
