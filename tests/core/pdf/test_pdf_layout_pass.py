"""The first pass of a report with contents pages only lays out: its pictures, text and charts are
not painted, what is saved comes from a painted pass, and the output is the same as painting twice."""

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate

from vqdesk.core.pdf import build_pdf
from vqdesk.core.pdf.layout_pass import LayoutCanvas

from .reports import node, pdf_pages, photo, png_bytes, report, text


def _photo_report():
    photos = {"kind": "photos", "items": [{"photo": 1}, {"photo": 2}]}
    return report([node("基本情况", text("t", "学校坚持产教融合。"), photos)],
                  photo_list=[photo(1, "实训车间"), photo(2, "校园一角")])


def test_pictures_are_painted_once_not_once_per_pass(tmp_path, monkeypatch):
    painted, laid_out = [], []
    real = Canvas.drawImage

    def counting(self, image, *args, **kwargs):
        (laid_out if isinstance(self, LayoutCanvas) else painted).append(image)
        return real(self, image, *args, **kwargs)
    monkeypatch.setattr(Canvas, "drawImage", counting)
    monkeypatch.setattr(LayoutCanvas, "drawImage", lambda self, image, *a, **k: laid_out.append(image))
    build_pdf(_photo_report(), tmp_path / "p.pdf", photo_data=lambda pid: png_bytes())
    # Two photos and the draft mark's one form: painted in the saved pass only.
    assert len(painted) == 3
    assert len(laid_out) == 3


def test_a_first_pass_that_needs_no_second_is_followed_by_a_painted_one(tmp_path, monkeypatch):
    monkeypatch.setattr(BaseDocTemplate, "_allSatisfied", lambda self: True)
    out = build_pdf(_photo_report(), tmp_path / "p.pdf", photo_data=lambda pid: png_bytes())
    flat = "".join(pdf_pages(out))
    assert "学校坚持产教融合" in flat
    assert "实训车间" in flat


def test_the_laid_out_pass_gives_the_same_pages_as_a_painted_one(tmp_path, monkeypatch):
    data = _photo_report()
    fast = pdf_pages(build_pdf(data, tmp_path / "fast.pdf", photo_data=lambda pid: png_bytes()))
    monkeypatch.setattr("vqdesk.core.pdf.doctemplate.LayoutCanvas", Canvas)
    slow = pdf_pages(build_pdf(data, tmp_path / "slow.pdf", photo_data=lambda pid: png_bytes()))
    assert fast == slow
