"""Empty sections print no bare heading: a heading with nothing printed under it, itself or in its
children, is left out of the body and the 目录; the others keep the numbers the app shows, so that
references in the text hold.  Whether a required part is missing is validation's business."""

from vqdesk.core.pdf import build_pdf

from .reports import body_text, case, chart, node, pdf_pages, report, squash, text

PLAIN = {"declaration": {"enabled": False}, "publication": {"enabled": False}, "annex": {"enabled": False},
         "back_cover": {"enabled": False}}


def _build(tmp_path, outline, **settings):
    out = build_pdf(report(outline, settings={**PLAIN, **settings}), tmp_path / "e.pdf", final=True)
    pages = pdf_pages(out)
    toc = "".join(squash(p) for p in pages if "目录" in p[:300])
    return body_text(pages), toc


def test_empty_sections_and_chapters_are_left_out_and_the_others_keep_their_numbers(tmp_path):
    unbound = {"kind": "table", "caption": "专业设置", "source": {"type": "list", "list": "majors"}}
    outline = [
        node("基本情况", children=[node("学校概况", text("", "概况正文。")), node("空的一节"),
                                   node("专业设置", text("", "专业正文。")),
                                   node("只有空子节", children=[node("空子节", text("", ""))])]),
        node("空的一章", children=[node("空节甲"), node("空节乙", chart("bar", "空图", ["甲"], ("数", [None])))]),
        node("无行的表", unbound),
        node("人才培养", text("", "培养正文。")),
    ]
    body, toc = _build(tmp_path, outline)
    for printed in ("1基本情况", "1.1学校概况概况正文。", "1.3专业设置专业正文。", "4人才培养培养正文。"):
        assert printed in body, printed
    for title in ("空的一节", "只有空子节", "空子节", "空的一章", "空节甲", "空节乙", "无行的表"):
        assert title not in body and title not in toc, title
    assert "1.3专业设置" in toc and "4人才培养" in toc


def test_a_chapter_holding_only_cases_collected_at_its_end_keeps_its_heading(tmp_path):
    outline = [node("人才培养", children=[node("立德树人", case("思政进车间", text("", "案例正文。")))]),
               node("服务贡献", text("", "服务正文。"))]
    body, toc = _build(tmp_path, outline, cases={"placement": "chapter_end"})
    assert "1人才培养【案例1-1】思政进车间案例正文。" in body and "2服务贡献服务正文。" in body
    assert "立德树人" not in body and "立德树人" not in toc          # its only content moved to the end


def test_a_section_with_a_case_in_place_is_printed(tmp_path):
    outline = [node("人才培养", children=[node("立德树人", case("思政进车间", text("", "案例正文。")))])]
    body, _ = _build(tmp_path, outline)
    assert "1.1立德树人【案例1-1】思政进车间案例正文。" in body
