"""The school (or bureau) profile: one set of fields per report year, each fact typed once and
printed everywhere it appears (cover, declaration, publication page, back cover)."""

import re
from dataclasses import dataclass
from functools import cache

from vqdesk.core.errors import EditionError
from vqdesk.core.resources import read_toml, templates_dir

#: The data file of the profile forms (fields per report level), under resources/templates.
PROFILE_FILE = "common/profile-fields.toml"


@dataclass(frozen=True)
class ProfileField:
    key: str
    label: str
    required: bool = False
    pattern: str = ""
    pattern_hint: str = ""
    options: tuple = ()
    multiline: bool = False
    placeholder: str = ""


@dataclass(frozen=True)
class ProfileSet:
    """The profile form of one report level: its title (学校信息, 地区信息) and fields."""
    title: str
    hint: str
    fields: tuple

    def has(self, key: str) -> bool:
        return any(f.key == key for f in self.fields)


@cache
def _sets() -> tuple[dict, dict]:
    """(level -> set name, set name -> ProfileSet), read and checked once."""
    path = templates_dir() / PROFILE_FILE
    raw = read_toml(path)
    sets = {name: _read_set(path.name, name, item) for name, item in raw.get("sets", {}).items()}
    levels = raw.get("levels", {})
    for level, name in levels.items():
        if name not in sets:
            raise EditionError(path.name, f"levels.{level}", f"字段组“{name}”不存在")
    if "school" not in levels:
        raise EditionError(path.name, "levels", "缺少 school")
    return levels, sets


def _read_set(file: str, name: str, item: dict) -> ProfileSet:
    fields, seen = [], set()
    for i, f in enumerate(item.get("fields", [])):
        entry = f"sets.{name}.fields[{i}]"
        if not isinstance(f, dict) or not f.get("key") or not f.get("label"):
            raise EditionError(file, entry, "每项应有 key 和 label")
        if f["key"] in seen:
            raise EditionError(file, entry, f"“{f['key']}”重复")
        seen.add(f["key"])
        pattern = f.get("pattern", "")
        try:
            re.compile(pattern)
        except re.error:
            raise EditionError(file, entry, f"“pattern”不是有效的正则表达式：{pattern}") from None
        fields.append(ProfileField(f["key"], f["label"], bool(f.get("required")), pattern, f.get("hint", ""),
                                   tuple(f.get("options", ())), bool(f.get("multiline")), f.get("placeholder", "")))
    if not item.get("title") or "name" not in seen:
        raise EditionError(file, f"sets.{name}", "应有 title 和 name 字段")
    return ProfileSet(item["title"], item.get("hint", ""), tuple(fields))


def profile_set(level: str = "school") -> ProfileSet:
    """The form of a report of `level` (school, district, city); unknown levels get the school's."""
    levels, sets = _sets()
    return sets[levels.get(level, levels["school"])]


def profile_fields(level: str = "school") -> tuple:
    return profile_set(level).fields


#: The school's fields (the default; a bureau's report asks for its own, see profile_set).
PROFILE_FIELDS = profile_fields("school")

#: Every key any level uses ({{profile.*}} tokens may name any of them).
PROFILE_KEYS = frozenset(f.key for s in _sets()[1].values() for f in s.fields)


def profile_field(key: str, level: str = "school") -> ProfileField:
    """The field of `key` as a report of `level` labels it (another level's when it has none)."""
    for fields in (profile_fields(level), *(s.fields for s in _sets()[1].values())):
        for field in fields:
            if field.key == key:
                return field
    raise KeyError(key)


def check_profile_value(key: str, value: str, level: str = "school") -> str | None:
    """A Chinese message when the value does not fit the field, else None.  Blank is allowed
    here; completeness of required fields is the validator's concern."""
    try:
        field = profile_field(key, level)
    except KeyError:
        return f"未知的{profile_set(level).title}项“{key}”"
    value = value.strip()
    if not value:
        return None
    if field.pattern and not re.match(field.pattern, value):
        return f"{field.label}“{value}”格式不对，应为{field.pattern_hint}"
    return None


_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def clean_profile_value(key: str, value: str) -> str:
    """What is stored: control characters removed; in a one-line field, a line break (Word pastes
    \\v for Shift+Enter) or tab becomes a space."""
    field = profile_field(key) if key in PROFILE_KEYS else None
    text = (value or "").replace("\r\n", "\n")
    if field is not None and not field.multiline:
        text = re.sub(r"[\v\f\t\r\n]+", " ", text)
    else:
        text = text.replace("\v", "\n").replace("\f", "\n").replace("\r", "\n")
    return _CONTROL.sub("", text).strip()


def publication_url(profile: dict) -> str:
    """Where the report is published: its own address, or the school website."""
    return profile.get("publication_url") or profile.get("website", "")
