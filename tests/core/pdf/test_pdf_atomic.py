"""Writing is atomic: a failure leaves no file behind and does not touch an existing one."""

import os

import pytest

from vqdesk.core.errors import VqdeskError
from vqdesk.core.pdf import build_pdf
from vqdesk.core.pdf.doctemplate import ReportDocTemplate


def test_build_pdf_failure_leaves_no_file(small_session, tmp_path, monkeypatch):
    def explode(self, story, **kw):
        with open(self.filename, "wb") as handle:
            handle.write(b"%PDF-1.4 partial")
        raise RuntimeError("layout failed")

    monkeypatch.setattr(ReportDocTemplate, "multiBuild", explode)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    with pytest.raises(RuntimeError):
        build_pdf(small_session.snapshot(2025), out_dir / "report.pdf")
    assert os.listdir(out_dir) == []


def test_build_pdf_failure_keeps_the_previous_file(small_session, tmp_path, monkeypatch):
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old version")
    monkeypatch.setattr(ReportDocTemplate, "multiBuild", lambda self, story, **kw: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        build_pdf(small_session.snapshot(2025), target)
    assert target.read_bytes() == b"old version"
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".pdf", ".tmp")) == ["report.pdf"]


def test_build_pdf_unwritable_folder_raises_chinese_error(small_session, tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("tempfile.mkstemp", refuse)
    with pytest.raises(VqdeskError) as info:
        build_pdf(small_session.snapshot(2025), tmp_path / "report.pdf")
    assert "没有写入权限" in str(info.value)
    assert not (tmp_path / "report.pdf").exists()


def test_build_pdf_target_locked_raises_chinese_error(small_session, tmp_path, monkeypatch):
    def locked(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("os.replace", locked)
    with pytest.raises(VqdeskError) as info:
        build_pdf(small_session.snapshot(2025), tmp_path / "report.pdf")
    assert "正被其他程序" in str(info.value)
    assert list(tmp_path.glob("*.pdf*")) == []


def test_build_pdf_missing_folder_raises_chinese_error(small_session, tmp_path):
    with pytest.raises(VqdeskError) as info:
        build_pdf(small_session.snapshot(2025), tmp_path / "nowhere" / "report.pdf")
    assert str(info.value) == f"无法保存 PDF：文件夹“{tmp_path / 'nowhere'}”不存在。"
