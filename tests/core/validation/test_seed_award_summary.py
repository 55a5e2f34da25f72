"""R16.listed for awards: Anshan 2023 I24.  The text sums up 数据表 2-1 as 一等奖（冠军）6 个、二等奖 10 个
and leaves out its 11 三等奖.  Counts are the seed's; school names, events and sentences are the
tests' own."""

from .conftest import add_record, add_table, add_text, loud, rules_of

GRADES = ["一等奖"] * 6 + ["二等奖"] * 10 + ["三等奖"] * 11


def awards_table(data):
    add_table(data, "talent.skills", "2023年辽宁省职业院校技能大赛获奖情况", ["序号", "学校", "奖项", "赛项"],
              [[str(i + 1), "测试市职业技术学校", g, f"赛项{i + 1}"] for i, g in enumerate(GRADES)], kinds=["text"] * 4)


def test_anshan_a_summary_of_awards_leaving_out_the_third_prizes(data):
    awards_table(data)
    add_text(data, "talent.skills", "全市学生在省赛中获一等奖（冠军）6 个、二等奖 10 个。")
    assert rules_of(data, "R16.listed") == [
        ("info", "R16.listed", "“2.4 技能成才”写有一等奖 6 个、二等奖 10 个，与表格“2023年辽宁省职业院校技能大赛获奖情况”相符，"
                               "但其中还有三等奖 11 个，正文没有提到：请补上，或写明只列了部分等级")]
    assert loud(data) == []


def test_a_summary_of_every_grade_or_of_other_awards_passes(data):
    """All three grades; or counts that are not the table's (another competition)."""
    awards_table(data)
    add_text(data, "talent.skills", "全市学生在省赛中获一等奖6个、二等奖10个、三等奖11个。")
    add_text(data, "talent.moral", "学生在市级文明风采活动中获一等奖2项、二等奖5项。")
    assert rules_of(data, "R16.listed") == []


def test_the_awards_list_is_summed_up_too(data):
    for grade in ("一等奖", "二等奖", "二等奖", "三等奖"):
        add_record(data, "student_awards", {"date": "2025-05-20", "competition": "辽宁省职业院校技能大赛", "event": "焊接",
                                            "level": "省级", "grade": grade, "advisors": "张老师", "students": "李同学"})
    add_text(data, "talent.skills", "学生获一等奖2项、二等奖2项。")
    assert rules_of(data, "R16.listed") == [
        ("info", "R16.listed", "“2.4 技能成才”写有一等奖 2 项、二等奖 2 项，与名单“学生获奖”相符，但其中还有三等奖 1 项，"
                               "正文没有提到：请补上，或写明只列了部分等级")]
