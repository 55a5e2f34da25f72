"""The regional file's libraries of the schools' cases and photos: aggregation copies the photos
the schools' reports print, each keeping its school; re-aggregating replaces that library without
duplicates and never touches the bureau's own photos; `use-case` / `use-photo` put an entry under
a heading, and the PDF and Word file print “（来源：某某学校）” under it."""

import io
import subprocess

from docx import Document as WordDocument
from PIL import Image

from vqdesk.cli import main
from vqdesk.core.aggregate import aggregate_files
from vqdesk.core.docx_export import build_docx
from vqdesk.core.pdf.build import build_pdf
from vqdesk.core.sample_region import write_region_samples
from vqdesk.core.session import Session

FIRST, SECOND = "甲校", "示例市第2交通运输学校"


def png(colour, size=(320, 200)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, "PNG")
    return buffer.getvalue()


def overview(s, year=2025):
    return next(n for n in s.document(year).nodes() if n.edition_part == "basic.overview")


def schools_with_photos(folder):
    """Two schools: 甲校 prints one photo (and keeps one its report does not show), the second
    prints one."""
    paths = write_region_samples(folder, 2)
    with Session.open(paths[0]) as s:
        s.set_profile(2025, "name", FIRST)
        s.add_photo(2025, png((200, 40, 40)), "实训楼.png", "新建实训楼", node_id=overview(s).id)
        s.store_photo(2025, png((0, 0, 0)), "草稿.png", "未排入报告")
    with Session.open(paths[1]) as s:
        s.add_photo(2025, png((40, 40, 200)), "校园.png", "校园一角", node_id=overview(s).id)
    return paths


def aggregate(out, paths, **kw):
    return aggregate_files(out, level="city", name="示例市", year=2025, inputs=paths, **kw)


def library(s):
    return [r.data for r in s.records(2025, "school_photos")]


def test_aggregation_copies_the_photos_the_schools_print_each_with_its_school(tmp_path):
    paths = schools_with_photos(tmp_path / "s")
    out = tmp_path / "示例市.vqd"
    preview = aggregate(out, paths, dry_run=True)
    assert "各校图片 2 张将放入图片库（只取各校报告中排入图片组的图片，每校至多 20 张" in preview.summary()
    assert not out.exists()
    aggregate(out, paths)
    with Session.open(out, readonly=True) as s:
        rows = library(s)
        assert [(r["school"], r["part"], r["caption"], r["filename"]) for r in rows] == [
            (FIRST, "概况", "新建实训楼", "实训楼.png"), (SECOND, "概况", "校园一角", "校园.png")]
        assert s.photo_data(rows[0]["photo"]) == png((200, 40, 40))
        assert [p.caption for p in s.photos(2025)] == ["新建实训楼", "校园一角"]   # not the unprinted one
        assert s.document(2025).photo_ids() == []                                 # a library, not placed


def test_re_aggregating_replaces_the_library_without_duplicates_and_keeps_the_bureau_s_photos(tmp_path):
    paths = schools_with_photos(tmp_path / "s")
    out = tmp_path / "示例市.vqd"
    aggregate(out, paths)
    with Session.open(out) as s:
        own = s.add_photo(2025, png((0, 120, 0)), "局里.png", "教育局的照片", node_id=overview(s).id)
        placed = library(s)[0]["photo"]
        main_ids = {p.id for p in s.photos(2025)}
    assert main(["use-photo", str(out), "--photo", "1", "--under", "1.1"]) == 0
    aggregate(out, paths)                                    # the same photos again: nothing doubled
    with Session.open(out, readonly=True) as s:
        assert {p.id for p in s.photos(2025)} == main_ids
        assert [r["photo"] for r in library(s)][0] == placed
    with Session.open(paths[0]) as s:                        # 甲校 swaps its photo for another
        old = next(p for p in s.photos(2025) if p.caption == "新建实训楼")
        s.remove_photo(old.id)
        s.add_photo(2025, png((250, 200, 0)), "操场.png", "新操场", node_id=overview(s).id)
    with Session.open(paths[1]) as s:                        # the second school drops its photo
        s.remove_photo(s.photos(2025)[0].id)
    aggregate(out, paths)
    with Session.open(out, readonly=True) as s:
        assert [(r["school"], r["caption"]) for r in library(s)] == [(FIRST, "新操场")]
        captions = sorted(p.caption for p in s.photos(2025))
        # the bureau's photo and the library photo it placed stay; the unplaced old one goes
        assert captions == sorted(["教育局的照片", "新建实训楼", "新操场"])
        assert own.id in {p.id for p in s.photos(2025)} and placed in s.document(2025).photo_ids()


def test_replacing_the_document_keeps_the_library(tmp_path):
    paths = schools_with_photos(tmp_path / "s")
    out = tmp_path / "示例市.vqd"
    aggregate(out, paths)
    with Session.open(out) as s:
        s.load_content(2025, s.content(2025))
        assert [p.caption for p in s.photos(2025)] == ["新建实训楼", "校园一角"]


def pdf_text(data, path, photo_data):
    return subprocess.run(["pdftotext", str(build_pdf(data, path, final=True, photo_data=photo_data)), "-"],
                          capture_output=True, text=True, check=True).stdout


