"""Run-in headings typed in texts, the front matter's dates and title against the texts, and
tables whose caption or introduction says more than their rows (run_in.py, front_dates.py).

Short labels and figures are the seeds' (../shared/seeds/notes, copied here); the sentences
around them are the tests' own."""

import pytest

from vqdesk.core.pdf.runin import marker
from vqdesk.core.validation import run_in

from .conftest import NARRATIVE, add_record, add_table, add_text, block, give_ids, loud, node, report_data, rules_of, set_text

BODY = "学校围绕区域产业发展需要完善培养体系，推动教育教学改革。"


def add_case(data, part, title, *texts):
    """A case under `part` holding one text block per text (a photo between two of them)."""
    blocks = [{"kind": "text", "text": t} for t in texts]
    if len(blocks) == 2:
        blocks.insert(1, {"kind": "photos", "items": [{"photo": 1, "caption": "实训车间"}]})
    node(data, part).blocks.append(block({"kind": "case", "title": title, "blocks": blocks}))
    give_ids(data.document)


def lines(*headings) -> str:
    return "\n".join(f"{h}\n{BODY}" for h in headings)


# -- R17.runin: one level numbered twice or skipped ------------------------------------------------

def test_jinzhou_appended_case_numbers_its_third_part_twice(data):
    """Jinzhou 2025 §8.3 #27: 一、案例背景 二、主要做法 三、实施成效 三、评析与影响, the case's text
    split by a photo."""
    add_case(data, "talent.skills", "劳模引领 平台赋能 成果导向",
             lines("一、案例背景", "二、主要做法", "（一）建强平台", "（二）完善机制"),
             lines("三、实施成效", "三、评析与影响"))
    assert rules_of(data, "R17.runin") == [
        ("info", "R17.runin", "案例“劳模引领 平台赋能 成果导向”的小标题“三、”用了两次（“三、实施成效”、“三、评析与影响”），"
                              "请改正编号")]


def test_jinzhou_appended_case_numbered_in_order_passes(data):
    add_case(data, "talent.skills", "劳模引领 平台赋能 成果导向",
             lines("一、案例背景", "二、主要做法", "（一）建强平台", "（二）完善机制"),
             lines("三、实施成效", "四、评析与影响"))
    assert rules_of(data, "R17.runin", "R17.bracket") == []
    assert loud(data) == []


def test_a_skipped_number_names_the_missing_one(data):
    set_text(data, "talent.moral", lines("一、思想引领", "二、课程育人", "四、实践育人"))
    assert rules_of(data, "R17.runin") == [
        ("info", "R17.runin", "“2.1 立德树人”的小标题从“二、课程育人”跳到“四、实践育人”，缺少“三、”，请改正编号")]


def test_deeper_levels_restart_under_each_heading_and_lists_may_restart(data):
    """（一）（二） under 一、 and again under 二、; a second list 1. 2. after a first one."""
    set_text(data, "talent.moral", lines("一、具体做法", "（一）建强平台", "（二）完善机制", "二、推广价值", "（一）示范引领",
                                         "1.课程建设", "2.师资培训", "1.校内推广", "2.校外推广"))
    assert rules_of(data, "R17.runin", "R17.bracket") == []


def test_long_numbered_paragraphs_count_too(data):
    """Benxi 2024 案例四 numbers whole paragraphs: （一）…（二）…（四）, 三 missing."""
    set_text(data, "talent.moral", "\n".join(f"{m}{BODY}{BODY}" for m in ("（一）人才短缺：", "（二）需求脱节：",
                                                                         "（四）机制不全：")))
    assert rules_of(data, "R17.runin") == [
        ("info", "R17.runin", "“2.1 立德树人”的小标题从“（二）需求脱节：学校围绕…”跳到“（四）机制不全：学校围绕…”，"
                              "缺少“（三）”，请改正编号")]


