"""What an aggregation will change in the regional file, shown before anything is written:
schools added or updated, figures changed, merged lists resized."""

from dataclasses import dataclass, field

from vqdesk.core.aggregate.library import MAX_PHOTOS_PER_SCHOOL
from vqdesk.core.kinds import format_value

#: Lists whose changes are the schools' own news, not figures (counted, not itemised).
_QUIET = {"submissions", "school_findings", "school_figures", "schools", "compliance_criteria", "school_photos"}
SHOWN_FIGURES = 30


@dataclass
class FigureChange:
    indicator: str
    name: str
    old: object
    new: object


@dataclass
class Changes:
    new_file: bool = False
    new_year: bool = False
    schools_added: list = field(default_factory=list)
    schools_updated: list = field(default_factory=list)
    schools_dropped: list = field(default_factory=list)   # aggregated before, not read this time
    figures: list = field(default_factory=list)           # FigureChange
    lists: list = field(default_factory=list)             # (title, old rows, new rows)
    photos: int | None = None                             # schools' photos copied into the library

    @property
    def empty(self) -> bool:
        return not (self.schools_added or self.schools_updated or self.figures or self.lists
                    or self.new_file or self.new_year)

    def summary(self) -> str:
        lines = ["将新建区域报告文件。" if self.new_file else ("将在文件中新增本年度。" if self.new_year
                                                         else "将更新文件中已有的本年度（正文、案例、大纲和设置保持不变）。")]
        for label, names in (("新增学校", self.schools_added), ("更新学校", self.schools_updated),
                             ("本次未提供（其数据将不再计入）", self.schools_dropped)):
            if names:
                lines.append(f"{label} {len(names)} 所：{'、'.join(names)}")
        if self.figures:
            lines.append(f"指标变化 {len(self.figures)} 项：")
            lines += [f"  {c.name}（{c.indicator}）：{_shown(c.old)} → {_shown(c.new)}"
                      for c in self.figures[:SHOWN_FIGURES]]
            if len(self.figures) > SHOWN_FIGURES:
                lines.append(f"  ……另有 {len(self.figures) - SHOWN_FIGURES} 项")
        for title, old, new in self.lists:
            lines.append(f"名单“{title}”：{old} 行 → {new} 行")
        if self.photos is not None:
            lines.append(f"各校图片 {self.photos} 张将放入图片库（只取各校报告中排入图片组的图片，"
                         f"每校至多 {MAX_PHOTOS_PER_SCHOOL} 张；上次汇总的图片库被替换，教育局自己的图片不变）。")
        if not self.new_file and not self.new_year and not self.figures and not self.lists:
            lines.append("指标和名单都没有变化。")
        return "\n".join(lines)


def _shown(value) -> str:
    if value is None:
        return "（空）"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return format_value(value, "decimal" if value != int(value) else "count")
    return str(value)


def compare(session, year: int, edition, values: dict, lists: dict) -> Changes:
    """The changes `values` and `lists` make to `session`'s year (None: a new file)."""
    changes = _compare(session, year, edition, values, lists)
    if "school_photos" in lists:
        changes.photos = len(lists["school_photos"])
    return changes


def _compare(session, year: int, edition, values: dict, lists: dict) -> Changes:
    if session is None or year not in session.years():
        earlier = _schools(session, session.latest_year()) if session is not None else set()
        new = {r["school"] for r in lists.get("submissions", []) if r.get("status") in ("已汇总", "校验有错误")}
        return Changes(new_file=session is None, new_year=session is not None,
                       schools_added=sorted(new - earlier) if session is not None else sorted(new),
                       schools_updated=sorted(new & earlier))
    before = _schools(session, year)
    after = {r["school"] for r in lists.get("submissions", []) if r.get("status") in ("已汇总", "校验有错误")}
    old = {k: v.content for k, v in session.values(year).items() if v.source == "aggregate"}
    changes = Changes(schools_added=sorted(after - before), schools_updated=sorted(after & before),
                      schools_dropped=sorted(before - after))
    for key in sorted(set(old) | set(values), key=lambda k: _order(edition, k)):
        if key[1] == "value" and not _same(old.get(key), values.get(key)):
            name = edition.indicator(key[0]).name if edition.has_indicator(key[0]) else key[0]
            changes.figures.append(FigureChange(key[0], name, old.get(key), values.get(key)))
    for list_id, rows in lists.items():
        count = len(session.records(year, list_id))
        if list_id not in _QUIET and count != len(rows):
            changes.lists.append((edition.record_list(list_id).title, count, len(rows)))
    return changes


def _schools(session, year) -> set:
    if session is None:
        return set()
    return {r.data.get("school") for r in session.records(year, "submissions")
            if r.data.get("status") in ("已汇总", "校验有错误")}


def _same(a, b) -> bool:
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) < 1e-9
    return a == b


def _order(edition, key):
    ids = list(edition._indicators_by_id)
    return (ids.index(key[0]) if key[0] in ids else len(ids), key[1])
