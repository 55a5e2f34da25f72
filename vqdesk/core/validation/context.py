"""What every rule needs: the report, its edition, computed figures and Chinese labels."""


from vqdesk.core.completeness import count_chars
from vqdesk.core.derive import Figures
from vqdesk.core.document.chart_data import chart_data
from vqdesk.core.document.tables import table_view
from vqdesk.core.findings import Finding, Place
from vqdesk.core.kinds import DECIMALS, format_value
from vqdesk.core.model import ReportData

from .deps import per_edition
from .outline import Outline


class Context:
    """One validation run over one report year.  Lookups are prepared once so each rule is a
    simple loop (the UI re-validates on every edit)."""

    def __init__(self, data: ReportData, outline: Outline | None = None, views: dict | None = None):
        self.data = data
        self.edition = data.edition
        self.figures = Figures(data)
        self.rows = per_edition(self.edition, "rows", lambda ed: {row.id: row for row in ed.indicators()})
        self.zhongzhi = data.report.school_type == "zhongzhi"
        self._names = per_edition(self.edition, "names", _qualified_names)
        # the live validation keeps the outline while the document is unchanged
        self.outline = outline if outline is not None else Outline(data.document)
        self._node_chars: dict = {}
        #: id(table block) -> its view; the live validation hands in the views an edit left valid
        self.views: dict = dict(views or {})
        self._charts: dict = {}
        self._memo: dict = {}
        self._texts = None

    def table_name(self, block) -> str:
        """How messages name a table: by its caption, else by where it stands."""
        return f"表格“{block.caption}”" if block.caption else f"{self.outline.name(block)}中的表格"

    def blocks(self) -> list:
        """(node, block) of every block in reading order (made once per document, see Outline)."""
        return self.outline.blocks

    def texts(self) -> list:
        """(text, place, where) of the preface and of every text block, cases' included (made
        once per run: several rules read them all)."""
        if self._texts is None:
            self._texts = list(self._all_texts())
        return self._texts

    def _all_texts(self):
        preface = self.data.settings.get("preface") or {}
        if preface.get("text"):
            yield (preface["text"], Place(kind="preface", label=preface.get("title")),
                   f"“{preface.get('title') or '前言'}”")
        yield from self.outline.text_blocks()

    def typed_tables(self):
        """The document's free tables (typed in, not bound to data), in document order."""
        for _, block in self.blocks():
            if block.kind == "table" and block.data.get("source") is None:
                yield block

    def memo(self, name: str, compute):
        """compute(self), made once per run and shared by the rules that need it."""
        if name not in self._memo:
            self._memo[name] = compute(self)
        return self._memo[name]

    def chart_values(self, block):
        """The numbers a chart block draws (document.chart_data), made once per run."""
        values = self._charts.get(id(block))
        if values is None:
            values = self._charts[id(block)] = chart_data(block, self.data.document, self.data, self.table_view,
                                                          self.outline.table_by_ref)
        return values

    def table_view(self, block):
        """The table block as printed (document.tables.table_view), made once per run."""
        view = self.views.get(id(block))
        if view is None:
            view = self.views[id(block)] = table_view(block, self.data)
        return view

    # -- indicators --------------------------------------------------------------------------
    def applicable(self, ind) -> bool:
        """Whether this school fills the cell (中职不填报 / 高职填报 cells are not for 中职)."""
        if ind.applicability == "fill":
            return True
        return not self.zhongzhi

    def expected(self, ind) -> bool:
        """Applicable and, for graduate-related rows, the school had graduates this year."""
        return self.applicable(ind) and not (ind.graduate_related and not self.data.report.has_graduates)

    def number(self, indicator_id: str, column: str = "value"):
        """The figure used by rules: computed for derived rows, stored otherwise; None if blank."""
        if column == "value":
            value = self.figures.get(indicator_id)
        else:
            value = self.data.value(indicator_id, column)
        return value if isinstance(value, (int, float)) else None

    def typed(self, indicator_id: str, column: str = "value"):
        value = self.data.value(indicator_id, column)
        return value if isinstance(value, (int, float)) else None

    def kind(self, indicator_id: str, column: str = "value") -> str:
        ind = self.rows[indicator_id]
        if column != "value":
            for col in self.edition.table(ind.table_no).columns:
                if col.key == column and col.kind:
                    return col.kind
        return ind.kind

    def label(self, indicator_id: str, column: str = "value") -> str:
        """“表1 升入本科人数”; a name used by several rows is qualified by its parents or unit."""
        ind = self.rows[indicator_id]
        suffix = {"respondents": "调查人次", "method": "调查方式"}.get(column, "")
        return f"表{ind.table_no} {self._names[indicator_id]}{suffix}"

    def show(self, indicator_id: str, value, column: str = "value") -> str:
        return show_number(value, self.kind(indicator_id, column))

    def place(self, indicator_id: str, column: str = "value") -> Place:
        return Place(kind="indicator", table=self.rows[indicator_id].table_no,
                     indicator=indicator_id, column=column)

    def at_indicator(self, severity, rule, indicator_id, message, column="value") -> Finding:
        return Finding(severity, rule, self.place(indicator_id, column), message)

    # -- text --------------------------------------------------------------------------------
    def char_count(self, text: str) -> int:
        """字数 as the editors' live count shows it: one function for both (bound fields count
        as the text they print)."""
        return count_chars(text, self.figures)

    def node_chars(self, node) -> int:
        """字数 of a heading's own text blocks, counted once per validation (parent headings'
        bounds count the same texts again)."""
        key = id(node)
        if key not in self._node_chars:
            self._node_chars[key] = self.char_count(node.text())
        return self._node_chars[key]

    def subtree_chars(self, node) -> int:
        """字数 of a heading and the headings below it (the counted characters simply add up)."""
        return sum(self.node_chars(n) for _, _, n in node.walk())


def _qualified_names(edition) -> dict:
    """Shortest unambiguous name per row: “省级数量” is “专业教学资源库数·省级数量”, and the twin rows
    in 门 and 学时 add their unit: “课证融通课程数（门）”."""
    names = {}
    for table in edition.tables:
        by_id = {r.id: r for r in table.rows}
        paths = {r.id: _path(r, by_id) for r in table.rows}
        for row in table.rows:
            path = paths[row.id]
            for size in range(1, len(path) + 1):
                tail = path[-size:]
                if sum(1 for p in paths.values() if p[-size:] == tail) == 1:
                    names[row.id] = "·".join(tail)
                    break
            else:
                names[row.id] = f"{row.name}（{row.unit}）"
    return names


def _path(row, by_id) -> tuple:
    path = [row.name]
    while row.parent in by_id and len(path) < 5:
        row = by_id[row.parent]
        path.insert(0, row.name)
    return tuple(path)


def show_number(value, kind: str) -> str:
    """A number as the report prints it; integers stay integers whatever the kind."""
    if value is None:
        return "（空）"
    if isinstance(value, str):
        return value
    if kind in ("count", "int", "year") and float(value).is_integer():
        return str(int(value))
    if kind == "text":
        kind = "decimal"
    return format_value(value, kind)


def decimals_of(value: float) -> int:
    """How many decimals a typed number was written with (90.4 -> 1, 90 -> 0)."""
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return len(text.split(".")[1]) if "." in text else 0


def tolerance(value: float, kind: str) -> float:
    """Half a unit of the last printed decimal of a typed value (0.005 for 2 decimals)."""
    places = min(decimals_of(value), DECIMALS.get(kind, 2))
    return 0.5 * 10 ** -places + 1e-9


__all__ = ["Context", "count_chars", "show_number", "decimals_of", "tolerance", "DECIMALS"]
