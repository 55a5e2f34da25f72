"""Editions are data files, checked on load with messages naming file, entry and problem."""

import json
import shutil
from pathlib import Path

import pytest

from vqdesk.core.editions import get_edition, list_editions, load_edition
from vqdesk.core.errors import EditionError, NotFoundError
from vqdesk.core.resources import templates_dir

#: A copy of ../shared/spec/annex-tables.json (the six tables as the spec defines them), so the
#: check runs in every clone.
ANNEX = Path(__file__).resolve().parents[1].parent / "data" / "annex-tables.json"


def test_every_shipped_edition_loads():
    ids = {e.id for e in list_editions()}
    assert {"national-2024", "liaoning-2023", "gansu-2023"} <= ids


def test_national_edition_has_seven_parts_and_six_tables():
    e = get_edition("national-2024")
    assert [c.title for c in e.chapters] == ["人才培养", "服务贡献", "文化传承", "国际合作", "产教融合",
                                           "发展保障", "面临挑战"]
    assert [t.no for t in e.tables] == [1, 2, 3, 4, 5, 6]
    assert e.numbering.tables == "flat" and e.cases.max_chars == 1000


def test_liaoning_edition_has_eight_chapters_with_suggested_sections():
    e = get_edition("liaoning-2023")
    assert [c.title for c in e.chapters][0] == "基本情况" and len(e.chapters) == 8
    assert [s.title for s in e.chapter("support").sections] == [
        "党建引领", "政策落实", "经费保障", "重大项目引领", "条件保障", "合规性检查"]
    assert e.province == "辽宁省"


def test_gansu_outline_pairs_challenges_with_measures():
    e = get_edition("gansu-2023")
    assert [c.title for c in e.chapters] == ["基本情况", "学生发展质量", "教育教学质量", "服务贡献质量",
                                           "政策落实质量", "面临挑战", "应对措施"]
    assert e.front_matter.declaration is False


def test_six_tables_match_the_annex_definition_row_by_row():
    annex = json.loads(ANNEX.read_text(encoding="utf-8"))
    e = get_edition("national-2024")
    for spec_table in annex["tables"]:
        table = e.table(spec_table["table_no"])
        assert table.title == spec_table["title"]
        assert [(r.id, r.seq, r.name, r.unit, r.parent, r.starred) for r in table.rows] == [
            (r["id"], r["seq"], r["name"], r["unit"], r["parent_id"], r["starred"]) for r in spec_table["rows"]]
        assert [r.applicability for r in table.rows] == [r["zhongzhi"] for r in spec_table["rows"]]


def test_table_two_has_survey_columns_and_table_three_the_major_group_sub_table():
    e = get_edition("liaoning-2023")
    assert [c.label for c in e.table(2).columns] == ["<year>年", "调查人次", "调查方式"]
    assert e.table(3).sub_table.record_list == "major_groups"


def test_value_kinds_follow_units():
    e = get_edition("liaoning-2023")
    kinds = {i: e.indicator(i).kind for i in ("1.1", "1.3", "3.1", "4.2a", "1.4", "3.13", "3.10")}
    assert kinds == {"1.1": "count", "1.3": "percent", "3.1": "ratio", "4.2a": "money_wan",
                     "1.4": "money_yuan", "3.13": "money_yuan", "3.10": "decimal"}


def test_derived_indicators_declare_their_definition():
    e = get_edition("national-2024")
    assert e.derived["3.1"].formula.source == "[6.1] / [6.4c]"
    assert "专任教师总数" in e.derived["3.1"].definition


def test_required_record_lists_are_defined_with_typed_fields():
    e = get_edition("national-2024")
    ids = {rl.id for rl in e.record_lists}
    assert {"majors", "enrolment", "student_awards", "teacher_awards", "partners", "internships",
            "certificates", "trainings", "major_groups", "conditions", "teacher_structure"} <= ids
    assert e.record_list("conditions").field("equipment_value").kind == "money_wan"
    assert e.record_list("student_awards").field("level").options[:3] == ("世界级", "国家级", "省级")


