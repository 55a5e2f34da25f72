"""Build the Jinzhou-shaped test report from the seed notes (run by hand, not in CI).

    python tests/data/jinzhou/build_content.py [path/to/jinzhou-school-2025.data.json]

Reads the machine-readable seed notes (default: ../shared/seeds/notes/jinzhou-school-2025.data.json
next to the repository; that folder is not part of the repository) and writes, next to this script:

- jinzhou-2025.content.json: the document in the vqdesk content format (docs/content-format.md),
  loaded by tests/test_seed_jinzhou.py with `vqdesk content FILE --load`;
- jinzhou-2025.records.json: the school profile facts and the record-list rows the bound tables
  show, which the test stores through the Session before loading the document.

What comes from the seed: the outline (8 chapters, 27 sections, 20 level-3 headings, transcribed
from the seed's table of contents and body, with its two defects fixed: the second 3.3 is the fourth
section of chapter 3, and 2.1.5 is included), the 18 table captions and cells, the chart figures, the
21 case titles and the front-matter choices.  Captions lose the space the PDF extraction put between
a digit and a Chinese character (“2025 年” -> “2025年”).  Every sentence of text (preface, section
texts, case bodies) is written here, from the seed's figures; none is copied from the seed.
"""

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
DEFAULT_SEED = ROOT.parent / "shared" / "seeds" / "notes" / "jinzhou-school-2025.data.json"

# -- outline: (title, edition_part, [level-3 titles]) per section; chapters in order ---------------
CHAPTERS = [
    ("学校基本情况", "basic", [
        ("学校基本情况", "basic.overview", []),
        ("办学理念先进", None, []),
        ("办学实力雄厚", None, []),
        ("办学特色鲜明", None, []),
    ]),
    ("人才培养", "talent", [
        ("立德树人，筑牢育人之本", "talent.moral", [
            "推进塑心工程，夯实信仰根基育",
            "推进思政工程 落实根本任务",
            "推进铸魂工程，培育时代新人",
            "推进素养工程，助力学生发展",
            "推进心健工程 守护心理健康",
        ]),
        ("多样成才，绘就多彩未来", "talent.growth", [
            "技能磨砺，锤炼专业锋芒",
            "升学逐梦，拓展成长之路",
            "就业起航，迈向职场新程",
            "劳动践行，体悟价值真谛",
            "体育赋能，铸就强健体魄",
        ]),
        ("固本强基，领航内涵发展", None, [
            "对接产业需求，优化专业布局",
            "深化“三教”改革，赋能人才培养",
            "创新教学评价，护航教学质量",
            "优化校园环境，筑牢育人根基",
            "凝心聚力促发展，和谐校园谱新篇",
        ]),
    ]),
    ("服务贡献", "service", [
        ("拓展功能属性，服务产业升级", "service.industry", []),
        ("开展社会培训，服务多元发展", "service.livelihood", []),
        ("构建鉴定体系，彰显多元价值", None, []),
        ("服务社会考试，践行社会责任", None, []),
    ]),
    ("文化传承", "culture", [
        ("传承匠心匠艺，筑梦锦绣前程", "culture.craftsmanship", []),
        ("传承红色基因，厚植爱国情怀", "culture.red", []),
        ("传承文化经典，弘扬民族精神", "culture.traditional", []),
    ]),
    ("国际合作", "intl", []),
    ("产教融合", "integration", [
        ("推进校企合作机制建设，筑牢融合根基", "integration.mechanism", []),
        ("参与产教融合共同体建设，服务产业升级", None, []),
        ("巩固现代学徒制合作成果，深化双主体育人", "integration.education", []),
        ("推进技能证书制度试点改革，促进书证融通", None, []),
        ("加强职教交流，拓宽成长通道", None, []),
    ]),
    ("发展保障", "support", [
        ("党建引领，夯实发展之基", "support.party", [
            "把握关键点，筑牢思想根基",
            "夯实着力点，提升党员干部素质",
            "瞄准切入点，推进标准化规范化建设",
            "打造闪光点，创新党建工作模式",
            "增加辐射点，共促党群建设“新蓝图”",
        ]),
        ("管理保障", None, []),
        ("经费保障", "support.funding", []),
        ("政策保障", "support.policy", []),
    ]),
    ("面临挑战", "challenges", [
        ("生源竞争与质量提升", None, []),
        ("产业升级与专业适配", None, []),
        ("师资队伍建设压力", None, []),
        ("信息化建设深度与应用", None, []),
    ]),
]

