"""Editions without 基本情况 and with Chinese numbering (national-2024)."""

import pytest
from pypdf import PdfReader

from vqdesk.core.document.tables import change_text
from vqdesk.core.pdf import build_pdf
from vqdesk.core.session import Session


@pytest.fixture
def national(tmp_path):
    with Session.create(tmp_path / "n.vqd", school="全国示范职业学校", year=2024, edition_id="national-2024") as s:
        s.add_record(2024, "majors", {"code": "660301", "name": "机电技术应用", "duration": "三年制"})
        s.add_record(2024, "enrolment", {"major": "机电技术应用", "grade": "一年级", "male": 80, "female": 20})
        moral = s.part_node(2024, "talent.moral").id
        s.add_block(moral, {"kind": "text", "text": "一、思政育人\n学校开展思政教育。"})
        s.add_block(moral, {"kind": "case", "title": "第一个案例", "blocks": [{"kind": "text", "text": "正文。"}]})
        s.add_block(s.part_node(2024, "service.industry").id,
                    {"kind": "case", "title": "第二个案例", "blocks": [{"kind": "text", "text": "正文。"}]})
        yield s


def _text(path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(str(path)).pages)


def test_build_pdf_national_uses_chinese_numbering_and_global_cases(national, tmp_path):
    text = _text(build_pdf(national.snapshot(2024), tmp_path / "national.pdf"))
    for expected in ("一、人才培养", "（一）立德树人", "二、服务贡献", "【案例 1】第一个案例",
                     "【案例 2】第二个案例", "表 1 2024年专业设置", "表 2 2024年分专业在校生人数"):
        assert expected in text, expected
    assert "面临挑战" not in text                 # an empty chapter prints no bare heading


def test_build_pdf_national_prints_default_tables_where_the_document_has_them(national, tmp_path):
    """national-2024 has no 基本情况: the edition's default blocks went to 多样成长 (talent.growth)."""
    out = build_pdf(national.snapshot(2024), tmp_path / "national.pdf")
    texts = [p.extract_text() for p in PdfReader(str(out)).pages]
    first_chapter = next(i for i, t in enumerate(texts) if "一、人才培养" in t and "- 1 -" in t)
    second_chapter = next(i for i, t in enumerate(texts) if "二、服务贡献" in t and "-" in t and i > first_chapter)
    majors_page = next(i for i, t in enumerate(texts) if "表 1 2024年专业设置" in t and i >= first_chapter)
    assert first_chapter <= majors_page < second_chapter


def test_build_pdf_flat_numbering_gives_every_table_its_own_number(national, tmp_path):
    """Body tables are 表 1, 表 2…; the annex tables become 附表 1–附表 6 so no number repeats."""
    text = _text(build_pdf(national.snapshot(2024), tmp_path / "national.pdf"))
    for no, title in enumerate(("人才培养质量计分卡", "满意度调查表", "教学资源表"), start=1):
        assert f"附表 {no} {title}" in text
        assert f"\n表 {no} {title}" not in text
    assert "附表 3 附表" in text


def test_build_pdf_per_chapter_numbering_keeps_the_official_annex_names(sample_pdf):
    text = "\n".join(p.extract_text() for p in PdfReader(str(sample_pdf)).pages)
    assert "表 1 人才培养质量计分卡" in text and "附表 1" not in text


@pytest.mark.parametrize("current, previous, kind, expected", [
    (1619, 1571, "count", "+48（+3.1%）"),
    (56.45, 54.55, "percent", "+1.90 个百分点"),
    (13.06, 12.98, "ratio", "+0.08"),
    (100, None, "count", "—"),
    (0, 0, "count", "+0"),
])
def test_change_text(current, previous, kind, expected):
    assert change_text(current, previous, kind) == expected
