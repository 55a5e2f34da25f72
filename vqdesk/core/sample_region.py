"""Sample schools for a region: the sample school's figures scaled per school, kept consistent.

Used by `vqdesk demo --region`, the aggregation tests and the 300-school benchmark.  The first
school is written in full; every further school starts as a copy of that file and receives only
what differs (name, code, scaled figures and lists) — the shared narratives, cases and profile
fields are not written again, which makes hundreds of schools quick to generate.
"""

import random
import shutil
from dataclasses import dataclass
from pathlib import Path

from vqdesk.core.editions import get_edition
from vqdesk.core.errors import ReportFileError
from vqdesk.core.sample import load_sample_data
from vqdesk.core.session import Session

SCHOOL_NAMES = ("机电工程学校", "交通运输学校", "信息工程学校", "卫生学校", "现代服务学校", "职业教育中心",
                "农业职业学校", "商贸学校", "艺术学校", "工业学校")
#: Indicators scaled with school size; everything else (rates, satisfaction, bandwidth) is kept.
_PARTITIONS = {"1.5a": ("1.5b", "1.5c", "1.5d"), "3.6a": ("3.6b", "3.6d", "3.6f"),
               "3.7a": ("3.7d", "3.7f", "3.7h"), "3.8a": ("3.8b", "3.8d", "3.8f")}
#: Awards and training sessions are each school's own events: generated schools start without them.
_OWN_EVENTS = {"student_awards", "teacher_awards", "trainings"}
_INT_FIELDS = {"male", "female", "count", "dual_qualified", "senior_title", "postgraduate", "books",
               "computers", "workstations", "positions", "graduates", "certified", "participants"}


@dataclass
class _School:
    """Everything one generated school stores for its year."""
    name: str
    profile: dict
    cells: dict  # (indicator id, column) -> value, in writing order
    lists: dict


def school_name(index: int, city: str = "示例市") -> str:
    return f"{city}第{index + 1}{SCHOOL_NAMES[index % len(SCHOOL_NAMES)]}"


def write_region_samples(folder, count: int, year: int = 2025, seed: int = 7,
                         city: str = "示例市", edition_id: str | None = None, start: int = 0) -> list[Path]:
    """Write `count` consistent school files for `year` into folder (on `edition_id`, else the
    sample's edition; schools numbered from `start`); returns their paths."""
    sample, narratives = load_sample_data()
    edition = get_edition(edition_id or sample["edition"])
    rng = random.Random(seed)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths, first = [], None
    for index in range(start, start + count):
        school = _make_school(sample, edition, year, index, rng.uniform(0.35, 1.6), city)
        path = folder / f"{school.name}.vqd"
        if first is None:
            _write_first(path, school, edition.id, year, narratives)
            first = (path, school)
        else:
            _write_from_copy(first, path, school, year)
        paths.append(path)
    return paths


def _write_first(path: Path, school: _School, edition_id: str, year: int, narratives: dict):
    with Session.create(path, school=school.name, year=year, edition_id=edition_id) as s:
        with s.db.atomic():
            _write_differences(s, year, school, None)
            write_sample_text(s, year, narratives)


def _write_from_copy(first: tuple[Path, "_School"], path: Path, school: _School, year: int):
    """The first school's file (closed, so complete without its WAL) with this school's figures."""
    template_path, template = first
    if path.exists():
        raise ReportFileError(f"文件“{path.name}”已存在，不会覆盖。")
    shutil.copyfile(template_path, path)
    with Session.open(path, backup=False) as s:  # a generated file needs no backup copy
        with s.db.atomic():
            _write_differences(s, year, school, template)


def _write_differences(s: Session, year: int, school: _School, previous: "_School | None"):
    """Write what differs from `previous` (everything when there is none)."""
    for key, value in school.profile.items():
        if previous is None or previous.profile.get(key) != value:
            s.set_profile(year, key, value)
    for (ind_id, column), value in school.cells.items():
        if previous is None or previous.cells.get((ind_id, column)) != value:
            s.set_value(year, ind_id, value, column=column, source="sample")
    for list_id, rows in school.lists.items():
        if previous is None or previous.lists.get(list_id) != rows:
            s.replace_records(year, list_id, rows, source="sample")


