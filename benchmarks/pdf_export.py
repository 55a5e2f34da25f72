"""PDF export of the sample report's latest year, as `vqdesk export --pdf` writes it: cover,
declaration, contents, body with charts, photos and cases, annex tables, draft watermark.

Prints the export time, the file size and the page count, and the ratio to a bare single-pass
reportlab render of the same content in the same run (pdf_bare.py; issue #16's target: at most 2).
The first run also registers the CJK fonts (from the per-machine font cache when it is warm), so it
is shown apart in the notes, with the font set-up time.
Usage: python benchmarks/pdf_export.py [--repeat N]
"""

import statistics
import time

from _common import emit, parser, sample_report, temp_folder, timings
from pdf_bare import bare_render

from vqdesk.core.pdf import build_pdf
from vqdesk.core.session import Session


def main(repeat: int) -> dict:
    with temp_folder() as folder, Session.open(sample_report(folder), readonly=True) as session:
        fonts_cold = _font_setup()
        out, bare_out = folder / "年报.pdf", folder / "bare.pdf"
        seconds = timings(lambda data: build_pdf(data, out, photo_data=session.photo_data),
                          repeat, prepare=session.snapshot)
        bare = timings(lambda data: bare_render(data, bare_out, session.photo_data),
                       repeat, prepare=session.snapshot)
        size, pages, bare_pages = out.stat().st_size, _page_count(out), _page_count(bare_out)
    ratio = statistics.median(seconds) / statistics.median(bare)
    notes = (f"{pages} pages, {size / 2**20:.2f} MiB; first run {seconds[0]:.2f} s; "
             f"bare single-pass render {statistics.median(bare):.2f} s ({bare_pages} pages), "
             f"ratio {ratio:.2f} (target <= 2); font set-up {fonts_cold * 1000:.0f} ms")
    return emit("pdf_export", seconds, notes, size_bytes=size, pages=pages, bare_ratio=round(ratio, 3))


def _font_setup() -> float:
    """Seconds to find and register the fonts in this process (the font cache starts empty here)."""
    from vqdesk.core.pdf.fonts import resolve_fonts
    started = time.perf_counter()
    resolve_fonts()
    return time.perf_counter() - started


def _page_count(path) -> int:
    from pypdf import PdfReader  # a test dependency: pip install -e ".[test]"
    return len(PdfReader(path).pages)


if __name__ == "__main__":
    main(parser(__doc__, 5).parse_args().repeat)