# -- text written for this test (seed figures, own wording) -----------------------------------------
PREFACE = ("本报告按照年度质量报告的编制要求，从学校基本情况、人才培养、服务贡献、文化传承、国际合作、"
           "产教融合、发展保障和面临挑战八个方面，报告{{profile.name}}2025年度的办学质量，接受社会监督。")

#: Own text blocks by outline position ("1", "1.1", "2.1.3" …), written from the seed's figures.
TEXTS = {
    "1.1": "学校占地330亩，建筑面积7.8万平方米，现有教职工155人，本年度开设专业{{count(majors)}}个。",
    "1.2": "学校以“立德立行、匠心匠成”为办学理念，打造“幸福教育”品牌。",
    "1.3": "学校建有7个校内教学实训基地，教学设备总值5000余万元。",
    "1.4": "学校形成“三全育人、德技并修”的人才培养模式。",
    "2.1.5": "学校面向全体学生开展心理健康测评，按班级分析各项指标。",
    "2.2.2": "2025年，升学班174名学生报考，155人被高职院校录取。",
    "2.2.3": "本年度{{count(internships)}}家实习单位共提供技术类实习岗位{{sum(internships.positions)}}个。",
    "2.2.5": "学校按照《国家学生体质健康标准》组织学生体质测试。",
    "2.3.1": "学校专业设置对接区域装备制造、汽车和信息技术产业。",
    "2.3.2": "上学年共有150名教师参加各级各类培训。",
    "3.1": "学校与合作企业签订新型学徒制培训协议，开展钳工、电工高级工培训。",
    "3.3": "学校是经省人社厅备案的职业技能等级认定机构，本年度认定{{sum(trainings.participants)}}人次。",
    "3.4": "认定考试同时面向社会考生，全年分6批次组织。",
    "4": "学校从匠心匠艺、红色基因和文化经典三个维度推进文化传承。",
    "5": "学校本年度尚未开展对外合作与交流。",
    "6.1": "本年度学校与3家企业开展深度校企合作项目。",
    "6.4": "学校推进书证融通，主要专业毕业生中级证书获取率在90%以上。",
    "7.1": "学校党委下设5个党支部，以党建引领学校发展。",
    "7.3": "2025年度学校办学经费总收入{{sum(funding.amount)}}万元，项目支出0万元。",
    "8": "学校在发展中仍面临以下四方面挑战。",
    "8.1": "生源竞争加剧，学校将加强招生宣传和培养质量。",
    "8.2": "产业升级加快，学校将动态调整专业设置。",
    "8.3": "师资队伍结构需优化，教师每年企业实践不少于1个月。",
    "8.4": "信息化应用深度不足，学校将推进数据平台建设。",
}

#: Case number -> (outline position, one-sentence body written from the seed's figures).
CASE_TEXTS = {
    1: ("2.1.1", "各班以主题班会为常态化载体开展理想信念教育。"),
    2: ("2.1.2", "学生在第62个学雷锋纪念日走进学雷锋实践基地和雷锋书屋研学。"),
    3: ("2.1.3", "学校邀请劳模工匠进校园，与学生面对面交流成长经历。"),
    4: ("2.1.4", "学校组织系列文体活动，丰富学生的课余生活。"),
    5: ("2.2.1", "学校首次参加智能制造设备技术应用赛项即获省赛二等奖，参赛学生坚持每日8小时实训。"),
    6: ("2.2.3", "2011级毕业生代鑫2013年入职，2015年起担任班组长，现月薪6000至7000元。"),
    7: ("2.2.4", "劳动周期间，各班按课表分时段承担教学区的清扫任务。"),
    8: ("2.3.4", "2024年12月，学校开展应急疏散和灭火器实操演练。"),
    9: ("3.2", "学校与合作企业开展钳工、电工高级工新型学徒制培训，共111人，累计1060课时。"),
    10: ("3.3", "学校2023年6月成为职业技能等级认定机构，对认定的考前、考中、考后全程质控。"),
    11: ("3.4", "本年度学校分6批次服务社会考生794人次。"),
    12: ("4.1", "本学年学校有6对教师获评锦州市优秀师徒，下表列出其中3对。"),
    13: ("4.1", "劳模宣讲会以劳模的亲身经历引导学生崇尚劳动。"),
    14: ("4.2", "3月14日，学生在白沙湾浴场开展清扫劳动实践。"),
    15: ("4.3", "数控专业课堂引入剪纸艺术，学生用激光切割完成剪纸作品。"),
    16: ("6.2", "校企团队改造铁路货车门锁焊接工序，单件用时由30秒缩短至10秒。"),
    17: ("6.3", "4名校内教师与3名企业工程师组成双导师团队，按5个模块开发实训课程。"),
    18: ("6.5", "学生经校际合作培养参加全国大赛，在118支战队中获得铜奖。"),
    19: ("7.1.4", "学校5个党支部各自打造一个“心”字党建品牌。"),
    20: ("7.2", "第三党支部组织教师为企业解决问题5项，获实用新型专利3项。"),
    21: ("7.4", "学校出台双师型教师认定办法，本年度新认证高级双师型教师5人。"),
}


