"""R17 on the data (profile, indicator cells, survey columns, list fields), R10 (中职不填报 /
高职填报 cells) and R11 (graduate-related rows)."""

from dataclasses import replace

from vqdesk.core.findings import Finding, Place
from vqdesk.core.model import Value
from vqdesk.core.validation import validate

from .conftest import set_records, set_value


def cell(ind_id, table, column="value"):
    return Place(kind="indicator", table=table, indicator=ind_id, column=column)


def test_completeness_required_profile_fields(data):
    del data.profile["code"]
    assert validate(data) == [
        Finding("error", "R17.profile", Place(kind="profile", field="code"), "学校信息“学校标识码”未填写")]


def test_completeness_blank_indicator_is_warning_and_zero_is_a_value(data):
    set_value(data, "4.5a", "")
    set_value(data, "4.5b", 0)
    set_value(data, "4.5c", 0)
    assert validate(data) == [
        Finding("warning", "R17.indicator", cell("4.5a", 4), "表4 知识产权项目数 未填写（没有发生请填 0）")]


def test_completeness_derived_cell_is_missing_only_when_its_bases_are(data):
    set_records(data, "conditions", [])
    findings = [f for f in validate(data) if f.rule == "R17.indicator"]
    assert findings == [
        Finding("warning", "R17.indicator", cell("3.12", 3),
                "表3 生均校内实践教学工位数 由公式计算，所需数据尚未填写，报告中印“—”，请填写名单“办学条件”"
                "（生均校内实践教学工位数 = "
                "校内实践教学工位数（办学条件）÷ 全日制在校生人数）"),
        Finding("warning", "R17.indicator", cell("3.13", 3),
                "表3 生均教学科研仪器设备值 由公式计算，所需数据尚未填写，报告中印“—”，请填写名单“办学条件”"
                "（生均教学科研仪器设备值 = "
                "教学科研仪器设备值（万元，办学条件）× 10000 ÷ 全日制在校生人数）")]


def test_completeness_survey_needs_respondents(data):
    set_value(data, "2.4", "", column="respondents")
    assert validate(data) == [
        Finding("warning", "R17.respondents", cell("2.4", 2, "respondents"),
                "表2 用人单位满意度 已填写，但调查人次未填写")]


def test_completeness_not_reported_cell_filled_in_zhongzhi_report_is_r10(data):
    data.values[("5.3a", "value")] = Value(number=1, source="import")
    assert validate(data) == [
        Finding("error", "R10", cell("5.3a", 5), "表5 在国外开办学校数 为“中职不填报”项，中职学校报告中应为空，现填写了 1")]


def test_completeness_gaozhi_only_cell_filled_in_zhongzhi_report_is_r10(data):
    data.values[("6.4g", "value")] = Value(number=12, source="import")
    assert validate(data) == [
        Finding("error", "R10", cell("6.4g", 6), "表6 辅导员人数 为“高职填报”项，中职学校报告中应为空，现填写了 12")]


def test_completeness_no_graduates_means_graduate_rows_blank(data):
    data.report = replace(data.report, has_graduates=False)
    findings = validate(data)
    assert {f.rule for f in findings} == {"R11"}
    assert findings[0] == Finding("error", "R11", cell("1.1", 1),
                                  "本年度学校没有毕业生，表1 毕业生人数 应为空，现填写了 300")
    graduate_rows = [r.id for r in data.edition.indicators() if r.graduate_related]
    assert [f.place.indicator for f in findings] == graduate_rows


def test_completeness_graduates_means_graduate_rows_filled(data):
    set_value(data, "1.7", "")
    assert validate(data) == [
        Finding("warning", "R11.missing", cell("1.7", 1), "本年度有毕业生，表1 毕业三年晋升比例 未填写")]


def test_completeness_required_record_field(data):
    record = data.records["partners"][0]
    data.records["partners"][0] = replace(record, data={"organisation": "测试装备制造有限公司"})
    assert validate(data) == [
        Finding("error", "R17.record", Place(kind="record", list_id="partners", row=0, field="status"),
                "名单“校企合作”第1行：“合作状态”必须填写")]


def test_enrolment_per_major_without_grades_is_a_hint_not_an_error(data):
    """Jinzhou 2025 表2 gives each major's students, no grade: the bureau's format does not ask for
    one, so the list only says what a grade would add, once."""
    set_records(data, "enrolment", [{"major": "机电技术应用", "male": 290, "female": 110},
                                    {"major": "汽车运用与维修", "male": 350, "female": 50},
                                    {"major": "计算机应用", "male": 190, "female": 210}])
    assert validate(data) == [
        Finding("info", "R17.record.recommended", Place(kind="record", list_id="enrolment", row=0, field="grade"),
                "名单“分专业在校生”各行都未填“年级”：不是必填项，填上后报告能分年级统计")]


def test_some_rows_without_a_grade_are_counted(data):
    record = data.records["enrolment"][5]
    data.records["enrolment"][5] = replace(record, data={k: v for k, v in record.data.items() if k != "grade"})
    assert [(f.rule, f.place.row, f.message) for f in validate(data) if f.rule.startswith("R17")] == [
        ("R17.record.recommended", 5, "名单“分专业在校生”有 1 行未填“年级”：不是必填项，填上后报告能分年级统计")]


# -- every branch (issue 21) -----------------------------------------------------------------------

def test_completeness_regional_report_needs_no_school_code(data):
    del data.profile["code"]
    data.report = replace(data.report, level="city")
    assert [f for f in validate(data) if f.place.kind == "profile"] == []


def test_completeness_profile_value_of_the_wrong_form_is_r5(data):
    data.profile["code"] = "412100000"
    assert [(f.severity, f.rule, f.place) for f in validate(data)] == [
        ("error", "R5.profile", Place(kind="profile", field="code"))]


def test_completeness_blank_rate_has_no_hint_to_type_zero(data):
    set_value(data, "6.5b", "")
    assert [(f.rule, f.message) for f in validate(data)] == [("R17.indicator", "表6 学生体质测评合格率 未填写")]


def test_completeness_survey_method_is_a_hint(data):
    set_value(data, "2.4", "", column="method")
    assert validate(data) == [
        Finding("info", "R17.method", cell("2.4", 2, "method"), "表2 用人单位满意度 的调查方式未填写")]


def test_completeness_gaozhi_report_may_fill_what_zhongzhi_does_not(data):
    data.report = replace(data.report, school_type="gaozhi")
    for ind_id in ("5.3a", "5.3b", "5.3c", "6.4g"):
        data.values[(ind_id, "value")] = Value(number=1, source="import")
    assert validate(data) == []


def test_completeness_no_graduates_and_graduate_rows_blank_is_silent(data):
    data.report = replace(data.report, has_graduates=False)
    for ind in data.edition.indicators():
        if ind.graduate_related:
            data.values.pop((ind.id, "value"), None)
    assert validate(data) == []
