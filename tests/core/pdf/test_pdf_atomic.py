"""Writing is atomic: a failure leaves no file behind and does not touch an existing one."""

import errno

import pytest

from vqdesk.core.pdf import PdfExportError, build_pdf
from vqdesk.core.pdf.doctemplate import ReportDocTemplate

#: A read-only folder (permission bits) or a read-only mount (root, CI): either is named.
READ_ONLY_REFUSAL = "没有写入权限|所在磁盘是只读的"


@pytest.fixture
def folder(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    return out


def listing(folder) -> dict:
    return {p.name: p.read_bytes() for p in folder.iterdir()}


def half_written_then(error):
    """A multiBuild that writes part of the file, then fails with `error`."""
    def build(self, story, **kw):
        with open(self.filename, "wb") as handle:
            handle.write(b"%PDF-1.4 partial")
        raise error
    return build


def test_build_pdf_failure_leaves_no_file(small_session, folder, monkeypatch):
    monkeypatch.setattr(ReportDocTemplate, "multiBuild", half_written_then(RuntimeError("layout failed")))
    with pytest.raises(RuntimeError):
        build_pdf(small_session.snapshot(2025), folder / "report.pdf")
    assert listing(folder) == {}


def test_build_pdf_failure_keeps_the_previous_file(small_session, folder, monkeypatch):
    (folder / "report.pdf").write_bytes(b"old version")
    monkeypatch.setattr(ReportDocTemplate, "multiBuild", lambda self, story, **kw: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        build_pdf(small_session.snapshot(2025), folder / "report.pdf")
    assert listing(folder) == {"report.pdf": b"old version"}


def test_build_pdf_full_disk(small_session, folder, monkeypatch):
    target = folder / "年报.pdf"
    target.write_bytes(b"old version")
    monkeypatch.setattr(ReportDocTemplate, "multiBuild",
                        half_written_then(OSError(errno.ENOSPC, "No space left on device")))
    with pytest.raises(PdfExportError) as info:
        build_pdf(small_session.snapshot(2025), target)
    assert str(info.value) == f"磁盘空间不足，无法保存“{target}”。请清理磁盘或另选保存位置。原有的同名文件保持不变。"
    assert listing(folder) == {"年报.pdf": b"old version"}


def test_build_pdf_unwritable_folder_raises_chinese_error(small_session, folder, monkeypatch):
    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")
    monkeypatch.setattr("vqdesk.core.atomic.tempfile.mkdtemp", refuse)
    target = folder / "年报.pdf"
    with pytest.raises(PdfExportError) as info:
        build_pdf(small_session.snapshot(2025), target)
    assert str(info.value) == f"无法写入“{target}”：没有写入权限（文件夹“{folder}”可能是只读的），请另选保存位置。"
    assert listing(folder) == {}


def test_build_pdf_read_only_folder_real(small_session, read_only):
    with pytest.raises(PdfExportError, match=READ_ONLY_REFUSAL):
        build_pdf(small_session.snapshot(2025), read_only / "年报.pdf")
    assert listing(read_only) == {}


def test_build_pdf_target_open_in_reader(small_session, folder, monkeypatch):
    target = folder / "年报.pdf"
    target.write_bytes(b"old version")

    def locked(src, dst):
        raise PermissionError(errno.EACCES, "The process cannot access the file")
    monkeypatch.setattr("vqdesk.core.atomic.os.replace", locked)
    with pytest.raises(PdfExportError) as info:
        build_pdf(small_session.snapshot(2025), target)
    assert str(info.value) == (f"文件“{target}”正被其他程序打开（例如 Excel 或 PDF 阅读器），请关闭后重试。"
                               f"原有的同名文件保持不变。")
    assert listing(folder) == {"年报.pdf": b"old version"}


def test_build_pdf_missing_folder_raises_chinese_error(small_session, tmp_path):
    target = tmp_path / "nowhere" / "report.pdf"
    with pytest.raises(PdfExportError) as info:
        build_pdf(small_session.snapshot(2025), target)
    assert str(info.value) == f"无法保存“{target}”：文件夹“{tmp_path / 'nowhere'}”不存在，请另选保存位置。"
