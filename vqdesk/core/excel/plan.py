"""What an import would change, computed before anything is written: cells (old -> new) and list
rows added, changed and removed, per sheet.  The CLI prints it (--dry-run), the app previews it,
and both apply it from here or as undoable commands.

Modes: MODE_UPDATE (only update and add: a row or cell the workbook lacks stays) and
MODE_WORKBOOK (the workbook is the truth: rows it lacks are removed, blank cells are cleared).
"""

import dataclasses
from dataclasses import dataclass, field

from vqdesk.core.derive import Figures
from vqdesk.core.kinds import format_value, normalise_text
from vqdesk.core.model import Record, Value

MODE_UPDATE = "update"
MODE_WORKBOOK = "workbook"
MODE_LABELS = {MODE_UPDATE: "只更新和新增", MODE_WORKBOOK: "以工作簿为准"}


@dataclass(frozen=True)
class CellChange:
    sheet: str
    indicator_id: str
    column: str
    label: str                 # “表1 毕业生人数” (+ the column when not the value)
    old: object
    new: object
    note: str | None = None
    derived: bool = False      # a computed cell: the number is kept as the school's reported value

    def describe(self) -> str:
        what = "报送值" if self.derived else ""
        return f"{self.label}{what}：{_shown(self.old)} → {_shown(self.new)}"


@dataclass(frozen=True)
class RowChange:
    record_id: int
    position: int
    fields: dict               # key -> (old, new)


@dataclass
class ListChange:
    sheet: str
    list_id: str
    title: str
    added: list = field(default_factory=list)      # [dict]
    changed: list = field(default_factory=list)    # [RowChange]
    removed: list = field(default_factory=list)    # [Record]
    labels: dict = field(default_factory=dict)     # field key -> label
    kept: int = 0                                  # rows of the list before the added ones

    def __bool__(self) -> bool:
        return bool(self.added or self.changed or self.removed)

    def lines(self) -> list[str]:
        out = [f"名单“{self.title}”新增第 {n} 行：{self.row_text(row)}" for n, row in self._added_numbers()]
        for ch in self.changed:
            parts = "；".join(f"{self.labels.get(k, k)} {_shown(a)} → {_shown(b)}" for k, (a, b) in ch.fields.items())
            out.append(f"名单“{self.title}”第 {ch.position + 1} 行修改：{parts}")
        out += [f"名单“{self.title}”删除第 {r.position + 1} 行：{self.row_text(r.data)}" for r in self.removed]
        return out

    def _added_numbers(self):
        return list(enumerate(self.added, start=self.kept + 1))

    def row_text(self, row: dict) -> str:
        return "、".join(str(v) for v in row.values() if v not in (None, "")) or "（空行）"


@dataclass
class ImportPlan:
    mode: str
    cells: list = field(default_factory=list)      # [CellChange]
    lists: list = field(default_factory=list)      # [ListChange], only lists that change

    @property
    def empty(self) -> bool:
        return not self.cells and not self.lists

    def counts(self) -> dict:
        return {"cells": len(self.cells), "added": sum(len(c.added) for c in self.lists),
                "changed": sum(len(c.changed) for c in self.lists),
                "removed": sum(len(c.removed) for c in self.lists)}

    def summary(self) -> str:
        if self.empty:
            return "工作簿中没有与报告不同的内容，没有要导入的内容。"
        c = self.counts()
        return (f"将修改指标 {c['cells']} 项；名单新增 {c['added']} 行、修改 {c['changed']} 行、"
                f"删除 {c['removed']} 行（{MODE_LABELS[self.mode]}）。")

    def by_sheet(self) -> dict:
        """sheet -> [lines], in workbook order."""
        out: dict[str, list[str]] = {}
        for cell in self.cells:
            out.setdefault(cell.sheet, []).append(cell.describe())
        for change in self.lists:
            out.setdefault(change.sheet, []).extend(change.lines())
        return out

    def text(self) -> str:
        lines = [self.summary()]
        for sheet, items in self.by_sheet().items():
            lines.append(f"【{sheet}】")
            lines += [f"  {line}" for line in items]
        return "\n".join(lines)


def plan_import(data, planned: list, lists: dict, list_sheets: dict, mode: str = MODE_UPDATE) -> ImportPlan:
    """The plan from what a workbook holds (`planned` cell values, `lists` of typed rows) against
    the report year `data` (a ReportData)."""
    plan = ImportPlan(mode)
    for list_id, rows in lists.items():
        change = _list_change(data, list_id, rows, list_sheets.get(list_id, ""), mode)
        if change:
            plan.lists.append(change)
    after = _figures_after(data, planned, plan.lists, mode)
    for value in planned:
        cell = _cell_change(data, after, value, mode)
        if cell is not None:
            plan.cells.append(cell)
    return plan


def apply_plan(session, year: int, plan: ImportPlan, source: str = "import"):
    """Write a plan in one transaction (the CLI; the app applies it as one undo step)."""
    with session.batch():
        for cell in plan.cells:
            session.set_value(year, cell.indicator_id, cell.new, column=cell.column, source=source, note=cell.note)
        for change in plan.lists:
            for ch in change.changed:
                for key, (_, new) in ch.fields.items():
                    session.update_record(ch.record_id, key, new, source=source)
            session.remove_records([record.id for record in change.removed])
            if change.added:
                session.append_records(year, change.list_id, change.added, source=source)


