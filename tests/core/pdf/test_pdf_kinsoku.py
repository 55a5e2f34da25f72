"""Chinese line breaking: no line starts with closing punctuation."""

from reportlab.platypus import Paragraph

from vqdesk.core.pdf import kinsoku
from vqdesk.core.pdf.fonts import resolve_fonts
from vqdesk.core.pdf.styles import build_styles


def _line_texts(text, width):
    kinsoku.install()
    styles = build_styles(resolve_fonts())
    para = Paragraph(text, styles.plain)
    para.wrap(width, 10_000)
    out = []
    for line in para.blPara.lines:
        if isinstance(line, tuple):            # simple paragraphs: (extra space, [words])
            out.append("".join(line[1]))
        else:
            out.append("".join(frag.text for frag in line.words))
    return out


def test_kinsoku_comma_never_starts_a_line():
    size = build_styles(resolve_fonts()).plain.fontSize
    # Ten characters fill the line exactly, so without the rule "，" would open line two.
    text = "一二三四五六七八九十，十一十二十三。"
    lines = _line_texts(text, size * 10 + 0.5)
    assert len(lines) >= 2
    assert all(not line.startswith(tuple(kinsoku.CANNOT_START)) for line in lines)
    assert lines[0].endswith("，")


def test_kinsoku_every_closing_mark_is_held_back():
    size = build_styles(resolve_fonts()).plain.fontSize
    for mark in "，。、；：？！）》”":
        lines = _line_texts("甲乙丙丁戊己庚辛壬癸" + mark + "子丑寅卯", size * 10 + 0.5)
        assert not lines[1].startswith(mark), mark


def test_kinsoku_install_is_idempotent():
    from reportlab.lib import textsplit
    kinsoku.install()
    before = textsplit.ALL_CANNOT_START
    kinsoku.install()
    assert textsplit.ALL_CANNOT_START == before
    assert "，" in before and "”" in before


def test_kinsoku_opening_mark_never_ends_a_line():
    size = build_styles(resolve_fonts()).plain.fontSize
    # "（" is the tenth character: it fits on line one, but must move down with "一".
    for mark in kinsoku.CANNOT_END:
        lines = _line_texts("甲乙丙丁戊己庚辛壬" + mark + "一二三四五", size * 10 + 0.5)
        assert not lines[0].endswith(mark), mark
        assert lines[1].startswith(mark), mark


def test_kinsoku_rules_hold_in_paragraphs_mixing_fonts():
    # Bold runs make several fragments, which reportlab wraps with a different splitter.
    size = build_styles(resolve_fonts()).plain.fontSize
    lines = _line_texts("<b>甲乙丙丁</b>戊己庚辛壬《一二三》四五六七八九十，子丑", size * 10 + 0.5)
    assert not any(line.endswith(tuple(kinsoku.CANNOT_END)) for line in lines)
    assert not any(line.startswith(tuple(kinsoku.CANNOT_START)) for line in lines)
    assert "".join(lines) == "甲乙丙丁戊己庚辛壬《一二三》四五六七八九十，子丑"


def test_kinsoku_keeps_latin_words_and_numbers_whole():
    size = build_styles(resolve_fonts()).plain.fontSize
    lines = _line_texts("在校生共计 10391 人，其中" + "甲" * 20, size * 8 + 0.5)
    assert any("10391" in line for line in lines)


def test_line_spans_move_a_run_of_opening_marks_together():
    chars = "甲乙丙丁戊己庚辛《“一二"
    spans = kinsoku.line_spans(chars, lambda i, _w: 10, 100)
    first = chars[spans[0][0]:spans[0][1]]
    assert first == "甲乙丙丁戊己庚辛"
    assert spans[0][3] == 20            # two characters' width left over on line one
