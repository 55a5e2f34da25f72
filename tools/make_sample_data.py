"""Generate resources/sample/school.json: the fictional 示例市机电工程学校, 2023-2025.

Magnitudes follow a real 辽宁 school report of similar size; every figure is chosen so the report
has no contradictions (partitions sum, sub-items ≤ parents, lists agree with the tables).
Run: python tools/make_sample_data.py
"""

import json
from pathlib import Path

MAJORS = [  # code, name, category, duration, group, remark, enrolment per grade (male, female)
    ("660301", "机电技术应用", "自动化类", "三年制", "智能制造专业群", "省级优质建设专业", [(70, 8), (68, 7), (66, 6)]),
    ("660102", "机械加工技术", "机械设计制造类", "三年制", "智能制造专业群", "", [(45, 2), (44, 1), (42, 1)]),
    ("660103", "数控技术应用", "机械设计制造类", "三年制", "智能制造专业群", "省级优质建设专业", [(60, 3), (58, 2), (56, 2)]),
    ("660105", "焊接技术应用", "机械设计制造类", "三年制", "智能制造专业群", "", [(35, 0), (33, 0), (32, 0)]),
    ("700206", "汽车运用与维修", "道路运输类", "三年制", "汽车服务专业群", "省级优质建设专业", [(72, 3), (70, 2), (68, 2)]),
    ("700209", "新能源汽车运用与维修", "道路运输类", "三年制", "汽车服务专业群", "", [(62, 4), (58, 3), (50, 2)]),
    ("700207", "汽车车身修复", "道路运输类", "三年制", "汽车服务专业群", "", [(30, 1), (28, 1), (27, 0)]),
    ("710201", "计算机应用", "计算机类", "三年制", "信息技术专业群", "", [(56, 38), (52, 35), (50, 32)]),
    ("460303", "智能控制技术", "自动化类", "五年制（3+2）", "信息技术专业群", "与示例职业技术学院贯通培养", [(40, 6), (38, 5), (36, 5)]),
    ("460305", "工业机器人技术", "自动化类", "五年制（3+2）", "智能制造专业群", "与示例职业技术学院贯通培养", [(34, 3), (32, 2), (30, 1)]),
]
GRADES = ["一年级", "二年级", "三年级"]
#: Earlier years are smaller: enrolment factor per year, applied per grade cell.
SCALE = {2023: 0.93, 2024: 0.97, 2025: 1.0}


def enrolment(year):
    rows = []
    for _, name, *_rest, grades in MAJORS:
        for grade, (male, female) in zip(GRADES, grades):
            rows.append({"major": name, "grade": grade, "male": round(male * SCALE[year]),
                         "female": round(female * SCALE[year])})
    return rows


def majors():
    return [{"code": c, "name": n, "category": cat, "duration": d, "group": g, **({"remark": r} if r else {})}
            for c, n, cat, d, g, r, _ in MAJORS]


TEACHERS = {  # category: (count, dual, senior, postgraduate) per year
    2023: [("专业课", 76, 61, 28, 10), ("文化课", 21, 0, 8, 3), ("思政课", 7, 0, 2, 2), ("体育课", 9, 0, 1, 0), ("美育课", 5, 0, 1, 1)],
    2024: [("专业课", 78, 66, 29, 11), ("文化课", 22, 0, 9, 4), ("思政课", 7, 0, 2, 2), ("体育课", 9, 0, 1, 0), ("美育课", 5, 0, 1, 1)],
    2025: [("专业课", 80, 70, 30, 12), ("文化课", 22, 0, 9, 4), ("思政课", 7, 0, 2, 2), ("体育课", 10, 0, 2, 0), ("美育课", 5, 0, 1, 1)],
}
CONDITIONS = {  # land m², building m², equipment 万元, books, computers, workstations
    2023: (220000, 72500, 4700, 48000, 760, 1380),
    2024: (220000, 78000, 4960, 50000, 800, 1420),
    2025: (220000, 78000, 5180, 52000, 820, 1460),
}
FUNDING = {
    2023: [("财政拨款", "基本支出拨款", 1690.40), ("财政拨款", "专项经费拨款", 310.00), ("财政专户管理资金", "学费等专户资金", 95.60)],
    2024: [("财政拨款", "基本支出拨款", 1733.50), ("财政拨款", "专项经费拨款", 356.00), ("财政专户管理资金", "学费等专户资金", 98.30)],
    2025: [("财政拨款", "基本支出拨款", 1777.12), ("财政拨款", "专项经费拨款", 387.00), ("财政专户管理资金", "学费等专户资金", 101.24)],
}
#: Graduates: total, placed, further study, to bachelor, employed by sector (1st, 2nd, 3rd), A, B, C, D
GRADUATES = {
    2023: (512, 489, 281, 6, (9, 125, 68), 131, 176, 140, 55),
    2024: (531, 508, 300, 7, (8, 128, 66), 136, 182, 143, 57),
    2025: (548, 527, 318, 9, (8, 131, 67), 142, 188, 147, 59),
}