# -- cells -------------------------------------------------------------------------------------
def _cell_change(data, after: Figures, value, mode: str) -> CellChange | None:
    new = value.text if value.text is not None else value.number
    old_cell = data.values.get((value.indicator_id, value.column))
    old = old_cell.content if old_cell else None
    if new is None and mode == MODE_UPDATE:
        return None                    # a blank cell is not a deletion unless the workbook rules
    derived = value.column == "value" and data.edition.is_derived(value.indicator_id)
    if derived and old is None and _agrees(after.computed(value.indicator_id), new):
        new = None                     # the workbook repeats the computed figure: no reported value
    if new == old and (value.note is None or value.note == (old_cell.note if old_cell else None)):
        return None
    if new is None and old is None and not value.note:
        return None
    ind = data.edition.indicator(value.indicator_id)
    label = f"表{ind.table_no} {ind.name}"
    if value.column != "value":
        column = next((c.label for c in data.edition.table(ind.table_no).columns if c.key == value.column), value.column)
        label += f"·{column}"
    return CellChange(value.sheet, value.indicator_id, value.column, label, old, new, value.note, derived)


def _agrees(computed, number) -> bool:
    return computed is not None and isinstance(number, (int, float)) and abs(computed - number) < 0.005 + 1e-9


def _figures_after(data, planned: list, changes: list, mode: str) -> Figures:
    """The figures as they will be once the workbook is imported (derived cells compare with these)."""
    values = dict(data.values)
    for v in planned:
        if not data.edition.is_derived(v.indicator_id) and (v.number is not None or v.text is not None
                                                            or mode == MODE_WORKBOOK):
            values[(v.indicator_id, v.column)] = Value(v.number, v.text, "import", v.note or "")
    records = dict(data.records)
    for change in changes:
        gone = {r.id for r in change.removed}
        edits = {ch.record_id: ch.fields for ch in change.changed}
        kept = [dict(r.data, **{k: new for k, (_, new) in edits.get(r.id, {}).items()})
                for r in data.records.get(change.list_id, []) if r.id not in gone]
        merged = [{k: v for k, v in row.items() if v is not None} for row in kept] + list(change.added)
        records[change.list_id] = [Record(-1 - i, i, r) for i, r in enumerate(merged)]
    return Figures(dataclasses.replace(data, records=records, values=values, history={}))


# -- lists -------------------------------------------------------------------------------------
def _list_change(data, list_id: str, rows: list, sheet: str, mode: str) -> ListChange:
    rl = data.edition.record_list(list_id)
    current = list(data.records.get(list_id, []))
    change = ListChange(sheet, list_id, rl.title, labels={f.key: f.label for f in rl.fields})
    pairs, unmatched_new, unmatched_old = match_rows(rl, current, rows)
    for record, row in pairs:
        fields = _row_diff(record.data, row, mode)
        if fields:
            change.changed.append(RowChange(record.id, record.position, fields))
    change.added = [rows[i] for i in unmatched_new]
    if mode == MODE_WORKBOOK:
        change.removed = [current[i] for i in unmatched_old]
    change.kept = len(current) - len(change.removed)
    return change


def _row_diff(old: dict, new: dict, mode: str) -> dict:
    keys = list(new) + ([k for k in old if k not in new] if mode == MODE_WORKBOOK else [])
    return {k: (old.get(k), new.get(k)) for k in keys if old.get(k) != new.get(k)}


def match_rows(rl, current: list, rows: list):
    """Pairs (record, row) of the same entry, then the indexes of workbook rows and of records
    left without a partner.  Equal rows pair first, then rows with the same first two required
    fields, then the same first required field (only where unique on both sides)."""
    free_old, free_new = list(range(len(current))), list(range(len(rows)))
    pairs = []
    required = [f.key for f in rl.fields if f.required] or [rl.fields[0].key]
    for key_of in (lambda d: tuple(sorted((k, _norm(v)) for k, v in d.items())),
                   lambda d: tuple(_norm(d.get(k)) for k in required[:2]),
                   lambda d: _norm(d.get(required[0]))):
        old_keys = _unique(free_old, lambda i: key_of(current[i].data))
        new_keys = _unique(free_new, lambda i: key_of(rows[i]))
        for k, j in new_keys.items():
            if k in old_keys and _filled(k):
                pairs.append((old_keys[k], j))
        paired_old, paired_new = {a for a, _ in pairs}, {b for _, b in pairs}
        free_old = [i for i in free_old if i not in paired_old]
        free_new = [j for j in free_new if j not in paired_new]
    pairs.sort(key=lambda p: p[0])
    return [(current[i], rows[j]) for i, j in pairs], free_new, free_old


def _unique(indexes, key_of) -> dict:
    seen: dict = {}
    for i in indexes:
        seen.setdefault(key_of(i), []).append(i)
    return {k: v[0] for k, v in seen.items() if len(v) == 1}


def _filled(key) -> bool:
    return key not in ("", (), None) and not (isinstance(key, tuple) and all(k == "" for k in key))


def _norm(value) -> str:
    return "" if value is None else normalise_text(str(value))


def _shown(value) -> str:
    if value is None or value == "":
        return "（空）"
    if isinstance(value, float):
        return format_value(value, "decimal").removesuffix(".00")
    return str(value)


__all__ = ["ImportPlan", "CellChange", "ListChange", "RowChange", "plan_import", "apply_plan", "match_rows",
           "MODE_UPDATE", "MODE_WORKBOOK", "MODE_LABELS"]
