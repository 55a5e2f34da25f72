"""An edition (报告模板) as plain Python objects: outline, six tables, record lists, formulas."""

from dataclasses import dataclass, field
from functools import cached_property

from vqdesk.core.formula import Formula

LEVELS = {"school": "学校", "district": "区县", "city": "地市"}
APPLICABILITY = {"fill": "", "not_reported": "中职不填报", "gaozhi_only": "高职填报"}
SEVERITIES = ("error", "warning", "info")


@dataclass(frozen=True)
class Section:
    """A second-level heading with its own narrative (e.g. 2.1 立德树人)."""
    key: str
    title: str
    chapter_key: str
    required: bool = True
    min_chars: int = 0
    max_chars: int = 0           # 0 = no upper bound
    allow_subsections: bool = True
    hint: str = ""
    #: How sure a length outside min/max is wrong: the authority's hard rule is an error, a
    #: recommendation (or our own suggestion) a warning or a hint.
    length_severity: str = "warning"


@dataclass(frozen=True)
class Chapter:
    """A first-level part of the report; it may carry its own narrative (e.g. 面临挑战)."""
    key: str
    title: str
    sections: tuple = ()
    required: bool = True
    narrative: bool = False      # the chapter itself holds a narrative body
    min_chars: int = 0
    max_chars: int = 0
    hint: str = ""
    length_severity: str = "warning"


@dataclass(frozen=True)
class Column:
    key: str                     # value | respondents | method
    label: str
    kind: str = ""               # empty: the row's own kind


@dataclass(frozen=True)
class Indicator:
    """One row of a standard table.  `id` is the stable key everywhere (store, Excel, rules)."""
    id: str
    table_no: int
    seq: str
    name: str
    unit: str
    kind: str
    parent: str | None = None
    parent_basis: str | None = None
    starred: bool = False
    applicability: str = "fill"
    graduate_related: bool = False
    note: str = ""
    #: 口径: what the indicator counts and how (edition data, common/definitions-*.toml).
    definition: str = ""

    @property
    def applicable(self) -> bool:
        return self.applicability == "fill"

    @property
    def label(self) -> str:
        return self.name + ("*" if self.starred else "")


@dataclass(frozen=True)
class Group:
    """Rows related to a parent: a partition (sums exactly), overlap (each ≤ parent) or mean."""
    parent: str
    parts: tuple


@dataclass(frozen=True)
class SubTable:
    title: str
    instruction: str
    record_list: str


@dataclass(frozen=True)
class StandardTable:
    no: int
    title: str
    columns: tuple
    rows: tuple
    partitions: tuple = ()
    overlaps: tuple = ()
    means: tuple = ()
    sub_table: SubTable | None = None

    @property
    def caption(self) -> str:
        return f"表{self.no} {self.title}"


@dataclass(frozen=True)
class FieldDef:
    key: str
    label: str
    kind: str
    required: bool = False
    #: Not in the bureau's format, but worth a hint when left blank (分专业在校生's 年级: the seeds
    #: give per-major totals only).
    recommended: bool = False
    unit: str = ""
    options: tuple = ()
    pattern: str = ""
    pattern_hint: str = ""
    #: The bureau's option list is not closed: other text is kept and only hinted at.
    open: bool = False
    #: Approximate numbers (“1700余”, “100+”) are accepted and kept with their qualifier.
    approx: bool = False


@dataclass(frozen=True)
class RecordList:
    id: str
    title: str
    fields: tuple
    hint: str = ""

    def field(self, key: str) -> FieldDef:
        for f in self.fields:
            if f.key == key:
                return f
        raise KeyError(key)


@dataclass(frozen=True)
class Derived:
    """A value computed from others; `definition` says which base the edition uses."""
    id: str
    formula: Formula
    definition: str


@dataclass(frozen=True)
class KeyFigure:
    """A computed figure outside the six tables (率, 生均), for text, charts and standards."""
    id: str
    name: str
    unit: str
    kind: str
    formula: Formula
    definition: str
    graduate_related: bool = False


@dataclass(frozen=True)
class Check:
    """A cross-check: left op right must hold, otherwise a finding at `place`."""
    id: str
    left: Formula
    op: str
    right: Formula
    severity: str
    message: str
    place: str = ""


@dataclass(frozen=True)
class Standard:
    """A 办学条件达标 threshold."""
    id: str
    name: str
    figure: str                  # a key figure id or a formula such as [3.1]
    op: str
    threshold: float
    unit: str


@dataclass(frozen=True)
class AggregationRule:
    """How a regional value is built from schools' values: summed, or a weighted mean."""
    id: str
    method: str                  # sum | weighted_mean
    weight: Formula | None = None


