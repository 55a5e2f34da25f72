"""A report shaped like the Jinzhou seed (锦州市机电工程学校, 2025; seed notes
jinzhou-school-2025.md and .data.json) is built through `vqdesk content --load`: its 8 chapters,
27 sections and 20 level-3 headings, its 18 tables numbered flat with the seed's captions, its data
charts, its 21 cases labelled 案例 N, no 声明 and no annex.  The exported PDF's 表目录, 图目录 and
案例目录 list exactly these, each with the page the caption or label is printed on.

The document and the record-list rows are tests/data/jinzhou/*.json, written by
tests/data/jinzhou/build_content.py from the seed notes (run by hand; the notes are not in the
repository).
"""

import contextlib
import io
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from vqdesk.cli import main
from vqdesk.core.session import Session

DATA = Path(__file__).parent / "data" / "jinzhou"
CONTENT = DATA / "jinzhou-2025.content.json"
RECORDS = DATA / "jinzhou-2025.records.json"

CHAPTERS = ["学校基本情况", "人才培养", "服务贡献", "文化传承", "国际合作", "产教融合", "发展保障", "面临挑战"]

#: (number, title) of the 27 sections; the seed's second “3.3” is 3.4 here.
SECTIONS = [
    ("1.1", "学校基本情况"), ("1.2", "办学理念先进"), ("1.3", "办学实力雄厚"), ("1.4", "办学特色鲜明"),
    ("2.1", "立德树人，筑牢育人之本"), ("2.2", "多样成才，绘就多彩未来"), ("2.3", "固本强基，领航内涵发展"),
    ("3.1", "拓展功能属性，服务产业升级"), ("3.2", "开展社会培训，服务多元发展"),
    ("3.3", "构建鉴定体系，彰显多元价值"), ("3.4", "服务社会考试，践行社会责任"),
    ("4.1", "传承匠心匠艺，筑梦锦绣前程"), ("4.2", "传承红色基因，厚植爱国情怀"),
    ("4.3", "传承文化经典，弘扬民族精神"),
    ("6.1", "推进校企合作机制建设，筑牢融合根基"), ("6.2", "参与产教融合共同体建设，服务产业升级"),
    ("6.3", "巩固现代学徒制合作成果，深化双主体育人"), ("6.4", "推进技能证书制度试点改革，促进书证融通"),
    ("6.5", "加强职教交流，拓宽成长通道"),
    ("7.1", "党建引领，夯实发展之基"), ("7.2", "管理保障"), ("7.3", "经费保障"), ("7.4", "政策保障"),
    ("8.1", "生源竞争与质量提升"), ("8.2", "产业升级与专业适配"), ("8.3", "师资队伍建设压力"),
    ("8.4", "信息化建设深度与应用"),
]

#: (number, title) of the 20 level-3 headings; 2.1.5 (missing from the seed's own 目录) is included.
LEVEL3 = [
    ("2.1.1", "推进塑心工程，夯实信仰根基育"), ("2.1.2", "推进思政工程 落实根本任务"),
    ("2.1.3", "推进铸魂工程，培育时代新人"), ("2.1.4", "推进素养工程，助力学生发展"),
    ("2.1.5", "推进心健工程 守护心理健康"),
    ("2.2.1", "技能磨砺，锤炼专业锋芒"), ("2.2.2", "升学逐梦，拓展成长之路"), ("2.2.3", "就业起航，迈向职场新程"),
    ("2.2.4", "劳动践行，体悟价值真谛"), ("2.2.5", "体育赋能，铸就强健体魄"),
    ("2.3.1", "对接产业需求，优化专业布局"), ("2.3.2", "深化“三教”改革，赋能人才培养"),
    ("2.3.3", "创新教学评价，护航教学质量"), ("2.3.4", "优化校园环境，筑牢育人根基"),
    ("2.3.5", "凝心聚力促发展，和谐校园谱新篇"),
    ("7.1.1", "把握关键点，筑牢思想根基"), ("7.1.2", "夯实着力点，提升党员干部素质"),
    ("7.1.3", "瞄准切入点，推进标准化规范化建设"), ("7.1.4", "打造闪光点，创新党建工作模式"),
    ("7.1.5", "增加辐射点，共促党群建设“新蓝图”"),
]