@pytest.mark.parametrize("line", ["三、实施成效", "（二）与产业紧密相连", "(四) 构建成果转化", "十二、展望", "3. 课程建设",
                                  "（1）校内推广", "2024年，学校", "3.5万元", "（十）评析", "一二、错"])
def test_markers_are_read_as_the_pdf_reads_them(line):
    found = run_in.heading(line)
    assert (found[:2] if found else None) == (marker(line)[:2] if marker(line) else None)


# -- R17.bracket: （一） and (一) mixed --------------------------------------------------------------

def test_benxi_half_and_full_width_brackets_in_one_text(data):
    """Benxi 2024 §8.3 #24: 1.2.1 writes “(一) 专业种类丰富” and then “（二）与产业紧密相连”."""
    set_text(data, "talent.moral", lines("(一) 专业种类丰富", "（二）与产业紧密相连"))
    assert rules_of(data, "R17.bracket") == [
        ("info", "R17.bracket", "“2.1 立德树人”的小标题括号全角半角混用：“(一) 专业种类丰富”用半角括号，“（二）与产业紧密相连”"
                                "用全角括号，请统一为全角“（）”")]


def test_one_text_in_half_width_among_full_width_ones(data):
    """Each text keeps to one width, but the document does not: the text in the fewer width is named."""
    set_text(data, "talent.moral", lines("（一）专业种类丰富", "（二）与产业紧密相连"))
    set_text(data, "talent.skills", lines("（一）衔接模式多样", "（二）培养目标明确"))
    set_text(data, "talent.career", lines("(一) 基地功能完善", "(二) 校企合作紧密"))
    assert rules_of(data, "R17.bracket") == [
        ("info", "R17.bracket", "“2.5 职业发展”的小标题“(一) 基地功能完善”用半角括号，而“2.1 立德树人”、“2.4 技能成才”的"
                                "小标题用全角括号（如“（一）专业种类丰富”），请统一为全角“（）”")]


def test_full_width_brackets_throughout_pass(data):
    set_text(data, "talent.moral", lines("（一）专业种类丰富", "（二）与产业紧密相连", "（1）机电类", "（2）信息类"))
    set_text(data, "talent.career", lines("（一）基地功能完善", "（二）校企合作紧密"))
    assert rules_of(data, "R17.bracket", "R17.runin") == []
    assert loud(data) == []


# -- R15.signed / R15.cover: the cover's month and the signing dates ----------------------------------

def test_jinzhou_signed_after_the_cover_month(data):
    """Jinzhou 2025 §8.3 #24: cover 2025年11月, the appended case signed 2025年12月2日."""
    add_case(data, "talent.skills", "劳模引领 平台赋能 成果导向", f"{NARRATIVE}\n撰稿人：王老师\n审稿人：高老师\n2025年12月2日")
    assert data.settings["cover"]["date"] == "2025年11月"
    assert rules_of(data, "R15.signed", "R15.cover") == [
        ("info", "R15.signed", "案例“劳模引领 平台赋能 成果导向”的落款日期 2025年12月2日 晚于封面日期 2025年11月，请统一两处日期")]


def test_signed_within_the_cover_month_passes(data):
    add_case(data, "talent.skills", "劳模引领 平台赋能 成果导向", f"{NARRATIVE}\n撰稿人：王老师\n审稿人：高老师\n2025年11月2日")
    data.settings["preface"]["text"] = f"{NARRATIVE}\n2025 年 10 月"
    assert rules_of(data, "R15.signed", "R15.cover") == []
    assert loud(data) == []


def test_cover_and_declaration_dates_outside_the_report_year_and_the_next(data):
    data.settings["cover"]["date"] = "2023年11月"
    data.settings["declaration"]["text"] += "\n日期：2024年1月5日"
    assert rules_of(data, "R15.signed", "R15.cover") == [
        ("info", "R15.cover", "封面日期 2023年11月 不在报告年度 2025 年或次年内，请核对"),
        ("info", "R15.signed", "“内容真实性责任声明”的落款日期 2024年1月5日 不在报告年度 2025 年或次年内，请核对")]


