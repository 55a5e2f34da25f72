"""Session methods for imports you can see first: read a workbook, plan its changes, apply them
in one transaction (the app applies the same plan as one undo step instead).  The Excel
modules load only when used (openpyxl is slow to import)."""

from contextlib import contextmanager


class ImportMixin:
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
