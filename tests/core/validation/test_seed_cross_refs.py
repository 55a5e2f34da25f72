"""R19.ref: table and figure numbers typed in the text.  Anshan 2023 I13 (“（见图 7-2）” where the
photo of the hosted provincial contest is 图 7-4) and Jinzhou 2025 §8.3 #29 (“见表 1-1” for the
table printed as 表1, “见表 2-1” for 表11).  Captions and numbers are the seeds'; the sentences
around them are the tests' own."""

from vqdesk.core.model import Photo

from .conftest import add_table, add_text, block, give_ids, loud, node, rules_of

#: Anshan's chapter 7 photos, in order: 图 7-1 … 图 7-4 in a report numbered per chapter.
AS_PHOTOS = [("support.policy", "关于成立鞍山市职业教育联席会议制度的通知"), ("support.policy", "岫岩职教宣传周图片"),
             ("support.funding", "国家助学金档案"), ("support.projects", "鞍山市中职学校承办省级大赛图片")]


def anshan_photos(data):
    for i, (part, caption) in enumerate(AS_PHOTOS, start=3):
        data.photos.append(Photo(id=i, caption=caption, filename=f"p{i}.png", mime="image/png"))
        node(data, part).blocks.append(block({"kind": "photos", "items": [{"photo": i}]}))
    give_ids(data.document)


def test_anshan_a_reference_to_the_wrong_photo(data):
    """I13: the sentence on hosting provincial and national contests points at 图 7-2, the 宣传周
    photo; 图 7-4 is the one of the hosted contest."""
    anshan_photos(data)
    add_text(data, "support.policy", "全市开展职教宣传周活动，营造尊重技能的社会氛围（见图 7-2）。")
    add_text(data, "support.projects", "各校通过承办省赛、国赛对接先进技术技艺，提升人才培养能力（见图 7-2）。")
    assert rules_of(data, "R19.ref") == [
        ("info", "R19.ref", "“7.4 重大项目引领”引用了“图 7-2”，它是“岫岩职教宣传周图片”，与引用它的这句话对不上；"
                            "这句话说到的“承办省”见于图 7-4“鞍山市中职学校承办省级大赛图片”：请核对编号")]
    assert loud(data) == []


def test_references_that_fit_their_photos_pass(data):
    """The same sentences pointing at 图 7-4 and 图 7-2, and one about a subject no caption names."""
    anshan_photos(data)
    add_text(data, "support.policy", "全市开展职教宣传周活动，营造尊重技能的社会氛围（见图 7-2）。")
    add_text(data, "support.projects", "各校通过承办省赛、国赛对接先进技术技艺，提升人才培养能力（见图7－4）。"
                                       "教师共参加各级各类培训3323人次（见图 7-3）。")
    assert rules_of(data, "R19.ref") == []


def test_jinzhou_references_in_another_numbering_scheme(data):
    """#29: the tables are numbered 表 1 … (flat here); the text writes 表 1-1 and 表 2-1 for them."""
    data.document.settings["numbering"]["tables"] = "flat"
    add_text(data, "basic.overview", "学校开设专业情况见表 1-1；社会考试服务项目具体数据统计见表 2-1。")
    assert rules_of(data, "R19.ref") == [
        ("warning", "R19.ref", "“1.1 概况”引用了“表 1-1”，报告中没有这一编号的表格（表格编号为 表 1 至 表 11）："
                               "手写的编号不会随表图增删而更新，请核对后改正"),
        ("warning", "R19.ref", "“1.1 概况”引用了“表 2-1”，报告中没有这一编号的表格（表格编号为 表 1 至 表 11）："
                               "手写的编号不会随表图增删而更新，请核对后改正")]


def test_references_to_printed_tables_the_annex_and_words_that_only_look_like_one(data):
    """表 1-1 … exist; 表 3 is the annex's; “代表1名” and “蓝图3年” are no references; a list
    “见表 1-1、1-2” checks both numbers."""
    add_text(data, "basic.overview", "学校专业设置见表 1-1、1-2，主要指标见附件（表 3）。学校推选代表1名，绘就发展蓝图3年。")
    add_table(data, "basic.overview", "校舍情况", ["项目", "面积"], [["教学楼", 12000]])
    assert rules_of(data, "R19.ref") == []
    assert loud(data) == []


def test_a_list_of_numbers_one_of_which_is_missing(data):
    add_text(data, "basic.teachers", "专任教师结构（见图 1-3、1-9）。")
    assert [m for _, _, m in rules_of(data, "R19.ref")] == [
        "“1.4 教师队伍”引用了“图 1-9”，报告中没有这一编号的图（以“图 1-”开头的为 图 1-1 至 图 1-4）：手写的编号不会随表图增删而更新，请核对后改正"]


def test_jinzhou_analysis_charts_referenced_in_another_scheme(data):
    """#29: figures are numbered 图 1 … (flat here); the text writes 分析图 1-1 and 分析图 1-2 for them."""
    data.document.settings["numbering"]["figures"] = "flat"
    add_text(data, "basic.students", "各专业分布参差错落（见分析图 1-1），毕业生去向呈平稳趋势（见分析图 1-2）。")
    assert [m for _, _, m in rules_of(data, "R19.ref")] == [
        f"“1.3 学生结构”引用了“图 1-{n}”，报告中没有这一编号的图（图编号为 图 1 至 图 8）："
        "手写的编号不会随表图增删而更新，请核对后改正" for n in (1, 2)]