#: The seed's 表目录 (表 1 … 表 18), in order.
TABLES = [
    "2025年专业设置情况一览表",
    "锦州市机电工程学校在校生各专业人数明细表",
    "教师队伍构成情况",
    "2024年辽宁省学生技能大赛汇总表",
    "近两年升学情况统计表",
    "2025年实习推荐单位名单表",
    "2024-2025年度学生体测数据统计表",
    "锦州市机电工程学校2025年专业设置情况一览表",
    "教师培养培训（人）表",
    "2025年度企业新型学徒制培训项目明细表",
    "2025年度社会考试服务项目一览表",
    "职业技能等级认定考试信息表",
    "2025年度新增深度校企合作项目一览表",
    "现代学徒制“双导师”教学团队建设成效表（2024-2025）",
    "2025届毕业生主要专业证书获取情况统计表",
    "2024-2025学年党员队伍建设与培训情况统计表",
    "学校治理能力现代化建设关键指标对比表",
    "学校主要依据与应用的上级政策文件清单（部分）",
]

#: The data charts among the seed's figures (its 图2, 3, 4, 39, 42 and 66), numbered 图 1 … 图 6 here.
CHARTS = [
    ("bar", "在校学生专业分布数据分析"),
    ("line", "2023-2025届就业数据分析"),
    ("pie", "双师型教师占比分析图"),
    ("pie", "2025年度企业新型学徒制培训结构分析"),
    ("hbar", "2025年度职业技能等级认定工种分布"),
    ("bar", "2025年度办学经费收入与支出结构分析图"),
]

#: The seed's 案例目录 (案例 1 … 案例 21) and the heading each case stands under.
CASES = [
    ("2.1.1", "常态化主题班会筑牢价值根基"),
    ("2.1.2", "“行走的思政课堂”感悟雷锋精神"),
    ("2.1.3", "劳模工匠进校园活动"),
    ("2.1.4", "系列文体活动"),
    ("2.2.1", "智能制造赛项首战告捷的启示"),
    ("2.2.3", "毕业生代鑫的职业成长之路"),
    ("2.2.4", "劳动周实践涵养主人翁精神"),
    ("2.3.4", "以练筑防，开展应急疏散与灭火演练"),
    ("3.2", "深耕“新型学徒制”，校企共育高技能人才"),
    ("3.3", "构建“全流程”质控体系，打造技能认定金字招牌"),
    ("3.4", "拓展服务半径，担当社会考试“专业服务商”"),
    ("4.1", "2024-2025学年“师徒结对”成果典型案例一览表"),
    ("4.1", "一场震撼心灵的劳模宣讲会"),
    ("4.2", "白沙湾畔的“雷锋精神”实践课"),
    ("4.3", "当数控专业遇上剪纸艺术——一堂融合课的文化启示"),
    ("6.2", "小投入撬动大效益——铁路货车门锁自动化焊接单元协同攻关记"),
    ("6.3", "共建“活”的资源，赋能“双师”团队——《智能药品包装机综合实训》课程开发与实施纪实"),
    ("6.5", "从“中职生”到“国赛选手”——校际合作托举的成才之路"),
    ("7.1.4", "打造“核心领航”党建品牌，赋能高质量发展"),
    ("7.2", "支部建在“链”上，先锋守在“岗”上——第三党支部“党建+产教融合”赋能高质量发展纪实"),
    ("7.4", "政策引领——“双师型”教师队伍建设的破局之路"),
]


