"""Findings of validation: what is wrong, how sure we are, and exactly where."""

from dataclasses import asdict, dataclass

SEVERITY_LABELS = {"error": "错误", "warning": "警告", "info": "提示"}
SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


@dataclass(frozen=True)
class Place:
    """Where a finding points.  `kind` says which of the other attributes are meaningful:

    - "indicator": table (number), indicator (id), column ("value", "respondents", "method")
    - "section":   section (narrative key: "preface", a chapter or section key, or "sub:<id>")
    - "record":    list_id, row (0-based position; None = the whole list), field (key or None)
    - "case":      case_id (and section, the case's section key)
    - "photo":     photo_id
    - "profile":   field (profile key)
    - "report":    the report as a whole (year settings, edition)
    """
    kind: str
    table: int | None = None
    indicator: str | None = None
    column: str | None = None
    section: str | None = None
    list_id: str | None = None
    row: int | None = None
    field: str | None = None
    case_id: int | None = None
    photo_id: int | None = None

    def describe(self, edition=None) -> str:
        """A short Chinese label such as “表1 毕业生人数” or “名单 专业设置 第3行 专业代码”."""
        if self.kind == "indicator":
            name = self.indicator
            if edition is not None and edition.has_indicator(self.indicator):
                name = edition.indicator(self.indicator).name
            col = {"respondents": "（调查人次）", "method": "（调查方式）"}.get(self.column or "", "")
            return f"表{self.table} {name}{col}"
        if self.kind == "section":
            return f"章节 {_section_title(edition, self.section)}"
        if self.kind == "record":
            title = self.list_id
            label = self.field
            if edition is not None:
                try:
                    rl = edition.record_list(self.list_id)
                    title = rl.title
                    if self.field:
                        label = rl.field(self.field).label
                except KeyError:
                    pass
            text = f"名单 {title}"
            if self.row is not None:
                text += f" 第{self.row + 1}行"
            return text + (f" {label}" if label else "")
        if self.kind == "case":
            return f"案例（{_section_title(edition, self.section)}）"
        if self.kind == "photo":
            return "图片"
        if self.kind == "profile":
            from vqdesk.core.profile import profile_field
            try:
                return f"学校信息 {profile_field(self.field).label}"
            except KeyError:
                return f"学校信息 {self.field}"
        return "报告设置"


def _section_title(edition, key: str | None) -> str:
    if edition is None or key is None:
        return key or ""
    if key == "preface":
        return "前言"
    try:
        return edition.section(key).title
    except KeyError:
        try:
            return edition.chapter(key).title
        except KeyError:
            return key


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