def test_a_date_inside_a_sentence_is_no_signature(data):
    add_text(data, "talent.skills", "2025年12月2日，学校举办技能节。\n活动于2025年12月举行。")
    assert rules_of(data, "R15.signed") == []


# -- R15.new: a 新增 caption over renewals --------------------------------------------------------

JZ_COLUMNS = ["序号", "合作企业", "签约时间", "主要合作模式"]


def test_jinzhou_table_13_new_partnerships_holding_a_renewal_and_an_ongoing_one(data):
    """Jinzhou 2025 §8.3 #15: 表13 “2025 年度新增…” rows 2 (2023. 09. 01 续约) and 3 (持续合作);
    R15.caption names row 2's 2023 date on its own (test_seed_contradictions)."""
    add_table(data, "integration.mechanism", "2025年度新增深度校企合作项目一览表", JZ_COLUMNS,
              [["1", "企业甲", "2025.05.19", "引企驻校"], ["2", "企业乙", "2023.09.01（续约）", "企业新型学徒制"],
               ["3", "企业丙", "持续合作", "创新工作室联盟"]], kinds=["text"] * 4)
    assert rules_of(data, "R15.new") == [
        ("warning", "R15.new", "表格“2025年度新增深度校企合作项目一览表”的标题写的是“新增”，但第2行（企业乙）写的是“续约”，"
                               "第3行（企业丙）写的是“持续合作”，不是本年度新增的：请改标题（如“合作项目一览表”）或移出这些行")]


def test_jinzhou_table_13_without_new_in_its_caption_passes(data):
    add_table(data, "integration.mechanism", "2025年度深度校企合作项目一览表", JZ_COLUMNS,
              [["1", "企业甲", "2025.05.19", "引企驻校"], ["2", "企业乙", "续约", "企业新型学徒制"],
               ["3", "企业丙", "持续合作", "持续提升员工技能"]], kinds=["text"] * 4)
    add_table(data, "integration.mechanism", "2025年度新增合作企业", JZ_COLUMNS,
              [["1", "企业丁", "2025.03.01", "持续提升员工技能"]], kinds=["text"] * 4)
    assert rules_of(data, "R15.new") == []
    assert loud(data) == []


def test_partners_list_under_a_new_caption_reads_its_status(data):
    """The bound 校企合作 table renamed “新签”: the list's row says 持续合作."""
    table = next(b for _, b in data.document.blocks() if b.kind == "table" and b.ref == "partners")
    table.data["caption"] = "2025年新签校企合作项目"
    assert rules_of(data, "R15.new") == [
        ("warning", "R15.new", "表格“2025年新签校企合作项目”的标题写的是“新签”，但第1行（测试装备制造有限公司）写的是“持续合作”，"
                               "不是本年度新签的：请改标题（如“合作项目一览表”）或移出这些行")]


def test_partners_list_filtered_to_new_rows_passes(data):
    """The table prints the list's rows as its filter keeps them: the 新签 ones only."""
    add_record(data, "partners", {"organisation": "测试数控设备有限公司", "status": "新签"})
    table = next(b for _, b in data.document.blocks() if b.kind == "table" and b.ref == "partners")
    table.data["caption"] = "2025年新签校企合作项目"
    table.data["source"]["filter"] = {"status": "新签"}
    assert rules_of(data, "R15.new") == []
    assert loud(data) == []


# -- R15.plan: a later year's plans ---------------------------------------------------------------

PLAN_CAPTION = "现代职业教育质量提升计划项目总体规划"
PLAN_ROWS = [["1", "信息工程学校（6）", "计算机实训室建设"], ["2", "交通运输学校（9）", "技能大赛承办项目"]]


