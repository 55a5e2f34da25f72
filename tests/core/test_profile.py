"""The profile forms come from resources/templates/common/profile-fields.toml, per report level."""

import pytest

from vqdesk.core import profile
from vqdesk.core.errors import EditionError


def test_each_level_has_its_form():
    school, district, city = (profile.profile_set(level) for level in ("school", "district", "city"))
    assert (school.title, district.title, city is district) == ("学校信息", "地区信息", True)
    assert [f.label for f in school.fields if f.required] == ["学校名称", "学校标识码", "所在省份"]
    assert [f.label for f in district.fields if f.required] == ["地区名称", "所在省份"]
    assert profile.profile_field("code", "city").pattern_hint == "6 位数字"
    assert profile.check_profile_value("code", "210700", "city") is None
    assert profile.check_profile_value("code", "210700") == "学校标识码“210700”格式不对，应为10 位数字"


def test_a_broken_profile_file_is_named(tmp_path, monkeypatch):
    (tmp_path / "common").mkdir()
    (tmp_path / "common" / "profile-fields.toml").write_text(
        '[levels]\nschool = "school"\n[sets.school]\ntitle = "学校信息"\n'
        'fields = [{ key = "name", label = "学校名称" }, { key = "name", label = "又一个" }]\n', encoding="utf-8")
    monkeypatch.setattr(profile, "templates_dir", lambda: tmp_path)
    profile._sets.cache_clear()
    try:
        with pytest.raises(EditionError) as caught:
            profile.profile_set()
        assert str(caught.value) == "模板文件 profile-fields.toml 有误：sets.school.fields[1]：“name”重复"
    finally:
        profile._sets.cache_clear()
