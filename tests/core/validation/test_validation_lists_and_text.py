"""Record lists (R15 dates, R18 names, duplicates, certificates, codes), narratives (R16) and
attachments (R19)."""

from dataclasses import replace

from vqdesk.core.findings import Finding, Place
from vqdesk.core.model import Photo
from vqdesk.core.validation import validate

YEAR = 2025


def row(list_id, index, field=None):
    return Place(kind="record", list_id=list_id, row=index, field=field)


def section(key):
    return Place(kind="section", section=key)


# -- R15 -------------------------------------------------------------------------------------------

def test_records_date_before_the_period_is_warning(session):
    session.add_record(YEAR, "student_awards", {"date": "2024-06-15", "competition": "市技能大赛",
                                                "event": "车加工", "level": "市级", "grade": "二等奖"})
    assert validate(session.snapshot(YEAR)) == [
        Finding("warning", "R15", row("student_awards", 1, "date"),
                "名单“学生技能大赛获奖”第2行：获奖日期 2024-06-15 不在报告期 2024-09-01 至 2025-08-31 内")]


def test_records_dates_shortly_after_the_period_are_allowed(session):
    record = session.records(YEAR, "student_awards")[0]
    session.update_record(record.id, "date", "2025-11-30")     # 91 days after 31 August
    assert validate(session.snapshot(YEAR)) == []
    session.update_record(record.id, "date", "2025-12-02")
    assert [f.rule for f in validate(session.snapshot(YEAR))] == ["R15"]


# -- the lists' own rules ------------------------------------------------------------------------------

def test_records_duplicate_rows_are_warning(session):
    session.add_record(YEAR, "partners", {"organisation": "测试装备制造有限公司 ", "status": "续约"})
    assert validate(session.snapshot(YEAR)) == [
        Finding("warning", "R18.duplicate", row("partners", 1),
                "名单“校企合作”第2行与第1行重复（合作企业“测试装备制造有限公司”）")]


def test_records_certified_not_above_graduates(session):
    record = session.records(YEAR, "certificates")[0]
    session.update_record(record.id, "certified", 120)
    assert validate(session.snapshot(YEAR)) == [
        Finding("error", "R1.certificates", row("certificates", 0, "certified"),
                "名单“证书获取”第1行：获证人数 120 大于毕业生人数 100")]


def test_records_major_codes_are_unique(session):
    record = session.records(YEAR, "majors")[2]
    session.update_record(record.id, "code", "700206")
    assert validate(session.snapshot(YEAR)) == [
        Finding("error", "R18.code", row("majors", 2, "code"), "名单“专业设置”第3行：专业代码 700206 与第2行重复")]


# -- R18 -------------------------------------------------------------------------------------------

def test_records_alias_of_a_master_name_is_info(session):
    session.add_record(YEAR, "internships", {"organisation": "测试装备公司", "positions": 20})
    session.add_master("organisation", "测试装备制造有限公司", aliases=["测试装备公司"])
    assert validate(session.snapshot(YEAR)) == [
        Finding("info", "R18.alias", row("internships", 0, "organisation"),
                "名单“实习单位”第1行：实习单位“测试装备公司”是“测试装备制造有限公司”的别称，"
                "建议统一写作“测试装备制造有限公司”")]


def test_records_two_spellings_of_one_name_in_a_list(session):
    session.add_record(YEAR, "internships", {"organisation": "示例汽车服务公司", "positions": 20})
    session.add_record(YEAR, "internships", {"organisation": "示例汽车服务公司（ 4S 店）", "positions": 5})
    session.add_record(YEAR, "internships", {"organisation": "示例汽车服务公司(4S店)", "positions": 5})
    assert validate(session.snapshot(YEAR)) == [
        Finding("warning", "R18.duplicate", row("internships", 2),
                "名单“实习单位”第3行与第2行重复（实习单位“示例汽车服务公司(4S店)”）"),
        Finding("warning", "R18.spelling", row("internships", 2, "organisation"),
                "名单“实习单位”第3行：实习单位“示例汽车服务公司(4S店)”与其他行的“示例汽车服务公司（ 4S 店）”"
                "是同一名称的不同写法，请统一")]


def test_records_enrolment_majors_must_be_offered(session):
    record = session.records(YEAR, "enrolment")[5]
    session.update_record(record.id, "major", "计算机网络技术")
    assert validate(session.snapshot(YEAR)) == [
        Finding("warning", "R18.major", row("enrolment", 5, "major"),
                "名单“分专业在校生”第6行：专业“计算机网络技术”不在“专业设置”名单中")]


