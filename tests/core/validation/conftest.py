"""A small, fully consistent report year in memory (no findings at all) that each test breaks in
one place, and the few helpers that break it as the app would store it."""

import pytest

from vqdesk.core.document.blocks import parse_block
from vqdesk.core.document.codec import parse_document
from vqdesk.core.document.seed import seed_document
from vqdesk.core.document.settings import default_settings
from vqdesk.core.editions import get_edition
from vqdesk.core.fields import coerce_field, coerce_indicator
from vqdesk.core.kinds import normalise_text
from vqdesk.core.model import MasterEntry, Photo, Record, Report, ReportData, Value

YEAR = 2025
SCHOOL = "测试市职业技术学校"
#: Every applicable cell of the six tables, consistent with each other and with the lists below.
VALUES = {
    "1.1": 300, "1.2a": 290, "1.2b": 150, "1.2c": 40, "1.3": 85.5, "1.4": 4500, "1.5a": 130,
    "1.5b": 10, "1.5c": 70, "1.5d": 50, "1.6": 1.2, "1.7": 15.3,
    "2.1a": 95.2, "2.1b": 94.1, "2.1c": 96.3, "2.1d": 95.0, "2.1e": 93.8, "2.1f": 96.7,
    "2.2a": 96.1, "2.2b": 95.5, "2.2c": 97.2, "2.3": 97.0, "2.4": 95.5, "2.5": 96.5,
    "3.5a": 120, "3.5b": 6400, "3.5c": 30, "3.5d": 1600, "3.5e": 25, "3.5f": 1200,
    "3.6a": 4, "3.6b": 0, "3.6c": 0, "3.6d": 1, "3.6e": 1, "3.6f": 3, "3.6g": 2,
    "3.7a": 12, "3.7b": 360, "3.7c": 85.5, "3.7d": 1, "3.7e": 1, "3.7f": 3, "3.7g": 2, "3.7h": 8,
    "3.7i": 4, "3.8a": 3, "3.8b": 0, "3.8c": 0, "3.8d": 1, "3.8e": 1, "3.8f": 2, "3.8g": 1,
    "3.9a": 8, "3.9b": 2, "3.9c": 5, "3.9d": 3, "3.9e": 1, "3.10": 1000, "3.11": 10000,
    "4.1a": 130, "4.1b": 60, "4.1c": 95, "4.1d": 70, "4.1e": 30, "4.2a": 35.5, "4.2b": 120.3,
    "4.3": 12.5, "4.4": 0, "4.5a": 6, "4.5b": 4, "4.5c": 1, "4.5d": 0, "4.5e": 0, "4.6a": 15,
    "4.6b": 2400, "4.6c": 600, "4.7": 48.6,
    "5.1a": 0, "5.1b": 0, "5.1c": 0, "5.2a": 0, "5.2b": 0, "5.2c": 0, "5.2d": 0, "5.2e": 0,
    "5.4a": 0, "5.4b": 0, "5.5": 12, "5.6": 1, "5.7": 0,
    "6.1": 1200, "6.3": 320.5, "6.4a": 120, "6.4b": 110, "6.4c": 85, "6.4d": 6, "6.4e": 5, "6.4f": 4,
    "6.4h": 36, "6.5a": 1180, "6.5b": 92.5, "6.6": 260, "6.7": 150.2, "6.8": 1, "6.9a": 25, "6.9b": 2,
    "6.9c": 800, "6.9d": 16.8, "6.10a": 30.5, "6.10b": 3.2,
}
RESPONDENTS = {"2.1a": 1100, "2.1b": 1050, "2.1c": 1050, "2.1d": 1020, "2.1e": 1020, "2.1f": 1020,
               "2.2a": 400, "2.2b": 250, "2.2c": 150, "2.3": 90, "2.4": 45, "2.5": 800}