def run(*args) -> tuple[int, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main([str(a) for a in args])
    return code, out.getvalue()


def content(path) -> dict:
    code, out = run("content", path)
    assert code == 0
    return json.loads(out)


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    with pytest.MonkeyPatch.context() as mp:        # backups and logs stay out of the user's folder
        mp.setenv("VQDESK_DATA_DIR", str(tmp_path_factory.mktemp("userdata")))
        yield tmp_path_factory.mktemp("jinzhou")


@pytest.fixture(scope="module")
def report(folder):
    """The Jinzhou-shaped report: new file, profile and record lists through the Session, then
    the document through `vqdesk content --load`."""
    path = folder / "锦州市机电工程学校.vqd"
    assert run("new", path, "--school", "锦州市机电工程学校", "--year", "2025", "--edition", "liaoning-2023")[0] == 0
    facts = json.loads(RECORDS.read_text(encoding="utf-8"))
    with Session.open(path) as s:
        for key, value in facts["profile"].items():
            s.set_profile(2025, key, value)
        for list_id, rows in facts["records"].items():
            s.replace_records(2025, list_id, rows)
    assert run("content", path, "--load", CONTENT)[0] == 0
    return path


@pytest.fixture(scope="module")
def doc(report):
    return content(report)


def nodes(doc):
    """(number, depth, node) in reading order, numbered as the headings print (1., 1.1, 1.1.1)."""
    out = []

    def walk(children, prefix, depth):
        for i, node in enumerate(children, 1):
            number = f"{prefix}.{i}" if prefix else str(i)
            out.append((number, depth, node))
            walk(node["children"], number, depth + 1)

    walk(doc["outline"], "", 0)
    return out


def blocks(doc):
    """(heading number, block) for every block in reading order, cases' own blocks included."""
    for number, _, node in nodes(doc):
        for block in node["blocks"]:
            yield number, block
            for inner in block.get("blocks", []) if block["kind"] == "case" else []:
                yield number, inner


# -- the document ---------------------------------------------------------------------------------

def test_outline_has_the_seeds_chapters_sections_and_level3_headings(doc):
    by_depth = {d: [(n, node["title"]) for n, depth, node in nodes(doc) if depth == d] for d in range(4)}
    assert [t for _, t in by_depth[0]] == CHAPTERS
    assert by_depth[1] == SECTIONS
    assert by_depth[2] == LEVEL3
    assert by_depth[3] == []
    assert [len(node["children"]) for _, d, node in nodes(doc) if d == 0] == [4, 3, 4, 3, 0, 5, 4, 4]


def test_chapters_keep_their_edition_parts_and_chapter_4_has_an_introduction(doc):
    chapters = [node for _, d, node in nodes(doc) if d == 0]
    assert [c["edition_part"] for c in chapters] == ["basic", "talent", "service", "culture", "intl",
                                                     "integration", "support", "challenges"]
    assert [b["kind"] for b in chapters[3]["blocks"]] == ["text"]
    assert chapters[3]["blocks"][0]["text"].strip()


def test_eighteen_numbered_tables_in_the_seeds_order_with_its_captions(doc):
    numbered = [b for _, b in blocks(doc) if b["kind"] == "table" and b["numbered"]]
    assert [b["caption"] for b in numbered] == TABLES
    # list tables are views of the record lists; the others are the school's own cells
    assert [(b["source"] or {}).get("list") for b in numbered] == [
        "majors", "enrolment", None, "student_awards", None, "internships", None, "majors", None, None,
        "trainings", None, "partners", None, "certificates", None, None, None]


def test_tables_stand_in_the_seeds_sections(doc):
    where = [n for n, b in blocks(doc) if b["kind"] == "table" and b["numbered"]]
    assert where == ["1.1", "1.1", "1.1", "2.2.1", "2.2.2", "2.2.3", "2.2.5", "2.3.1", "2.3.2", "3.1",
                     "3.3", "3.4", "6.1", "6.3", "6.4", "7.1.3", "7.2", "7.4"]


def test_free_tables_keep_two_header_rows_kinds_and_a_computed_total(doc):
    tables = {b["caption"]: b for _, b in blocks(doc) if b["kind"] == "table"}
    further = tables["近两年升学情况统计表"]
    assert further["columns"] == ["年份", "报考人数", "录取人数", "升学率 (%)"]
    assert further["column_kinds"] == ["text", "number", "number", "number"]
    assert further["rows"] == [["2024年", 236, 191, 80.93], ["2025年", 174, 155, 89]]
    apprentices = tables["2025年度企业新型学徒制培训项目明细表"]
    assert apprentices["total"] == {"label": "合计", "columns": [4]}
    assert [r[4] for r in apprentices["rows"]] == [56, 55]
    awards = tables["2024年辽宁省学生技能大赛汇总表"]
    assert awards["header_groups"] == [{"label": "", "span": 1}, {"label": "奖项等级", "span": 2},
                                       {"label": "", "span": 1}, {"label": "", "span": 1}]
    assert awards["columns"] == ["赛项名称", "级别", "等级", "指导教师", "学生名单"]
    certification = tables["2025年度社会考试服务项目一览表"]
    assert certification["header_groups"][0] == {"label": "服务日期", "span": 2}
    assert certification["source"]["total"] == ["participants"]


def test_bound_tables_and_charts_show_the_seeds_figures(report):
    from vqdesk.core.document.chart_data import chart_data
    from vqdesk.core.document.tables import table_view
    with Session.open(report, readonly=True) as s:
        data = s.snapshot(2025)
    document = data.document
    enrolment = table_view(document.table_by_ref("t-enrolment"), data)
    assert enrolment.columns == ["序号", "专业", "男生人数", "女生人数", "总数"]
    assert [r[4] for r in enrolment.rows] == [52, 30, 1, 30, 43, 20, 212, 5]
    certification = table_view(document.table_by_ref("t-certification"), data)
    assert certification.rows[certification.total_rows[0]][3] == 794
    apprentices = table_view(document.table_by_ref("t-apprentice"), data)
    assert apprentices.rows[-1] == ["合计", None, None, None, 111, None]
    charts = {b.caption: b for _, b in document.blocks() if b.kind == "chart"}
    by_major = chart_data(charts["在校学生专业分布数据分析"], document, data)
    assert by_major.labels[0] == "汽车运用与维修" and len(by_major.labels) == 8
    assert by_major.series == [("总数", [52, 30, 1, 30, 43, 20, 212, 5])]
    structure = chart_data(charts["2025年度企业新型学徒制培训结构分析"], document, data)
    assert (structure.labels, structure.series) == (["钳工", "电工"], [("培训人数(人)", [56, 55])])


def test_data_charts_students_by_major_dual_share_and_trend_lines(doc):
    charts = [b for _, b in blocks(doc) if b["kind"] == "chart"]
    assert [(c["chart"], c["caption"]) for c in charts] == CHARTS
    assert all(c["numbered"] for c in charts)
    assert charts[0]["source"] == {"table": "t-enrolment", "labels": 1, "series": [4]}
    assert charts[2]["data"] == {"labels": ["双师型教师", "其他教师"],
                                 "series": [{"name": "占比", "values": [71.6, 28.4]}]}
    trend = charts[1]["data"]
    assert trend["labels"] == ["2023届", "2024届", "2025届"]
    # only the 2025 figures are in the seed: the earlier years stay missing, never 0
    assert trend["series"] == [{"name": "就业率", "values": [None, None, 90.81]},
                               {"name": "对口就业率", "values": [None, None, 97.67]},
                               {"name": "升学率", "values": [None, None, 80.93]}]


def test_twenty_one_cases_in_their_sections(doc):
    cases = [(n, b["title"]) for n, b in blocks(doc) if b["kind"] == "case" and b["numbered"]]
    assert cases == CASES
    (appended,) = [(n, b["title"]) for n, b in blocks(doc) if b["kind"] == "case" and not b["numbered"]]
    assert appended[0] == "8.4" and appended[1].startswith("劳模引领 平台赋能 成果导向")
    assert all(b["blocks"] and b["blocks"][0]["kind"] == "text"
               for _, b in blocks(doc) if b["kind"] == "case")


def test_the_labour_week_schedule_is_an_unnumbered_table_inside_case_7(doc):
    case7 = [b for _, b in blocks(doc) if b["kind"] == "case"][6]
    schedule = [b for b in case7["blocks"] if b["kind"] == "table"]
    assert [(t["caption"], t["numbered"]) for t in schedule] == [("劳动周课表", False)]
    assert schedule[0]["columns"] == ["时间段", "任务内容", "地点", "具体要求"]
    assert len(schedule[0]["rows"]) == 4


def test_settings_follow_the_seed_front_matter(doc):
    s = doc["settings"]
    assert s["declaration"]["enabled"] is False
    assert s["annex"]["enabled"] is False
    assert s["publication"]["enabled"] is True
    assert s["preface"]["title"] == "前言"
    assert s["cover"]["date"] == "2025年11月"
    assert s["toc"] == {"levels": 3, "tables": True, "figures": True, "cases": True}
    assert {k: s["numbering"][k] for k in ("chapter", "section", "level3", "tables", "figures")} == {
        "chapter": "{n}.", "section": "{chapter}.{n}", "level3": "{chapter}.{section}.{n}",
        "tables": "flat", "figures": "flat"}
    assert s["cases"] == {"label": "案例 {n}", "numbering": "flat", "placement": "inline"}


def test_export_load_export_is_identical(report, doc, folder):
    exported = folder / "再导出.json"
    exported.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    assert run("content", report, "--load", exported)[0] == 0
    assert content(report) == doc


# -- the PDF --------------------------------------------------------------------------------------

_FOOTER = re.compile(r"^-\s*(\d+)\s*-$")
_ENTRY_END = re.compile(r"[\s.]*[\s.](\d+)$")


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def pdf_pages(report, folder):
    """(printed page number or None, lines) per PDF page, from `pdftotext -layout`."""
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils (pdftotext) not installed")
    out = folder / "锦州.pdf"
    code, _ = run("export", report, "--pdf", out, "--final")
    assert code == 0
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, check=True,
                          text=True, encoding="utf-8").stdout
    pages = []
    for page in text.split("\f"):
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        number = next((int(m.group(1)) for m in map(_FOOTER.match, reversed(lines)) if m), None)
        pages.append((number, lines))
    return pages


