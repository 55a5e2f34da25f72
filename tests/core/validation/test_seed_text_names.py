"""Names a text gives twice in two spellings: a course named one way in its case's title and
another in its body (R18.title), a motto explained with phrases it does not hold (R17.motto).

The names and phrases are the seeds' (../shared/seeds/notes, Jinzhou 2025 §8.3 #35 and #36); the
sentences around them are the tests' own."""

from .conftest import add_text, block, give_ids, loud, node, rules_of

SHORT = "智能药品包装机综合实训"
LONG = "智能药品包装机零部件测绘与综合加工实训"
CASE_TITLE = f"校企共建课程资源——《{SHORT}》课程开发纪实"


def add_case(data, part, title, *texts):
    node(data, part).blocks.append(block({"kind": "case", "title": title,
                                          "blocks": [{"kind": "text", "text": t} for t in texts]}))
    give_ids(data.document)


# -- R18.title -------------------------------------------------------------------------------------

def test_a_case_names_its_course_one_way_in_the_title_and_another_in_the_body(data):
    """§8.3 #36: 案例17's title has 《智能药品包装机综合实训》, its body 《…零部件测绘与综合加工实训》."""
    add_case(data, "integration.teachers", CASE_TITLE,
             f"学校与合作企业以《{LONG}》课程为突破口，把企业的真实产品引入课堂，共同编写了模块化的教学资源。")
    assert rules_of(data, "R18.title") == [
        ("info", "R18.title", f"案例“{CASE_TITLE}”写有《{SHORT}》，又写有《{LONG}》：若是同一课程、书或文件，请统一名称")]


def test_one_section_naming_a_course_two_ways(data):
    """The same slip in one heading's texts, two paragraphs apart."""
    add_text(data, "integration.education", f"学校开发了《{LONG}》课程，由企业工程师与专业教师共同授课。")
    add_text(data, "integration.education", f"《{SHORT}》课程已在两个年级开设，学生反响良好。")
    assert rules_of(data, "R18.title") == [
        ("info", "R18.title", f"“6.3 产教协同育人”写有《{LONG}》，又写有《{SHORT}》：若是同一课程、书或文件，请统一名称")]


def test_one_course_named_alike_throughout_raises_nothing(data):
    add_case(data, "integration.teachers", CASE_TITLE,
             f"学校与合作企业以《{SHORT}》课程为突破口，把企业的真实产品引入课堂，共同编写了模块化的教学资源。")
    assert rules_of(data, "R18.title") == []
    assert loud(data) == []


def test_different_documents_and_one_documents_editions_are_not_variants(data):
    """A 办法 and its 实施细则, a 标准 and its 试行 edition, one 方案 of two periods, a 办法 and a 方案
    of one issuer, two names in two sections: none is one thing named two ways."""
    add_text(data, "support.policy", "学校落实《甘肃省职业院校教材管理办法》和《甘肃省职业院校教材管理办法实施细则》，"
                                     "执行《中等职业学校教学标准（试行）》与《中等职业学校教学标准》，"
                                     "推进《职业教育产教融合赋能提升行动实施方案（2023—2025年）》"
                                     "和《职业教育产教融合赋能提升行动实施方案（2025年）》，"
                                     "并制定《鞍山市职业学校办学条件达标工作实施方案》，对照《鞍山市职业学校办学条件管理办法》自查。")
    add_text(data, "service.employment", "依据《辽宁省职业技能等级认定工作指导手册》开展认定。")
    add_text(data, "service.livelihood", "严格依据《辽宁省指导手册》开展社会考试服务。")
    assert rules_of(data, "R18.title") == []


# -- R17.motto -------------------------------------------------------------------------------------
MOTTO = "立德立行、匠心匠成"


def test_a_motto_explained_with_two_other_phrases(data):
    """§8.3 #35: 办学理念 “立德立行、匠心匠成”, explained as “尚德笃行” and “行知合一”."""
    add_text(data, "basic.local", f"学校始终坚持“{MOTTO}”的办学理念，并把它落实到教育教学的各个环节。"
                                  "“尚德笃行”强调学生品德与行动并重；“行知合一”注重理论学习与实践训练相结合。")
    assert rules_of(data, "R17.motto") == [
        ("info", "R17.motto", f"“1.6 本地特色”写有办学理念“{MOTTO}”，随后解释的“尚德笃行”“行知合一”却不在其中"
                              "（办学理念由“立德立行”“匠心匠成”组成）：请核对解释与办学理念是否一致")]


def test_the_explanation_in_the_next_paragraph_naming_one_part_and_one_stranger(data):
    """Only the phrase that is not a part is named; the gloss may come in the next paragraph (here
    of the preface)."""
    data.settings["preface"]["text"] += f"\n学校的校训是“{MOTTO}”。\n“立德立行”强调做人做事以德为先；“行知合一”注重学以致用。"
    assert rules_of(data, "R17.motto") == [
        ("info", "R17.motto", f"“前言”写有校训“{MOTTO}”，随后解释的“行知合一”却不在其中"
                              "（校训由“立德立行”“匠心匠成”组成）：请核对解释与校训是否一致")]


def test_a_motto_explained_with_its_own_parts_raises_nothing(data):
    add_text(data, "basic.local", f"学校始终坚持“{MOTTO}”的办学理念。“立德立行”强调学生品德与行动并重；"
                                  "“匠心匠成”注重精益求精的工匠品格。学校倡导“知行合一”，鼓励学生多动手。")
    assert rules_of(data, "R17.motto") == []
    assert loud(data) == []


def test_quoted_phrases_two_paragraphs_later_of_another_length_or_alone_are_no_explanation(data):
    """A gloss two paragraphs after the motto, a phrase of another length, and a single glossed phrase
    (a slogan's requirement, not an explanation of the motto's parts) are left alone."""
    add_text(data, "basic.local", f"学校始终坚持“{MOTTO}”的办学理念。\n学校建成实训基地两个。\n"
                                  "“尚德笃行”强调学生品德与行动并重。")
    add_text(data, "talent.moral", f"学校以“{MOTTO}”为校训，“工匠精神进校园”要求每个专业每学期举办一次讲座。")
    add_text(data, "culture.craftsmanship", f"学校践行“{MOTTO}”的办学理念，落实“三全育人”要求，育人成效明显。")
    assert rules_of(data, "R17.motto") == []