def caption(text: str) -> str:
    """The seed's caption without the extraction's digit–CJK spaces (“2025 年” -> “2025年”)."""
    text = re.sub(r"(?<=[0-9A-Za-z）)])\s+(?=[\u4e00-\u9fff“《（])", "", text.strip())
    return re.sub(r"(?<=[\u4e00-\u9fff”》])\s+(?=[0-9A-Za-z])", "", text)


def free_table(ref, title, columns, kinds, rows, *, total=None, groups=None, numbered=True, note=""):
    return {"kind": "table", "ref": ref, "caption": title, "numbered": numbered, "note": note,
            "header_groups": groups or [], "widths": None, "source": None,
            "columns": columns, "column_kinds": kinds, "rows": rows, "total": total}


def list_table(ref, title, list_id, fields, columns, *, total=None, numbered=True, groups=None,
               group=None, row_total=None, **more):
    return {"kind": "table", "ref": ref, "caption": title, "numbered": True, "note": "",
            "header_groups": groups or [], "widths": None,
            "source": {"type": "list", "list": list_id, "fields": fields, "filter": {}, "sort": [],
                       "total": total, "rank": None, "numbered": numbered, "group": group,
                       "row_total": row_total, **more},
            "columns": columns}


def chart(kind, title, unit, *, data=None, source=None, note=""):
    return {"kind": "chart", "chart": kind, "caption": title, "unit": unit, "note": note,
            "numbered": True, "data": data, "source": source}


def text(body, style="body"):
    return {"kind": "text", "text": body, "style": style}


