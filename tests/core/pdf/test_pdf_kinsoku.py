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