def values(year):
    total, placed, study, bachelor, sectors, a, b, c, d = GRADUATES[year]
    employed = sum(sectors)
    staff = {2023: 150, 2024: 153, 2025: 155}[year]
    teachers = sum(t[1] for t in TEACHERS[year])
    counts = dict((t[0], t[1]) for t in TEACHERS[year])
    students = sum(r["male"] + r["female"] for r in enrolment(year))
    s = {2023: 0.0, 2024: 0.2, 2025: 0.4}[year]  # satisfaction drifts up slowly
    v = {
        "1.1": total, "1.2a": placed, "1.2b": study, "1.2c": bachelor, "1.3": 87.9 + s,
        "1.4": {2023: 3860, 2024: 4010, 2025: 4150}[year], "1.5a": employed,
        "1.5b": sectors[0], "1.5c": sectors[1], "1.5d": sectors[2], "1.6": 0.55, "1.7": 18.6,
        "2.1a": 95.8 + s, "2.1b": 96.4 + s, "2.1c": 95.1 + s, "2.1d": 97.0 + s, "2.1e": 95.6 + s, "2.1f": 96.2 + s,
        "2.2a": 95.0 + s, "2.2b": 95.5 + s, "2.2c": 94.6 + s, "2.3": 94.4 + s, "2.4": 96.8 + s, "2.5": 95.3 + s,
        "3.5a": 186, "3.5b": 21480, "3.5c": 24, "3.5d": 2160, "3.5e": 38, "3.5f": 2890,
        "3.6a": 3, "3.6b": 0, "3.6c": 0, "3.6d": 1, "3.6e": 1, "3.6f": 2, "3.6g": 1,
        "3.7a": 8, "3.7b": 576, "3.7c": 142, "3.7d": 0, "3.7e": 0, "3.7f": 2, "3.7g": 1, "3.7h": 6, "3.7i": 2,
        "3.8a": 2, "3.8b": 0, "3.8c": 0, "3.8d": 1, "3.8e": 0, "3.8f": 1, "3.8g": 0,
        "3.9a": 6, "3.9b": 0, "3.9c": 4, "3.9d": 3, "3.9e": 1, "3.10": 1000, "3.11": 10000,
        "4.1a": employed, "4.1b": a, "4.1c": b, "4.1d": c, "4.1e": d,
        "4.2a": 36.5, "4.2b": 120.0, "4.3": 8.0, "4.4": 0, "4.5a": 5, "4.5b": 4, "4.5c": 1, "4.5d": 1,
        "4.5e": 2.0, "4.6a": 14, "4.6b": 3260, "4.6c": 640, "4.7": 86.3,
        "5.1a": 0, "5.1b": 0, "5.1c": 0, "5.2a": 0, "5.2b": 0, "5.2c": 0, "5.2d": 0, "5.2e": 0,
        "5.4a": 0, "5.4b": 0, "5.5": 6, "5.6": 0, "5.7": 0,
        "6.1": students, "6.3": sum(a for c, _, a in FUNDING[year] if _ == "专项经费拨款"),
        "6.4a": 160, "6.4b": staff, "6.4c": teachers, "6.4d": counts["思政课"], "6.4e": counts["体育课"],
        "6.4f": counts["美育课"], "6.4h": 48, "6.5a": students - 21, "6.5b": 95.6,
        "6.6": {2023: 452, 2024: 471, 2025: 486}[year], "6.7": 126.0, "6.8": 1,
        "6.9a": 18, "6.9b": 2, "6.9c": 1320, "6.9d": 15.8, "6.10a": 32.0, "6.10b": 6.4,
    }
    v = {k: round(x, 2) if isinstance(x, float) else x for k, x in v.items()}
    respondents = {"2.1a": students - 99, "2.2a": 780, "2.2b": 480, "2.2c": 300, "2.3": staff - 9,
                   "2.4": 42, "2.5": 1280}
    for sub in ("2.1b", "2.1c", "2.1d", "2.1e", "2.1f"):
        respondents[sub] = respondents["2.1a"]
    methods = {k: "问卷星线上问卷" for k in respondents}
    methods["2.4"] = "电话及走访调查"
    return v, respondents, methods


