"""Aggregating into an existing regional file: a late school, further years (近三年), and the
per-school tables the bureau configures (grouped by 类别 with 小计 and 合计, 达标, 合规性)."""

import subprocess

from vqdesk.cli import main
from vqdesk.core.aggregate import aggregate_files
from vqdesk.core.aggregate.schools import set_school_attribute
from vqdesk.core.document.chart_data import chart_data
from vqdesk.core.document.tables import table_view
from vqdesk.core.pdf.build import build_pdf
from vqdesk.core.sample_region import write_region_samples
from vqdesk.core.session import Session

NARRATIVE = "本市坚持把职业教育摆在经济社会发展的突出位置，统筹推进各校高质量发展。"


def aggregate(out, paths, year=2025, **kw):
    return aggregate_files(out, level="city", name="示例市", year=year, inputs=paths, **kw)


def overview(s, year):
    return next(n for n in s.document(year).nodes() if n.edition_part == "basic.overview")


def test_a_late_fifth_school_updates_the_figures_and_keeps_the_bureau_s_text(tmp_path):
    four = write_region_samples(tmp_path / "a", 4)
    fifth = write_region_samples(tmp_path / "b", 1, start=4)
    out = tmp_path / "示例市.vqd"
    aggregate(out, four)
    with Session.open(out) as s:
        s.set_node_text(overview(s, 2025).id, NARRATIVE)
        before = s.snapshot(2025)
    preview = aggregate(out, four + fifth, dry_run=True).changes
    with Session.open(out, readonly=True) as s:
        assert s.snapshot(2025).value("6.1") == before.value("6.1")          # a preview writes nothing
    assert preview.schools_added == ["示例市第5现代服务学校"] and len(preview.schools_updated) == 4
    students = next(c for c in preview.figures if c.indicator == "6.1")
    with Session.open(fifth[0], readonly=True) as s:
        own = s.snapshot(2025).value("6.1")
    assert (students.old, students.new) == (before.value("6.1"), before.value("6.1") + own)
    assert "新增学校 1 所：示例市第5现代服务学校" in preview.summary()
    aggregate(out, four + fifth)
    with Session.open(out, readonly=True) as s:
        after = s.snapshot(2025)
        assert s.node_text(overview(s, 2025).id) == NARRATIVE
    assert after.value("6.1") == before.value("6.1") + own
    assert len(after.rows("submissions")) == 5
    assert [n.title for n in after.document.nodes()] == [n.title for n in before.document.nodes()]
    assert len(list(after.document.blocks())) == len(list(before.document.blocks()))


