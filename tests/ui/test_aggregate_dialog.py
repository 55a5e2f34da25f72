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
