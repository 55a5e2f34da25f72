"""The bundled sample report: 示例市机电工程学校, three years (2023-2025) on the 辽宁 edition.

Figures live in resources/sample/school.json, narratives and cases in narratives.json; the two
diagrams are drawn here so no image files need shipping.
"""

import io
import json
import re
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from vqdesk.core.document.numbering import chinese_numeral
from vqdesk.core.resources import sample_dir
from vqdesk.core.session import Session

SAMPLE_FILE_NAME = "示例市机电工程学校.vqd"
_FONT_CANDIDATES = ("C:/Windows/Fonts/simhei.ttf", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
                    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")


def load_sample_data() -> tuple[dict, dict]:
    folder = sample_dir()
    school = json.loads((folder / "school.json").read_text(encoding="utf-8"))
    narratives = json.loads((folder / "narratives.json").read_text(encoding="utf-8"))
    return school, narratives


def write_sample(path, edition_id: str | None = None) -> Path:
    """Write the complete sample report file at `path` (which must not exist yet)."""
    school, narratives = load_sample_data()
    path = Path(path)
    edition_id = edition_id or school["edition"]
    years = sorted(int(y) for y in school["years"])
    first = years[0]
    with Session.create(path, school=school["school"], year=first, edition_id=_edition_for(edition_id, first)) as s:
        with s.db.atomic():
            _masters(s, school)
            for year in years:
                if year != first:
                    s.add_year(year, edition_id=_edition_for(edition_id, year), copy_from=None)
                for key, value in school["profile"].items():
                    s.set_profile(year, key, value)
                _figures(s, year, school["years"][str(year)])
            _document(s, years[-1], narratives)
    return path


def _edition_for(edition_id: str, year: int) -> str:
    """The national edition starts in 2024; earlier sample years keep the provincial one."""
    from vqdesk.core.editions import get_edition
    return edition_id if year in get_edition(edition_id).years else "liaoning-2023"


def _masters(s: Session, school: dict):
    aliases = school.get("major_aliases", {})
    for entry in school["masters"]["major"]:
        s.add_master("major", entry["name"], entry.get("code", ""), aliases.get(entry["name"], ()))
    for entry in school["masters"]["organisation"]:
        s.add_master("organisation", entry["name"], "", entry.get("aliases", ()))


def _figures(s: Session, year: int, data: dict):
    for ind_id, value in data["values"].items():
        s.set_value(year, ind_id, value, source="sample")
    for ind_id, value in data["respondents"].items():
        s.set_value(year, ind_id, value, column="respondents", source="sample")
    for ind_id, value in data["methods"].items():
        s.set_value(year, ind_id, value, column="method", source="sample")
    for list_id, rows in data["lists"].items():
        s.replace_records(year, list_id, rows, source="sample")


def _document(s: Session, year: int, narratives: dict):
    """The sample's text, cases and diagrams, written into the nodes of the edition parts."""
    s.set_settings(year, {"preface": {"text": _preface(s, year, narratives["preface"])},
                          "cover": {"date": f"{year}年11月"}})
    nodes = {n.edition_part: n for n in s.document(year).nodes() if n.edition_part}
    last = {}                       # where a section's cases go: after its last sub-heading's text
    for key, text in narratives["sections"].items():
        if key not in nodes:
            continue
        intro, parts = _split_headings(text)
        s.set_node_text(nodes[key].id, intro)
        last[key] = nodes[key].id
        for title, body in parts:
            child = s.add_node(year, nodes[key].id, title)
            s.set_node_text(child.id, body)
            last[key] = child.id
    for case in narratives["cases"]:
        if case["section"] in nodes:
            s.add_block(last.get(case["section"], nodes[case["section"]].id),
                        {"kind": "case", "title": case["title"],
                         "blocks": [{"kind": "text", "text": case["body"]}]})
    extra = json.loads((sample_dir() / "extra-nodes.json").read_text(encoding="utf-8"))
    for entry in extra["nodes"]:
        if entry["part"] in nodes:
            node = s.add_node(year, nodes[entry["part"]].id, entry["title"])
            for block in entry["blocks"]:
                s.add_block(node.id, block)
    for key, caption, draw in (("basic.conditions", "校园功能分区示意图", _campus_plan),
                               ("integration.resources", "校企共建实训中心工位布局示意图", _workshop_plan)):
        if key in nodes:
            s.add_photo(year, draw(), f"{caption}.png", caption, node_id=nodes[key].id)


def _preface(s: Session, year: int, text: str) -> str:
    """The sample's 前言, naming the parts of the edition it is written on (八个部分 of Liaoning's
    outline, 七个 of the national one)."""
    titles = [n.title for n in s.document(year).outline]
    parts = "、".join(titles[:-1]) + "和" + titles[-1] if len(titles) > 1 else "".join(titles)
    return text.replace("{parts}", parts).replace("{count}", chinese_numeral(len(titles)))


_HEADING = re.compile(r"^[一二三四五六七八九十]{1,2}、(.{1,30})$")


def _split_headings(text: str) -> tuple[str, list]:
    """A section's text and its 一、二、 parts: sub-headings are outline nodes, not lines."""
    intro, parts = [], []
    for line in text.split("\n"):
        match = _HEADING.match(line.strip())
        if match:
            parts.append((match.group(1), []))
        else:
            (parts[-1][1] if parts else intro).append(line)
    return "\n".join(intro), [(title, "\n".join(body)) for title, body in parts]


def _font(size: int):
    for candidate in _FONT_CANDIDATES:
        if Path(candidate).exists():
            return ImageFont.truetype(candidate, size)
    return None


def _png(img: Image.Image) -> bytes:
    buffer = io.BytesIO()
    img.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def _blocks(title: str, blocks) -> bytes:
    img = Image.new("RGB", (1200, 720), (246, 248, 244))
    draw = ImageDraw.Draw(img)
    font, small = _font(34), _font(26)
    draw.rectangle((20, 20, 1180, 700), outline=(90, 110, 90), width=4)
    if font:
        draw.text((600, 60), title, fill=(40, 60, 40), font=font, anchor="mm")
    for (x0, y0, x1, y1), label, colour in blocks:
        draw.rectangle((x0, y0, x1, y1), fill=colour, outline=(70, 70, 70), width=3)
        if small:
            draw.text(((x0 + x1) / 2, (y0 + y1) / 2), label, fill=(30, 30, 30), font=small, anchor="mm")
    return _png(img)


def _campus_plan() -> bytes:
    return _blocks("示例市机电工程学校 校园功能分区示意图", [
        ((60, 120, 420, 340), "教学楼", (200, 220, 240)), ((460, 120, 820, 340), "实训楼", (240, 220, 190)),
        ((860, 120, 1140, 340), "图书信息中心", (220, 235, 210)), ((60, 380, 520, 660), "田径运动场", (190, 225, 190)),
        ((560, 380, 860, 660), "学生公寓", (235, 215, 225)), ((900, 380, 1140, 660), "食堂", (245, 235, 200))])


def _workshop_plan() -> bytes:
    stations = [((80 + 180 * i, 140, 230 + 180 * i, 300), f"工位{i + 1}", (225, 232, 245)) for i in range(6)]
    lines = [((80, 400, 590, 640), "新能源汽车检测区", (240, 228, 200)),
             ((630, 400, 1120, 640), "电池拆装与安全防护区", (220, 238, 215))]
    return _blocks("校企共建新能源汽车实训中心 工位布局示意图", stations + lines)
