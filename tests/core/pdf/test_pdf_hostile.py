"""Text and photos that must never break the build."""

import logging

from pypdf import PdfReader

from vqdesk.core.pdf import build_pdf


def _text(path) -> str:
    return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)


def test_build_pdf_prints_markup_like_text_literally(small_session, tmp_path):
    hostile = "A<B & C>D <b>不是粗体</b> <font size=80>大</font> &amp; <para> ]]> \"引号\" 'x'"
    small_session.set_narrative(2025, "basic.majors", hostile)
    small_session.add_case(2025, "talent.skills", "<i>标题</i> & 符号", hostile)
    out = build_pdf(small_session.snapshot(2025), tmp_path / "hostile.pdf")
    text = _text(out)
    assert "A<B & C>D <b>不是粗体</b>" in text
    assert "&amp;" in text
    assert "<i>标题</i> & 符号" in text


def test_build_pdf_survives_emoji_and_rare_characters(small_session, tmp_path):
    small_session.set_narrative(2025, "basic.majors", "表情😀👍🏽 数学𝔸 组合e\u0301 私用\ue000 零宽\u200d 控制\x07 结束。")
    out = build_pdf(small_session.snapshot(2025), tmp_path / "emoji.pdf")
    text = _text(out)
    assert "表情" in text and "结束。" in text


def test_build_pdf_handles_a_100000_character_narrative(small_session, tmp_path):
    long_text = ("学校坚持立德树人，深化产教融合，推进教师、教材、教法改革。" * 3500)[:100_000]
    small_session.set_narrative(2025, "talent.moral", long_text)
    small_session.add_case(2025, "talent.growth", "超长案例", long_text[:30_000])
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
