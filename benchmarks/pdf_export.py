"""PDF export of the sample report's latest year (issue #5: target under 3 s), as
`vqdesk export --pdf` writes it: cover, declaration, contents, body with charts, photos and
cases, annex tables, draft watermark.  Prints the export time, the file size and the page count.

The first run also registers the CJK fonts, so it is shown apart in the notes.
Usage: python benchmarks/pdf_export.py [--repeat N]
"""

from _common import emit, parser, sample_report, temp_folder, timings

from vqdesk.core.pdf import build_pdf
from vqdesk.core.session import Session


def main(repeat: int) -> dict:
    with temp_folder() as folder, Session.open(sample_report(folder), readonly=True) as session:
        out = folder / "年报.pdf"
        seconds = timings(lambda data: build_pdf(data, out, photo_data=session.photo_data),
                          repeat, prepare=session.snapshot)
        size, pages = out.stat().st_size, _page_count(out)
    notes = f"{pages} pages, {size / 2**20:.2f} MiB; first run {seconds[0]:.2f} s"
    return emit("pdf_export", seconds, notes, size_bytes=size, pages=pages)


def _page_count(path) -> int:
    from pypdf import PdfReader  # a test dependency: pip install -e ".[test]"
    return len(PdfReader(path).pages)


if __name__ == "__main__":
    main(parser(__doc__, 5).parse_args().repeat)
