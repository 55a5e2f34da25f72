"""Findings of validation: what is wrong, how sure we are, and exactly where."""

from dataclasses import asdict, dataclass

SEVERITY_LABELS = {"error": "错误", "warning": "警告", "info": "提示"}
SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
#: What `describe` says of a document place whose label was not filled in.
_UNLABELLED = {"node": "章节", "block": "正文内容", "preface": "前言", "outline": "报告大纲"}


@dataclass(frozen=True)
class Place:
    """Where a finding points.  `kind` says which of the other attributes are meaningful:

    - "indicator": table (number), indicator (id), column ("value", "respondents", "method")
    - "node":      node (store id of an outline heading)
    - "block":     block (store id of a text, table, chart, photos or case block, or of a block
                   inside a case) and node (the heading that holds it)
    - "preface":   the preface (settings.preface)
    - "outline":   part (key of a required edition part that no heading carries)
    - "record":    list_id, row (0-based position; None = the whole list), field (key or None)
    - "profile":   field (profile key)
    - "report":    the report as a whole (year settings, edition)

    Document places carry `label`, what the user sees there (“2 人才培养 › 2.1 立德树人”,
    “案例：校企共育高技能人才”): ids and keys are for the program, never for messages.
    """
    kind: str
    table: int | None = None
    indicator: str | None = None
    column: str | None = None
    list_id: str | None = None
    row: int | None = None
    field: str | None = None
    node: int | None = None
    block: int | None = None
    part: str | None = None
    label: str | None = None

    def describe(self, edition=None) -> str:
        """A short Chinese label such as “表1 毕业生人数” or “名单 专业设置 第3行 专业代码”."""
        if self.kind == "indicator":
            name = self.indicator
            if edition is not None and edition.has_indicator(self.indicator):
                name = edition.indicator(self.indicator).name
            col = {"respondents": "（调查人次）", "method": "（调查方式）"}.get(self.column or "", "")
            return f"表{self.table} {name}{col}"
        if self.kind in _UNLABELLED:
            return self.label or _UNLABELLED[self.kind]
        if self.kind == "record":
            return _describe_record(self, edition)
        if self.kind == "profile":
            from vqdesk.core.profile import profile_field, profile_set
            level = getattr(edition, "level", "school")
            try:
                return f"{profile_set(level).title} {profile_field(self.field, level).label}"
            except KeyError:
                return f"{profile_set(level).title} {self.field}"
        return "报告设置"


def _describe_record(place: Place, edition) -> str:
    title, label = place.list_id, place.field
    if edition is not None:
        try:
            rl = edition.record_list(place.list_id)
            title = rl.title
            if place.field:
                label = rl.field(place.field).label
        except KeyError:
            pass
    text = f"名单 {title}"
    if place.row is not None:
        text += f" 第{place.row + 1}行"
    return text + (f" {label}" if label else "")


@dataclass(frozen=True)
class Finding:
    """One problem found in a report.  `message` is Chinese and names the numbers involved."""
    severity: str          # error | warning | info
    rule: str              # e.g. "R1" or "R1.parent" — stable, used to filter and to test
    place: Place
    message: str

    @property
    def severity_label(self) -> str:
        return SEVERITY_LABELS[self.severity]

    def to_dict(self, edition=None) -> dict:
        return {"severity": self.severity, "severity_label": self.severity_label, "rule": self.rule,
                "place": {k: v for k, v in asdict(self.place).items() if v is not None},
                "where": self.place.describe(edition), "message": self.message}


def sort_findings(findings):
    return sorted(findings, key=lambda f: SEVERITY_ORDER[f.severity])
