"""Regional editions as data: a district or city edition may take a school edition's outline
(`extends`), says which school editions it aggregates (`[aggregate] from`), how the schools'
record lists are merged (`[[list_merge]]`) and which compliance criteria it scores
(`[[compliance]]`).  A new province's regional edition is therefore one data file, which may also
live in the user's own templates folder (<user data>/templates).
"""

from pathlib import Path

from vqdesk.core.editions import model as m
from vqdesk.core.errors import EditionError
from vqdesk.core.resources import templates_dir

#: Keys of a school edition a regional edition replaces rather than appends to.
_REPLACED_LISTS = ("chapters",)
_MERGE_HOW = ("sum", "per_school", "offered_by", "concat")


def user_templates_dir() -> Path:
    from vqdesk.core.userdata import user_data_dir
    return user_data_dir() / "templates"


def edition_folders(folder: Path | None = None) -> list[Path]:
    """Where editions are looked for: the given folder, or the bundled one then the user's."""
    return [folder] if folder is not None else [templates_dir(), user_templates_dir()]


def find_edition_file(edition_id: str, folders) -> Path | None:
    return next((f / f"{edition_id}.toml" for f in folders if (f / f"{edition_id}.toml").is_file()), None)


def include_path(base: Path, rel: str) -> Path:
    """An included part beside the edition, else the bundled one (for editions in other folders)."""
    near = (base / rel).resolve()
    return near if near.is_file() else (templates_dir() / rel).resolve()


def with_parent(path: Path, merged: dict, origins: dict, read_file, merge_parts, list_keys) -> tuple[dict, dict]:
    """`extends = "<school edition>"`: the parent's data under this file's own; lists are the
    parent's followed by this file's (chapters, when given, replace the parent's), other keys
    given here win."""
    parent_id = merged.get("extends")
    if parent_id is None:
        return merged, origins
    if not isinstance(parent_id, str) or not parent_id.strip():
        raise EditionError(path.name, "extends", "应是一个模板编号，如 \"gansu-2023\"")
    parent_path = find_edition_file(parent_id, [path.parent, templates_dir(), user_templates_dir()])
    if parent_path is None:
        raise EditionError(path.name, "extends", f"找不到被继承的模板“{parent_id}”")
    raw_parent = read_file(parent_path)
    if raw_parent.get("extends"):
        raise EditionError(path.name, "extends", f"模板“{parent_id}”本身也继承别的模板，只支持一层继承")
    parent, parent_origins = merge_parts(parent_path, raw_parent, parent_path.parent)
    out = {k: v for k, v in parent.items() if k not in ("id", "title", "level", "authority")}
    out_origins = dict(parent_origins)
    for key, value in merged.items():
        if key in list_keys and not (key in _REPLACED_LISTS and value):
            out[key] = parent.get(key, []) + value
            out_origins[key] = parent_origins.get(key, []) + origins.get(key, [])
        elif key in list_keys:
            out[key], out_origins[key] = value, origins[key]
        else:
            out[key] = value
    out["extends"] = parent_id
    return out, out_origins


def read_aggregate(r, raw: dict, level: str) -> tuple:
    """The school editions a regional edition aggregates (`[aggregate] from = [...]`)."""
    spec = raw.get("aggregate", {})
    if not isinstance(spec, dict):
        r.fail("aggregate", "应是一个表，如 [aggregate] from = [\"gansu-2023\"]")
    sources = spec.get("from", [raw["extends"]] if raw.get("extends") else [])
    if not isinstance(sources, list) or not all(isinstance(s, str) and s for s in sources):
        r.fail("aggregate.from", "应是学校模板编号的列表")
    if sources and level == "school":
        r.fail("aggregate.from", "只有区县或地市模板（level = \"district\" 或 \"city\"）才能汇总学校")
    return tuple(sources)


