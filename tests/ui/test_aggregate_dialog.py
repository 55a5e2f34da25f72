"""Bureau mode: the 区域汇总 dialog builds a regional report from school files."""

from vqdesk.core.sample_region import write_region_samples
from vqdesk.core.session import Session
from vqdesk.ui.dialogs.aggregate_dialog import AggregateDialog


def test_dialog_requires_a_name_and_files(qtbot):
    dialog = AggregateDialog()
    qtbot.addWidget(dialog)
    assert dialog.problem() == "请填写区域名称。"
    dialog.name.setText("示例市")
    assert dialog.problem() == "请至少添加一所学校的文件。"


def test_dialog_runs_the_aggregation(qtbot, tmp_path):
    paths = write_region_samples(tmp_path / "学校", 2)
    dialog = AggregateDialog(year=2025)
    qtbot.addWidget(dialog)
    dialog.name.setText("示例市")
    dialog.add_files(paths + paths[:1])          # a file added twice counts once
    dialog.expected.setText("示例市第1机电工程学校、示例市第5现代服务学校")
    result = dialog.run(tmp_path / "示例市.vqd")
    assert [s.status for s in result.submissions] == ["已汇总", "已汇总", "未报送"]
    with Session.open(result.path, readonly=True) as s:
        assert s.report(2025).level == "city"


def test_dialog_previews_then_updates_an_existing_regional_file(qtbot, tmp_path):
    from vqdesk.ui.dialogs.aggregate_dialog import PreviewDialog
    paths = write_region_samples(tmp_path / "学校", 3)
    dialog = AggregateDialog(year=2025)
    qtbot.addWidget(dialog)
    dialog.name.setText("示例市")
    dialog.add_files(paths[:2])
    out = tmp_path / "示例市.vqd"
    dialog.run(out)
    dialog.add_files(paths[2:])
    preview = PreviewDialog(None, dialog.run(out, dry_run=True))
    qtbot.addWidget(preview)
    assert "新增学校 1 所：示例市第3信息工程学校" in preview.text.toPlainText()
    assert "更新学校 2 所" in preview.text.toPlainText()
    with Session.open(out, readonly=True) as s:
        assert len(s.records(2025, "submissions")) == 2          # the preview wrote nothing
    dialog.run(out)
    with Session.open(out, readonly=True) as s:
        assert len(s.records(2025, "submissions")) == 3


def test_status_page_lists_files_and_error_counts_and_exports_them(qtbot, tmp_path):
    from openpyxl import load_workbook

    from vqdesk.core.aggregate import aggregate_files
    from vqdesk.ui.dialogs.submission_status import SubmissionStatusDialog
    paths = write_region_samples(tmp_path / "学校", 2)
    result = aggregate_files(tmp_path / "示例市.vqd", level="city", name="示例市", year=2025, inputs=paths,
                             expected=["示例市第9学校"])
    with Session.open(result.path, readonly=True) as s:
        dialog = SubmissionStatusDialog(None, s.snapshot(2025))
    qtbot.addWidget(dialog)
    cells = [[dialog.tables["报送情况"].item(r, c).text() for c in range(4)] for r in range(3)]
    assert [row[0] for row in cells] == ["示例市第1机电工程学校", "示例市第2交通运输学校", "示例市第9学校"]
    assert cells[0][2:] == ["示例市第1机电工程学校.vqd", "0"]
    book = load_workbook(dialog.export(tmp_path / "内部.xlsx"))
    assert [row[1] for row in book["报送情况"].values] == ["状态", "已汇总", "已汇总", "未报送"]