def test_unknown_edition_names_the_available_ones():
    with pytest.raises(NotFoundError, match="找不到模板“nope”。可用的模板：gansu-2023"):
        get_edition("nope")


# -- broken edition files ----------------------------------------------------------------------

@pytest.fixture
def edition_folder(tmp_path):
    """A copy of the templates folder to break things in."""
    dest = tmp_path / "templates"
    shutil.copytree(templates_dir(), dest)
    return dest


def _break(folder: Path, name: str, old: str, new: str) -> Path:
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


@pytest.mark.parametrize("old, new, message", [
    ('level = "school"', 'level = "county"', "模板文件 liaoning-2023.toml 有误：level：“county”不是 school、district 或 city"),
    ('title = "基本情况"\n', '\n', "模板文件 liaoning-2023.toml 有误：第1章（basic）：缺少必填项“title”"),
    ('numbering = "per_chapter"  # 【案例 2-3】', 'numbering = "by_section"',
     "模板文件 liaoning-2023.toml 有误：cases.numbering：应为 per_chapter 或 global"),
    ('section = "{chapter}.{n}"', 'section = "{chapter}.{m}"', "未知的占位符 {m}"),
    ('years = [2023, 2024, 2025]', 'years = "2023"', "years：“years”的类型不对（应为列表）"),
    ('{ key = "basic.majors", title = "专业设置" }', '{ key = "basic.overview", title = "专业设置" }',
     "编号“basic.overview”重复"),
])
def test_broken_edition_is_rejected_with_file_entry_and_problem(edition_folder, old, new, message):
    path = _break(edition_folder, "liaoning-2023.toml", old, new)
    with pytest.raises(EditionError) as info:
        load_edition(path)
    assert message in str(info.value)


def test_a_bureaus_source_severity_is_checked(edition_folder):
    """[sources] typed_tables takes a severity; a school's edition asks for no sources."""
    assert load_edition(edition_folder / "regional-city-2024.toml").source_severity == "info"
    assert load_edition(edition_folder / "liaoning-2023.toml").source_severity == ""
    path = _break(edition_folder, "regional-city-2024.toml", 'typed_tables = "info"', 'typed_tables = "hint"')
    with pytest.raises(EditionError) as info:
        load_edition(path)
    assert "sources：“typed_tables”应为 error、warning 或 info，而不是“hint”" in str(info.value)


def test_syntax_error_names_the_file(edition_folder):
    path = edition_folder / "liaoning-2023.toml"
    path.write_text(path.read_text(encoding="utf-8") + "\n[[chapters]\n", encoding="utf-8")
    with pytest.raises(EditionError, match="模板文件 liaoning-2023.toml 有误：TOML 格式错误"):
        load_edition(path)


def test_a_field_both_required_and_recommended_is_refused(edition_folder):
    _break(edition_folder, "common/record-lists.toml", 'label = "年级", kind = "choice", options = ["一年级", "二年级", '
           '"三年级", "四年级", "五年级"], recommended = true',
           'label = "年级", kind = "choice", options = ["一年级", "二年级", "三年级", "四年级", "五年级"], '
           'recommended = true, required = true')
    with pytest.raises(EditionError, match="“required”（必填）和“recommended”（建议填写）只能选一个"):
        load_edition(edition_folder / "liaoning-2023.toml")


def test_broken_shared_part_names_the_part_file(edition_folder):
    _break(edition_folder, "common/derived-2024.toml", 'formula = "[6.1] / [6.4c]"', 'formula = "[6.1] / [9.9]"')
    with pytest.raises(EditionError, match=r"模板文件 liaoning-2023.toml 有误：derived（3.1）：公式“\[6.1\] / \[9.9\]”引用的指标“9.9”不存在"):
        load_edition(edition_folder / "liaoning-2023.toml")


