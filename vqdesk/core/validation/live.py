"""Validation kept current edit by edit, within a fraction of a frame.

The year stays in memory; after an edit `patch` re-reads only what the edit changed, and
`LiveValidation.update` re-runs only the rule units that read it (deps.py), reusing the others'
findings and, while the document is unchanged, its outline and reading order.  The findings are
exactly those of a fresh `validate()` of the same state (tests/core/validation/test_live.py).

    live = LiveValidation(session.snapshot(year))
    session.set_value(year, "1.1", 500)
    changes = changes_of("value", "1.1")        # {"values:1.1"}
    patch(live.data, session, changes)
    live.update(changes)                        # -> findings
"""

from vqdesk.core.document.tables import is_per_school
from vqdesk.core.model import ReportData

from . import UNITS, in_report_order, report_order
from .context import Context
from .deps import has_tokens, touched
from .outline import Outline


def patch(data: ReportData, session, changes: set) -> None:
    """Re-read from the session what `changes` (deps.changes_of) names, into `data`."""
    year = data.year
    for change in changes:
        resource, _, key = change.partition(":")
        if resource == "values":
            _patch_values(data, session, key)
        elif resource == "records":
            data.records[key] = session.records(year, key)
        elif resource == "profile":
            data.profile = session.profile(year)
        elif resource == "document":
            data.document = session.document(year)
        elif resource == "photos":
            data.photos = session.photos(year)
        elif resource == "masters":
            data.masters = session.masters()
        else:
            raise ValueError(f"unknown change {change!r}")


def _patch_values(data: ReportData, session, indicator_id: str):
    if not indicator_id or not data.edition.has_indicator(indicator_id):
        data.values = session.values(data.year)
        return
    table = data.edition.table(data.edition.indicator(indicator_id).table_no)
    for column in {"value", *(c.key for c in table.columns)}:
        cell = session.value(data.year, indicator_id, column)
        if cell is None:
            data.values.pop((indicator_id, column), None)
        else:
            data.values[(indicator_id, column)] = cell


class LiveValidation:
    """The findings of one report year in memory, updated per edit."""

    def __init__(self, data: ReportData):
        self.data = data
        self._results: dict[str, list] = {}
        #: id(table block) -> (list id, view) of the tables that show one record list: an edit
        #: of another list, a cell or the profile leaves them as they are (document.tables._list
        #: reads that list only), so they are not made again at every keystroke.
        self._list_views: dict = {}
        self._document = None
        self.findings: list = []
        self.update(None)

    def update(self, changes: set | None) -> list:
        """Re-run the rules that read what changed (None: all of them); `data` must already
        hold the new state (see `patch`).  Returns the findings, in report order."""
        data = self.data
        if data.document is not self._document:
            self._document = data.document
            self._outline = Outline(data.document)
            self._tokens = has_tokens(data.document)
            self._order = None
            changes = None if changes is None else changes | {"document"}
        reads = None if changes is None else touched(changes, data.edition, self._tokens)
        ctx = Context(data, self._outline, views=self._kept_views(changes))
        for name, rule, needs in UNITS:
            if reads is None or name not in self._results or needs & reads:
                self._results[name] = list(rule(ctx))
        self._keep_views(ctx)
        if self._order is None:
            self._order = report_order(ctx)
        self.findings = in_report_order([f for name, _, _ in UNITS for f in self._results[name]], self._order)
        return self.findings

    def _kept_views(self, changes: set | None) -> dict:
        if changes is None or "document" in changes or "records" in changes:
            self._list_views = {}
            return {}
        edited = {c.split(":", 1)[1] for c in changes if c.startswith("records:")}
        self._list_views = {k: v for k, v in self._list_views.items() if v[0] not in edited}
        return {k: view for k, (_, view) in self._list_views.items()}

    def _keep_views(self, ctx: Context):
        for _, block in self._outline.blocks:
            source = block.data.get("source") if block.kind == "table" else None
            if source and source.get("type") == "list" and not is_per_school(source) and id(block) in ctx.views:
                self._list_views[id(block)] = (source.get("list"), ctx.views[id(block)])
