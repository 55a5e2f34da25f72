"""Escaping user text for reportlab markup, glyph fallback, sub-heading detection, chunking."""

import pytest

from vqdesk.core.pdf.fonts import resolve_fonts
from vqdesk.core.pdf.text import MISSING, is_subheading, markup


def test_markup_escapes_reportlab_mini_markup():
    assert markup("a<b>&c</b>") == "a&lt;b&gt;&amp;c&lt;/b&gt;"


def test_markup_drops_control_characters_and_keeps_line_breaks():
    assert markup("甲\x00乙\x07\r\n丙\t丁") == "甲乙\n丙 丁"


def test_markup_replaces_glyphs_no_font_has():
    fonts = resolve_fonts()
    out = markup("好😀", fonts, fonts["song"])
    assert out.startswith("好") and out.endswith(MISSING) and "😀" not in out


def test_markup_borrows_glyphs_from_the_fallback_font():
    fonts = resolve_fonts()
    song, fallback = fonts["song"], fonts.fallback
    missing_in_song = next((chr(c) for c in range(0x4E00, 0x9FA6)
                            if fonts.covers(fallback, chr(c)) and not fonts.covers(song, chr(c))), None)
    if fallback == song or missing_in_song is None:
        pytest.skip("the body font covers everything the fallback has")
    assert markup(missing_in_song, fonts, song) == f'<font face="{fallback}">{missing_in_song}</font>'


@pytest.mark.parametrize("line", ["一、背景", "（二）举措", "(三)成效", "挑战一：专业结构需优化", "措施二：加强师资",
                                  "1. 完善制度", "（1）总体情况"])
def test_is_subheading_recognises_chinese_headings(line):
    assert is_subheading(line)


@pytest.mark.parametrize("line", ["学校坚持立德树人。", "一是深化改革，二是强化管理。", "2023年学校招生500人",
                                  "一、" + "很长的一段话" * 10, ""])
def test_is_subheading_rejects_ordinary_paragraphs(line):
    assert not is_subheading(line)
