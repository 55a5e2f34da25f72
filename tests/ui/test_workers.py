from vqdesk.ui.workers import ExportWorker


def test_pdf_worker_builds_from_its_own_session_and_reports_the_path(sample_copy, tmp_path, qtbot):
    out = tmp_path / "年报.pdf"
    worker = ExportWorker(sample_copy, 2025, out)
    percents = []
    worker.progress.connect(lambda percent, _stage: percents.append(percent))
    with qtbot.waitSignal(worker.finished) as blocker:
        worker.run()
    assert (blocker.args, out.read_bytes()[:5]) == ([str(out), []], b"%PDF-")
    assert percents == sorted(percents) and percents[-1] == 100


def test_pdf_worker_cancelled_reports_it_and_writes_nothing(sample_copy, tmp_path, qtbot):
    out = tmp_path / "导出" / "年报.pdf"
    out.parent.mkdir()
    worker = ExportWorker(sample_copy, 2025, out)
    worker.progress.connect(lambda percent, _stage: percent >= 20 and worker.cancel())
    finished = []
    worker.finished.connect(lambda *args: finished.append(args))
    with qtbot.waitSignal(worker.cancelled):
        worker.run()
    assert not out.exists() and finished == []
    assert list(out.parent.iterdir()) == []
