"""The bureau's report on any province's outline: Gansu district, national city, a province's
new regional edition that is only a data file; the public PDF shows no internal data."""

import re
import subprocess

import pytest

from vqdesk.core.aggregate import aggregate_files
from vqdesk.core.aggregate.status import write_status_book
from vqdesk.core.editions import get_edition
from vqdesk.core.editions.regional import regional_edition_for, user_templates_dir
from vqdesk.core.pdf.build import build_pdf
from vqdesk.core.sample_region import write_region_samples
from vqdesk.core.session import Session

GANSU_CHAPTERS = ["基本情况", "学生发展质量", "教育教学质量", "服务贡献质量", "政策落实质量", "面临挑战", "应对措施"]
NATIONAL_PARTS = ["一、人才培养", "二、服务贡献", "三、文化传承", "四、国际合作", "五、产教融合", "六、发展保障", "七、面临挑战"]


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True,
                          text=True, encoding="utf-8").stdout


def body(text: str) -> str:
    """The PDF's text after the front matter's lists (目录, 表目录, 图目录)."""
    return text[text.rindex("图目录"):] if "图目录" in text else text


def region(tmp_path, edition_id, year, level, name, count=4):
    schools = write_region_samples(tmp_path / "schools", count, year=year, city=name, edition_id=edition_id)
    out = tmp_path / f"{name}.vqd"
    result = aggregate_files(out, level=level, name=name, year=year, inputs=schools)
    return result, out


def bureau_writes(out, year):
    """The bureau types a sentence under every chapter (empty chapters are not printed)."""
    with Session.open(out) as s:
        for node in s.document(year).outline:
            s.set_node_text(node.id, f"本区{node.title}总体情况良好，各校协同推进。")


def exported(tmp_path, out, year):
    bureau_writes(out, year)
    with Session.open(out, readonly=True) as s:
        data = s.snapshot(year)
    pdf = build_pdf(data, tmp_path / "region.pdf", final=True)
    return data, pdf_text(pdf)


def test_regional_counterparts_are_declared_as_data_for_every_school_edition():
    assert {(e, level): regional_edition_for(e, level).id for e in ("liaoning-2023", "gansu-2023", "national-2024")
            for level in ("district", "city") if regional_edition_for(e, level)} == {
        ("liaoning-2023", "district"): "regional-district-2024", ("liaoning-2023", "city"): "regional-city-2024",
        ("gansu-2023", "district"): "gansu-district-2023",
        ("national-2024", "district"): "national-district-2024", ("national-2024", "city"): "national-city-2024"}
    gansu = get_edition("gansu-district-2023")
    assert (gansu.level, [c.title for c in gansu.chapters], len(list(gansu.sections()))) == (
        "district", GANSU_CHAPTERS, 24)
    assert gansu.numbering == get_edition("gansu-2023").numbering


def test_four_gansu_schools_make_a_district_report_with_liangzhou_s_seven_chapters(tmp_path):
    result, out = region(tmp_path, "gansu-2023", 2023, "district", "凉州区")
    assert result.edition_id == "gansu-district-2023"
    assert [s.status for s in result.submissions if s.data is not None] == ["校验有错误"] * 4  # texts unwritten
    data, text = exported(tmp_path, out, 2023)
    assert data.value("6.1") == sum(r["value"] for r in data.rows("school_figures") if r["figure"] == "6.1")
    headings = re.findall(r"^(\d) (\S+)\s*$", body(text), re.M)
    assert [t for n, t in headings] == GANSU_CHAPTERS and [n for n, _ in headings] == list("1234567")


def test_four_national_schools_make_a_city_report_on_the_national_seven_parts(tmp_path):
    result, out = region(tmp_path, "national-2024", 2024, "city", "示例市")
    assert result.edition_id == "national-city-2024"
    data, text = exported(tmp_path, out, 2024)
    parts = [line.strip() for line in body(text).splitlines() if line.strip() in NATIONAL_PARTS]
    assert parts == NATIONAL_PARTS
    assert data.value("6.1") > 0 and data.report.level == "city"


def test_the_public_pdf_names_no_file_and_counts_no_error_while_the_status_book_does(tmp_path):
    result, out = region(tmp_path, "liaoning-2023", 2025, "city", "示例市", count=3)
    bad = tmp_path / "坏文件.vqd"
    bad.write_text("not a report", encoding="utf-8")
    inputs = sorted((tmp_path / "schools").glob("*.vqd")) + [bad]
    out.unlink()
    aggregate_files(out, level="city", name="示例市", year=2025, inputs=inputs, expected=["缺席学校"])
    data, text = exported(tmp_path, out, 2025)
    flat = re.sub(r"\s+", "", text)
    assert ".vqd" not in flat and "坏文件" not in flat and "缺席学校" not in flat
    assert not re.search(r"错误|警告|校验有|无法读取", flat)
    assert "报送学校（所）未报送学校（所）41" in flat       # 3 read + 1 unreadable, 1 missing
    from openpyxl import load_workbook
    book = load_workbook(write_status_book(data, tmp_path / "内部.xlsx"))
    rows = list(book["报送情况"].values)
    assert rows[0][:4] == ("学校", "状态", "数据文件", "错误（个）")
    assert ("坏文件", "无法读取", "坏文件.vqd") == rows[4][:3] and rows[5][:2] == ("缺席学校", "未报送")
    assert rows[1][2].endswith(".vqd")


def test_a_new_province_s_regional_edition_is_one_data_file(tmp_path):
    """A bureau drops a file into its own templates folder: an outline of its own on the national
    six tables, aggregating national schools; no code changes."""
    folder = user_templates_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "sichuan-district-2024.toml").write_text('''
id = "sichuan-district-2024"
title = "四川省区县中职质量年度报告（测试）"
level = "district"
extends = "national-2024"
years = [2024, 2025]
include = ["common/regional-lists.toml", "common/default-blocks-regional.toml"]

[aggregate]
from = ["national-2024"]

[[chapters]]
key = "basic"
title = "区域概况"
sections = [{ key = "basic.overview", title = "学校布局" }, { key = "basic.conditions", title = "办学条件" }]

[[chapters]]
key = "quality"
title = "培养质量"
narrative = true
''', encoding="utf-8")
    schools = write_region_samples(tmp_path / "schools", 2, year=2024, city="成华区", edition_id="national-2024")
    out = tmp_path / "成华区.vqd"
    result = aggregate_files(out, level="district", name="成华区", year=2024, inputs=schools,
                             edition_id="sichuan-district-2024")
    assert result.edition_id == "sichuan-district-2024"
    data, text = exported(tmp_path, out, 2024)
    assert [c.title for c in data.edition.chapters] == ["区域概况", "培养质量"]
    assert re.findall(r"^（[一二]）(\S+)\s*$", body(text), re.M)[:2] == ["学校布局", "办学条件"]
    assert data.value("6.1") == sum(r["value"] for r in data.rows("school_figures") if r["figure"] == "6.1")


def test_a_school_edition_without_a_regional_counterpart_is_named_with_what_to_write(tmp_path):
    from vqdesk.core.aggregate.build import regional_edition
    from vqdesk.core.errors import ReportFileError
    with pytest.raises(ReportFileError, match=r"学校模板“gansu-2023”.*还没有地市汇总模板.*extends = \"gansu-2023\""):
        regional_edition("gansu-2023", "city")