def test_unknown_value_kind_in_a_table_row_is_named(edition_folder):
    _break(edition_folder, "common/six-tables-2023.json", '"kind": "count"', '"kind": "persons"')
    with pytest.raises(EditionError, match="模板文件 six-tables-2023.json 有误：表1（人才培养质量计分卡）.rows\\[0\\]（1.1）：未知的数值类型“persons”"):
        load_edition(edition_folder / "national-2024.toml")


def test_unsafe_formula_is_rejected(edition_folder):
    _break(edition_folder, "common/derived-2024.toml", 'formula = "count(majors)"', 'formula = "__import__(\'os\')"')
    with pytest.raises(EditionError, match="不允许使用未知函数"):
        load_edition(edition_folder / "national-2024.toml")


def test_circular_derived_values_are_rejected(edition_folder):
    _break(edition_folder, "common/derived-2024.toml", 'formula = "[6.1] / [6.4c]"', 'formula = "[3.2] / [6.4c]"')
    _break(edition_folder, "common/derived-2024.toml",
           'formula = "sum(teacher_structure.dual_qualified) / [6.4c] * 100"', 'formula = "[3.1] * 2"')
    with pytest.raises(EditionError, match="计算公式循环引用"):
        load_edition(edition_folder / "national-2024.toml")


def test_a_new_years_edition_needs_only_a_data_file(edition_folder):
    text = (edition_folder / "national-2024.toml").read_text(encoding="utf-8")
    (edition_folder / "national-2026.toml").write_text(
        text.replace('id = "national-2024"', 'id = "national-2026"').replace("years = [2024, 2025]", "years = [2026]"),
        encoding="utf-8")
    assert "national-2026" in {e.id for e in list_editions(edition_folder)}
    assert get_edition("national-2026", edition_folder).years == (2026,)


# -- required parts and default blocks ---------------------------------------------------------

def test_chapters_are_required_and_sections_only_suggested():
    for edition_id in ("national-2024", "liaoning-2023", "gansu-2023"):
        e = get_edition(edition_id)
        assert all(c.required for c in e.chapters), edition_id
        assert not any(s.required for s in e.sections()), edition_id
    required = [title for _, title, required, _ in get_edition("national-2024").parts() if required]
    assert required == ["人才培养", "服务贡献", "文化传承", "国际合作", "产教融合", "发展保障", "面临挑战"]


#: What a per-school view reads (document/school_tables.py).
VIEW_LISTS = {"status": {"submissions"}, "attributes": {"schools"}, "figures": {"school_figures", "schools"},
              "standards": {"school_figures"}, "compliance": {"compliance_criteria", "school_figures"}}
#: Regional lists kept for the bureau, never printed by default: the schools' findings (internal,
#: in the status workbook), the case library to choose from, and the plain scale list.
INTERNAL_LISTS = {"school_findings", "school_cases", "school_photos", "school_scale", "school_standards"}


def test_default_blocks_are_data_and_cover_every_record_list():
    for e in list_editions():
        sources = [d.block["source"] for d in e.default_blocks if d.block["kind"] == "table"]
        lists = set()
        for s in sources:
            if s["type"] == "list" or (s["type"] == "schools" and "list" in s):
                lists.add(s["list"])
            elif s["type"] == "schools":
                lists |= VIEW_LISTS[s.get("view", "figures")]
        expected = {rl.id for rl in e.record_lists} - (INTERNAL_LISTS if e.level != "school" else set())
        assert lists == expected, e.id


@pytest.mark.parametrize("old, new, message", [
    ('list = "funding", total', 'list = "budget", total', "blocks[18]：名单“budget”不在本模板中"),
    ('chart = "pie", caption = "{year}年专任教师', 'chart = "donut", caption = "{year}年专任教师',
     "图表类型“donut”不存在"),
])
def test_a_broken_default_block_names_its_entry(edition_folder, old, new, message):
    _break(edition_folder, "common/default-blocks-2024.toml", old, new)
    with pytest.raises(EditionError) as info:
        load_edition(edition_folder / "liaoning-2023.toml")
    assert "default-blocks-2024.toml" in str(info.value) and message in str(info.value)
