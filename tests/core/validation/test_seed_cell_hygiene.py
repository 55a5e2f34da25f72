"""Leftovers of typing, pasting and converting in texts and free tables' cells (hints): Jinzhou 2025
§8.3 #43 (案例12's cells with HTML tags, 表4's wrapped name), Liangzhou 2023 I-28 (“m <sup>2</sup>”
in a unit column; “招 生数”, “合 计”, “项 目”), Benxi 2024 §8.3 #18 (表1.1's stray “中” row), #19
(表2.1.6 and 表6.3 units in the cells, 表7.2 “0” beside “14.93%”), #27 (表6.4's name separators),
Anshan 2023 I29 (数据表 2-1 names apart by “、” and “,”, a garbled team cell) and I10 (数据表 2-2 items listed twice in one
cell).  The seeds' labels and figures; the tests' own sentences and invented names."""

from .conftest import add_table, add_text, block, give_ids, loud, rules_of, the_case

HINTS = ("R17.markup", "R17.space", "R16.unit-cell", "R18.fragment", "R18.separator", "R18.duplicate-item")


def hints(data):
    return rules_of(data, *HINTS)


# -- R17.markup: web markup left by a conversion --------------------------------------------------

def test_jinzhou_case_table_cells_holding_html_tags(data):
    the_case(data).children.append(block({
        "kind": "table", "caption": "师徒结对成果一览表", "columns": ["师徒", "主要成果与荣誉"],
        "column_kinds": ["text", "text"],
        "rows": [["张明（师） 李华（徒）", "<p>师傅：获省教学能力大赛二等奖。</p> <p>徒弟：参与课题一项。</p>"],
                 ["赵强（师） 孙丽（徒）", "<p>师傅：获评德育先进个人。</p><br/>徒弟：获20余项奖项。"]]}))
    give_ids(data.document)
    assert hints(data) == [
        ("info", "R17.markup", "表格“师徒结对成果一览表”第1行“主要成果与荣誉”列等 2 处有网页标记（HTML）："
                               "“<p>”请删去；“</p>”请删去；“<br>”请删去（需要换行就直接换行）")]
    assert loud(data) == []


def test_liangzhou_a_unit_column_holding_m_sup_2(data):
    add_table(data, "basic.conditions", "办学资源总量及生均值", ["序号", "项目", "单位", "2021年", "2022年"],
              [[1, "占地面积", "m <sup>2</sup>", 590860.6, 663538.41], [2, "校舍建筑面积", "m<sup>2</sup>", 256820.25,
                                                                     365701.81]],
              kinds=["number", "text", "text", "number", "number"])
    assert hints(data) == [
        ("info", "R17.markup", "表格“办学资源总量及生均值”第1行“单位”列等 2 处有网页标记（HTML）："
                               "“m <sup>2</sup>”请改为“m²”或“平方米”；“m<sup>2</sup>”请改为“m²”或“平方米”")]


def test_markup_in_a_text_and_in_a_header(data):
    add_text(data, "talent.skills", "学校新建实训楼一栋，面积12000m<sup>2</sup>。<br>&nbsp;全年接待参观300人次。")
    add_table(data, "basic.conditions", "实训场地", ["场地", "面积（m<sup>2</sup>）"], [["实训楼", 12000]])
    assert hints(data) == [
        ("info", "R17.markup", "表格“实训场地”的表头“面积（m<sup>2</sup>）”有网页标记（HTML）："
                               "“m<sup>2</sup>”请改为“m²”或“平方米”"),
        ("info", "R17.markup", "“2.4 技能成才”中有网页标记（HTML）：“m<sup>2</sup>”请改为“m²”或“平方米”；"
                               "“<br>”请删去（需要换行就直接换行）；“&nbsp;”请改为空格或删去")]


def test_m2_written_as_text_and_comparisons_pass(data):
    add_text(data, "talent.skills", "实训楼面积12000m²（12000平方米），生师比<20，R&D投入增加。")
    add_table(data, "basic.conditions", "办学资源", ["项目", "单位", "2022年"],
              [["占地面积", "m²", 663538.41], ["校舍建筑面积", "平方米", 365701.81]], kinds=["text", "text", "number"])
    assert hints(data) == []
    assert loud(data) == []


# -- R17.space: a space splitting a short word ------------------------------------------------------

def test_liangzhou_spaces_inside_headers_and_a_total_label(data):
    add_table(data, "basic.students", "专业情况统计", ["项 目", "招 生数（人）"],
              [["一年级", 400], ["二年级", 380], ["合 计", 780]])
    assert hints(data) == [
        ("info", "R17.space", "表格“专业情况统计”中有词语被空格隔开：表头“项 目”、表头“招 生数”、第3行“合 计”："
                              "请删去空格（如“项目”），表格会自行对齐")]
    assert loud(data) == []


