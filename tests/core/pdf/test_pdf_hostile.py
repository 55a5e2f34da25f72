"""Text and photos that must never break the build."""

import io
import logging
import struct
import zlib

from PIL import Image
from pypdf import PdfReader

from vqdesk.core.errors import NotFoundError
from vqdesk.core.images import MAX_PRINT_SIDE
from vqdesk.core.pdf import build_pdf
from vqdesk.core.pdf.text import ENTRY_MAX_CHARS

from .conftest import add_case, add_photo, add_text, node_id


def _text(path) -> str:
    return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)


def test_build_pdf_prints_markup_like_text_literally(small_session, tmp_path):
    hostile = "A<B & C>D <b>不是粗体</b> <font size=80>大</font> &amp; <para> ]]> \"引号\" 'x'"
    add_text(small_session, "basic.majors", hostile)
    add_case(small_session, "talent.skills", "<i>标题</i> & 符号", hostile)
    out = build_pdf(small_session.snapshot(2025), tmp_path / "hostile.pdf")
    text = _text(out)
    assert "A<B & C>D <b>不是粗体</b>" in text
    assert "&amp;" in text
    assert "<i>标题</i> & 符号" in text


def test_build_pdf_survives_emoji_and_rare_characters(small_session, tmp_path):
    add_text(small_session, "basic.majors", "表情😀👍🏽 数学𝔸 组合e\u0301 私用\ue000 零宽\u200d 控制\x07 结束。")
    out = build_pdf(small_session.snapshot(2025), tmp_path / "emoji.pdf")
    text = _text(out)
    assert "表情" in text and "结束。" in text


def test_build_pdf_handles_a_100000_character_narrative(small_session, tmp_path):
    long_text = ("学校坚持立德树人，深化产教融合，推进教师、教材、教法改革。" * 3500)[:100_000]
    add_text(small_session, "talent.moral", long_text)
    add_case(small_session, "talent.growth", "超长案例", long_text[:30_000])
    out = build_pdf(small_session.snapshot(2025), tmp_path / "long.pdf")
    assert len(PdfReader(str(out)).pages) > 60


def test_build_pdf_skips_corrupt_photos_and_logs(small_session, tmp_path, caplog):
    data = small_session.snapshot(2025)
    photo = data.photos[0]

    def broken(photo_id):
        return b"\x89PNG\r\n\x1a\nnot really a png"

    with caplog.at_level(logging.WARNING):
        out = build_pdf(data, tmp_path / "corrupt.pdf", photo_data=broken)
    assert out.exists()
    assert photo.caption not in _text(out)
    assert any("已跳过" in r.getMessage() for r in caplog.records)


def test_build_pdf_with_photo_data_prints_case_photo_caption(small_session, tmp_path):
    out = build_pdf(small_session.snapshot(2025), tmp_path / "photo.pdf", photo_data=small_session.photo_data)
    text = _text(out)
    assert "【案例 2-1】测试案例" in text
    assert "图 2-1 实训场景" in text


def test_build_pdf_with_almost_empty_report(tmp_path):
    from vqdesk.core.session import Session
    with Session.create(tmp_path / "empty.vqd", school="空白学校", year=2024, edition_id="gansu-2023") as s:
        out = build_pdf(s.snapshot(2024), tmp_path / "empty.pdf")
    text = _text(out)
    assert "空白学校" in text
    assert "附件：6张指标表" in text
    assert "表目录" in text          # the annex tables are listed
    assert "案例目录" not in text    # no cases: no empty list


# -- photos that cannot be used ---------------------------------------------------------------
def _encoded(img, fmt="PNG", **options) -> bytes:
    out = io.BytesIO()
    img.save(out, fmt, **options)
    return out.getvalue()