def year_lists(year):
    lists = {
        "majors": majors(),
        "enrolment": enrolment(year),
        "major_groups": [
            {"name": "智能制造专业群", "core_major": "机电技术应用", "chain": "先进装备制造"},
            {"name": "汽车服务专业群", "core_major": "汽车运用与维修", "chain": "汽车及零部件"},
            {"name": "信息技术专业群", "core_major": "计算机应用", "chain": "新一代信息技术"},
        ],
        "teacher_structure": [{"category": c, "count": n, "dual_qualified": d, "senior_title": s, "postgraduate": p}
                              for c, n, d, s, p in TEACHERS[year]],
        "conditions": [dict(zip(("campus", "land_area", "building_area", "equipment_value", "books",
                                 "computers", "workstations"), ("主校区", *CONDITIONS[year])))],
        "funding": [{"category": c, "item": i, "amount": a} for c, i, a in FUNDING[year]],
    }
    p = year - 1  # the school year runs from September of the previous year
    lists["student_awards"] = [
        {"date": f"{year}-04-18", "competition": "辽宁省职业院校技能大赛", "event": "零部件测绘与CAD成图技术", "level": "省级", "grade": "一等奖", "advisors": "赵明", "students": "马晨阳"},
        {"date": f"{year}-04-19", "competition": "辽宁省职业院校技能大赛", "event": "智能制造设备技术应用", "level": "省级", "grade": "二等奖", "advisors": "王丽、孔建", "students": "李浩然、许宁"},
        {"date": f"{year}-04-20", "competition": "辽宁省职业院校技能大赛", "event": "汽车维修", "level": "省级", "grade": "三等奖", "advisors": "李秀", "students": "裴宇"},
        {"date": f"{p}-12-06", "competition": "示例市职业院校技能大赛", "event": "焊接技术", "level": "市级", "grade": "一等奖", "advisors": "刘强", "students": "张博文"},
    ]
    lists["teacher_awards"] = [
        {"date": f"{p}-11-20", "competition": "辽宁省职业院校教师教学能力比赛", "level": "省级", "grade": "二等奖", "teachers": "王丽、周涛、陈静"},
        {"date": f"{year}-05-10", "competition": "示例市中职学校教学设计与说课比赛", "level": "市级", "grade": "一等奖", "teachers": "孙悦"},
    ]
    lists["partners"] = [
        {"organisation": "示例重型机械股份有限公司", "sign_date": f"{year}-03-15", "status": "新签", "mode": "订单培养、产业学院", "areas": "现代学徒制、技术研发", "goals": "共建智能制造产业学院"},
        {"organisation": "示例汽车销售服务有限公司", "sign_date": f"{p}-09-01", "status": "续约", "mode": "引企驻校", "areas": "汽车检测维修实训", "goals": "每年接收岗位实习学生"},
        {"organisation": "示例数控机床有限公司", "status": "持续合作", "mode": "现代学徒制", "areas": "数控加工、师资培训", "goals": "培养数控技术技能人才"},
        {"organisation": "示例新能源科技有限公司", "sign_date": f"{p}-10-12", "status": "新签", "mode": "共建实训中心", "areas": "新能源汽车维修", "goals": "共建新能源汽车实训中心"},
        {"organisation": "示例港口集团有限公司", "status": "持续合作", "mode": "技术服务", "areas": "港口机械维护", "goals": "联合开展员工技能提升培训"},
    ]
    lists["internships"] = [
        {"organisation": "示例重型机械股份有限公司", "positions": 120, "position_type": "技术类", "majors": "机电技术应用、数控技术应用、焊接技术应用"},
        {"organisation": "示例汽车销售服务有限公司", "positions": 60, "position_type": "技术类", "majors": "汽车运用与维修、汽车车身修复"},
        {"organisation": "示例新能源科技有限公司", "positions": 45, "position_type": "技术类", "majors": "新能源汽车运用与维修"},
        {"organisation": "示例港口集团有限公司", "positions": 30, "position_type": "技术类", "majors": "机械加工技术、计算机应用"},
    ]
    lists["certificates"] = [
        {"cohort": year, "major": "机电技术应用", "graduates": 72, "certificate": "电工（中级）", "certified": 70},
        {"cohort": year, "major": "数控技术应用", "graduates": 58, "certificate": "数控车工（中级）", "certified": 56},
        {"cohort": year, "major": "汽车运用与维修", "graduates": 70, "certificate": "汽车维修工（中级）", "certified": 67},
        {"cohort": year, "major": "焊接技术应用", "graduates": 32, "certificate": "焊工（中级）", "certified": 31},
    ]
    lists["trainings"] = [
        {"date_start": f"{p}-11-16", "date_end": f"{p}-11-17", "project": "电工职业技能等级认定", "kind": "职业技能等级认定", "participants": 230},
        {"date_start": f"{p}-12-07", "date_end": f"{p}-12-08", "project": "钳工职业技能等级认定", "kind": "职业技能等级认定", "participants": 97},
        {"date_start": f"{year}-03-22", "date_end": f"{year}-03-29", "project": "新能源汽车维修技术培训", "kind": "培训", "participants": 64, "hours": 48, "partner": "示例新能源科技有限公司"},
        {"date_start": f"{year}-04-19", "date_end": f"{year}-04-20", "project": "电工职业技能等级认定", "kind": "职业技能等级认定", "participants": 168},
        {"date_start": f"{year}-06-14", "date_end": f"{year}-06-15", "project": "焊工职业技能等级认定", "kind": "职业技能等级认定", "participants": 96},
        {"date_start": f"{year}-07-08", "date_end": f"{year}-07-10", "project": "社区居民家电维修公益培训", "kind": "公益培训", "participants": 120, "hours": 16},
    ]
    return lists


