"""Migration m003: a file written by the previous version (narratives keyed by edition section,
user sub-sections, cases, photos placed in sections and cases) becomes outlines with blocks, with
nothing lost."""

import shutil
import sqlite3
from pathlib import Path

import pytest

from vqdesk.core.session import Session

V2_FILE = Path(__file__).resolve().parents[2] / "data" / "schema-v2.vqd"


def _old(query: str, *params):
    with sqlite3.connect(V2_FILE) as conn:
        return conn.execute(query, params).fetchall()


@pytest.fixture
def migrated(tmp_path):
    path = tmp_path / "上一版.vqd"
    shutil.copy(V2_FILE, path)
    with Session.open(path, backup=False) as s:
        yield s


def _text_of(node) -> str:
    return node.text()


def test_every_narrative_lands_in_the_node_of_its_part(migrated):
    doc = migrated.document(2025)
    for key, body in _old("SELECT key, body FROM narratives n JOIN reports r ON r.id = n.report_id "
                          "WHERE r.year = 2025 AND key NOT LIKE 'sub:%' AND key != 'preface'"):
        assert doc.find_part(key).text() == body, key
    assert migrated.settings(2025)["preface"]["text"] == _old(
        "SELECT body FROM narratives WHERE key = 'preface'")[0][0]


def test_outline_follows_the_edition_and_sub_sections_become_child_nodes(migrated):
    doc = migrated.document(2025)
    assert [n.title for n in doc.outline] == ["基本情况", "人才培养", "服务贡献", "文化传承", "国际合作",
                                             "产教融合", "发展保障", "面临挑战"]
    moral = doc.find_part("talent.moral")
    assert [(c.title, c.edition_part, c.text()) for c in moral.children] == [
        ("主题班会", None, "每周一次主题班会，覆盖全部班级。")]


def test_cases_become_case_blocks_in_their_node_with_their_photos(migrated):
    doc = migrated.document(2025)
    old = [title for (title,) in _old("SELECT title FROM cases ORDER BY position, id")]
    assert sorted(case.title for _, case in doc.cases()) == sorted(old)
    sub = doc.find_part("talent.moral").children[0]
    (case,) = [b for b in sub.blocks if b.kind == "case"]
    assert case.title == "班会案例"
    assert [c.kind for c in case.children] == ["text", "photos"]
    assert case.children[0].text == "案例正文。"
    (photo_id,) = [i["photo"] for i in case.children[1].data["items"]]
    assert next(p for p in migrated.photos(2025) if p.id == photo_id).caption == "红色图片"
    assert [b.title for b in doc.find_part("challenges").blocks if b.kind == "case"] == ["挑战案例"]


def test_every_photo_is_shown_once_and_keeps_its_bytes(migrated):
    doc = migrated.document(2025)
    assert sorted(doc.photo_ids()) == [1, 2, 3, 4]
    for photo_id, data in _old("SELECT id, data FROM photos"):
        assert migrated.photo_data(photo_id) == data
    sub = doc.find_part("talent.moral").children[0]
    assert [i["photo"] for b in sub.blocks if b.kind == "photos" for i in b.data["items"]] == [4]


def test_default_tables_and_charts_are_added_so_the_report_prints_as_before(migrated):
    doc = migrated.document(2025)
    students = doc.find_part("basic.students")
    assert [b.kind for b in students.blocks] == ["text", "table", "chart", "table", "chart"]
    refs = {b.ref for _, b in doc.blocks() if b.kind == "table"}
    assert {"majors", "enrolment", "teachers", "student_awards", "teacher_awards", "partners",
            "internships", "certificates", "trainings", "funding", "conditions"} <= refs


def test_old_tables_are_gone_and_the_file_is_intact(migrated):
    names = {r[0] for r in migrated.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert not {"narratives", "cases", "subsections"} & names
    assert migrated.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert migrated.db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_earlier_years_get_their_own_outline_with_cover_month_from_their_creation(migrated):
    for year in (2023, 2024):
        doc = migrated.document(year)
        assert len(doc.outline) == 8 and all(not n.text() for n in doc.nodes())
        created = _old("SELECT created_at FROM reports WHERE year = ?", year)[0][0]
        assert migrated.settings(year)["cover"]["date"] == f"{int(created[:4])}年{int(created[5:7])}月"


def test_migrated_content_round_trips_exactly(migrated):
    first = migrated.content(2025)
    migrated.load_content(2025, first)
    assert migrated.content(2025) == first
