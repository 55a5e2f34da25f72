"""What a report year holds, as plain objects read from the store (never SQL rows or dicts)."""

from dataclasses import dataclass, field

from vqdesk.core.document.model import Document
from vqdesk.core.editions.model import Edition

SCHOOL_TYPES = {"zhongzhi": "中职", "gaozhi": "高职"}
SOURCES = {"manual": "手工填写", "import": "Excel 导入", "copy": "从上一年复制",
           "aggregate": "汇总计算", "sample": "示例数据",
           "reported": "学校填报值（选定打印）"}


@dataclass(frozen=True)
class Report:
    """One report year of the file."""
    id: int
    year: int
    edition_id: str
    level: str = "school"
    school_type: str = "zhongzhi"
    period_start: str = ""
    period_end: str = ""
    has_graduates: bool = True


@dataclass(frozen=True)
class Value:
    """A stored indicator cell: a number or a text, where it came from, and an optional note."""
    number: float | None = None
    text: str | None = None
    source: str = "manual"
    note: str = ""

    @property
    def content(self):
        return self.text if self.text is not None else self.number


@dataclass(frozen=True)
class Photo:
    """A stored image; photos blocks of the document refer to it by id and print its caption."""
    id: int
    caption: str
    filename: str
    mime: str
    width: int | None = None
    height: int | None = None


@dataclass(frozen=True)
class Record:
    """One row of a record list; `data` maps field keys to typed values."""
    id: int
    position: int
    data: dict
    source: str = "manual"

    def get(self, key, default=None):
        return self.data.get(key, default)


@dataclass(frozen=True)
class MasterEntry:
    """A canonical name (major or organisation) with the aliases that resolve to it."""
    id: int
    kind: str
    name: str
    code: str = ""
    aliases: tuple = ()


@dataclass
class ReportData:
    """A whole report year in memory: what validation, exports and the PDF work from."""
    report: Report
    edition: Edition
    profile: dict = field(default_factory=dict)
    values: dict = field(default_factory=dict)        # (indicator id, column key) -> Value
    document: Document = field(default_factory=Document)   # outline, blocks and settings
    photos: list = field(default_factory=list)        # [Photo] the document's photos blocks refer to
    records: dict = field(default_factory=dict)       # list id -> [Record]
    masters: list = field(default_factory=list)
    history: dict = field(default_factory=dict)       # other years of the same file: year -> ReportData

    @property
    def year(self) -> int:
        return self.report.year

    def value(self, indicator_id: str, column: str = "value"):
        """The stored number or text of a cell, or None when blank."""
        cell = self.values.get((indicator_id, column))
        return None if cell is None else cell.content

    def rows(self, list_id: str) -> list[dict]:
        return [r.data for r in self.records.get(list_id, [])]

    @property
    def settings(self) -> dict:
        return self.document.settings

    def photo(self, photo_id: int) -> Photo | None:
        return next((p for p in self.photos if p.id == photo_id), None)