def test_three_aggregated_years_print_a_three_year_table_and_trend_chart(tmp_path):
    out = tmp_path / "示例市.vqd"
    for year in (2023, 2024, 2025):
        result = aggregate(out, write_region_samples(tmp_path / str(year), 3, year=year), year=year)
        assert result.changes.new_file == (year == 2023) and result.changes.new_year == (year != 2023)
    with Session.open(out, readonly=True) as s:
        assert s.years() == [2023, 2024, 2025]
        data = s.snapshot(2025)
    table = data.document.table_by_ref("three_years")
    view = table_view(table, data)
    assert view.columns == ["指标", "单位", "2023年", "2024年", "2025年", "较上年增减"]
    students = next(r for r in view.rows if r[0] == "全日制在校生人数")
    assert students[2:5] == [str(int(data.history[y].value("6.1"))) for y in (2023, 2024)] + [
        str(int(data.value("6.1")))]
    chart = next(b for _, b in data.document.blocks() if b.kind == "chart" and "近三年在校生" in b.caption)
    assert chart_data(chart, data.document, data).labels == ["2023年", "2024年", "2025年"]
    with Session.open(out) as s:
        s.set_node_text(overview(s, 2025).id, NARRATIVE)
        data = s.snapshot(2025)
    text = subprocess.run(["pdftotext", "-layout", str(build_pdf(data, tmp_path / "r.pdf", final=True)), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert "近三年主要办学指标对比" in text and "近三年在校生与毕业生人数" in text
    assert any("2023年" in line and "2024年" in line and "2025年" in line for line in text.splitlines())


def test_a_per_school_table_grouped_by_category_with_subtotals_and_total_prints_as_set(tmp_path):
    out = tmp_path / "示例市.vqd"
    aggregate(out, write_region_samples(tmp_path / "s", 4))
    with Session.open(out) as s:
        schools = [r.data["school"] for r in s.records(2025, "schools")]
        for school, category in zip(schools, ["职业高中", "普通中专", "职业高中", "普通中专"]):
            set_school_attribute(s, 2025, school, "类别", category)
        node = overview(s, 2025)
        s.set_node_text(node.id, NARRATIVE)
        s.add_block(node.id, {"kind": "table", "caption": "各校基本情况", "ref": "by_category", "source": {
            "type": "schools", "indicators": ["1.1", "6.1"], "group": "category", "subtotal": True,
            "total": "sum", "total_position": "top"}})
        data = s.snapshot(2025)
    figures = {(r["school"], r["figure"]): int(r["value"]) for r in data.rows("school_figures")}
    view = table_view(data.document.table_by_ref("by_category"), data)
    a, b, c, d = schools
    g, t = (lambda x: figures[(x, "1.1")]), (lambda x: figures[(x, "6.1")])
    assert view.columns == ["序号", "类别", "学校", "毕业生人数（人）", "全日制在校生人数（人）"]
    assert view.rows == [
        ["", None, "合计", int(data.value("1.1")), int(data.value("6.1"))],
        ["1", "职业高中", a, g(a), t(a)], ["2", "职业高中", c, g(c), t(c)],
        ["", "职业高中", "小计", g(a) + g(c), t(a) + t(c)],
        ["3", "普通中专", b, g(b), t(b)], ["4", "普通中专", d, g(d), t(d)],
        ["", "普通中专", "小计", g(b) + g(d), t(b) + t(d)]]
    assert view.total_rows == [0, 3, 6] and view.spans == [(1, 1, 3), (1, 4, 6)]
    assert data.value("6.1") == sum(t(x) for x in schools)
    text = subprocess.run(["pdftotext", "-layout", str(build_pdf(data, tmp_path / "r.pdf", final=True)), "-"],
                          capture_output=True, text=True, check=True).stdout
    table = text[text.index("表 1-4 各校基本情况") if "表 1-4 各校基本情况" in text else text.index("各校基本情况\n"):]
    lines = [" ".join(line.split()) for line in table.splitlines()[:40] if line.strip()]
    assert f"合计 {int(data.value('1.1'))} {int(data.value('6.1'))}" in lines
    assert f"小计 {g(a) + g(c)} {t(a) + t(c)}" in lines
    assert sum(1 for line in lines if "职业高中" in line) == 1                 # spanned, printed once


def test_compliance_scores_follow_the_criteria_the_bureau_edits(tmp_path):
    out = tmp_path / "示例市.vqd"
    aggregate(out, write_region_samples(tmp_path / "s", 2))
    with Session.open(out) as s:
        data = s.snapshot(2025)
        view = table_view(data.document.table_by_ref("compliance"), data)
        assert view.columns == ["序号", "学校", "得分", "排名"]
        # 40 no errors + 20 生师比 13:1 ≤ 20 + 20 双师 56% ≥ 50; 去向落实率 88.3% < 90: 0
        assert [r[2:] for r in view.rows] == [[80, 1], [80, 1]]
        ratio = next(r for r in s.records(2025, "compliance_criteria") if r.data["figure"] == "[3.1]")
        s.update_record(ratio.id, "threshold", 5)                # a stricter 生师比: nobody meets it
        data = s.snapshot(2025)
    assert [r[2] for r in table_view(data.document.table_by_ref("compliance"), data).rows] == [60, 60]
    aggregate(out, write_region_samples(tmp_path / "s2", 2))     # re-aggregating keeps the bureau's criteria
    with Session.open(out, readonly=True) as s:
        assert 5 in [r.data["threshold"] for r in s.records(2025, "compliance_criteria")]


def test_standards_table_gives_threshold_excess_and_growth_on_last_year(tmp_path):
    out = tmp_path / "示例市.vqd"
    for year in (2024, 2025):
        aggregate(out, write_region_samples(tmp_path / str(year), 2, year=year), year=year)
    with Session.open(out, readonly=True) as s:
        data = s.snapshot(2025)
    view = table_view(data.document.table_by_ref("standards"), data)
    assert view.columns == ["项目", "单位", "2024年", "2025年", "标准", "超标数值", "超标幅度", "年增幅"]
    row = next(r for r in view.rows if r[0] == "生均用地面积")
    last, now = row[2], row[3]
    assert row[4] == 33 and row[5] == f"{now - 33:+.2f}" and row[6] == f"{(now - 33) / 33 * 100:+.1f}%"
    assert row[7] == f"{(now / last - 1) * 100:+.1f}%"


def test_aggregate_over_only_unreadable_files_fails_naming_each(tmp_path, capsys):
    bad, junk = tmp_path / "坏文件.vqd", tmp_path / "乱码.xlsx"
    bad.write_text("not a report", encoding="utf-8")
    junk.write_bytes(b"PK\x03\x04" + bytes(100))
    code = main(["aggregate", str(tmp_path / "区.vqd"), "--level", "district", "--name", "示例区", "--year", "2025",
                 str(bad), str(junk)])
    err = capsys.readouterr().err
    assert code != 0 and not (tmp_path / "区.vqd").exists()
    assert "没有一所学校的数据可以读取" in err and "坏文件.vqd：" in err and "乱码.xlsx：" in err


def test_cli_dry_run_status_book_and_attribute_edits(tmp_path, capsys):
    paths = [str(p) for p in write_region_samples(tmp_path / "s", 2)]
    out = str(tmp_path / "市.vqd")
    args = ["aggregate", out, "--level", "city", "--name", "示例市", "--year", "2025"]
    assert main(args + ["--dry-run"] + paths) == 0
    assert "（预览，未写入）" in capsys.readouterr().out and not (tmp_path / "市.vqd").exists()
    school = "示例市第1机电工程学校"
    assert main(args + ["--status-xlsx", str(tmp_path / "内部.xlsx"), "--set", f"{school}:性质=民办"] + paths) == 0
    assert (tmp_path / "内部.xlsx").exists()
    assert main(args + paths) == 0                                # re-aggregating keeps the bureau's edit
    with Session.open(out, readonly=True) as s:
        assert next(r.data for r in s.records(2025, "schools") if r.data["school"] == school)["nature"] == "民办"


def test_merged_rows_and_cases_keep_their_school_and_the_pdf_says_so(tmp_path):
    from vqdesk.core.aggregate.schools import use_school_case
    out = tmp_path / "示例市.vqd"
    paths = write_region_samples(tmp_path / "s", 2)
    aggregate(out, paths)
    with Session.open(out) as s:
        cases = [r.data for r in s.records(2025, "school_cases")]
        assert {c["school"] for c in cases} == {"示例市第1机电工程学校", "示例市第2交通运输学校"}
        node = overview(s, 2025)
        s.set_node_text(node.id, NARRATIVE)
        case = use_school_case(s, 2025, node.id, 1)
        data = s.snapshot(2025)
    assert case.data["school"] == cases[1]["school"]
    majors = data.document.table_by_ref("majors")
    view = table_view(majors, data)
    assert view.columns[-1] == "开设学校（所）"
    assert {r[-1] for r in view.rows} == {2}                       # both schools offer every sample major
    text = subprocess.run(["pdftotext", "-layout", str(build_pdf(data, tmp_path / "r.pdf", final=True)), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert f"（来源：{cases[1]['school']}）" in "".join(text.split())
    assert "开设学" in text                                      # the header wraps in its narrow column


def test_history_aggregates_the_earlier_years_the_schools_files_hold(tmp_path, capsys):
    from vqdesk.core.sample import write_sample
    first, second = write_sample(tmp_path / "一校.vqd"), write_sample(tmp_path / "二校.vqd")
    with Session.open(second) as s:
        for year in s.years():
            s.set_profile(year, "name", "示例市第二职业学校")
    with Session.open(first, readonly=True) as s:
        own = {y: s.snapshot(y, with_history=False).value("6.1") for y in s.years()}
    out = tmp_path / "市.vqd"
    assert main(["aggregate", str(out), "--level", "city", "--name", "示例市", "--year", "2025", "--history", "3",
                 str(first), str(second)]) == 0
    with Session.open(out, readonly=True) as s:
        assert s.years() == [2023, 2024, 2025]
        assert [s.snapshot(y, with_history=False).value("6.1") for y in s.years()] == [2 * own[y] for y in own]
    assert capsys.readouterr().out.count("已生成") == 3


def test_school_attributes_are_edited_without_aggregating_and_survive_the_next_aggregation(tmp_path, capsys):
    paths = [str(p) for p in write_region_samples(tmp_path / "s", 2)]
    out = str(tmp_path / "市.vqd")
    assert main(["aggregate", out, "--level", "city", "--name", "示例市", "--year", "2025"] + paths) == 0
    school = "示例市第2交通运输学校"
    assert main(["school-attribute", out, f"{school}:类别=职业高中", f"{school}:规划分类=优质校"]) == 0
    assert "已修改学校属性 2 项" in capsys.readouterr().out
    assert main(["school-attribute", out, f"{school}:颜色=红"]) == 1          # all checked before any is written
    assert "没有学校属性“颜色”" in capsys.readouterr().err
    assert main(["school-attribute", out, "不存在的学校:类别=职业高中", "--year", "2025"]) == 1
    assert "辖区学校中没有“不存在的学校”" in capsys.readouterr().err
    assert main(["aggregate", out, "--level", "city", "--name", "示例市", "--year", "2025"] + paths) == 0
    with Session.open(out, readonly=True) as s:
        row = next(r.data for r in s.records(2025, "schools") if r.data["school"] == school)
    assert (row["category"], row["planning"]) == ("职业高中", "优质校")
