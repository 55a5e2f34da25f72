"""Whole reports of the shapes the published reports have (see the seed inventory): numbering per
section and cases at the chapter's end (a city report like Benxi's), flat tables and 案例分享 N (a
district report like Liangzhou's); the lists after the 目录 agree with the body; front matter,
TOC depth, annex and back cover follow the settings."""

import pytest

from vqdesk.core.pdf import build_pdf

from .reports import (body_page_of, body_text, case, chart, free_table, list_entries, node, pdf_pages, photo,
                      photos, png_bytes, report, squash, text)

LONG = "学校坚持立德树人，深化产教融合，推进教师、教材、教法改革，办学质量稳步提升。" * 12


def small_table(caption):
    return free_table(caption, ["项目", "2024年", "2025年"], [["在校生", 1200, 1260], ["毕业生", 380, 402]])


def benxi_outline():
    """Three chapters; chapter 1 has a section with three tables and a level-3 heading with a chart."""
    return [
        node("职业教育基本情况", text("", LONG), children=[
            node("概况", text("", LONG), small_table("各校基本情况"),
                 case("多措并举加强教师队伍建设", text("", "案例正文。" * 30))),
            node("专业建设", children=[
                node("专业布局与产业对接", text("", LONG),
                     chart("bar", "各专业在校生", ["机电", "化工", "护理"], ("在校生", [300, 200, 260]), unit="人")),
                node("实训基地建设", text("", LONG), photos(1, 2))]),
            node("学生发展", text("", LONG), small_table("生源结构"), small_table("巩固率"),
                 small_table("生源结构与巩固率"), case("校企合作育英才", text("", "案例正文。" * 30)))]),
        node("人才培养", children=[node("立德树人", text("", LONG * 3), small_table("法治讲座统计"),
                                       case("构建思政课拓展模块课程体系", text("", "案例正文。" * 30)))]),
        node("文化传承", text("", LONG)),
    ]


BENXI = {"numbering": {"tables": "per_section", "figures": "per_section"},
         "cases": {"label": "案例{cn}", "numbering": "flat", "placement": "chapter_end"},
         "declaration": {"enabled": False}, "publication": {"enabled": False},
         "preface": {"title": None}, "annex": {"enabled": False}, "back_cover": {"enabled": False}}


@pytest.fixture(scope="module")
def benxi(tmp_path_factory):
    data = report(benxi_outline(), edition="regional-city-2024", year=2024, settings=BENXI,
                  profile={"name": "示例市教育局"}, photo_list=[photo(1, "实训车间"), photo(2, "技能竞赛")])
    out = build_pdf(data, tmp_path_factory.mktemp("benxi") / "benxi.pdf", final=True,
                    photo_data=lambda i: png_bytes((60 * i, 90, 160)))
    return pdf_pages(out)


def test_benxi_numbers_tables_and_figures_per_section(benxi):
    body = body_text(benxi)
    for label in ("表1.1.1各校基本情况", "表1.3.1生源结构", "表1.3.2巩固率", "表1.3.3生源结构与巩固率",
                  "图1.2.1各专业在校生", "图1.2.2实训车间", "图1.2.3技能竞赛", "表2.1.1法治讲座统计"):
        assert label in body, label


def test_benxi_cases_are_numbered_flat_in_chinese_and_printed_at_their_chapters_end(benxi):
    body = body_text(benxi)
    first, second, third = (body.index(s) for s in ("案例一多措并举加强教师队伍建设", "案例二校企合作育英才",
                                                    "案例三构建思政课拓展模块课程体系"))
    assert body.index("表1.3.3生源结构与巩固率") < first < second < body.index("2人才培养")
    assert body.index("表2.1.1法治讲座统计") < third < body.index("3文化传承")


def test_benxi_has_no_declaration_publication_preface_or_annex(benxi):
    everything = "".join(squash(p) for p in benxi)
    for absent in ("内容真实性责任声明", "公开形式及网址", "前言", "附件", "撰写说明"):
        assert absent not in everything, absent


@pytest.mark.parametrize("title, count", [("表目录", 5), ("图目录", 3), ("案例目录", 3)])
def test_benxi_lists_match_the_body(benxi, title, count):
    entries = list_entries(benxi, title)
    assert len(entries) == count
    for entry, page in entries:
        assert body_page_of(benxi, entry) == page, entry


def test_benxi_toc_lists_three_levels_with_matching_pages(benxi):
    entries = dict(list_entries(benxi, "目　录"))
    assert {"1职业教育基本情况", "1.2专业建设", "1.2.1专业布局与产业对接", "3文化传承"} <= set(entries)
    for entry, page in entries.items():
        assert body_page_of(benxi, entry) == page, entry


def test_toc_levels_two_leaves_level_three_headings_out(tmp_path):
    data = report(benxi_outline(), settings={**BENXI, "toc": {"levels": 2}})
    pages = pdf_pages(build_pdf(data, tmp_path / "two.pdf", final=True))
    entries = dict(list_entries(pages, "目　录"))
    assert "1.2专业建设" in entries and "1.2.1专业布局与产业对接" not in entries
    assert "1.2.1专业布局与产业对接" in body_text(pages)          # still printed as a heading


