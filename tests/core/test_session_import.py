"""Session.import_docx: a year's document replaced by an import plan in one transaction, and
undo_import putting back exactly what was there (same ids, photos, settings)."""

import pytest

from tests.core.docx_import import build as B
from vqdesk.core.docx_import import ImportPlan, PlanNode, read_docx
from vqdesk.core.document import ContentError
from vqdesk.core.errors import InputError
from vqdesk.core.session import Session


def small_docx() -> bytes:
    d = B.new()
    d.add_heading("一、基本情况", 1)
    d.add_heading("（一）概况", 2)
    d.add_paragraph("这是从 Word 来的一段话。")
    B.picture(d, B.png((10, 120, 10)))
    d.add_paragraph("图 1 校门")
    d.add_heading("二、我们的特色", 1)
    B.case_box(d, ["【案例 1】夜校", "面向社区开设夜校。"])
    return B.save(d)


def state(s: Session, year: int):
    rows = s.db.execute("SELECT id, caption, filename, data FROM photos ORDER BY id").fetchall()
    nodes = s.db.execute("SELECT * FROM outline_nodes ORDER BY id").fetchall()
    blocks = s.db.execute("SELECT * FROM blocks ORDER BY id").fetchall()
    return s.content(year), rows, nodes, blocks


def test_import_replaces_the_year_and_undo_restores_it_exactly(sample_copy):
    with Session.open(sample_copy) as s:
        year = s.latest_year()
        before = state(s, year)
        assert "将被 Word 文件的内容替换" in s.own_content(year)
        plan = read_docx(small_docx(), "小.docx", s.edition(year))
        undo = s.import_docx(year, plan)
        doc = s.document(year)
        assert [(n.title, n.edition_part) for n in doc.nodes()] == [
            ("基本情况", "basic"), ("概况", "basic.overview"), ("我们的特色", None)]
        photos = s.photos(year)
        assert [(p.caption, p.filename) for p in photos] == [("校门", "image1.png")]
        assert doc.photo_ids() == [photos[0].id] == undo["added_photos"]
        assert [b.kind for _, b in doc.blocks()] == ["text", "photos", "case", "text"]
        numbering = dict(before[0]["settings"]["numbering"], chapter="{cn}、", section="（{cn}）")
        assert s.settings(year) == dict(before[0]["settings"], numbering=numbering)   # numbered as in Word
        assert s.history(limit=1)[0]["action"] == "import_docx"
        s.undo_import(undo)
        assert state(s, year) == before
        again = s.import_docx(year, plan)                         # a redo: the same outline again
        assert [n.title for n in s.document(year).nodes()] == ["基本情况", "概况", "我们的特色"]
        s.undo_import(again)
        assert state(s, year) == before


def test_a_fresh_year_has_no_own_content(new_session):
    assert new_session.own_content(2025) == ""


def test_an_empty_plan_is_refused(new_session):
    before = new_session.content(2025)
    with pytest.raises(InputError, match="“空.docx”中没有找到可以导入的标题或正文，未做任何修改。"):
        new_session.import_docx(2025, ImportPlan(source="空.docx"))
    assert new_session.content(2025) == before


def test_a_plan_the_model_refuses_changes_nothing(new_session):
    before = new_session.content(2025)
    plan = read_docx(small_docx(), "小.docx")
    plan.nodes.append(PlanNode("坏的一章", 1, blocks=[{"kind": "table", "caption": "没有列"}]))
    with pytest.raises(ContentError, match="自由表格需要“columns”"):
        new_session.import_docx(2025, plan)
    assert new_session.content(2025) == before
    assert new_session.photos(2025) == []                      # the images went with the rollback
