"""The report owns its outline and content: nodes and blocks are added, renamed, moved and
removed at every level, each edit committed at once, and removals can be restored."""

import io

import pytest
from PIL import Image

from vqdesk.core.errors import InputError
from vqdesk.core.session import Session


def _png(w=40, h=30) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (w, h), (200, 30, 30)).save(buf, format="PNG")
    return buf.getvalue()


def reopen(session) -> Session:
    path = session.path
    session.close()
    return Session.open(path)


def _titles(nodes):
    return [n.title for n in nodes]


def test_a_new_year_copies_the_editions_outline_with_its_parts(new_session):
    doc = new_session.document(2025)
    edition = new_session.edition(2025)
    assert [(n.title, n.edition_part) for n in doc.outline] == [(c.title, c.key) for c in edition.chapters]
    assert [(n.title, n.edition_part) for n in doc.outline[1].children] == \
        [(s.title, s.key) for s in edition.chapters[1].sections]


def test_every_record_list_has_a_default_table_somewhere(new_session):
    doc = new_session.document(2025)
    listed = {b.data["source"]["list"] for _, b in doc.blocks()
              if b.kind == "table" and b.data["source"] and b.data["source"]["type"] == "list"}
    assert listed == {rl.id for rl in new_session.edition(2025).record_lists}


def test_nodes_can_be_renamed_added_reordered_and_removed_at_every_level(new_session):
    doc = new_session.document(2025)
    challenges = doc.outline[-1]
    new_session.rename_node(doc.outline[0].children[0].id, "学校概况")
    a = new_session.add_node(2025, challenges.id, "生源竞争")
    b = new_session.add_node(2025, challenges.id, "师资压力")
    level3 = new_session.add_node(2025, a.id, "应对措施")
    level4 = new_session.add_node(2025, level3.id, "措施一")
    with pytest.raises(InputError, match="最多四级"):
        new_session.add_node(2025, level4.id, "第五级")
    new_session.move_node(b.id, 0)
    s = reopen(new_session)
    doc = s.document(2025)
    assert doc.outline[0].children[0].title == "学校概况"
    assert doc.outline[0].children[0].edition_part == "basic.overview", "a renamed part is still that part"
    assert _titles(doc.outline[-1].children) == ["师资压力", "生源竞争"]
    assert _titles(doc.outline[-1].children[1].children[0].children) == ["措施一"]
    s.remove_node(doc.outline[0].children[5].id)
    assert "本地特色" not in _titles(s.document(2025).outline[0].children)
    s.close()


def test_a_node_can_move_under_another_parent_but_not_under_itself(new_session):
    doc = new_session.document(2025)
    moral, growth = doc.outline[1].children[0], doc.outline[1].children[2]
    new_session.move_node(growth.id, 0, parent_id=moral.id)
    assert _titles(new_session.document(2025).outline[1].children[0].children) == ["多样成长"]
    with pytest.raises(InputError, match="自己的下级"):
        new_session.move_node(moral.id, 0, parent_id=growth.id)


def test_removing_a_node_can_be_undone_with_its_content_and_place(new_session):
    node = new_session.document(2025).outline[1].children[1]
    new_session.set_node_text(node.id, "在校体验的正文。")
    new_session.add_node(2025, node.id, "小节")
    saved = new_session.remove_node(node.id)
    restored = new_session.restore_node(2025, saved)
    doc = new_session.document(2025)
    again = doc.outline[1].children[1]
    assert again.id == restored.id and again.title == "在校体验" and again.edition_part == "talent.experience"
    assert again.text() == "在校体验的正文。" and _titles(again.children) == ["小节"]


def test_blocks_are_ordered_moved_and_removed_and_a_case_holds_its_own_blocks(new_session):
    node = new_session.part_node(2025, "talent.moral")
    text = new_session.add_block(node.id, {"kind": "text", "text": "第一段。\r\n第二段。"})
    case = new_session.add_block(node.id, {"kind": "case", "title": "  主题班会  "})
    inner = new_session.add_block(node.id, {"kind": "table", "caption": "班会安排", "columns": ["周次", "主题"],
                                            "rows": [["1", "理想"]]}, case_id=case.id)
    new_session.move_block(case.id, 0)
    s = reopen(new_session)
    blocks = s.document(2025).find_part("talent.moral").blocks
    assert [b.kind for b in blocks] == ["case", "text"]
    assert blocks[0].title == "主题班会" and blocks[0].children[0].id == inner.id
    assert blocks[1].text == "第一段。\n第二段。"
    saved = s.remove_block(case.id)
    assert [b.kind for b in s.document(2025).find_part("talent.moral").blocks] == ["text"]
    s.restore_block(saved)
    restored = s.document(2025).find_part("talent.moral").blocks[0]
    assert restored.title == "主题班会" and restored.children[0].data["rows"] == [["1", "理想"]]
    with pytest.raises(InputError, match="案例中不能再放案例"):
        s.add_block(node.id, {"kind": "case", "title": "x"}, case_id=restored.id)
    assert text.id in [b.id for b in s.document(2025).find_part("talent.moral").blocks]
    s.close()


def test_bad_blocks_are_refused_with_the_reason(new_session):
    node = new_session.part_node(2025, "talent.moral")
    with pytest.raises(InputError, match="第 1 行第 2 列：单元格应为文字或数字"):
        new_session.add_block(node.id, {"kind": "table", "columns": ["a", "b"], "rows": [["x", {"y": 1}]]})
    with pytest.raises(InputError, match="图表类型“donut”不存在"):
        new_session.add_block(node.id, {"kind": "chart", "chart": "donut", "data": {"labels": [], "series": []}})
    assert [b.kind for b in new_session.document(2025).find_part("talent.moral").blocks] == []


