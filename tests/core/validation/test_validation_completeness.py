"""R17 completeness, R10 (中职不填报 / 高职填报 cells) and R11 (graduate-related rows)."""

from dataclasses import replace

from vqdesk.core.findings import Finding, Place
from vqdesk.core.model import Case, Value
from vqdesk.core.validation import validate

YEAR = 2025


def cell(ind_id, table, column="value"):
    return Place(kind="indicator", table=table, indicator=ind_id, column=column)


def test_completeness_required_section_empty_is_error(session):
    session.set_narrative(YEAR, "talent.moral", "")
    assert validate(session.snapshot(YEAR)) == [
        Finding("error", "R17.empty", Place(kind="section", section="talent.moral"),
                "“人才培养·立德树人”是必填部分，尚未撰写正文")]


def test_completeness_optional_section_may_stay_empty(session):
    session.set_narrative(YEAR, "basic.local", "")
    assert validate(session.snapshot(YEAR)) == []


def test_completeness_subsection_text_counts_for_its_section(session):
    sub = session.add_subsection(YEAR, "talent.moral", "（一）思政课程")
    session.set_narrative(YEAR, sub.key, "学校坚持立德树人根本任务，" * 15)
    session.set_narrative(YEAR, "talent.moral", "")
    assert validate(session.snapshot(YEAR)) == []


def test_completeness_short_narrative_counts_characters_without_punctuation(session):
    session.set_narrative(YEAR, "basic.overview", "学校位于示例市， 创建于 1962 年。\n")
    assert validate(session.snapshot(YEAR)) == [
        Finding("warning", "R17.short", Place(kind="section", section="basic.overview"),
                "“基本情况·概况”正文 15 字，少于模板要求的 150 字")]


def test_completeness_bound_field_counts_as_its_rendered_text(session):
    # 141 characters of prose plus the 9 of “测试市职业技术学校” reach the minimum of 150 exactly
    text = "{{profile.name}}" + "学校坚持立德树人根本任务" * 11 + "推动改革深化发展走在前列"[:9]
    session.set_narrative(YEAR, "basic.overview", text)
    assert validate(session.snapshot(YEAR)) == []
    session.set_narrative(YEAR, "basic.overview", text[:-1])
    assert [f.message for f in validate(session.snapshot(YEAR))] == [
        "“基本情况·概况”正文 149 字，少于模板要求的 150 字"]


def test_completeness_long_narrative_is_warning(session):
    session.set_narrative(YEAR, "challenges", "面临挑战" * 751)
    assert validate(session.snapshot(YEAR)) == [
        Finding("warning", "R17.long", Place(kind="section", section="challenges"),
                "“面临挑战”正文 3004 字，超过模板上限 3000 字")]


def test_completeness_preface_has_its_own_bounds(session):
    session.set_narrative(YEAR, "preface", "本报告全面反映学校办学质量。")
    assert validate(session.snapshot(YEAR)) == [
        Finding("warning", "R17.short", Place(kind="section", section="preface"),
                "“前言”正文 13 字，少于模板要求的 100 字")]


def test_completeness_required_profile_fields(session):
    session.set_profile(YEAR, "code", "")
    assert validate(session.snapshot(YEAR)) == [
        Finding("error", "R17.profile", Place(kind="profile", field="code"), "学校信息“学校标识码”未填写")]


def test_completeness_blank_indicator_is_warning_and_zero_is_a_value(session):
    session.set_value(YEAR, "4.5a", "")
    session.set_value(YEAR, "4.5b", 0)
    session.set_value(YEAR, "4.5c", 0)
    assert validate(session.snapshot(YEAR)) == [
        Finding("warning", "R17.indicator", cell("4.5a", 4), "表4 知识产权项目数 未填写（没有发生请填 0）")]


def test_completeness_derived_cell_is_missing_only_when_its_bases_are(session):
    session.replace_records(YEAR, "conditions", [])
    findings = [f for f in validate(session.snapshot(YEAR)) if f.rule == "R17.indicator"]
    assert findings == [
        Finding("warning", "R17.indicator", cell("3.12", 3),
                "表3 生均校内实践教学工位数 由公式计算，所需数据尚未填写（生均校内实践教学工位数 = "
                "校内实践教学工位数（办学条件）÷ 全日制在校生人数）"),
        Finding("warning", "R17.indicator", cell("3.13", 3),
                "表3 生均教学科研仪器设备值 由公式计算，所需数据尚未填写（生均教学科研仪器设备值 = "
                "教学科研仪器设备值（万元，办学条件）× 10000 ÷ 全日制在校生人数）")]


def test_completeness_survey_needs_respondents(session):
    session.set_value(YEAR, "2.4", "", column="respondents")
    assert validate(session.snapshot(YEAR)) == [
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


def test_completeness_no_graduates_means_graduate_rows_blank(session):
    session.update_report(YEAR, has_graduates=False)
    findings = validate(session.snapshot(YEAR))
    assert {f.rule for f in findings} == {"R11"}
    assert findings[0] == Finding("error", "R11", cell("1.1", 1),
                                  "本年度学校没有毕业生，表1 毕业生人数 应为空，现填写了 300")
    graduate_rows = [r.id for r in session.edition(YEAR).indicators() if r.graduate_related]
    assert [f.place.indicator for f in findings] == graduate_rows


def test_completeness_graduates_means_graduate_rows_filled(session):
    session.set_value(YEAR, "1.7", "")
    assert validate(session.snapshot(YEAR)) == [
        Finding("warning", "R11.missing", cell("1.7", 1), "本年度有毕业生，表1 毕业三年晋升比例 未填写")]


def test_completeness_case_over_the_limit_is_error(session):
    case = session.cases(YEAR)[0]
    session.update_case(case.id, body="案例正文" * 251)
    assert validate(session.snapshot(YEAR)) == [
        Finding("error", "R17.case.long", Place(kind="case", case_id=case.id, section="talent.skills"),
                "案例“以赛促学提升技能”正文 1004 字，超过模板上限 1000 字")]


def test_completeness_short_case_is_warning(session):
    case = session.cases(YEAR)[0]
    session.update_case(case.id, body="学生获得省赛一等奖。")
    assert validate(session.snapshot(YEAR)) == [
        Finding("warning", "R17.case.short", Place(kind="case", case_id=case.id, section="talent.skills"),
                "案例“以赛促学提升技能”正文 9 字，少于模板要求的 150 字")]


def test_completeness_case_needs_title(data):
    case = data.cases[0]
    data.cases[0] = replace(case, title=" ")
    assert validate(data) == [
        Finding("error", "R17.case.title", Place(kind="case", case_id=case.id, section="talent.skills"),
                "人才培养·技能成才中有一个案例没有标题")]


def test_completeness_required_record_field(data):
    record = data.records["partners"][0]
    data.records["partners"][0] = replace(record, data={"organisation": "测试装备制造有限公司"})
    assert validate(data) == [
        Finding("error", "R17.record", Place(kind="record", list_id="partners", row=0, field="status"),
                "名单“校企合作”第1行：“合作状态”必须填写")]


def test_completeness_empty_case_body_is_error(data):
    case = data.cases[0]
    data.cases[0] = Case(id=case.id, section_key=case.section_key, position=0, title=case.title, body="")
    assert validate(data) == [
        Finding("error", "R17.case.empty", Place(kind="case", case_id=case.id, section="talent.skills"),
                "案例“以赛促学提升技能”还没有正文")]