def test_use_photo_and_use_case_place_library_entries_and_print_their_school(tmp_path, capsys):
    paths = schools_with_photos(tmp_path / "s")
    out = tmp_path / "示例市.vqd"
    aggregate(out, paths)
    capsys.readouterr()
    assert main(["use-photo", str(out), "--list", "--school", FIRST]) == 0
    assert capsys.readouterr().out.splitlines() == ["序号\t来源学校\t所在部分\t图题\t文件名",
                                                    f"1\t{FIRST}\t概况\t新建实训楼\t实训楼.png"]
    assert main(["use-photo", str(out), "--photo", "3", "--under", "1.1"]) == 1
    assert "2025 年度的各校图片中没有第 3 条（共 2 条，可用 --list 查看）" in capsys.readouterr().err
    assert main(["use-photo", str(out), "--photo", "1", "--under", "没有的标题"]) == 1
    assert "报告中没有标题“没有的标题”" in capsys.readouterr().err
    assert main(["use-photo", str(out), "--photo", "1", "--under", "1.1"]) == 0
    assert capsys.readouterr().out == "已将 1 张图片（甲校）放在“本地区概况”下（图题下注明来源学校）。\n"
    assert main(["use-case", str(out), "--list"]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert listed[1].startswith(f"1\t{FIRST}\t") and listed[0] == "序号\t来源学校\t所在部分\t案例标题\t字数"
    assert main(["use-case", str(out), "--case", "1", "--under", "本地区概况"]) == 0
    with Session.open(out) as s:
        blocks = overview(s).blocks
        assert [b.kind for b in blocks[-2:]] == ["photos", "case"]
        assert blocks[-2].data["items"][0]["school"] == FIRST and blocks[-1].data["school"] == FIRST
        data = s.snapshot(2025)
        text = "".join(pdf_text(data, tmp_path / "r.pdf", s.photo_data).split())
        assert "图1-1新建实训楼（来源：甲校）" in text                   # under the photo's caption
        assert text.count("（来源：甲校）") == 2                          # and under the case
        build_docx(data, tmp_path / "r.docx", photo_data=s.photo_data)
        s.update_block(blocks[-2].id, {**s.content(2025)["outline"][0]["children"][0]["blocks"][-2],
                                       "attribution": "none"})
        quiet = "".join(pdf_text(s.snapshot(2025), tmp_path / "q.pdf", s.photo_data).split())
    word = WordDocument(str(tmp_path / "r.docx"))
    paragraphs = [p.text for p in word.paragraphs]
    caption = next(i for i, t in enumerate(paragraphs) if t.endswith("新建实训楼"))
    assert paragraphs[caption + 1] == "（来源：甲校）"
    case_box = next(t for t in word.tables if t.cell(0, 0).paragraphs[0].text.startswith("【案例"))
    assert case_box.cell(0, 0).paragraphs[-1].text == "（来源：甲校）"      # the case's source too
    assert "图1-1新建实训楼" in quiet and quiet.count("（来源：甲校）") == 1   # the setting: none


def test_use_on_a_school_report_or_without_a_choice_says_what_to_do(tmp_path, capsys):
    school = write_region_samples(tmp_path / "s", 1)[0]
    assert main(["use-case", str(school), "--list"]) == 1
    assert "这不是区县或地市报告" in capsys.readouterr().err
    assert main(["use-photo", str(school)]) == 1
    assert "请用 --list 查看可选用的条目，或用 --photo N --under 标题 选用一条。" in capsys.readouterr().err


def test_at_most_twenty_photos_a_school_are_copied(tmp_path):
    path = write_region_samples(tmp_path / "s", 1)[0]
    with Session.open(path) as s:
        for i in range(22):
            s.add_photo(2025, png((i * 10, 0, 0), (16, 16)), f"{i}.png", f"图{i}", node_id=overview(s).id)
    out = tmp_path / "示例市.vqd"
    aggregate(out, [path])
    with Session.open(out, readonly=True) as s:
        assert [r["caption"] for r in library(s)] == [f"图{i}" for i in range(20)]


def test_importing_a_word_file_into_the_regional_report_keeps_the_library_and_undo_restores(tmp_path):
    from docx import Document as NewWord
    from docx.shared import Cm

    from vqdesk.core.docx_import import read_docx
    paths = schools_with_photos(tmp_path / "s")
    out = tmp_path / "示例市.vqd"
    aggregate(out, paths)
    word = NewWord()
    word.add_heading("一、基本情况", 1)
    word.add_paragraph("从去年的 Word 年报来的一段话。")
    word.add_paragraph().add_run().add_picture(io.BytesIO(png((9, 9, 9))), width=Cm(4))
    buffer = io.BytesIO()
    word.save(buffer)
    with Session.open(out) as s:
        before = sorted((p.id, p.caption) for p in s.photos(2025))
        undo = s.import_docx(2025, read_docx(buffer.getvalue(), "去年.docx", s.edition(2025)))
        kept = {p.caption for p in s.photos(2025)}
        assert {"新建实训楼", "校园一角"} <= kept and len(kept) == 3     # the library and the Word picture
        s.undo_import(undo)
        assert sorted((p.id, p.caption) for p in s.photos(2025)) == before