def build(seed: dict):
    tables = {t["id"]: t for t in seed["tables"]}
    rec = {k: tables[k]["records"] for k in tables}
    cap = {k: caption(tables[k]["caption_zh"]) for k in tables}
    school = seed["school"]
    grads, money = school["graduates_2025"], school["finance_2025_wan_yuan"]
    dual = school["dual_qualified_rate_pct"]["value"]

    # -- record lists (the bound tables show these) -------------------------------------------
    records = {
        "majors": [{"code": r["major_code"], "name": r["major_name"], "category": r["major_category"],
                    # 8 三年中专 and 2 五年大专 majors; the seed does not say which five-year form
                    "duration": "三年制" if r["major_code"][0] in "67" else "其他",
                    **({"remark": r["remark"]} if r["remark"] else {})} for r in rec["T01"]],
        # the seed gives no 年级 (required in the list): left blank rather than invented
        "enrolment": [{"major": r["major_name"], "male": r["male"], "female": r["female"]}
                      for r in rec["T02"]],
        # the seed gives the year (2024) but no 获奖日期, and has no field for 主办单位
        "student_awards": [{"competition": "2024年辽宁省学生技能大赛", "event": caption(r["event"]),
                            "level": {"省赛": "省级", "国赛": "国家级", "市赛": "市级"}[r["award_level"]],
                            "grade": r["award_grade"], "advisors": "、".join(r["advisors"]),
                            "students": "、".join(r["students"])} for r in rec["T04"]],
        "internships": [{"organisation": r["unit_name"], "positions": r["positions"], "position_type": "技术类"}
                        for r in rec["T06"]],
        "trainings": [{"date_start": r["date_start"], "date_end": r["date_end"], "project": r["project"],
                       "kind": "职业技能等级认定", "participants": r["person_times"]} for r in rec["T11"]],
        "partners": [{"organisation": r["partner"], "sign_date": r["sign_date"],
                      "status": {"new": "新签"}.get(r["status"], "续约" if "续约" in r["status"] else "持续合作"),
                      "mode": "、".join(r["mode"]), "areas": "、".join(r["core_areas"]),
                      "goals": r["expected_goal"]} for r in rec["T13"]],
        "certificates": [{"cohort": 2025, "major": r["major_name"], "graduates": r["graduates"],
                          "certificate": r["target_certificate"], "certified": r["certified"]}
                         for r in rec["T15"]],
        "funding": [{"category": "财政拨款", "item": "财政拨款收入", "amount": money["income_fiscal_appropriation"]},
                    {"category": "财政专户管理资金", "item": "财政专户管理资金",
                     "amount": money["income_fiscal_special_account"]}],
    }
    for rows in records.values():
        for row in rows:
            for key in [k for k, v in row.items() if v is None]:
                del row[key]
    profile = {"name_en": school["name_en"], "sponsor": school["sponsor_zh"], "nature": "公办",
               "founded": str(school["founded_year"]),
               "address": caption(school["address_zh"]).replace(" ", ""),
               "phone": "、".join(school["phones_enrolment"]),
               "website": seed["report"]["publication"]["url_front_matter"],
               "publication_form": seed["report"]["publication"]["form_zh"], "principal": "高志坚"}

    # -- blocks by outline position --------------------------------------------------------------
    blocks: dict = {}

    def put(pos, *items):
        blocks.setdefault(pos, []).extend(items)

    for pos, body in TEXTS.items():
        put(pos, text(body))

    put("1.1",
        list_table("t-majors", cap["T01"], "majors", ["code", "name", "category", "remark"],
                   ["序号", "专业代码", "专业", "所属专业类", "备注"]),
        list_table("t-enrolment", cap["T02"], "enrolment", ["major", "male", "female"],
                   ["序号", "专业", "男生人数", "女生人数", "总数"], group="major",
                   row_total={"label": "总数", "fields": ["male", "female"]}),
        chart("bar", "在校学生专业分布数据分析", "人", source={"table": "t-enrolment", "labels": 1, "series": [4]}),
        # only the 2025 figures are in the seed; 2023 and 2024 stay missing (null), never 0
        chart("line", "2023-2025届就业数据分析", "%", data={
            "labels": ["2023届", "2024届", "2025届"],
            "series": [{"name": "就业率", "values": [None, None, grads["employment_rate_pct"]]},
                       {"name": "对口就业率", "values": [None, None, grads["relevant_employment_rate_pct"]]},
                       {"name": "升学率", "values": [None, None, grads["further_study_rate_pct"]]}]}),
        free_table("t-teachers", cap["T03"], ["教师类型", "数量 (人)"], ["text", "number"],
                   [[r["teacher_type"], r["value"]] for r in rec["T03"]]),
        chart("pie", "双师型教师占比分析图", "%", data={
            "labels": ["双师型教师", "其他教师"],
            "series": [{"name": "占比", "values": [dual, round(100 - dual, 2)]}]}))

    put("2.2.1", list_table("t-awards", cap["T04"], "student_awards",
                            ["event", "level", "grade", "advisors", "students"],
                            ["赛项名称", "级别", "等级", "指导教师", "学生名单"], numbered=False,
                            groups=[{"label": "", "span": 1}, {"label": "奖项等级", "span": 2},
                                    {"label": "", "span": 1}, {"label": "", "span": 1}]))
    put("2.2.2", free_table("t-further", cap["T05"], ["年份", "报考人数", "录取人数", "升学率 (%)"],
                            ["text", "number", "number", "number"],
                            [[f"{r['year']}年", r["applicants"], r["admitted"], r["rate_pct"]]
                             for r in rec["T05"]]))
    put("2.2.3", list_table("t-internships", cap["T06"], "internships", ["organisation", "positions"],
                            ["序号", "单位名称", "提供岗位数量"]))
    put("2.2.5", free_table("t-fitness", cap["T07"], ["指标"] + [f"{r['year']}年" for r in rec["T07"]],
                            ["text", "number", "number"],
                            [[label] + [r[key] for r in rec["T07"]] for key, label in
                             (("tested", "体测总人数"), ("excellent", "优秀人数"), ("good", "良好人数"),
                              ("pass", "及格人数"))]))
    put("2.3.1", list_table("t-majors-2", cap["T08"], "majors", ["code", "name", "category", "remark"],
                            ["序号", "专业代码", "专业", "所属专业类", "备注"]))
    put("2.3.2", free_table("t-training", cap["T09"], ["指标名称", "计量单位", "上学年数量"],
                            ["text", "text", "number"],
                            # the seed's two breakdowns show their parents only by row order
                            [[caption(r["indicator"]), r["unit"], r["value"]] for r in rec["T09"]]))
    put("3.1", free_table("t-apprentice", cap["T10"],
                          ["序号", "合作企业", "培训工种", "培训级别", "培训人数(人)", "总课时"],
                          ["text", "text", "text", "text", "number", "number"],
                          [[str(r["seq"]), r["partner"], r["trade"], r["level"], r["trainees"],
                            r["total_hours"]] for r in rec["T10"]],
                          # 总课时 is not summed: the seed's 合计 (1060) is not the sum of its rows
                          total={"label": "合计", "columns": [4]}))
    put("3.2", chart("pie", caption("2025 年度企业新型学徒制培训结构分析"), "人",
                     source={"table": "t-apprentice", "labels": 2, "series": [4]}))
    put("3.3", list_table("t-certification", cap["T11"], "trainings",
                          ["date_start", "date_end", "project", "participants"],
                          ["开始", "结束", "服务项目/考试工种", "服务人次"], total=["participants"], numbered=False,
                          groups=[{"label": "服务日期", "span": 2}, {"label": "", "span": 1},
                                  {"label": "", "span": 1}]),
        chart("hbar", caption("2025 年度职业技能等级认定工种分布"), "人次",
              source={"table": "t-certification", "labels": 2, "series": [3]}))
    put("3.4", free_table("t-exams", cap["T12"], ["日期", "考试工种", "人次"], ["text", "text", "number"],
                          [[caption(r["date_raw"]).replace(" ", ""), "、".join(r["trades"]), r["person_times"]]
                           for r in rec["T12"]]))
    put("6.1", list_table("t-partners", cap["T13"], "partners",
                          ["organisation", "sign_date", "mode", "areas", "goals"],
                          ["序号", "合作企业", "签约时间", "主要合作模式", "核心合作领域", "预期目标"]))
    put("6.3", free_table("t-mentors", cap["T14"], ["维度", "具体举措", "参与教师/工程师", "核心成果"],
                          ["text"] * 4,
                          [[r["dimension"], r["measures"], r["participants_raw"], r["outcomes"]]
                           for r in rec["T14"]]))
    put("6.4", list_table("t-certificates", cap["T15"], "certificates",
                          ["major", "graduates", "certificate", "certified"],
                          ["专业名称", "毕业生人数", "目标X证书", "证书获取人数", "获取率（%）"], numbered=False,
                          ratio={"label": "获取率（%）", "numerator": "certified", "denominator": "graduates"}))
    put("7.1.3", free_table("t-party", cap["T16"], ["项目", "内容", "数据/成果"], ["text"] * 3,
                            [[r["item"], r["content"], r["result_raw"]] for r in rec["T16"]]))
    put("7.2", free_table("t-governance", cap["T17"], ["关键领域", "改革前状态", "2024-2025学年状态", "提升幅度"],
                          ["text"] * 4,
                          [[r["area"], r["before"], r["current_2024_2025"], r["improvement_raw"]]
                           for r in rec["T17"]]))
    put("7.3", chart("bar", caption("2025 年度办学经费收入与支出结构分析图"), "万元", data={
        "labels": ["财政拨款收入", "财政专户管理资金", "基本支出", "项目支出"],
        "series": [{"name": "金额", "values": [money["income_fiscal_appropriation"],
                                                money["income_fiscal_special_account"],
                                                money["expenditure_basic"], money["expenditure_project"]]}]}))
    put("7.4", free_table("t-policies", cap["T18"], ["政策层级", "文件名称", "在学校工作中的主要应用领域"],
                          ["text"] * 3,
                          [[r["policy_level"], r["document"], r["application_area"]] for r in rec["T18"]]))

    # -- cases, in their sections, after the section's own blocks; titles as captions (no extraction spaces)
    unnumbered = {t["id"]: t for t in seed["unnumbered_tables"]}
    titles = {c["number"]: caption(c["title_zh"]) for c in seed["cases"] if c.get("number")}
    assert sorted(titles) == list(range(1, 22)), "the seed has 21 numbered cases"
    for n in range(1, 22):
        pos, body = CASE_TEXTS[n]
        inner = [text(body)]
        if n == 7:      # the seed's “图29 劳动周课表” is a table: here an unnumbered one inside the case
            u = unnumbered["U01"]
            inner.append(free_table(None, u["caption_zh"], [c["header_zh"] for c in u["columns"]],
                                    ["text"] * 4,
                                    [[r[c["key"]] for c in u["columns"]] for r in u["records"]],
                                    numbered=False))
        if n == 12:     # case 12 is itself a table of mentor pairs
            u = unnumbered["U02"]
            inner.append(free_table(None, "", ["师徒姓名", "传承模式", "主要成果与荣誉"], ["text"] * 3,
                                    [[f"{r['mentor']}（师）、{r['apprentice']}（徒）", r["mode"].split("：")[0],
                                      " ".join(r["achievements"])] for r in u["records"]],
                                    numbered=False))
        put(pos, {"kind": "case", "title": titles[n], "blocks": inner})
    # the seed appends one more case after chapter 8, with no number and not in its 案例目录
    (appended,) = [c for c in seed["cases"] if not c.get("number")]
    put("8.4", {"kind": "case", "title": caption(appended["title_zh"]), "numbered": False,
                "blocks": [text("学校依托劳模创新工作室开展师徒结对、课题研究和竞赛指导。")]})

    # -- outline -----------------------------------------------------------------------------------
    def node(title, part, pos, children=()):
        return {"title": title, "edition_part": part, "blocks": blocks.pop(pos, []),
                "children": list(children)}

    outline = []
    for c, (title, part, sections) in enumerate(CHAPTERS, 1):
        kids = []
        for s, (stitle, spart, level3) in enumerate(sections, 1):
            kids.append(node(stitle, spart, f"{c}.{s}",
                             [node(t, None, f"{c}.{s}.{k}") for k, t in enumerate(level3, 1)]))
        outline.append(node(title, part, str(c), kids))
    assert not blocks, f"blocks without a heading: {sorted(blocks)}"

    authors = seed["report"]["authors"]
    settings = {
        "cover": {"title": "{school}中等职业教育质量报告（{year}年度）",
                  "date": seed["report"]["cover_date_raw"].replace(" ", "")},
        "declaration": {"enabled": False},
        "publication": {"enabled": True},
        "preface": {"title": "前言", "text": PREFACE},
        "toc": {"levels": 3, "tables": True, "figures": True, "cases": True},
        "annex": {"enabled": False},
        "back_cover": {"enabled": True,
                       "writers": "、".join(a["name"] for a in authors if a["role_zh"] == "撰稿人"),
                       "reviewers": "、".join(a["name"] for a in authors if a["role_zh"] == "审稿人")},
        "numbering": {"chapter": "{n}.", "section": "{chapter}.{n}", "level3": "{chapter}.{section}.{n}",
                      "level4": "（{n}）", "tables": "flat", "figures": "flat",
                      "table_label": "表", "figure_label": "图"},
        "cases": {"label": "案例 {n}", "numbering": "flat", "placement": "inline"},
    }
    content = {"format": "vqdesk-content", "version": 1, "year": 2025, "settings": settings,
               "outline": outline}
    return content, {"profile": profile, "records": records}


def main(argv):
    seed_path = Path(argv[1]) if len(argv) > 1 else DEFAULT_SEED
    seed = json.loads(seed_path.read_text(encoding="utf-8"))
    content, records = build(seed)
    for name, obj in (("jinzhou-2025.content.json", content), ("jinzhou-2025.records.json", records)):
        (HERE / name).write_text(json.dumps(obj, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {HERE / name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
