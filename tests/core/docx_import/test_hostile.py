"""Files that are not a report in Word: each gets a clear Chinese answer, never a traceback."""

import io
import zipfile

import pytest

from tests.core.docx_import import build as B
from vqdesk.core.docx_import import read_docx
from vqdesk.core.errors import InputError


def test_an_empty_docx_gives_an_empty_plan():
    plan = read_docx(B.save(B.new()), "空白.docx")
    assert plan.is_empty() and plan.images == [] and plan.unplaced == []


def test_a_docx_with_only_a_toc_gives_an_empty_plan_and_says_the_toc_was_skipped():
    d = B.new()
    d.add_paragraph("目 录")
    B.toc_field(d, ["一、基本情况……1", "二、人才培养……5"])
    plan = read_docx(B.save(d), "只有目录.docx")
    assert plan.is_empty()
    assert plan.notes == ["目录（2 行）未导入：报告的目录由程序生成"]


def test_toc_lines_typed_as_text_are_not_headings():
    d = B.new()
    for line in ("一、基本情况…………1", "（一）学校概况........2"):
        B.bold(d, line)
    B.bold(d, "一、基本情况")
    d.add_paragraph("正文。")
    plan = read_docx(B.save(d), "x.docx")
    assert [n.title for _, n in plan.walk()] == ["基本情况"]


@pytest.mark.parametrize("data, message", [
    (b"just some text", "“x.docx”不是 Word 文档（.docx）。"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100,
     "“x.docx”不是 Word 文档（.docx）（这是旧版 .doc 文件，请在 Word 或 WPS 中另存为 .docx 后再导入）。"),
])
def test_not_a_zip(data, message):
    with pytest.raises(InputError) as err:
        read_docx(data, "x.docx")
    assert str(err.value) == message


def test_a_zip_that_is_not_a_docx():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("readme.txt", "hello")
    with pytest.raises(InputError, match="是压缩文件，但不是 Word 文档"):
        read_docx(out.getvalue(), "x.docx")


def test_a_truncated_docx_is_called_damaged():
    data = B.save(B.new())
    with pytest.raises(InputError, match="“半个.docx”已损坏：文件不完整（可能只复制或下载了一部分）"):
        read_docx(data[: len(data) // 2], "半个.docx")


def test_a_docx_whose_xml_is_broken_is_called_damaged():
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(B.save(B.new()))) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            dst.writestr(item, data[:200] if item.filename == "word/document.xml" else data)
    with pytest.raises(InputError, match="“坏.docx”已损坏或不是 Word 文档"):
        read_docx(out.getvalue(), "坏.docx")


def test_a_picture_that_is_not_an_image_is_listed_not_imported():
    d = B.new()
    B.bold(d, "一、基本情况")
    B.picture(d, B.png())
    data = B.save(d)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            body = src.read(item)
            dst.writestr(item, b"not a picture" if item.filename.startswith("word/media/") else body)
    plan = read_docx(out.getvalue(), "x.docx")
    assert plan.images == []
    assert len(plan.unplaced) == 1 and plan.unplaced[0].startswith("“基本情况”（第 2 段附近）：图片“image1.png”")


def test_an_equation_is_listed_and_the_text_around_it_kept():
    d = B.new()
    d.add_heading("概况", 1)
    p = d.add_paragraph("生均面积按下式计算：")
    B.equation(p, "S/N")
    plan = read_docx(B.save(d), "x.docx")
    assert plan.unplaced == ["“概况”（第 2 段附近）：公式“S/N”"]
    assert plan.nodes[0].blocks == [{"kind": "text", "text": "生均面积按下式计算：", "style": "body"}]


def test_a_footnote_is_listed_with_its_text():
    d = B.new()
    d.add_heading("概况", 1)
    d.add_paragraph("学校占地三百亩")
    plan = read_docx(B.with_footnote(B.save(d), "学校占地三百亩", "含新校区用地"), "x.docx")
    assert plan.unplaced == ["“概况”（第 2 段附近）：脚注“含新校区用地”"]
    assert plan.nodes[0].blocks[0]["text"] == "学校占地三百亩"


def test_double_braces_in_the_text_do_not_become_a_bound_field():
    d = B.new()
    d.add_heading("概况", 1)
    d.add_paragraph("模板里写着{{[6.1]}}人")
    plan = read_docx(B.save(d), "x.docx")
    assert plan.nodes[0].blocks[0]["text"] == "模板里写着{ {[6.1]}}人"
    assert plan.notes == ["“概况”（第 2 段附近）：文字中的“{{”改为“{ {”，以免被当作数据字段"]


def test_tables_nested_very_deep_are_cut_off_with_a_note():
    d = B.new()
    d.add_heading("概况", 1)
    cell = d.add_table(rows=1, cols=2).cell(0, 0)
    for _ in range(30):
        cell = cell.add_table(rows=1, cols=2).cell(0, 0)
    cell.text = "最里面"
    plan = read_docx(B.save(d), "x.docx")
    assert plan.unplaced == ["“概况”（第 2 段附近）：表格中嵌套了 6 层以上的表格"]


def test_a_zip_bomb_is_refused(monkeypatch):
    from vqdesk.core.docx_import import reader
    monkeypatch.setattr(reader, "MAX_UNPACKED", 1000)
    with pytest.raises(InputError, match="解压后超过 0 MB，不像是一份年报，已拒绝"):
        read_docx(B.save(B.new()), "x.docx")
