"""The `vqdesk` command line: Chinese messages, non-zero exit codes, never a traceback."""

import os
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
    assert "未填写  一、人才培养 › （一）立德树人：0 字（至少 100 字）" in out
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


# -- backups and restore -----------------------------------------------------------------------

def _value(path):
    with Session.open(path, readonly=True) as s:
        return s.value(2025, "6.1").number


def test_backups_lists_the_automatic_backups_newest_first(capsys, sample_copy):
    code, out, _ = run(capsys, "backups", str(sample_copy))
    assert code == 0 and out.strip() == "“样例 副本.vqd”还没有自动备份。每次打开文件编辑时会自动备份。"
    for value in (1601, 1602):
        with Session.open(sample_copy) as s:
            s.set_value(2025, "6.1", value)
    code, out, _ = run(capsys, "backups", str(sample_copy))
    lines = out.strip().splitlines()
    assert code == 0 and lines[0] == "“样例 副本.vqd”的自动备份（保留最近 10 份，最新的在前）："
    assert [line.split()[0] for line in lines[1:3]] == ["1", "2"]
    assert "KB  示例市机电工程学校 · 2023、2024、2025 年度（最后修改于 " in lines[1]
    assert lines[-1] == f"恢复：vqdesk restore {sample_copy} --backup 编号"


def test_restore_from_a_numbered_backup_or_another_file(capsys, sample_copy, tmp_path):
    original = _value(sample_copy)
    for value in (1601, 1602):
        with Session.open(sample_copy) as s:
            s.set_value(2025, "6.1", value)
    code, out, _ = run(capsys, "restore", str(sample_copy), "--backup", "2")
    assert code == 0 and out.startswith("已用 ") and "的备份恢复“样例 副本.vqd”。" in out
    assert "恢复前的内容已保存为备份" in out and _value(sample_copy) == original
    other = tmp_path / "别处的副本.vqd"
    Session.create(other, school="乙校", year=2025, edition_id="liaoning-2023").close()
    code, out, _ = run(capsys, "restore", str(sample_copy), "--from", str(other))
    assert code == 0 and out.startswith("已用文件“别处的副本.vqd”恢复“样例 副本.vqd”。")
    with Session.open(sample_copy, readonly=True) as s:
        assert s.profile(2025)["name"] == "乙校"
    code, _, err = run(capsys, "restore", str(sample_copy), "--backup", "9")
    assert code == 1 and err.startswith("错误：没有编号为 9 的备份：“样例 副本.vqd”共有 4 份备份")


def test_restore_needs_a_source(capsys, sample_copy):
    with pytest.raises(SystemExit) as info:
        main(["restore", str(sample_copy)])
    assert info.value.code == 2
    assert "参数错误：必须指定以下参数之一：--backup --from" in capsys.readouterr().err


def test_keep_sets_how_many_backups_are_kept(capsys):
    from vqdesk.core.store.backups import keep_count
    code, out, _ = run(capsys, "backups", "--keep", "3")
    assert code == 0 and out.strip() == "已设置：每个报告文件保留最近 3 份自动备份。" and keep_count() == 3
    code, _, err = run(capsys, "backups", "--keep", "0")
    assert code == 1 and "保留的备份份数必须是不小于 1 的整数" in err and keep_count() == 3


def test_write_commands_on_a_file_open_elsewhere_fail_with_who_holds_it(capsys, sample_copy, tmp_path, monkeypatch):
    from vqdesk.core.store import lock
    from vqdesk.core.store.backups import list_backups
    monkeypatch.setattr(lock, "_program", "vqdesk 命令行")   # a UI test earlier in the run names it the app
    with Session.open(sample_copy) as holder:
        holder.set_value(2025, "6.1", 1777)
        code, _, err = run(capsys, "import", str(sample_copy), str(tmp_path / "无关.xlsx"))
        assert code == 1 and err.startswith("错误：文件“样例 副本.vqd”正被") and "暂时不能修改" in err
        command = [sys.executable, "-m", "vqdesk", "restore", str(sample_copy), "--backup", "1"]
        result = subprocess.run(command, capture_output=True, text=True, encoding="utf-8")
        assert result.returncode == 1 and "Traceback" not in result.stderr
        assert "正被" in result.stderr and f"vqdesk 命令行，进程 {os.getpid()}，" in result.stderr
        code, out, _ = run(capsys, "info", str(sample_copy))  # reading is fine meanwhile
        assert code == 0 and "学校：示例市机电工程学校" in out
    assert _value(sample_copy) == 1777 and len(list_backups(sample_copy)) == 1


# -- PDF: draft or final --------------------------------------------------------------------

def _watermarked(path) -> bool:
    """The 草稿 watermark is a picture on each page (never text); the cover has no other image."""
    from pypdf import PdfReader
    return len(PdfReader(str(path)).pages[0].images) > 0


def test_export_pdf_with_errors_is_a_draft_and_lists_the_errors(report_with_an_error, capsys, tmp_path):
    path = report_with_an_error
    code, out, _ = run(capsys, "export", str(path), "--pdf", str(tmp_path / "草稿.pdf"))
    assert code == 0
    assert "PDF 带“草稿”水印；改正后重新导出，或加 --final 导出正式版：" in out
    assert "  [错误] 表1 升入本科人数：表1 升入本科人数 160 大于 表1 毕业生升学人数 150" in out
    assert _watermarked(tmp_path / "草稿.pdf")


def test_export_pdf_final_with_errors_has_no_watermark_but_says_which_errors(report_with_an_error, capsys, tmp_path):
    path = report_with_an_error
    code, out, _ = run(capsys, "export", str(path), "--pdf", str(tmp_path / "正式.pdf"), "--final")
    assert code == 0
    assert "已按 --final 导出正式版（无水印），请确认这些错误：" in out and "  [错误] " in out
    assert not _watermarked(tmp_path / "正式.pdf")


def test_export_pdf_without_errors_is_final_by_default(capsys, sample_copy, tmp_path):
    code, out, _ = run(capsys, "export", str(sample_copy), "--pdf", str(tmp_path / "年报.pdf"))
    assert code == 0 and "错误" not in out
    assert not _watermarked(tmp_path / "年报.pdf")
