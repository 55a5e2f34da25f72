"""The school (or bureau) profile: one set of fields per report year, each fact typed once and
printed everywhere it appears (cover, declaration, publication page, back cover)."""

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class ProfileField:
    key: str
    label: str
    required: bool = False
    pattern: str = ""
    pattern_hint: str = ""
    options: tuple = ()
    multiline: bool = False


PROFILE_FIELDS = (
    ProfileField("name", "学校名称", required=True),
    ProfileField("name_en", "英文名称"),
    ProfileField("code", "学校标识码", required=True, pattern=r"^\d{10}$", pattern_hint="10 位数字"),
    ProfileField("province", "所在省份", required=True),
    ProfileField("city", "所在地市"),
    ProfileField("district", "所在区县"),
    ProfileField("category", "学校类别", options=("一般类", "艺术类", "体育类", "边远脱贫地区")),
    ProfileField("nature", "办学性质", options=("公办", "民办")),
    ProfileField("sponsor", "举办者"),
    ProfileField("founded", "建校年份", pattern=r"^(1[89]|20)\d{2}$", pattern_hint="四位年份"),
    ProfileField("principal", "校长（法定代表人）"),
    ProfileField("address", "学校地址"),
    ProfileField("postcode", "邮政编码", pattern=r"^\d{6}$", pattern_hint="6 位数字"),
    ProfileField("phone", "联系电话", pattern=r"^[0-9０-９()（）\-—+ ,，、]{7,40}$",
                 pattern_hint="如 0416-1234567，多个号码用顿号分隔"),
    ProfileField("website", "学校网址", pattern=r"^(https?://)?[A-Za-z0-9.-]+\.[A-Za-z]{2,}(:\d+)?(/\S*)?$",
                 pattern_hint="如 https://www.example.edu.cn/"),
    ProfileField("email", "电子邮箱", pattern=r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$", pattern_hint="如 office@example.edu.cn"),
    ProfileField("publication_form", "公开形式", options=("学校网站公开", "教育局网站公开", "学校网站及微信公众号公开")),
    ProfileField("publication_url", "年报公开网址（留空则用学校网址）",
                 pattern=r"^(https?://)?[A-Za-z0-9.-]+\.[A-Za-z]{2,}(:\d+)?(/\S*)?$",
                 pattern_hint="如 https://www.example.edu.cn/nianbao/"),
    ProfileField("intro", "学校简介（封底）", multiline=True),
)

_BY_KEY = {f.key: f for f in PROFILE_FIELDS}


def profile_field(key: str) -> ProfileField:
    return _BY_KEY[key]


def check_profile_value(key: str, value: str) -> str | None:
    """A Chinese message when the value does not fit the field, else None.  Blank is allowed
    here; completeness of required fields is the validator's concern."""
    field = _BY_KEY.get(key)
    if field is None:
        return f"未知的学校信息项“{key}”"
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
    field = _BY_KEY.get(key)
    text = (value or "").replace("\r\n", "\n")
    if field is not None and not field.multiline:
        text = re.sub(r"[\v\f\t\r\n]+", " ", text)
    else:
        text = text.replace("\v", "\n").replace("\f", "\n").replace("\r", "\n")
    return _CONTROL.sub("", text).strip()


def publication_url(profile: dict) -> str:
    """Where the report is published: its own address, or the school website."""
    return profile.get("publication_url") or profile.get("website", "")