MAJORS = [("660301", "机电技术应用"), ("700206", "汽车运用与维修"), ("710201", "计算机应用")]
RECORDS = {
    "majors": [{"code": c, "name": n, "duration": "三年制"} for c, n in MAJORS],
    "enrolment": [
        {"major": "机电技术应用", "grade": "一年级", "male": 150, "female": 50},
        {"major": "机电技术应用", "grade": "二年级", "male": 140, "female": 60},
        {"major": "汽车运用与维修", "grade": "一年级", "male": 180, "female": 20},
        {"major": "汽车运用与维修", "grade": "二年级", "male": 170, "female": 30},
        {"major": "计算机应用", "grade": "一年级", "male": 100, "female": 100},
        {"major": "计算机应用", "grade": "二年级", "male": 90, "female": 110}],
    "teacher_structure": [
        {"category": "专业课", "count": 50, "dual_qualified": 40, "senior_title": 15},
        {"category": "文化课", "count": 20, "dual_qualified": 0, "senior_title": 8},
        {"category": "思政课", "count": 6, "dual_qualified": 0, "senior_title": 2},
        {"category": "体育课", "count": 5, "dual_qualified": 0, "senior_title": 1},
        {"category": "美育课", "count": 4, "dual_qualified": 0, "senior_title": 1}],
    "major_groups": [{"name": "智能制造专业群", "core_major": "机电技术应用", "chain": "先进装备制造"}],
    "conditions": [{"campus": "主校区", "land_area": 60000, "building_area": 30000, "equipment_value": 600,
                    "books": 40000, "computers": 500, "workstations": 900}],
    "funding": [{"category": "财政拨款", "item": "生均公用经费", "amount": 1800},
                {"category": "事业收入", "item": "学费", "amount": 200}],
    "certificates": [{"cohort": 2025, "major": "机电技术应用", "graduates": 100,
                      "certificate": "电工（中级）", "certified": 90}],
    "student_awards": [{"date": "2025-05-20", "competition": "辽宁省职业院校技能大赛", "event": "机器人系统集成",
                        "level": "省级", "grade": "一等奖", "advisors": "张老师", "students": "李同学"}],
    "partners": [{"organisation": "测试装备制造有限公司", "status": "持续合作"}],
    "trainings": [{"date_start": "2024-11-10", "project": "电工技能培训", "kind": "培训", "participants": 120}],
}
#: Eight sentences of 44 characters that differ in one word: no sentence comes twice (R17.repeat).
SENTENCES = [f"学校坚持立德树人根本任务，围绕区域产业发展需要，{w}完善人才培养体系，推动教育教学改革不断深化。"
             for w in ("持续", "不断", "着力", "全面", "深入", "大力", "积极", "稳步")]
SENTENCE = SENTENCES[0]
NARRATIVE = "".join(SENTENCES)      # 352 counted characters: within every bound of liaoning-2023
CASE_BODY = "".join(SENTENCES[:5])
CASE_TITLE = "以赛促学提升技能"
PHOTOS = [Photo(id=1, caption="实训车间", filename="workshop.png", mime="image/png"),
          Photo(id=2, caption="学生参加技能大赛", filename="contest.png", mime="image/png")]


# -- building a report year ------------------------------------------------------------------------

def report_data(edition_id="liaoning-2023", year=YEAR, document=None, **report) -> ReportData:
    """An empty year: the edition's seeded outline (or `document`), the school's name and province."""
    edition = get_edition(edition_id)
    report.setdefault("period_start", f"{year - 1}-09-01")
    report.setdefault("period_end", f"{year}-08-31")
    data = ReportData(report=Report(id=year, year=year, edition_id=edition_id, **report), edition=edition,
                      profile={"name": SCHOOL, "province": edition.province},
                      document=document or seed_document(edition, year, f"{year}年11月"))
    give_ids(data.document)
    return data


def document(edition_id: str, outline: list, **settings):
    """A document from its JSON form (docs/content-format.md), with store ids."""
    edition = get_edition(edition_id)
    doc = parse_document({"format": "vqdesk-content", "version": 1, "year": YEAR, "settings": settings,
                          "outline": outline}, default_settings(edition, YEAR, f"{YEAR}年11月"))
    return give_ids(doc)


def give_ids(doc):
    """Store ids for the headings and blocks that have none yet, as saving would give them."""
    nodes = [n for _, _, n in doc.walk()]
    blocks = [b for n in nodes for b in n.all_blocks()]
    for items in (nodes, blocks):
        used = max((x.id for x in items if x.id is not None), default=0)
        for item in items:
            if item.id is None:
                used += 1
                item.id = used
    return doc


def build_report() -> ReportData:
    data = report_data()
    data.profile["code"] = "4121000001"
    for ind_id, value in VALUES.items():
        set_value(data, ind_id, value)
    for ind_id, value in RESPONDENTS.items():
        set_value(data, ind_id, value, column="respondents")
        set_value(data, ind_id, "问卷调查", column="method")
    for list_id, rows in RECORDS.items():
        set_records(data, list_id, rows)
    data.settings["preface"]["text"] = NARRATIVE
    for node in data.document.nodes():
        if not node.children:
            set_text(data, node.edition_part, NARRATIVE)
    skills = data.document.find_part("talent.skills")
    skills.blocks.append(block({"kind": "photos", "items": [{"photo": 1, "caption": "实训车间"}]}))
    skills.blocks.append(block({"kind": "case", "title": CASE_TITLE, "blocks": [
        {"kind": "text", "text": CASE_BODY},
        {"kind": "photos", "items": [{"photo": 2, "caption": "学生参加技能大赛"}]}]}))
    data.photos = list(PHOTOS)
    give_ids(data.document)
    return data