def _make_school(sample: dict, edition, year: int, index: int, factor: float, city: str) -> _School:
    base = sample["years"][str(year)]
    name = school_name(index, city)
    profile = dict(sample["profile"], name=name, code=f"31210{index:05d}", city=city)
    profile.pop("name_en", None)
    lists = {list_id: [_scale_row(r, factor) for r in rows] for list_id, rows in base["lists"].items()
             if list_id not in _OWN_EVENTS}
    values = _scaled_values(edition, base["values"], factor, lists)
    cells = {(ind_id, "value"): value for ind_id, value in values.items()}
    cells.update({(ind_id, "respondents"): value
                  for ind_id, value in _scaled_respondents(base["respondents"], factor, values).items()})
    cells.update({(ind_id, "method"): value for ind_id, value in base["methods"].items()})
    return _School(name, profile, cells, lists)


def _scaled_values(edition, base_values: dict, factor: float, lists: dict) -> dict:
    values = dict(base_values)
    for ind_id, value in values.items():
        if edition.indicator(ind_id).kind == "count" and ind_id not in ("3.10", "3.11"):
            values[ind_id] = round(value * factor)
    for parent, parts in _PARTITIONS.items():
        values[parent] = sum(values[p] for p in parts)
    values["6.1"] = sum(r["male"] + r["female"] for r in lists["enrolment"])
    teachers = {r["category"]: r["count"] for r in lists["teacher_structure"]}
    values["6.4c"] = sum(teachers.values())
    values.update({"6.4d": teachers.get("思政课", 0), "6.4e": teachers.get("体育课", 0),
                   "6.4f": teachers.get("美育课", 0)})
    values["6.4b"] = max(values["6.4b"], values["6.4c"] + values["6.4h"] // 4)
    values["6.5a"] = min(values["6.5a"], values["6.1"])
    values["1.2b"] = min(values["1.2b"], values["1.1"])
    values["1.2c"] = min(values["1.2c"], values["1.2b"])
    values["4.1a"] = values["1.5a"]
    for sub in ("4.1b", "4.1c", "4.1d", "4.1e"):
        values[sub] = min(values[sub], values["4.1a"])
    values["4.1c"] = max(values["4.1c"], values["4.1b"])  # 东北: B类 ≥ A类
    values["1.2a"] = min(values["1.1"], values["1.2b"] + values["1.5a"] + 3)
    for sub in ("3.9b", "3.9c", "3.9d"):
        values[sub] = min(values[sub], values["3.9a"])
    values["4.5b"] = min(values["4.5b"], values["4.5a"])
    values["4.5c"] = min(values["4.5c"], values["4.5b"])
    return values


def _scaled_respondents(base_respondents: dict, factor: float, values: dict) -> dict:
    """Survey respondents scale too, but never exceed the people they were drawn from."""
    caps = {"2.1": values["6.1"], "2.2b": values["1.1"], "2.3": values["6.4b"]}
    out = {}
    for ind_id, value in base_respondents.items():
        cap = caps.get(ind_id, caps.get(ind_id[:3], None))
        scaled = round(value * factor)
        out[ind_id] = min(scaled, cap) if cap is not None else scaled
    return out


def _scale_row(row: dict, factor: float) -> dict:
    out = dict(row)
    for key, value in row.items():
        if key in _INT_FIELDS and isinstance(value, int):
            out[key] = max(0, round(value * factor))
        elif key in ("land_area", "building_area", "equipment_value", "amount"):
            out[key] = round(value * factor, 2)
    if "certified" in out:
        out["certified"] = min(out["certified"], out["graduates"])
    if "dual_qualified" in out:
        out["dual_qualified"] = min(out["dual_qualified"], out["count"])
        out["senior_title"] = min(out["senior_title"], out["count"])
    return out


def write_sample_text(s: Session, year: int, narratives: dict):
    """The sample narratives speak of “学校” and bind their figures, so they suit every school."""
    s.set_settings(year, {"preface": {"text": narratives["preface"]}})
    nodes = {n.edition_part: n for n in s.document(year).nodes() if n.edition_part}
    for key, text in narratives["sections"].items():
        if key in nodes:
            s.set_node_text(nodes[key].id, text)
    for case in narratives["cases"][:4]:
        if case["section"] in nodes:
            s.add_block(nodes[case["section"]].id, {"kind": "case", "title": case["title"],
                                                      "blocks": [{"kind": "text", "text": case["body"]}]})