def test_records_enrolment_major_written_as_alias_is_offered(session):
    session.add_master("major", "计算机应用", aliases=["计算机应用技术"])
    record = session.records(YEAR, "enrolment")[5]
    session.update_record(record.id, "major", "计算机应用技术")   # resolved to the master name on entry
    assert validate(session.snapshot(YEAR)) == []


# -- R16 -------------------------------------------------------------------------------------------

def test_text_number_in_narrative_differs_from_table(session):
    session.set_narrative(YEAR, "basic.students", "学校现有全日制在校生1700余人。" + "学生结构持续优化。" * 20)
    assert validate(session.snapshot(YEAR)) == [
        Finding("warning", "R16.number", section("basic.students"),
                "“基本情况·学生结构”写有“在校生1700余人”，但表6 全日制在校生人数为 1200，建议改用数据字段 {{[6.1]}}")]


def test_text_numbers_that_agree_are_silent(session):
    # exact, “余” (1,200 to 1,299), “约” (within 5 %), another year's figure, another quantity
    text = ("学校现有在校生1200人，专任教师85名，教职工总数为110人。全校在校生1,200余人。"
            "毕业生约310人。2022年在校生900人。毕业生升学人数150人。" + "学生结构持续优化。" * 20)
    session.set_narrative(YEAR, "basic.students", text)
    assert validate(session.snapshot(YEAR)) == []


def test_text_number_in_a_case_body(session):
    case = session.cases(YEAR)[0]
    session.update_case(case.id, body=case.body + "本年度毕业生320人。")
    assert [(f.rule, f.place, f.message) for f in validate(session.snapshot(YEAR))] == [
        ("R16.number", Place(kind="case", case_id=case.id, section="talent.skills"),
         "案例“以赛促学提升技能”写有“毕业生320人”，但表1 毕业生人数为 300，建议改用数据字段 {{[1.1]}}")]


def test_text_broken_or_blank_bound_field_is_warning(session):
    base = "学生结构持续优化。" * 20
    session.set_narrative(YEAR, "basic.students", base + "在校生{{[9.9]}}人，网址{{profile.website}}。")
    assert validate(session.snapshot(YEAR)) == [
        Finding("warning", "R16.field", section("basic.students"),
                "“基本情况·学生结构”中的数据字段无法显示：数据字段引用的指标“9.9”不存在"),
        Finding("warning", "R16.field", section("basic.students"),
                "“基本情况·学生结构”中的数据字段无法显示：数据字段“profile.website”引用的学校信息未填写")]


# -- R19 -------------------------------------------------------------------------------------------

def test_attachments_photo_without_caption_is_warning(session):
    photo = session.photos(YEAR)[0]
    session.update_photo(photo.id, caption="")
    assert validate(session.snapshot(YEAR)) == [
        Finding("warning", "R19.photo.caption", Place(kind="photo", photo_id=photo.id),
                "图片“workshop.png”没有图题（题注）")]


def test_attachments_photo_in_unknown_section_is_error(data):
    photo = data.photos[0]
    data.photos[0] = replace(photo, section_key="talent.removed")
    assert validate(data) == [
        Finding("error", "R19.photo.section", Place(kind="photo", photo_id=photo.id),
                "图片“workshop.png”所属的章节“talent.removed”在模板中不存在")]


def test_attachments_photo_of_a_removed_case_is_error(data):
    data.photos.append(Photo(id=99, position=2, caption="旧图", filename="old.png", mime="image/png", case_id=42))
    assert validate(data) == [
        Finding("error", "R19.photo.case", Place(kind="photo", photo_id=99), "图片“old.png”所属的案例（编号 42）不存在")]


def test_attachments_case_in_unknown_section_is_error(data):
    case = data.cases[0]
    data.cases[0] = replace(case, section_key="service.region2")
    assert validate(data) == [
        Finding("error", "R19.case", Place(kind="case", case_id=case.id, section="service.region2"),
                "案例“以赛促学提升技能”所属的章节“service.region2”在模板“辽宁省中职学校质量年度报告（8章版）”中不存在")]


def test_records_dates_follow_the_reports_own_period(session):
    session.update_report(YEAR, period_start="2025-01-01", period_end="2025-12-31")
    assert [(f.rule, f.place.list_id, f.message) for f in validate(session.snapshot(YEAR))] == [
        ("R15", "trainings", "名单“社会培训”第1行：开始日期 2024-11-10 不在报告期 2025-01-01 至 2025-12-31 内")]
