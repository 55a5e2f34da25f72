"""A new year's document: the edition's outline and its default blocks, placed by data."""

from vqdesk.core.document.seed import seed_document
from vqdesk.core.editions import get_edition


def test_default_blocks_go_under_the_first_part_the_edition_has():
    doc = seed_document(get_edition("liaoning-2023"), 2025, "2025年11月")
    majors = doc.find_part("basic.majors")
    assert [b.caption for b in majors.blocks] == ["2025年专业设置", "2025年专业群及核心专业、对接产业链"]
    assert [b.kind for b in doc.find_part("basic.students").blocks] == ["table", "chart", "table", "chart"]
    assert doc.settings["cover"]["date"] == "2025年11月"


def test_an_edition_without_the_parts_puts_them_under_a_fallback_part():
    doc = seed_document(get_edition("national-2024"), 2025)
    growth = doc.find_part("talent.growth")
    assert growth is not None and "2025年专业设置" in [b.caption for b in growth.blocks]


def test_settings_start_from_the_editions_numbering_and_front_matter():
    gansu = seed_document(get_edition("gansu-2023"), 2023).settings
    assert gansu["declaration"]["enabled"] is False
    liaoning = seed_document(get_edition("liaoning-2023"), 2025).settings
    assert liaoning["numbering"]["tables"] == "per_chapter" and liaoning["cases"]["label"] == "【案例 {chapter}-{n}】"
    assert liaoning["annex"] == {"enabled": True, "years": [2025]}
