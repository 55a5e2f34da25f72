"""The 目录 and the lists after it are laid out in the same single pass as the body: their page
numbers are filled in once the last page is known.  Should an entry be recorded but never printed,
the lists are laid out again with the entries as printed, so a list never names what is not there."""

import pytest

from vqdesk.core.pdf import body, build_pdf
from vqdesk.core.pdf.doctemplate import ReportDocTemplate
from vqdesk.core.pdf.flowables import EntryMeta, TOCHeading

from .reports import body_page_of, free_table, list_entries, node, pdf_pages, report, text

PLAIN = {"declaration": {"enabled": False}, "publication": {"enabled": False}, "annex": {"enabled": False},
         "back_cover": {"enabled": False}}


@pytest.fixture
def passes(monkeypatch):
    """How many times each export laid the document out."""
    counted = []
    original = ReportDocTemplate.build

    def build(self, *args, **kwargs):
        counted.append(self)
        return original(self, *args, **kwargs)
    monkeypatch.setattr(ReportDocTemplate, "build", build)
    return counted


def _long_report():
    chapters = [node(f"第{c}章", text("", "正文。" * 400),
                     free_table(f"第{c}章的表", ["项目", "数量"], [["甲", 1], ["乙", 2]]),
                     children=[node(f"第{c}章第{s}节", text("", "内容。" * 300)) for s in (1, 2)])
                for c in range(1, 6)]
    return report(chapters, settings={**PLAIN, "toc": {"levels": 2, "tables": True}})


def test_a_report_with_contents_and_a_table_list_is_laid_out_once(tmp_path, passes):
    out = build_pdf(_long_report(), tmp_path / "r.pdf", final=True)
    assert len(passes) == 1
    pages = pdf_pages(out)
    toc = list_entries(pages, "目录")
    assert [title for title, _ in toc][:4] == ["1第1章", "1.1第1章第1节", "1.2第1章第2节", "2第2章"]
    for title, page in toc:                       # every number is the page the heading is on
        assert body_page_of(pages, title) == page, title
    tables = list_entries(pages, "表目录")
    assert len(tables) == 5
    assert all(body_page_of(pages, entry) == page for entry, page in tables)


def test_an_entry_recorded_but_never_printed_is_not_listed(tmp_path, passes, monkeypatch):
    """A heading made while the story is assembled but left out of it: the first pass finds the
    lists wrong, a second lays them out with what was printed."""
    build_body = body.build_body

    def with_a_dropped_heading(ctx):
        story = build_body(ctx)
        meta = EntryMeta(key="dropped", toc_markup="从未打印的标题", outline_title="从未打印的标题", level=0)
        ctx.entry(TOCHeading, "从未打印的标题", ctx.styles.h1, meta)          # recorded, not added
        return story
    monkeypatch.setattr("vqdesk.core.pdf.build.build_body", with_a_dropped_heading)
    out = build_pdf(_long_report(), tmp_path / "r.pdf", final=True)
    assert len(passes) == 2
    pages = pdf_pages(out)
    toc = list_entries(pages, "目录")
    assert "从未打印的标题" not in [title for title, _ in toc]
    assert len(toc) == 15
    assert all(body_page_of(pages, title) == page for title, page in toc)