def test_jinzhou_a_name_wrapped_at_the_end_of_a_line(data):
    add_table(data, "talent.skills", "2024年辽宁省学生技能大赛汇总表", ["赛项", "奖项", "指导教师", "学生"],
              [["智能制造设备技术应用", "省赛 二等奖", "王立新、周晓 晓", "陈一鸣、许安宁"]], kinds=["text"] * 4)
    assert hints(data) == [
        ("info", "R17.space", "表格“2024年辽宁省学生技能大赛汇总表”中有词语被空格隔开：第1行“周晓 晓”："
                              "请删去空格（如“周晓晓”），表格会自行对齐")]
    assert loud(data) == []


def test_anshan_a_garbled_team_cell(data):
    """I29: 数据表 2-1's 工程测量 team cell ends “…,解贺 彭”: a name cut by a space in a “,” list."""
    add_table(data, "talent.skills", "2023年学生技能大赛获奖情况", ["学校", "奖项", "赛项名称", "学生", "指导教师"],
              [["测试市工程技术学校", "一等奖", "工程测量", "陈立,冯晓成,韩雨嘉宁,彭浩 许", "周凯,吴梦"],
               ["测试市工程技术学校", "一等奖", "蔬菜嫁接", "刘诗涵", "孙寒"]], kinds=["text"] * 5)
    assert hints(data) == [
        ("info", "R17.space", "表格“2023年学生技能大赛获奖情况”中有词语被空格隔开：第1行“彭浩 许”："
                              "请删去空格（如“彭浩许”），表格会自行对齐")]
    assert loud(data) == []


def test_two_words_padded_names_and_spaced_items_pass(data):
    add_table(data, "talent.skills", "获奖情况", ["姓名", "奖项", "指导教师"],
              [["刘 敏", "省赛 二等奖", "朱明义 高俊峰"], ["高加林", "国赛 一等奖", "朱明义"]], kinds=["text"] * 3)
    add_table(data, "service.industry", "服务地方主导产业", ["产业", "服务企业数"], [["钢铁及深加工 菱镁 专用车及零部件", 12]])
    assert hints(data) == []
    assert rules_of(data, "R2.items") != []            # the spaced items are table_labels' finding


# -- R16.unit-cell: units typed into the cells of a column of figures ------------------------------

def test_benxi_2_1_6_every_cell_carrying_its_unit(data):
    add_table(data, "talent.moral", "本溪县职教中心法治讲座统计表", ["年份", "2023 年", "2024 年"],
              [["禁毒", "2 次", "3 次"], ["校园欺凌", "3 次", "4 次"], ["法律知识", "2 次", "3 次"]])
    assert hints(data) == [
        ("info", "R16.unit-cell", "表格“本溪县职教中心法治讲座统计表”“2023 年”“2024 年”列的数字都带着单位“次”（如“2 次”）："
                                  "请把单位在表头写一次（如标题后加“（单位：次）”），单元格只填数字，才能合计和核对")]
    assert loud(data) == []


def test_benxi_6_3_one_column_with_several_units(data):
    add_table(data, "integration.mechanism", "市卫生学校校企合作情况一览表", ["序号", "校企合作内容", "数量"],
              [[1, "新增合作企业", "5家"], [2, "开设口腔护理订单班", "1个"], [3, "制药专业实习就业基地", "5个"],
               [4, "养老服务与管理专业实习就业基地", "3个"]], kinds=["number", "text", "number"])
    assert hints(data) == [
        ("info", "R16.unit-cell", "表格“市卫生学校校企合作情况一览表”“数量”列的数字带着不同的单位（家、个）："
                                  "请把单位写进各行的名称（如“新增合作企业（家）”），单元格只填数字，才能合计和核对")]
    assert loud(data) == []


def test_benxi_7_2_a_rate_with_and_without_percent(data):
    add_table(data, "support.funding", "市机电工程学校财政投入数据表", ["项目", "2023 年", "2024 年", "变化率"],
              [["财政拨款收入（万元）", 3281.78, 3771.70, "14.93%"], ["生均拨款（万元）", 0.24, 0.24, "0"]],
              kinds=["text", "number", "number", "text"])
    assert hints(data) == [
        ("info", "R16.unit-cell", "表格“市机电工程学校财政投入数据表”“变化率”列有的数字带“%”（14.93%），有的不带（0）："
                                  "请统一写法，把“%”写进表头（如“变化率（%）”），单元格只填数字")]