@dataclass(frozen=True)
class ListMerge:
    """How a regional edition merges one school list: sum | per_school | offered_by | concat."""
    list_id: str
    how: str
    by: tuple = ()
    field: str = ""              # per_school: the field that receives the school's name


@dataclass(frozen=True)
class Criterion:
    """One 合规性 criterion the bureau scores each school on (edition data)."""
    id: str
    name: str
    figure: str                  # a figure id or a formula such as [3.1]
    op: str
    threshold: float
    points: float
    unit: str = ""


@dataclass(frozen=True)
class Numbering:
    chapter: str = "{n}"
    section: str = "{chapter}.{n}"
    tables: str = "per_chapter"
    figures: str = "per_chapter"


@dataclass(frozen=True)
class CaseRules:
    numbering: str = "per_chapter"
    max_chars: int = 1000
    min_chars: int = 0
    label: str = "案例"
    #: Severities of a case over max_chars / under min_chars: edition data, since the 1,000-字
    #: cap was a hard rule of the 2022 national outline only.
    max_severity: str = "error"
    min_severity: str = "warning"


@dataclass(frozen=True)
class FrontMatter:
    cover_title: str = "{school}中等职业教育质量年度报告（{year}年度）"
    declaration: bool = True
    declaration_text: str = ""
    publication: bool = True
    preface: bool = True
    preface_min_chars: int = 0
    preface_max_chars: int = 0
    preface_length_severity: str = "warning"
    back_cover: bool = True


@dataclass(frozen=True)
class Edition:
    id: str
    title: str
    level: str
    years: tuple
    chapters: tuple
    tables: tuple
    record_lists: tuple
    derived: dict = field(default_factory=dict)        # indicator id -> Derived
    key_figures: tuple = ()
    checks: tuple = ()
    standards: tuple = ()
    aggregation: dict = field(default_factory=dict)    # indicator id -> AggregationRule
    numbering: Numbering = Numbering()
    cases: CaseRules = CaseRules()
    front_matter: FrontMatter = FrontMatter()
    styles: dict = field(default_factory=dict)
    default_blocks: tuple = ()                         # editions.default_blocks.DefaultBlock
    authority: str = ""
    province: str = ""
    #: The severity of a typed table whose note names no source ([sources] typed_tables); ""
    #: when the edition does not ask for sources.
    source_severity: str = ""
    source: str = ""
    # regional editions (editions/regional.py): the school editions aggregated, the school
    # edition whose outline is taken, how lists merge, and the 合规性 criteria
    aggregates_from: tuple = ()
    extends: str = ""
    list_merge: dict = field(default_factory=dict)
    compliance: tuple = ()

    # -- lookups -------------------------------------------------------------------------------
    def indicators(self):
        for table in self.tables:
            yield from table.rows

    @cached_property
    def _indicators_by_id(self) -> dict:
        # Validation looks indicators up thousands of times per run; editions never change.
        return {row.id: row for row in self.indicators()}

    def indicator(self, indicator_id: str) -> Indicator:
        return self._indicators_by_id[indicator_id]

    def has_indicator(self, indicator_id: str) -> bool:
        return indicator_id in self._indicators_by_id

    def table(self, no: int) -> StandardTable:
        for table in self.tables:
            if table.no == no:
                return table
        raise KeyError(no)

    def sections(self):
        for chapter in self.chapters:
            yield from chapter.sections

    def section(self, key: str) -> Section:
        for section in self.sections():
            if section.key == key:
                return section
        raise KeyError(key)

    def chapter(self, key: str) -> Chapter:
        for chapter in self.chapters:
            if chapter.key == key:
                return chapter
        raise KeyError(key)

    def parts(self):
        """(key, title, required, chapter or section) of every outline part, in report order."""
        for chapter in self.chapters:
            yield chapter.key, chapter.title, chapter.required, chapter
            for section in chapter.sections:
                yield section.key, section.title, section.required, section

    def part(self, key: str):
        """The Chapter or Section with this key, or None."""
        return next((p for k, _, _, p in self.parts() if k == key), None)

    def record_list(self, list_id: str) -> RecordList:
        for rl in self.record_lists:
            if rl.id == list_id:
                return rl
        raise KeyError(list_id)

    def key_figure(self, figure_id: str) -> KeyFigure:
        for kf in self.key_figures:
            if kf.id == figure_id:
                return kf
        raise KeyError(figure_id)

    def is_derived(self, indicator_id: str) -> bool:
        return indicator_id in self.derived

    @property
    def level_label(self) -> str:
        return LEVELS[self.level]
