"""Line breaking after clreq / GB/T 15834: units, forbidden starts and ends, doubled marks,
lonely last lines, and lines that never exceed their width."""

import pytest

from vqdesk.core.pdf.linebreak import CANNOT_END, CANNOT_START, break_lines, segment


def lines_of(text, chars_per_line, first=None):
    widths = [0.5 if c.isascii() else 1.0 for c in text]
    units, lines = break_lines(text, widths, first or chars_per_line, chars_per_line)
    return [text[units[line.start][0]:units[line.end - 1][1]] for line in lines], lines


def test_segment_keeps_words_numbers_and_doubled_marks_whole():
    text = "共2024人——见www.example.cn……完"
    assert [text[a:b] for a, b in segment(text)] == ["共", "2024", "人", "——", "见", "www.example.cn", "……", "完"]


def test_a_short_bracketed_word_is_one_unit_and_never_split():
    """A unit in a header (“（人）”, “（平方米）”) or a list number (“（一）”) never breaks inside;
    longer brackets are text like any other."""
    text = "毕业生人数（人）面积（平方米）（一）概况（二〇二四学年）"
    assert [text[a:b] for a, b in segment(text)][5:8] == ["（人）", "面", "积"]
    assert "（平方米）" in [text[a:b] for a, b in segment(text)]
    assert "（一）" in [text[a:b] for a, b in segment(text)]
    assert "（二〇二四学年）" not in [text[a:b] for a, b in segment(text)]
    for width in range(5, 12):
        texts, _ = lines_of("校园占地面积（平方米）", width)
        assert any("（平方米）" in line for line in texts), (width, texts)


@pytest.mark.parametrize("mark", ["——", "……"])
def test_doubled_marks_never_split_at_any_position(mark):
    for pos in range(0, 12):
        text = "字" * pos + mark + "字" * 20
        texts, _ = lines_of(text, 10)
        assert "".join(texts) == text
        for line in texts:
            assert line.count(mark[0]) % 2 == 0, (pos, texts)


def test_no_line_starts_with_a_closing_mark_or_ends_with_an_opening_one():
    for mark in "，。、；：？！）》”":
        texts, _ = lines_of("甲乙丙丁戊己庚辛壬癸" + mark + "子丑寅卯辰巳", 10)
        assert not any(t[0] in CANNOT_START for t in texts[1:]), (mark, texts)
    for mark in "（《“":
        texts, _ = lines_of("甲乙丙丁戊己庚辛壬" + mark + "子丑寅卯辰巳", 10)
        assert not any(t[-1] in CANNOT_END for t in texts), (mark, texts)


def test_closing_marks_push_a_character_down_instead_of_hanging():
    texts, lines = lines_of("甲乙丙丁戊己庚辛壬癸，子丑", 10)
    assert texts == ["甲乙丙丁戊己庚辛壬", "癸，子丑"]
    assert all(line.width <= line.target for line in lines)


def test_a_number_range_stays_on_one_line():
    texts, _ = lines_of("字" * 7 + "2024—2025学年", 10)
    assert any("2024—2025" in t for t in texts)


def test_a_last_line_of_one_character_borrows_one_from_the_line_above():
    texts, _ = lines_of("字" * 20 + "完。", 10)
    assert texts == ["字" * 10, "字" * 9, "字完。"]


def test_lines_fill_exactly_on_the_grid():
    texts, lines = lines_of("字" * 35, 10)
    assert [len(t) for t in texts] == [10, 10, 10, 5]
    assert [line.width for line in lines[:3]] == [10, 10, 10]


def test_a_first_line_indent_shortens_only_the_first_line():
    texts, _ = lines_of("字" * 30, 10, first=8)
    assert [len(t) for t in texts] == [8, 10, 10, 2]


def test_a_30000_character_paragraph_is_one_paragraph_of_full_lines():
    text = ("学校坚持立德树人，深化产教融合——推进“三教”改革……" * 1200)[:30000]
    texts, lines = lines_of(text, 36)
    assert "".join(texts) == text
    assert sum(1 for line in lines[:-1] if line.width < 35) < len(lines) * 0.02
