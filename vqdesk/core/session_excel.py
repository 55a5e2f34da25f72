"""Session methods for Excel imports you can see first: read a workbook, plan its changes, apply them
in one transaction (the app applies the same plan as one undo step instead).  The Excel
modules load only when used (openpyxl is slow to import)."""

from contextlib import contextmanager


class ExcelImportMixin:
    @contextmanager
    def batch(self):
        """Several writes as one transaction: all of them or none (an import, a pasted block)."""
        with self._write():
            yield

    def plan_workbook_import(self, year, path, mode: str = "update"):
        """(WorkbookContent, ImportPlan): what importing `path` would change; writes nothing."""
        from vqdesk.core.excel.importer import plan_workbook, read_workbook
        content = read_workbook(self, year, path)
        return content, plan_workbook(self, year, content, mode)

    def apply_import_plan(self, year, plan):
        from vqdesk.core.excel.plan import apply_plan
        apply_plan(self, self.report(year).year, plan)

    def append_records(self, year, list_id: str, rows: list[dict], source: str = "import") -> list[int]:
        """Add many rows at the end of a list in one statement (an import of 10 000 rows must
        not renumber the list per row); all rows are checked first.  Returns the new ids."""
        import json
        from datetime import datetime
        report = self.report(year)
        rl = self._list_def(report, list_id)
        values = [self.coerce_record(report.year, list_id, r, rl) for r in rows]
        now = datetime.now().isoformat(timespec="seconds")
        with self._write():
            start = self.db.execute("SELECT COUNT(*) FROM record_rows WHERE report_id = ? AND list_id = ?",
                                    [report.id, list_id]).fetchone()[0]
            self.db.conn.executemany(
                "INSERT INTO record_rows (report_id, list_id, position, data, source, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [(report.id, list_id, start + i, json.dumps(v, ensure_ascii=False), source, now)
                 for i, v in enumerate(values)])
            ids = [r[0] for r in self.db.execute(
                "SELECT id FROM record_rows WHERE report_id = ? AND list_id = ? AND position >= ? "
                "ORDER BY position", [report.id, list_id, start])]
            self._log(report.year, "append_records", f"{report.year}/record/{list_id}", None, values)
        return ids

    def remove_records(self, record_ids: list[int]):
        """Remove many rows of one list, renumbering it once."""
        if not record_ids:
            return
        rows = [self._row("record_rows", record_id, "名单行") for record_id in record_ids]
        year = self._year_of(rows[0]["report_id"])
        import json
        with self._write():
            self.db.conn.executemany("DELETE FROM record_rows WHERE id = ?", [(r["id"],) for r in rows])
            for report_id, list_id in {(r["report_id"], r["list_id"]) for r in rows}:
                self._renumber("record_rows", report_id, list_id)
            self._log(year, "remove_records", f"{year}/record/{rows[0]['list_id']}",
                      [json.loads(r["data"]) for r in rows], None)
