from vqdesk.ui.workers import ExportWorker


def test_pdf_worker_builds_from_its_own_session_and_reports_the_path(sample_copy, tmp_path, qtbot):
    out = tmp_path / "年报.pdf"
    worker = ExportWorker(sample_copy, 2025, out)
    with qtbot.waitSignal(worker.finished) as blocker:
        worker.run()
    assert (blocker.args, out.read_bytes()[:5]) == ([str(out)], b"%PDF-")
