"""Each indicator's 口径 comes from the edition's data (common/definitions-2023.toml), checked on load."""

import shutil

import pytest

from vqdesk.core.editions import get_edition, load_edition
from vqdesk.core.errors import EditionError
from vqdesk.core.resources import templates_dir


@pytest.fixture
def folder(tmp_path):
    shutil.copytree(templates_dir(), tmp_path / "templates")
    return tmp_path / "templates"


def _break(folder, old, new):
    path = folder / "common" / "definitions-2023.toml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_every_indicator_of_every_edition_has_its_definition():
    for edition_id in ("national-2024", "liaoning-2023", "gansu-2023", "regional-district-2024", "regional-city-2024"):
        edition = get_edition(edition_id)
        assert [i.id for i in edition.indicators() if not i.definition] == [], edition_id
    placement = get_edition("liaoning-2023").indicator("1.2b").definition
    assert placement == "毕业去向落实人数中升入高一级学校（高职专科、职业本科或普通本科）学习的人数。"


def test_a_definition_of_an_unknown_indicator_is_named(folder):
    _break(folder, '{ id = "1.1", ', '{ id = "1.99", ')
    with pytest.raises(EditionError) as caught:
        load_edition(folder / "national-2024.toml")
    assert str(caught.value) == "模板文件 definitions-2023.toml 有误：definitions[0]：指标“1.99”不在六张表中"


def test_a_second_definition_of_an_indicator_is_named(folder):
    _break(folder, '{ id = "1.2a", ', '{ id = "1.1", ')
    with pytest.raises(EditionError, match="definitions\\[1\\]：指标“1.1”的口径重复"):
        load_edition(folder / "national-2024.toml")


def test_an_empty_definition_is_named(folder):
    _break(folder, 'text = "统计期内取得毕业证书的全日制中职毕业生人数（应届毕业生）。当年没有毕业生的学校，与毕业生有关的指标留空。"',
           'text = " "')
    with pytest.raises(EditionError, match="definitions\\[0\\]（1.1）：“text”不能为空"):
        load_edition(folder / "national-2024.toml")
