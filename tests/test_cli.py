"""The `vqdesk` command line: Chinese messages, non-zero exit codes, never a traceback."""

import subprocess
import sys

import pytest

from vqdesk.cli import main
from vqdesk.core.session import Session


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_templates_lists_the_three_editions(capsys):
    code, out, _ = run(capsys, "templates")
    assert code == 0
    lines = out.strip().splitlines()
    assert {"gansu-2023", "liaoning-2023", "national-2024"} <= {line.split("\t")[0] for line in lines}
    assert "national-2024\t全国中职学校质量年度报告（2024年度起，7部分）\t学校\t2024、2025" in lines


def test_new_then_info(capsys, tmp_path):
    path = tmp_path / "新 学校"
    code, out, _ = run(capsys, "new", str(path), "--school", "示例县职业教育中心", "--year", "2025",
                       "--edition", "national-2024", "--province", "甘肃省")
    assert code == 0 and "已创建" in out
    code, out, _ = run(capsys, "info", str(path.with_suffix(".vqd")))
    assert code == 0
    assert "学校：示例县职业教育中心" in out and "年度：2025" in out
    assert "未填写  人才培养·立德树人：0 字（至少 100 字）" in out
    assert "未填写  表1 人才培养质量计分卡：已填 0/12 项" in out


def test_demo_writes_the_sample_that_info_reads(capsys, tmp_path):
    path = tmp_path / "示例.vqd"
    assert run(capsys, "demo", str(path))[0] == 0
    code, out, _ = run(capsys, "info", str(path), "--year", "2025")
    assert code == 0
    assert "学校：示例市机电工程学校　学校标识码：3121000187" in out
    assert "年度：2023、2024、2025" in out
    assert "已完成  表6 落实政策表" in out and "案例 12 个" in out


@pytest.mark.parametrize("args, message", [
    (["info", "不存在.vqd"], "错误：找不到文件“不存在.vqd”。"),
    (["new", "x.vqd", "--school", "a", "--year", "2025", "--edition", "nope"], "错误：找不到模板“nope”"),
])
def test_errors_are_chinese_sentences_with_exit_code_1(capsys, tmp_path, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    code, _, err = run(capsys, *args)
    assert code == 1 and err.startswith(message) and "Traceback" not in err


def test_usage_errors_exit_with_code_2(capsys):
    with pytest.raises(SystemExit) as info:
        main(["new", "x.vqd"])
    assert info.value.code == 2
    assert "参数错误：缺少必需的参数" in capsys.readouterr().err


def test_new_refuses_to_overwrite(capsys, tmp_path):
    path = tmp_path / "a.vqd"
    Session.create(path, school="甲", year=2025, edition_id="liaoning-2023").close()
    code, _, err = run(capsys, "new", str(path), "--school", "乙", "--year", "2025", "--edition", "liaoning-2023")
    assert code == 1 and "已存在，不会覆盖" in err


def test_python_dash_m_entry_point_works(tmp_path):
    result = subprocess.run([sys.executable, "-m", "vqdesk", "templates"], capture_output=True, text=True,
                            encoding="utf-8")
    assert result.returncode == 0 and "liaoning-2023" in result.stdout


def test_aggregate_builds_a_city_report_from_demo_schools(capsys, tmp_path):
    assert run(capsys, "demo", str(tmp_path / "schools"), "--region", "3")[0] == 0
    expect = tmp_path / "名单.txt"
    expect.write_text("示例市第1机电工程学校\n示例市第9艺术学校\n", encoding="utf-8")
    inputs = sorted(str(p) for p in (tmp_path / "schools").glob("*.vqd"))
    code, out, _ = run(capsys, "aggregate", str(tmp_path / "示例市"), "--level", "city", "--name", "示例市",
                       "--year", "2025", "--expect", str(expect), *inputs)
    assert code == 0
    assert "汇总学校 3 所，其中校验有错误 0 所。" in out and "示例市第9艺术学校：未报送" in out
    code, out, _ = run(capsys, "info", str(tmp_path / "示例市.vqd"))
    assert "地市报告" in out


def test_export_then_import_round_trip_and_validate(capsys, tmp_path):
    path = tmp_path / "示例.vqd"
    run(capsys, "demo", str(path))
    code, out, _ = run(capsys, "validate", str(path), "--year", "2025")
    assert code == 0 and out.strip().endswith("2025 年度：错误 0 个，警告 0 个，提示 0 个")
    xlsx = tmp_path / "指标 表.xlsx"
    code, out, _ = run(capsys, "export", str(path), "--xlsx", str(xlsx))
    assert code == 0 and xlsx.exists()
    fresh = tmp_path / "新.vqd"
    run(capsys, "new", str(fresh), "--school", "示例市机电工程学校", "--year", "2025", "--edition", "liaoning-2023")
    code, out, err = run(capsys, "import", str(fresh), str(xlsx))
    assert code == 0, err
    assert out.startswith("已导入 2025 年度：指标")


def test_validate_json_lists_findings_with_places(capsys, tmp_path):
    path = tmp_path / "a.vqd"
    run(capsys, "new", str(path), "--school", "甲校", "--year", "2025", "--edition", "liaoning-2023")
    import json
    code, out, _ = run(capsys, "validate", str(path), "--json")
    report = json.loads(out)
    assert code == 3 and report["counts"]["error"] > 0
    first = report["findings"][0]
    assert set(first) == {"severity", "severity_label", "rule", "place", "where", "message"}