def read_list_merge(raw: dict, origins: dict) -> dict:
    """How each school list goes into the region: summed by key fields, kept per school (the
    school's name in a field), one row per major with the schools offering it, or concatenated."""
    out = {}
    for index, (item, origin) in enumerate(zip(raw.get("list_merge", []), origins.get("list_merge", []))):
        entry = f"list_merge[{index}]"
        if not isinstance(item, dict):
            raise EditionError(origin, entry, "应是一个表")
        list_id, how = item.get("list"), item.get("how", "sum")
        if not isinstance(list_id, str) or not list_id:
            raise EditionError(origin, entry, "缺少必填项“list”")
        if how not in _MERGE_HOW:
            raise EditionError(origin, f"{entry}（{list_id}）", f"“how”应为 {'、'.join(_MERGE_HOW)} 之一")
        keys = item.get("by", [])
        if how == "sum" and (not isinstance(keys, list) or not keys):
            raise EditionError(origin, f"{entry}（{list_id}）", "按键合并（how = \"sum\"）需要“by”字段列表")
        out[list_id] = m.ListMerge(list_id, how, tuple(keys), item.get("field", ""))
    return out


def read_compliance(raw: dict, origins: dict) -> tuple:
    """合规性评分 criteria: each names a figure (or formula), a bound and the points it is worth."""
    out = []
    for index, (item, origin) in enumerate(zip(raw.get("compliance", []), origins.get("compliance", []))):
        entry = f"compliance[{index}]"
        if not isinstance(item, dict):
            raise EditionError(origin, entry, "应是一个表")
        for key in ("id", "name", "figure", "op", "threshold", "points"):
            if key not in item:
                raise EditionError(origin, entry, f"缺少必填项“{key}”")
        if item["op"] not in ("<=", ">="):
            raise EditionError(origin, f"{entry}（{item['id']}）", "“op”应为 <= 或 >=")
        if not isinstance(item["points"], (int, float)) or item["points"] <= 0:
            raise EditionError(origin, f"{entry}（{item['id']}）", "“points”应为正数")
        out.append(m.Criterion(id=item["id"], name=item["name"], figure=item["figure"], op=item["op"],
                               threshold=float(item["threshold"]), points=float(item["points"]),
                               unit=item.get("unit", "")))
    return tuple(out)


def regional_edition_for(edition_id: str, level: str):
    """The regional edition of `level` that aggregates school edition `edition_id`, or None;
    a regional edition of that level is its own counterpart."""
    from vqdesk.core.editions.loader import get_edition, list_editions
    edition = get_edition(edition_id)
    if edition.level == level:
        return edition
    fits = [e for e in list_editions() if e.level == level and edition_id in e.aggregates_from]
    # the edition on this school edition's own outline first, then one naming it first
    fits.sort(key=lambda e: (e.extends != edition_id, e.aggregates_from.index(edition_id)))
    return fits[0] if fits else None


def override_blocks(raw: dict, origins: dict, blocks: tuple) -> tuple:
    """`[[block_overrides]] ref = "majors", source = { attribution = "count" }`: a regional edition
    changes settings of a default block it takes from its school edition (checked like any block)."""
    import copy
    import dataclasses

    from vqdesk.core.document.blocks import ContentError, parse_block
    out = list(blocks)
    for index, (item, origin) in enumerate(zip(raw.get("block_overrides", []), origins.get("block_overrides", []))):
        entry = f"block_overrides[{index}]"
        ref = item.get("ref") if isinstance(item, dict) else None
        at = next((i for i, b in enumerate(out) if b.block.get("ref") == ref), None)
        if at is None:
            raise EditionError(origin, entry, f"没有引用名为“{ref}”的默认块")
        block = copy.deepcopy(out[at].block)
        for key, value in item.items():
            if key == "ref":
                continue
            if isinstance(value, dict) and isinstance(block.get(key), dict):
                block[key].update(value)
            else:
                block[key] = value
        try:
            parse_block(block, entry)
        except ContentError as exc:
            raise EditionError(origin, entry, str(exc)) from None
        out[at] = dataclasses.replace(out[at], block=block)
    return tuple(out)
