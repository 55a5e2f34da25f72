"""Long exports report progress, can be cancelled, and leave nothing behind when they are."""

import pytest

from vqdesk.core.findings import Finding, Place
from vqdesk.core.pdf import ExportCancelled, build_pdf, is_draft


def test_build_pdf_reports_rising_progress_to_completion(small_session, tmp_path):
    seen = []
    build_pdf(small_session.snapshot(2025), tmp_path / "r.pdf", progress=lambda f, stage: seen.append((f, stage)))
    fractions = [f for f, _ in seen]
    assert fractions == sorted(fractions)
    assert fractions[0] == 0.0 and seen[-1] == (1.0, "完成")
    layout = [f for f, stage in seen if stage == "正在排版"]
    assert layout and layout[-1] >= 0.85         # one pass fills the bar: it does not wait for more
    assert len(seen) <= 101                      # at most one call per percent


def test_build_pdf_cancelled_midway_writes_nothing_and_keeps_the_old_file(small_session, tmp_path):
    out = tmp_path / "out" / "r.pdf"
    out.parent.mkdir()
    out.write_bytes(b"%PDF-old")

    def cancel_at_half(fraction, _stage):
        return fraction < 0.5

    with pytest.raises(ExportCancelled, match="已取消导出 PDF"):
        build_pdf(small_session.snapshot(2025), out, progress=cancel_at_half)
    assert out.read_bytes() == b"%PDF-old"
    assert [p.name for p in out.parent.iterdir()] == ["r.pdf"]


def test_a_cancel_while_saving_writes_nothing_and_one_after_saving_is_too_late(small_session, tmp_path):
    """取消 pressed while reportlab writes the file still cancels; pressed once the file is in
    place, it is too late: the export reports success (the file is there) instead of a cancel."""
    data = small_session.snapshot(2025)
    folder = tmp_path / "out"
    folder.mkdir()
    saving = folder / "saving.pdf"

    def saved_but_not_in_place():              # reportlab has written the work copy
        return any(p.name == saving.name for p in folder.rglob("*")) and not saving.exists()
    with pytest.raises(ExportCancelled):
        build_pdf(data, saving, cancelled=saved_but_not_in_place)
    assert list(folder.iterdir()) == []
    done = folder / "done.pdf"
    assert build_pdf(data, done, progress=lambda fraction, stage: fraction < 1.0) == done
    assert done.read_bytes().startswith(b"%PDF")


def test_draft_only_when_errors_remain_and_final_was_not_asked_for():
    error = Finding("error", "R1", Place(kind="indicator"), "表1 …")
    warning = Finding("warning", "R4", Place(kind="indicator"), "表1 …")
    assert is_draft([error, warning], final=False)
    assert not is_draft([error], final=True)
    assert not is_draft([warning], final=False)
    assert not is_draft([], final=False)