def test_a_unit_the_header_already_names(data):
    add_table(data, "basic.students", "在校生情况", ["年级", "人数"], [["一年级", "120人"], ["二年级", "96人"]])
    assert hints(data) == [
        ("info", "R16.unit-cell", "表格“在校生情况”“人数”列的单位已写在表头或行名中，单元格又写了一次（如“120人”）："
                                  "请删去单元格中的单位，只填数字")]


def test_units_in_headers_a_single_note_and_another_unit_pass(data):
    add_table(data, "talent.moral", "法治讲座统计表（单位：次）", ["年份", "2023 年", "2024 年"],
              [["禁毒", 2, 3], ["校园欺凌", 3, 4]])
    add_table(data, "support.funding", "财政投入", ["项目", "2023 年", "2024 年", "变化率（%）"],
              [["财政拨款收入（万元）", 3281.78, 3771.70, 14.93], ["生均拨款（万元）", 0.24, 0.24, 0]])
    add_table(data, "talent.skills", "培训概况", ["项目", "内容"], [["培训规模", "120人"], ["培训形式", "线上线下结合"]],
              kinds=["text", "text"])
    add_table(data, "service.livelihood", "服务项目", ["名称", "数量"],
              [["开展社会培训人次", "33532 人"], ["教师参与社会公益人次", "1010 次"]], kinds=["text", "text"])
    assert hints(data) == []
    assert [r for _, r, _ in rules_of(data, "R16.unit")] == ["R16.unit", "R16.unit"]   # cell_units' finding


# -- R18.fragment: a stray row of one or two characters --------------------------------------------

BENXI_1_1 = [["职业高中", "桓仁满族自治县职业教育中心", 136, 177, 457],
             [None, "本溪满族自治县中等职业技术教育中心", 187, 286, 663],
             ["普通中专", "本溪市卫生学校", 545, 875, 2339]]


def test_benxi_1_1_a_stray_row_holding_one_character(data):
    rows = [BENXI_1_1[0], ["中", None, None, None, None], *BENXI_1_1[1:]]
    add_table(data, "basic.students", "本溪市2024年中等职业学校基本情况", ["类别", "学校名称", "毕业生数", "招生数", "在校生数"],
              rows, kinds=["text", "text", "number", "number", "number"])
    assert hints(data) == [
        ("info", "R18.fragment", "表格“本溪市2024年中等职业学校基本情况”第2行只有“中”一个字，其余各格都是空的："
                                 "像是合并单元格拆开时留下的残字，请删去这一行，或把字并回它所属的格")]
    assert loud(data) == []


def test_a_table_without_the_stray_row_and_sub_heading_rows_pass(data):
    add_table(data, "basic.students", "本溪市2024年中等职业学校基本情况", ["类别", "学校名称", "毕业生数", "招生数", "在校生数"],
              [["公办学校", None, None, None, None], *BENXI_1_1], kinds=["text", "text", "number", "number", "number"])
    add_table(data, "talent.moral", "活动安排", ["月份", "活动", "负责部门"],
              [["三月", "学雷锋", "团委"], ["四月", None, None], ["五月", "劳动周", "教务处"]], kinds=["text"] * 3)
    assert hints(data) == []
    assert loud(data) == []


# -- R18.separator: names apart by different marks -------------------------------------------------

def test_benxi_6_4_spaces_in_one_name_column_and_commas_in_the_other(data):
    add_table(data, "integration.mechanism", "校企合作项目研发专利情况",
              ["专利名称", "专利类型", "合作企业", "学校参与研发教师", "企业参与研发人员"],
              [["联合整地机", "实用新型", "本溪盛丰农机制造有限公司", "朱明义 高俊峰", "张建国、韩立新、刘守成"],
               ["组合式宽窄行秸秆集行深松条耕机", "实用新型", "本溪盛丰农机制造有限公司", "朱明义", "张建国、韩立新"]],
              kinds=["text"] * 5)
    assert hints(data) == [
        ("info", "R18.separator", "表格“校企合作项目研发专利情况”中人名之间的分隔不统一：有的用空格（“学校参与研发教师”列，"
                                  "如“朱明义 高俊峰”），有的用“、”（“企业参与研发人员”列，如“张建国、韩立新、刘守成”）：请统一用“、”")]
    assert loud(data) == []


