"""vqdesk's PDF export of the sample against LibreOffice turning vqdesk's own Word file of the same
report into a PDF (issue #16: target ratio at most 0.2), timed in the same run.

The DOCX is written once by vqdesk (its time is shown, not compared); LibreOffice then converts it
with `soffice --headless --convert-to pdf`, a new process each time as a user would run it, with a
private profile (made by one untimed warm-up run).  Skipped, with a note, when soffice is absent.
Usage: python benchmarks/pdf_vs_libreoffice.py [--repeat N]
"""

import shutil
import statistics
import subprocess
import time

from _common import emit, parser, sample_report, temp_folder, timings

from vqdesk.core.docx_export import build_docx
from vqdesk.core.pdf import build_pdf
from vqdesk.core.session import Session

TARGET_RATIO = 0.2


def main(repeat: int) -> dict:
    soffice = shutil.which("soffice")
    with temp_folder() as folder, Session.open(sample_report(folder), readonly=True) as session:
        pdf = folder / "年报.pdf"
        started = time.perf_counter()
        docx = build_docx(session.snapshot(), folder / "年报.docx", photo_data=session.photo_data)
        docx_s = time.perf_counter() - started
        if soffice is None:
            seconds = timings(lambda data: build_pdf(data, pdf, photo_data=session.photo_data), repeat,
                              prepare=session.snapshot)
            return emit("pdf_vs_libreoffice", seconds, "skipped: soffice (LibreOffice) not found",
                        ratio=None, target_ratio=TARGET_RATIO)
        out = folder / "lo"
        profile = (folder / "lo-profile").as_uri()
        command = [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                   "--outdir", str(out), str(docx)]
        subprocess.run(command, capture_output=True, check=True)          # warm-up: makes the profile
        pdf_s, lo_s = [], []
        for _ in range(max(1, repeat)):           # interleaved, so both see the same machine load
            pdf_s += timings(lambda data: build_pdf(data, pdf, photo_data=session.photo_data), 1,
                             prepare=session.snapshot)
            lo_s += timings(lambda _: subprocess.run(command, capture_output=True, check=True), 1)
        pages = _pages(pdf), _pages(out / "年报.pdf")
    ratio = statistics.median(pdf_s) / statistics.median(lo_s)
    print(f"vqdesk PDF export: median {statistics.median(pdf_s):.3f} s ({pages[0]} pages)")
    print(f"LibreOffice DOCX -> PDF: median {statistics.median(lo_s):.3f} s ({pages[1]} pages); "
          f"vqdesk's DOCX took {docx_s:.2f} s to write")
    print(f"ratio vqdesk / LibreOffice: {ratio:.2f} (target at most {TARGET_RATIO})")
    notes = (f"LibreOffice {statistics.median(lo_s):.2f} s, ratio {ratio:.2f} (target <= {TARGET_RATIO}); "
             f"docx written in {docx_s:.2f} s")
    return emit("pdf_vs_libreoffice", pdf_s, notes, ratio=ratio, target_ratio=TARGET_RATIO,
                libreoffice_s=lo_s, docx_s=docx_s, pages=pages[0], libreoffice_pages=pages[1])


def _pages(path) -> int:
    from pypdf import PdfReader  # a test dependency: pip install -e ".[test]"
    return len(PdfReader(path).pages)


if __name__ == "__main__":
    main(parser(__doc__, 3).parse_args().repeat)