def front_matter(pages) -> list:
    """The lines of the pages before the first numbered body page."""
    first = next(i for i, (number, _) in enumerate(pages) if number is not None)
    return [line for _, lines in pages[:first] for line in lines]


def front_list(pages, heading: str, label: str) -> list:
    """(label with number, title, page) of a front-matter list (表目录 …), wrapped entries joined."""
    front = front_matter(pages)
    start = front.index(heading) + 1
    entries, current = [], ""
    for line in front[start:]:
        if line in ("目录", "表目录", "图目录", "案例目录") or re.fullmatch(r"[ivxlc]+", line):
            if line != heading and line in ("目录", "表目录", "图目录", "案例目录"):
                break
            continue
        current = f"{current}{line}" if current else line
        end = _ENTRY_END.search(current)
        if end:
            head = current[:end.start()]
            match = re.match(rf"^({label} \d+) (.+)$", head)
            assert match, f"{heading}: unexpected entry “{current}”"
            entries.append((match.group(1), squeeze(match.group(2)), int(end.group(1))))
            current = ""
    assert current == "", f"{heading}: unfinished entry “{current}”"
    return entries


def body_page(pages, label: str, title: str) -> list:
    """The printed numbers of the body pages on which “label title” starts a line (maybe wrapped)."""
    wanted = squeeze(label + title)
    found = []
    for number, lines in pages:
        if number is None:
            continue
        for i, line in enumerate(lines):
            following = squeeze(line + "".join(lines[i + 1:i + 3]))
            if line.startswith(label + " ") and following.startswith(wanted):
                found.append(number)
    return found