def liangzhou_outline():
    cases = [case(t, text("", "凉州区某校开展工作，成效明显。" * 8)) for t in ("教材建设", "校企合作", "体育竞赛成绩")]
    return [
        node("基本情况", children=[node("学校概况", text("", LONG), small_table("中等职业学校统计"),
                                       small_table("普高与中职对比"))]),
        node("学生发展质量", children=[node("技能大赛", text("", LONG), small_table("技能大赛获奖"), cases[0])]),
        node("教育教学质量", children=[node("教材建设质量", text("", LONG), cases[1], cases[2]),
                                         node("专业设置", small_table("专业设置情况"))]),
    ]


@pytest.fixture(scope="module")
def liangzhou(tmp_path_factory):
    settings = {"cases": {"label": "案例分享 {n}", "numbering": "flat"}, "toc": {"levels": 2},
                "preface": {"title": "前言", "text": "本报告依据辖区各校年报编制。"},
                "annex": {"enabled": False}}
    data = report(liangzhou_outline(), edition="gansu-2023", year=2023, settings=settings,
                  profile={"name": "示例区教育局"})
    return pdf_pages(build_pdf(data, tmp_path_factory.mktemp("lz") / "lz.pdf", final=True))


def test_liangzhou_flat_tables_and_shared_cases(liangzhou):
    body = body_text(liangzhou)
    for label in ("表1中等职业学校统计", "表2普高与中职对比", "表3技能大赛获奖", "表4专业设置情况",
                  "案例分享1教材建设", "案例分享2校企合作", "案例分享3体育竞赛成绩"):
        assert label in body, label
    assert "图目录" not in "".join(squash(p) for p in liangzhou)     # no figures: no empty list


def test_liangzhou_preface_comes_before_the_toc(liangzhou):
    firsts = [squash(p.strip().splitlines()[0]) for p in liangzhou if p.strip()]
    assert firsts.index("前言") < firsts.index("目录") < firsts.index("表目录") < firsts.index("案例目录")
    assert [e for e, _ in list_entries(liangzhou, "案例目录")] == ["案例分享1教材建设", "案例分享2校企合作",
                                                                 "案例分享3体育竞赛成绩"]


def test_preface_titled_writing_notes_and_declaration_text(tmp_path):
    settings = {"preface": {"title": "撰写说明", "text": "本报告数据截至当年8月31日。"},
                "declaration": {"enabled": True, "text": "本单位对{school}（{year}年度）报告内容负责。"}}
    pages = pdf_pages(build_pdf(report([node("基本情况", text("", "正文。"))], settings=settings),
                                tmp_path / "p.pdf", final=True))
    everything = "".join(squash(p) for p in pages)
    assert "撰写说明本报告数据截至当年8月31日。" in everything and "前言" not in everything
    assert "本单位对测试市第一职业学校（2025年度）报告内容负责。" in everything


def test_cover_date_from_settings_or_the_export_month(tmp_path):
    dated = report([node("甲")], settings={"cover": {"date": "2025年12月"}},
                   profile={"name_en": "Test Vocational School"})
    undated = report([node("甲")], settings={"cover": {"date": ""}})
    first = pdf_pages(build_pdf(dated, tmp_path / "a.pdf", final=True))[0]
    assert "2025 年 12 月" in first and "Test Vocational School" in first
    assert "2025 年 10 月" in pdf_pages(build_pdf(undated, tmp_path / "b.pdf", final=True))[0]


def test_annex_prints_each_listed_year_the_file_holds(tmp_path):
    last = report([node("甲")], year=2024)
    data = report([node("甲", text("", "正文。"))], settings={"annex": {"enabled": True, "years": [2023, 2024, 2025]}},
                  history={2024: last})
    body = body_text(pdf_pages(build_pdf(data, tmp_path / "a.pdf", final=True)))
    assert "附件：6张指标表" in body and "2024年度" in body and "2025年度" in body and "2023年度" not in body
    assert "表1人才培养质量计分卡（2024年）" in body and "表1人才培养质量计分卡（2025年）" in body


def test_back_cover_with_contacts_and_writers(tmp_path):
    settings = {"back_cover": {"enabled": True, "writers": "张三、李四", "reviewers": "王五"}}
    data = report([node("甲", text("", "正文。"))], settings=settings,
                  profile={"address": "示例市工业路 1 号", "phone": "0416-1234567", "website": "www.example.edu.cn"})
    last = squash(pdf_pages(build_pdf(data, tmp_path / "b.pdf", final=True))[-1])
    for expected in ("撰稿人：张三、李四", "审稿人：王五", "地址：示例市工业路1号", "电话：0416-1234567",
                     "网址：www.example.edu.cn"):
        assert expected in last, expected
    off = report([node("甲", text("", "正文。"))], settings={"back_cover": {"enabled": False, "writers": "张三"}})
    assert "撰稿人" not in "".join(pdf_pages(build_pdf(off, tmp_path / "c.pdf", final=True)))


def test_an_unnumbered_case_prints_its_title_without_a_label_and_stays_out_of_the_case_list(tmp_path):
    """Jinzhou appends one case after its last chapter, with no 案例 number."""
    appended = dict(case("劳模工作室育人实践", text("", "工作室带徒十二人。" * 6)), numbered=False)
    outline = [node("面临挑战", text("", LONG), case("生源竞争", text("", "生源减少。" * 8)), appended)]
    settings = {"cases": {"label": "案例 {n}", "numbering": "flat"}}
    pages = pdf_pages(build_pdf(report(outline, settings=settings), tmp_path / "c.pdf", final=True))
    body = body_text(pages)
    assert "案例1生源竞争" in body and "劳模工作室育人实践" in body and "案例2" not in body
    assert [e for e, _ in list_entries(pages, "案例目录")] == ["案例1生源竞争"]
