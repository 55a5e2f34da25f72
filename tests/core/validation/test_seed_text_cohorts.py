"""Counts and cohorts a text gets wrong in its words: a cohort too young for the results it is
given (R15.cohort), one category counted twice in one enumeration (R17.enum).

The labels and numbers are the seeds' (../shared/seeds/notes, Jinzhou 2025 §8.3 #42 and
Liangzhou 2023 §7.3 I-28); the sentences around them are the tests' own.  The report year is
conftest's 2025 (as Jinzhou's)."""

from .conftest import add_text, loud, rules_of

# -- R15.cohort ------------------------------------------------------------------------------------


def test_the_2025_admission_results_given_to_the_24_cohort(data):
    """§8.3 #42: the 2025 report gives “24级升学班174名学生报考…155人考入…” (24级 entered in 2024)."""
    add_text(data, "talent.growth", "24级升学班174名学生参加了今年的单招报考，最终155人考入省内高职院校。")
    assert rules_of(data, "R15.cohort") == [
        ("info", "R15.cohort", "“2.3 多样成长”写有“24级升学班174名学生参加了今年的单招”：“24级”是 2024 年入学的学生，"
                               "到 2025 年还没有读完中职，不会有“单招”的结果；请核对“级”（入学年份）与“届”（毕业年份）是否写错")]


def test_a_cohort_of_four_digits_of_the_report_year(data):
    add_text(data, "talent.career", "2025 级机电专业有32名学生被高职院校录取。")
    assert rules_of(data, "R15.cohort") == [
        ("info", "R15.cohort", "“2.5 职业发展”写有“2025 级机电专业有32名学生被高职院校录取”：“2025 级”是 2025 年入学的学生，"
                               "到 2025 年还没有读完中职，不会有“录取”的结果；请核对“级”（入学年份）与“届”（毕业年份）是否写错")]


def test_leavers_of_old_enough_cohorts_届_plans_and_levels_raise_nothing(data):
    """22级 entered in 2022 and leaves in 2025; 届 is the year of leaving; a plan claims nothing; 省级
    and 一级 are levels; a 24级 sentence without results of leaving says nothing about them; new
    students are admitted (录取) on entering; a 单招班 and a 就业指导 course are no results."""
    add_text(data, "talent.growth", "22级升学班174名学生报考，155人考入省内高职院校。2025届毕业生就业率稳定。"
                                    "24级学生预计2027年参加单招考试。学生获省级一等奖，教师获评一级教师后就业指导更有力。"
                                    "24级机电技术应用专业的同学参加了劳模宣讲会。学校录取2025级新生1200人。"
                                    "24级单招班开设了就业指导课。")
    assert rules_of(data, "R15.cohort") == []
    assert loud(data) == []


# -- R17.enum --------------------------------------------------------------------------------------

def test_one_category_counted_twice_with_a_bracketed_qualifier(data):
    """Liangzhou I-28: “党委3个，党委（总支）3个，党支部14个” (probably 党总支)."""
    add_text(data, "support.party", "全区中职学校均建立了党组织，全区现有党委3个，党委（总支）3个，党支部14个。")
    assert rules_of(data, "R17.enum") == [
        ("info", "R17.enum", "“7.1 党建引领”写有“党委3个”，又写有“党委（总支）3个”：看似同一类计了两次；"
                             "若后者是另一类（如括号中的“总支”所指），请写出它的名称")]


def test_distinct_categories_parts_and_scopes_raise_nothing(data):
    """党总支 is another category; a 其中 clause counts a part; （含兼职） counts another scope;
    专业（点） writes a name and its variant at once."""
    add_text(data, "support.party", "全区中职学校均建立了党组织，现有党委3个，党总支3个，党支部14个。")
    add_text(data, "basic.teachers", "学校师资稳定，现有专任教师85人，其中专任教师（双师型）60人；现有教师120人，教师（含兼职）150人。")
    add_text(data, "basic.majors", "全区职业教育稳步发展，现有专业51个，专业（点）77个。")
    assert rules_of(data, "R17.enum") == []
    assert loud(data) == []