def test_pdf_table_list_is_the_seeds_with_body_pages(pdf_pages):
    entries = front_list(pdf_pages, "表目录", "表")
    assert [(label, title) for label, title, _ in entries] == [(f"表 {n}", squeeze(t)) for n, t in
                                                               enumerate(TABLES, 1)]
    for label, title, page in entries:
        assert body_page(pdf_pages, label, title) == [page], label


def test_pdf_figure_list_names_the_charts_with_body_pages(pdf_pages):
    entries = front_list(pdf_pages, "图目录", "图")
    assert [(label, title) for label, title, _ in entries] == [(f"图 {n}", squeeze(t)) for n, (_, t) in
                                                               enumerate(CHARTS, 1)]
    for label, title, page in entries:
        assert body_page(pdf_pages, label, title) == [page], label


def test_pdf_case_list_is_the_seeds_with_body_pages(pdf_pages):
    entries = front_list(pdf_pages, "案例目录", "案例")
    assert [(label, title) for label, title, _ in entries] == [(f"案例 {n}", squeeze(t)) for n, (_, t) in
                                                               enumerate(CASES, 1)]
    for label, title, page in entries:
        assert body_page(pdf_pages, label, title) == [page], label


def test_pdf_unnumbered_schedule_is_printed_but_not_listed(pdf_pages):
    body = [line for number, lines in pdf_pages if number is not None for line in lines]
    assert "劳动周课表" in body
    assert all("劳动周课表" not in title for _, title, _ in front_list(pdf_pages, "表目录", "表"))