def build():
    years = {}
    for year in (2023, 2024, 2025):
        v, respondents, methods = values(year)
        years[str(year)] = {"values": v, "respondents": respondents, "methods": methods, "lists": year_lists(year)}
    return {
        "school": "示例市机电工程学校",
        "edition": "liaoning-2023",
        "profile": {
            "name": "示例市机电工程学校", "name_en": "Shili Electromechanical Engineering School",
            "code": "3121000187", "province": "辽宁省", "city": "示例市", "district": "滨海新区",
            "category": "一般类", "nature": "公办", "sponsor": "示例市人民政府", "founded": "1962",
            "principal": "高志远", "address": "辽宁省示例市滨海新区职教园路 17 号", "postcode": "121000",
            "phone": "0416-7910001、0416-7910002", "website": "https://www.shili-jd.edu.cn/",
            "email": "office@shili-jd.edu.cn", "publication_form": "学校网站公开",
            "publication_url": "https://www.shili-jd.edu.cn/nianbao/",
            "intro": "示例市机电工程学校是示例市人民政府举办的公办全日制中等职业学校，国家级重点中等职业学校。",
        },
        "masters": {
            "major": [{"name": n, "code": c} for c, n, *_ in MAJORS],
            "organisation": [
                {"name": "示例重型机械股份有限公司", "aliases": ["示例重机", "示例重型机械有限责任公司"]},
                {"name": "示例汽车销售服务有限公司", "aliases": ["示例汽车4S店"]},
                {"name": "示例数控机床有限公司", "aliases": ["示例数控"]},
                {"name": "示例新能源科技有限公司", "aliases": ["示例新能源"]},
                {"name": "示例港口集团有限公司", "aliases": ["示例港", "示例港口集团"]},
            ],
        },
        "major_aliases": {"机械加工技术": ["机械加工技术应用"], "计算机应用": ["计算机技术应用"],
                          "新能源汽车运用与维修": ["新能源汽车维修"]},
        "years": years,
    }


if __name__ == "__main__":
    dest = Path(__file__).resolve().parent.parent / "resources/sample/school.json"
    dest.write_text(json.dumps(build(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print("wrote", dest.name)