def test_anshan_2_1_names_apart_by_pause_marks_and_half_width_commas(data):
    add_table(data, "talent.skills", "2023年中职学生技能大赛获奖情况", ["序号", "学校", "奖项", "赛项名称", "学生", "指导教师"],
              [[1, "鞍山市信息工程学校", "一等奖", "数字艺术设计", "郑晓雯、陈天一、徐天明", "王研、张赛"],
               [2, "鞍山市广播电视学校", "一等奖", "计算机检测维修与数据恢复", "阎子恒,王烁", "原松,王淑华"]],
              kinds=["number"] + ["text"] * 5)
    assert hints(data) == [
        ("info", "R18.separator", "表格“2023年中职学生技能大赛获奖情况”中人名之间的分隔不统一：有的用“、”（“学生”“指导教师”列，"
                                  "如“郑晓雯、陈天一、徐天明”），有的用半角逗号“,”（“学生”“指导教师”列，如“阎子恒,王烁”）：请统一用“、”")]


def test_two_marks_in_one_cell(data):
    add_table(data, "talent.skills", "技能大赛获奖情况", ["赛项名称", "学生"],
              [["工程测量", "张哲,仲昭明、刘奕雯"], ["建筑 CAD", "詹坤,赵德浩"]], kinds=["text"] * 2)
    assert hints(data) == [
        ("info", "R18.separator", "表格“技能大赛获奖情况”中人名之间的分隔不统一：有的用半角逗号“,”（“学生”列，"
                                  "如“张哲,仲昭明、刘奕雯”），有的用“、”（“学生”列）：请统一用“、”")]


def test_one_mark_for_names_and_spaces_in_other_columns_pass(data):
    add_table(data, "talent.skills", "技能大赛获奖情况", ["奖项", "学生", "指导教师"],
              [["省赛 二等奖", "郑晓雯、陈天一", "王研、张赛"], ["国赛 一等奖", "阎子恒", "原松、王淑华"]], kinds=["text"] * 3)
    assert hints(data) == []
    assert loud(data) == []


# -- R18.duplicate-item: one item twice in a cell's list -------------------------------------------

PLAN = ["序号", "学校名称（子项目数）", "子项目建设规划内容"]


def test_anshan_2_2_an_item_listed_twice_in_a_schools_plan(data):
    add_table(data, "support.projects", "鞍山市现代职业教育质量提升计划项目总体规划", PLAN,
              [[1, "鞍山市现代服务学校（6）", "1.数字党建展厅建设项目；2.幼儿保育智慧实训室升级建设项目；3.餐饮类专业实训基地升级建设项目；"
                                        "4.产教融合课程开发项目；5.产教融合课程开发项目；6.虚拟仿真教学项目；"],
               [2, "鞍山市职教中心（6）", "1.推行思政育人计划；2.推行“工匠文化培育”计划；3.推行“工匠文化培育”计划；4.建设“墨子工坊”；"
                                     "5.数字校园建设；6.建设“墨子工坊”"]],
              kinds=["number", "text", "text"])
    assert hints(data) == [
        ("info", "R18.duplicate-item", "表格“鞍山市现代职业教育质量提升计划项目总体规划”“鞍山市现代服务学校（6）”行"
                                       "“子项目建设规划内容”列把同一项列了两次：第4项与第5项（“产教融合课程开发项目”）："
                                       "请删去重复的一项或改正（项目数也要随之核对）"),
        ("info", "R18.duplicate-item", "表格“鞍山市现代职业教育质量提升计划项目总体规划”“鞍山市职教中心（6）”行"
                                       "“子项目建设规划内容”列把同一项列了两次：第2项与第3项（“推行“工匠文化培育”计划”）、"
                                       "第4项与第6项（“建设“墨子工坊””）：请删去重复的一项或改正（项目数也要随之核对）")]
    assert loud(data) == []


def test_distinct_items_and_decimals_pass(data):
    add_table(data, "support.projects", "质量提升计划项目", PLAN,
              [[1, "鞍山市信息工程学校（3）", "1.计算机实训室建设，投入3.5万元 2.电子商务产教融合实训基地建设 3.多媒体录播教室"],
               [2, "鞍山市交通运输学校（3）", "职业院校技能大赛承办项目；“双师型”教师团队培育项目；新能源汽车产教融合实训中心项目"]],
              kinds=["number", "text", "text"])
    assert hints(data) == []
    assert loud(data) == []


def test_liangzhou_a_space_cutting_a_word_in_a_long_header(data):
    """I-28: 表2's header “辖区内学校招 生数(人)” (a line break in the source) cuts 招生 in two."""
    add_table(data, "basic.students", "高中阶段教育结构统计", ["年份", "辖区内学校招 生数(人)"], [["2022年", 3583]])
    assert hints(data) == [
        ("info", "R17.space", "表格“高中阶段教育结构统计”中有词语被空格隔开：表头“辖区内学校招 生数”："
                              "请删去空格（如“辖区内学校招生数”），表格会自行对齐")]