@pytest.fixture
def data():
    """The consistent report year, to break in one place."""
    return build_report()


# -- changing it -----------------------------------------------------------------------------------

def block(obj: dict):
    return parse_block(obj, "test")


def node(data: ReportData, part: str):
    return data.document.find_part(part)


def set_text(data: ReportData, part: str, text: str):
    """The heading carrying `part` gets `text` as its only text block (none for ""); returns it."""
    target = node(data, part)
    target.blocks = [b for b in target.blocks if b.kind != "text"]
    if not text:
        return None
    target.blocks.insert(0, block({"kind": "text", "text": text}))
    give_ids(data.document)
    return target.blocks[0]


def the_case(data: ReportData):
    return data.document.cases()[0][1]


def set_value(data: ReportData, ind_id: str, raw, column: str = "value", source: str = "manual"):
    """Store a cell as the session does: parsed by its kind; blank clears it (0 is a value)."""
    ind = data.edition.indicator(ind_id)
    kind = next((c.kind for c in data.edition.table(ind.table_no).columns if c.key == column), "")
    number, text = coerce_indicator(ind, raw, kind if column != "value" else "")
    if number is None and text is None:
        data.values.pop((ind_id, column), None)
    else:
        data.values[(ind_id, column)] = Value(number=number, text=text, source=source)


def _resolver(data: ReportData):
    def resolve(kind, text):
        wanted = normalise_text(text)
        return next((m.name for m in data.masters if m.kind == kind
                     and wanted in {normalise_text(n) for n in (m.name, *m.aliases)}), None)
    return resolve


def _coerce(data: ReportData, list_id: str, row: dict) -> dict:
    fields = {f.key: f for f in data.edition.record_list(list_id).fields}
    values = {k: coerce_field(fields[k], v, _resolver(data)) for k, v in row.items()}
    return {k: v for k, v in values.items() if v is not None}


def set_records(data: ReportData, list_id: str, rows: list):
    data.records[list_id] = [Record(id=i + 1, position=i, data=_coerce(data, list_id, r))
                             for i, r in enumerate(rows)]


def add_record(data: ReportData, list_id: str, row: dict):
    rows = data.records.setdefault(list_id, [])
    rows.append(Record(id=len(rows) + 1, position=len(rows), data=_coerce(data, list_id, row)))


def update_record(data: ReportData, list_id: str, index: int, key: str, raw):
    record = data.records[list_id][index]
    values = dict(record.data, **_coerce(data, list_id, {key: raw}))
    data.records[list_id][index] = Record(record.id, record.position, values)


def add_master(data: ReportData, kind: str, name: str, aliases=()):
    data.masters.append(MasterEntry(id=len(data.masters) + 1, kind=kind, name=name, aliases=tuple(aliases)))


def add_year(data: ReportData, year: int, copy_lists=()) -> ReportData:
    """Another year of the same file (history), optionally with copies of some of this year's lists."""
    other = report_data(year=year)
    other.profile = dict(data.profile)
    for list_id in copy_lists:
        other.records[list_id] = list(data.records.get(list_id, []))
    data.history[year] = other
    return other


def loud(data):
    """(rule, message) of every error and warning: what the tests of consistent figures expect empty."""
    from vqdesk.core.validation import validate
    return [(f.rule, f.message) for f in validate(data) if f.severity in ("error", "warning")]


def rules_of(data, *rules):
    from vqdesk.core.validation import validate
    return [(f.severity, f.rule, f.message) for f in validate(data) if f.rule in rules]


def add_text(data, part, text):
    node(data, part).blocks.append(block({"kind": "text", "text": text}))
    give_ids(data.document)


def add_table(data, part, caption, columns, rows, kinds=None):
    """A free table under `part`: a text column, then number columns unless `kinds` says otherwise."""
    kinds = kinds or ["text"] + ["number"] * (len(columns) - 1)
    node(data, part).blocks.append(block({"kind": "table", "caption": caption, "columns": columns,
                                          "column_kinds": kinds, "rows": rows}))
    give_ids(data.document)
