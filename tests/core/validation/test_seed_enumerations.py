"""R17.count: a count beside the list it counts.  Jinzhou 2025 §8.3 #34: “五位一体” over six
“共X” items.  The quoted list is the seed's; the sentences around it are the tests' own."""

from .conftest import add_text, loud, rules_of

SIX = "专业建设共议、课程体系共订、师资队伍共建、培养过程共管、教育资源共享、校企文化共融"


def test_jinzhou_five_in_one_over_six_items(data):
    add_text(data, "integration.mechanism", f"学校形成“共建共享，五位一体”的办学模式。校企围绕“{SIX}”开展合作。")
    assert rules_of(data, "R17.count") == [
        ("info", "R17.count", "“6.1 产教机制共筑”写“五位一体”，而列出的“专业建设共议、课程体系共订、师资队伍共建、培养过程共管、"
                              "教育资源共享、校企文化共融”是 6 项，不是 5 项：请核对数目或所列各项")]
    assert loud(data) == []


def test_a_count_a_colon_and_more_items(data):
    add_text(data, "basic.majors", "学校开设3个专业：机电技术应用、数控技术应用、汽车运用与维修、焊接技术应用。")
    assert [m for _, _, m in rules_of(data, "R17.count")] == [
        "“1.2 专业设置”写“3个专业”，而列出的“机电技术应用、数控技术应用、汽车运用与维修、焊接技术应用”是 4 项，不是 3 项："
        "请核对数目或所列各项"]


def test_lists_of_the_right_length_partial_lists_and_one_challenge_pass(data):
    add_text(data, "integration.mechanism", "工作室构建“教、研、创、训、展”五位一体实践环境。学校开设4个专业：机电、数控、汽修、焊接。"
                                            "合作企业有5家：甲公司、乙公司等。一个新的挑战浮现出来：全员参与、体系推进不足。")
    assert rules_of(data, "R17.count") == []


def test_benxi_two_items_run_together_in_a_list(data):
    """Benxi #22: “人才链、产业链、项目链、技术链资本链的‘五链’”: 技术链 and 资本链 lack their 、."""
    add_text(data, "integration.mechanism", "推动教育链、人才链、产业链、项目链、技术链资本链的“五链”融合。")
    assert rules_of(data, "R17.count") == [
        ("info", "R17.count", "“6.1 产教机制共筑”所列的“技术链资本链”像是“技术链”和“资本链”两项，中间少了“、”，请补上")]


def test_lists_whose_items_merely_end_alike_pass(data):
    add_text(data, "integration.mechanism", "推进数字化、网络化、智能化、绿色化转型，建设一体化、标准化、规范化的管理体系。"
                                            "开展春节、端午、中秋节等传统节日活动，团结朝鲜族、回族、满族等少数民族学生。")
    assert rules_of(data, "R17.count") == []