def _header_only_bomb() -> bytes:
    """A PNG announcing 40000×40000 pixels: Pillow must refuse it from the header alone."""
    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    ihdr = struct.pack(">IIBBBBB", 40_000, 40_000, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IEND", b"")


def _rotated_jpeg() -> bytes:
    img = Image.new("RGB", (400, 200), (0, 90, 200))
    exif = img.getexif()
    exif[0x0112] = 6
    return _encoded(img, "JPEG", exif=exif)


GOOD_PHOTOS = {
    ("CMYK 照片", "cmyk.jpg"): lambda: _encoded(Image.new("CMYK", (400, 300), (0, 200, 200, 0)), "JPEG"),
    ("透明调色板", "logo.png"): lambda: _encoded(Image.new("P", (300, 200), 3), transparency=0),
    ("半透明", "alpha.png"): lambda: _encoded(Image.new("RGBA", (300, 200), (10, 20, 30, 100))),
    ("16 位灰度", "scan.png"): lambda: _encoded(Image.new("I;16", (300, 200), 40000)),
    ("手机竖拍", "IMG_0001.jpg"): _rotated_jpeg,
    ("超大照片", "big.jpg"): lambda: _encoded(Image.new("RGB", (4000, 3000), (90, 160, 60)), "JPEG", quality=50),
}
BAD_PHOTOS = {
    ("只传了一半", "half.jpg"): lambda: _encoded(Image.effect_noise((600, 400), 60).convert("RGB"), "JPEG")[:3000],
    ("不是图片", "notes.png"): lambda: b"\x89PNG\r\n\x1a\n this is text",
    ("解压炸弹", "bomb.png"): _header_only_bomb,
    ("空文件", "empty.png"): lambda: b"",
}


def test_build_pdf_prints_every_usable_photo_and_names_each_unusable_one(small_session, tmp_path):
    content = {}
    for (caption, filename), make in {**GOOD_PHOTOS, **BAD_PHOTOS}.items():
        photo = add_photo(small_session, "basic.majors", filename, caption)
        content[photo.id] = make()
    missing = add_photo(small_session, "basic.majors", "gone.png", "")

    def photo_data(photo_id):
        if photo_id == missing.id:
            raise NotFoundError(f"找不到编号为 {photo_id} 的图片。")
        return content[photo_id] if photo_id in content else small_session.photo_data(photo_id)

    warnings = []
    out = build_pdf(small_session.snapshot(2025), tmp_path / "photos.pdf", photo_data=photo_data,
                    warnings=warnings)
    assert warnings == [
        "图片“只传了一半（half.jpg）”已损坏或不完整（可能只复制了一部分），请重新导出或重新拍摄该图片。PDF 中已跳过该图片。",
        "“不是图片（notes.png）”不是可识别的图片文件，或文件已损坏。PDF 中已跳过该图片。",
        "图片“解压炸弹（bomb.png）”像素过多，可能是恶意文件，已拒绝。PDF 中已跳过该图片。",
        "图片“空文件（empty.png）”没有内容，PDF 中已跳过该图片。",
        f"图片“gone.png”无法读取（找不到编号为 {missing.id} 的图片。），PDF 中已跳过该图片。"]
    text = _text(out)
    for caption, _ in GOOD_PHOTOS:
        assert caption in text
    for caption, _ in BAD_PHOTOS:
        assert caption not in text
    pages = PdfReader(str(out)).pages
    images = [img for page in pages for img in page.images]
    mark = pages[0].images[0].data                      # the cover shows only the 草稿 picture
    assert sum(img.data == mark for img in images) == len(pages)
    images = [img for img in images if img.data != mark]
    assert len(images) == len(GOOD_PHOTOS) + 1          # and the case photo of the fixture
    upright = [img.image for img in images if img.image.size == (200, 400)]
    assert len(upright) == 1                            # the phone photo, turned by its EXIF tag
    assert max(max(img.image.size) for img in images) <= MAX_PRINT_SIDE


# -- text longer than a page ------------------------------------------------------------------
def test_build_pdf_survives_titles_captions_and_cells_longer_than_a_page(small_session, tmp_path):
    add_case(small_session, "talent.moral", "很长的案例标题" * 800, "正文。")
    add_photo(small_session, "basic.majors", "p.png", "图片说明" * 1500)
    sub = small_session.add_node(2025, node_id(small_session, "basic.majors"), "下级标题" * 400)
    small_session.add_block(sub.id, {"kind": "text", "text": "正文。"})
    small_session.set_value(2025, "2.1a", "甲乙丙丁" * 2500, column="method")
    out = build_pdf(small_session.snapshot(2025), tmp_path / "long.pdf", photo_data=small_session.photo_data)
    text = "".join(_text(out).split())
    assert text.count("甲") == text.count("丁") == 2500     # the cell is printed whole, across pages
    assert text.count("很长的案例标题") > 800                     # the box, plus a short entry in 案例目录
    listed = [e for e in PdfReader(str(out)).outline if "很长的案例标题" in str(getattr(e, "title", ""))]
    assert all(len(e.title) <= ENTRY_MAX_CHARS and e.title.endswith("…") for e in listed)


def test_build_pdf_prints_markup_in_titles_captions_and_the_school_name(small_session, tmp_path):
    small_session.set_profile(2025, "name", "<b>测试</b>&学校")
    sub = small_session.add_node(2025, node_id(small_session, "basic.majors"), "<i>下级</i> & <br/>标题")
    small_session.add_block(sub.id, {"kind": "text", "text": "正文。"})       # an empty heading is left out
    add_photo(small_session, "basic.majors", "<x>.png", "<font size=90>大</font> & 说明")
    add_text(small_session, "basic.students", "{{[不存在]}} {{ {{[6.1]}} }} {{[6.1]:x}} }}{{ 结束")
    add_case(small_session, "talent.moral", "生僻字𠀀𪚥 表情😀 彝文ꀀ 西夏𗀀 <b>&", "正文")
    out = build_pdf(small_session.snapshot(2025), tmp_path / "markup.pdf", photo_data=small_session.photo_data)
    text = _text(out)
    assert text.count("生僻字") == 2 and "<b>&" in text        # the case box and its 案例目录 entry
    assert "<b>测试</b>&学校" in text
    assert "<i>下级</i> & <br/>标题" in text
    assert "<font size=90>大</font> & 说明" in text
    assert "结束" in text