#: The level-3 headings the seed gives no text: the PDF prints no bare heading (issue 16), in the
#: body or the 目录; the others keep their numbers.
EMPTY_HEADINGS = {"2.3.3", "2.3.5", "7.1.1", "7.1.2", "7.1.5"}


def test_pdf_toc_lists_every_numbered_heading_with_content(pdf_pages):
    front = front_matter(pdf_pages)
    toc = front[front.index("目录") + 1:front.index("表目录")]
    headings = [squeeze(_ENTRY_END.sub("", line)) for line in toc if re.match(r"^\d", line)]
    numbered = [(str(n), f"{n}.{title}") for n, title in enumerate(CHAPTERS, 1)]
    numbered += [(n, f"{n}{title}") for n, title in SECTIONS + LEVEL3 if n not in EMPTY_HEADINGS]
    numbered.sort(key=lambda item: tuple(int(part) for part in item[0].split(".")))
    assert headings == [squeeze(text) for _, text in numbered]


def test_pdf_has_no_declaration_and_no_annex(pdf_pages):
    lines = [line for _, page in pdf_pages for line in page]
    assert "声明" not in lines
    assert not any("特此声明" in line for line in lines)
    assert not any(line.startswith(("附件", "附表")) for line in lines)


def test_the_seeds_free_tables_as_printed_raise_no_contradiction(report):
    """Its tables' own sums (表2 总数 = 男 + 女, 表6 合计 316), rates per year (表5) and captions'
    years hold, and no figure is written two ways in its texts and tables: the checks of free
    tables and of figures written twice find nothing on the seed's consistent content."""
    from vqdesk.core.validation import validate
    with Session.open(report, readonly=True) as s:
        found = validate(s.snapshot(2025))
    rules = ("R16.twice", "R2.table", "R2.share", "R15.caption", "R18.variant")
    assert [(f.rule, f.message) for f in found if f.rule in rules] == []