def anshan(plan_year: int):
    """Anshan 2023 (data period 2022-09-01 to 2023-08-31): 数据表 2-2 after a sentence on the
    project library of `plan_year`, a photo between them."""
    data = report_data(year=2023)
    add_text(data, "talent.skills", f"{BODY}\n落实《关于建立现代职业教育质量提升计划项目库的通知》精神，各中职学校"
                                    f"按照项目化、清单化方式对 {plan_year} 年度本校质量提升计划项目库进行统筹安排。")
    node(data, "talent.skills").blocks.append(block({"kind": "photos", "items": [{"photo": 1, "caption": "融通体系"}]}))
    add_table(data, "talent.skills", PLAN_CAPTION, ["序号", "学校名称（子项目数）", "子项目内容"], PLAN_ROWS,
              kinds=["text"] * 3)
    return data


def test_anshan_table_2_2_plans_2024_inside_the_2023_report():
    """Anshan 2023 I30."""
    assert rules_of(anshan(2024), "R15.plan") == [
        ("info", "R15.plan", f"表格“{PLAN_CAPTION}”前的文字说的是 2024 年的安排（“…职学校按照项目化、清单化方式对 2024 年度本校"
                             "质量提升计划项目库进行统筹安排”）：表中是 2024 年的计划，不是本报告期（2022-09-01 至 2023-08-31）"
                             "已做的事，请确认应列入 2023 年度报告，或在标题中注明“2024 年计划”")]


def test_anshan_table_2_2_of_the_report_year_passes():
    assert rules_of(anshan(2023), "R15.plan") == []


@pytest.mark.parametrize("text", ["学校以“十四五”规划和2035年远景目标为指引，按照《2026年质量提升计划》要求做好申报。",
                                  "截至2026年1月，各项目均已完成验收。"])
def test_a_later_year_in_a_quoted_document_a_vision_or_a_fact_is_no_plan(data, text):
    add_text(data, "talent.skills", text)
    add_table(data, "talent.skills", "上级政策文件清单", ["政策层级", "文件名称"], [["省级", "若干措施"]], kinds=["text"] * 2)
    assert rules_of(data, "R15.plan") == []


# -- R19.title: the report's title quoted differently -------------------------------------------------

def anshan_titled(quoted: str):
    data = report_data(year=2023)
    data.profile["name"] = "鞍山市"
    data.settings["cover"]["title"] = "鞍山市中等职业教育质量报告（2023 年度）"
    data.settings["preface"].update(title="撰写说明", text=f"根据上级要求，参考各校年报编制{quoted}，供社会各界了解。")
    return data


def test_anshan_compilation_note_quotes_another_title():
    """Anshan 2023 I27: cover 鞍山市中等职业教育质量报告, 撰写说明 《…质量年度报告（2023 年度）》."""
    assert rules_of(anshan_titled("《鞍山市中等职业教育质量年度报告（2023 年度）》"), "R19.title") == [
        ("info", "R19.title", "“撰写说明”写的报告名称《鞍山市中等职业教育质量年度报告（2023 年度）》与封面标题"
                              "“鞍山市中等职业教育质量报告（2023 年度）”不一致，请统一为一种写法")]


@pytest.mark.parametrize("quoted", ["《鞍山市中等职业教育质量报告（2023年度）》", "《鞍山市中等职业教育质量报告》",
                                    "《鞍山市中等职业教育质量年度报告（2022 年度）》",
                                    "《关于做好鞍山市2023年度职业教育质量报告编制工作的通知》"])
def test_the_same_title_last_year_s_report_and_notices_pass(quoted):
    assert rules_of(anshan_titled(quoted), "R19.title") == []


def test_the_edition_s_title_quoted_as_printed_passes(data):
    data.settings["preface"]["text"] = f"《测试市职业技术学校中等职业教育质量年度报告（2025年度）》{NARRATIVE}"
    assert rules_of(data, "R19.title") == []
    assert loud(data) == []
