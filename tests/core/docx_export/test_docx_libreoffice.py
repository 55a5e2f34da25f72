"""LibreOffice opens the exported file and prints it: `soffice --headless --convert-to pdf` succeeds
and its PDF has every heading and every table and figure caption, in order."""

import shutil
import subprocess

import pytest

from .reading import body_paragraphs, headings, pdf_text, squash, style_id, text_of

pytestmark = pytest.mark.skipif(shutil.which("soffice") is None,
                                reason="LibreOffice (soffice) is not installed; .ci/run installs it")


def convert(docx_path, out_dir):
    """soffice's PDF of the file, with a private profile so parallel runs do not clash."""
    profile = (out_dir / "lo-profile").as_uri()
    done = subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                           "--outdir", str(out_dir), str(docx_path)], capture_output=True, text=True, timeout=240)
    pdf = out_dir / (docx_path.stem + ".pdf")
    assert done.returncode == 0 and pdf.is_file(), done.stderr
    return pdf


def _in_order(needles, haystack) -> list:
    """The needles not found in haystack in their order (each searched after the previous one)."""
    missing, at = [], 0
    for needle in needles:
        found = haystack.find(squash(needle), at)
        if found < 0:
            missing.append(needle)
        else:
            at = found + len(squash(needle))
    return missing


def test_libreoffice_prints_every_heading_and_caption(sample_docx, sample_document, tmp_path):
    pdf = convert(sample_docx[0], tmp_path)
    text = squash(pdf_text(pdf))
    titles = [t for _, t in headings(sample_document)]
    captions = [text_of(p) for p in body_paragraphs(sample_document) if style_id(p) == "Caption"]
    assert len(titles) == 54 and len(captions) == 30
    body = text[text.find(squash(titles[0])):]          # after the 目录 pages
    assert _in_order(titles, body) == []
    assert _in_order(captions, body) == []
    assert sum(body.count(squash(t)) >= 1 for t in titles) == len(titles)