def test_node_text_is_the_first_text_block_and_typing_coalesces_in_history(new_session):
    node = new_session.part_node(2025, "basic.overview")
    new_session.set_node_text(node.id, "第一版")
    new_session.set_node_text(node.id, "第一版，补充")
    new_session.set_node_text(node.id, "第一版，补充完毕")
    assert new_session.node_text(node.id) == "第一版，补充完毕"
    block = next(b for b in new_session.document(2025).find_part("basic.overview").blocks if b.kind == "text")
    assert [(e["old"], e["new"]) for e in new_session.history(f"block/{block.id}")] == [(None, "第一版，补充完毕")]


def test_photos_live_in_photos_blocks_with_captions_stored_once(new_session):
    node = new_session.part_node(2025, "talent.skills")
    photo = new_session.add_photo(2025, _png(), "实训.png", "学生在实训车间", node_id=node.id)
    block = new_session.document(2025).find_part("talent.skills").blocks[-1]
    second = new_session.add_photo(2025, _png(10, 10), "b.png", "第二张", block_id=block.id)
    s = reopen(new_session)
    stored = s.photos(2025)
    assert [(p.caption, p.width, p.height, p.mime) for p in stored] == [
        ("学生在实训车间", 40, 30, "image/png"), ("第二张", 10, 10, "image/png")]
    assert s.photo_data(photo.id) == _png()
    items = s.document(2025).find_part("talent.skills").blocks[-1].data["items"]
    assert items == [{"photo": photo.id}, {"photo": second.id}], "blocks refer to photos; captions stay on the photo"
    s.remove_photo(photo.id)
    s.remove_photo(second.id)
    assert [b.kind for b in s.document(2025).find_part("talent.skills").blocks if b.kind == "photos"] == []
    s.close()


def test_settings_change_per_key_and_refuse_unknown_values(new_session):
    new_session.set_settings(2025, {"numbering": {"tables": "flat"}, "declaration": {"enabled": False}})
    settings = new_session.settings(2025)
    assert settings["numbering"]["tables"] == "flat" and settings["declaration"]["enabled"] is False
    with pytest.raises(InputError, match="settings.numbering.tables：应为 flat"):
        new_session.set_settings(2025, {"numbering": {"tables": "per_page"}})
    with pytest.raises(InputError, match="没有“colour”这一组设置"):
        new_session.set_settings(2025, {"colour": {}})
    with pytest.raises(InputError, match="应为“前言”“撰写说明”或 null"):
        new_session.set_settings(2025, {"preface": {"title": "序言"}})
    assert new_session.settings(2025) == settings


def test_a_new_year_carries_the_schools_own_outline_and_bound_blocks_but_not_text(new_session):
    doc = new_session.document(2025)
    new_session.rename_node(doc.outline[0].children[0].id, "学校基本情况")
    extra = new_session.add_node(2025, doc.outline[-1].id, "生源竞争")
    new_session.set_node_text(extra.id, "今年的挑战。")
    new_session.add_block(extra.id, {"kind": "table", "ref": "own", "caption": "自由表", "columns": ["a"], "rows": [["1"]]})
    new_session.add_block(extra.id, {"kind": "chart", "chart": "bar", "source": {"table": "own", "labels": 0, "series": [0]}})
    new_session.set_settings(2025, {"numbering": {"tables": "flat"}})
    new_session.add_year(2026, copy_from=2025)
    later = new_session.document(2026)
    assert later.outline[0].children[0].title == "学校基本情况"
    carried = later.outline[-1].children[-1]
    assert carried.title == "生源竞争" and carried.blocks == [], "text, free tables and their charts stay in 2025"
    assert new_session.settings(2026)["numbering"]["tables"] == "flat"
    assert new_session.settings(2026)["annex"]["years"] == [2026]
    assert sum(1 for _, b in later.blocks() if b.kind == "table") == \
        sum(1 for _, b in new_session.document(2025).blocks() if b.kind == "table") - 1


def test_titles_are_one_line_without_control_characters(new_session):
    chapter = new_session.document(2025).outline[0]
    node = new_session.add_node(2025, chapter.id, "学校\v历史\t沿革\x07")
    assert node.title == "学校 历史 沿革"
    new_session.rename_node(node.id, "  新\n标题 ")
    case = new_session.add_block(node.id, {"kind": "case", "title": "案例\v标题"})
    doc = new_session.document(2025)
    assert doc.node(node.id).title == "新 标题" and doc.block(case.id).title == "案例 标题"


def test_updating_a_photos_block_without_captions_keeps_the_photos_captions(new_session):
    node = new_session.part_node(2025, "talent.skills")
    photo = new_session.add_photo(2025, _png(), "实训.png", "学生在实训车间", node_id=node.id)
    block = new_session.document(2025).find_part("talent.skills").blocks[-1]
    new_session.update_block(block.id, {"kind": "photos", "per_row": 1, "items": [{"photo": photo.id}]})
    assert new_session.photos(2025)[0].caption == "学生在实训车间"
    new_session.update_block(block.id, {"kind": "photos", "per_row": 1, "items": [{"photo": photo.id, "caption": "新说明"}]})
    assert new_session.photos(2025)[0].caption == "新说明"
