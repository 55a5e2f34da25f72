"""Excel export of the sample report's latest year: the six standard tables, record lists,
近三年对比 and the findings sheet, as `vqdesk export --xlsx` writes them.

Validation runs before the timer (it has its own benchmark); each run exports a fresh snapshot.
Usage: python benchmarks/excel_export.py [--repeat N]
"""

from _common import emit, parser, sample_report, temp_folder, timings

from vqdesk import __version__
from vqdesk.core.excel import export_workbook
from vqdesk.core.session import Session
from vqdesk.core.validation import validate


def main(repeat: int) -> dict:
    with temp_folder() as folder, Session.open(sample_report(folder), readonly=True) as session:
        findings = validate(session.snapshot())
        out = folder / "指标表.xlsx"
        seconds = timings(lambda data: export_workbook(data, out, findings=findings, app_version=__version__),
                          repeat, prepare=session.snapshot)
        size, sheets = out.stat().st_size, _sheet_count(out)
    notes = f"{size / 1024:.0f} KiB, {sheets} sheets; first run {seconds[0]:.2f} s"
    return emit("excel_export", seconds, notes, size_bytes=size, sheets=sheets)


def _sheet_count(path) -> int:
    from openpyxl import load_workbook
    workbook = load_workbook(path, read_only=True)
    try:
        return len(workbook.sheetnames)
    finally:
        workbook.close()


if __name__ == "__main__":
    main(parser(__doc__, 5).parse_args().repeat)
