"""Rows of a table stay whole where they can: a short row that does not fit the space left moves
to the next page with the rest of the table (Jinzhou 2025 printed 表14's first row half on each
page); a tall row, or one on a page of its own, splits inside its cells."""

from reportlab.lib.styles import ParagraphStyle

from vqdesk.core.pdf.flowables import GridParagraph, data_table
from vqdesk.core.pdf.fonts import resolve_fonts

PAGE = 700.0


def table(lines: int):
    fonts = resolve_fonts()
    style = ParagraphStyle("cell", fontName=fonts["song"], fontSize=10.5, leading=16)
    cell = GridParagraph("校企共建实训基地，开展现代学徒制培养。" * lines, style)
    t = data_table([["项目", "成效"], ["双导师团队", cell]], [80, 200], page_height=PAGE)
    t.wrap(280, PAGE)
    return t


def test_a_short_row_that_does_not_fit_moves_whole():
    t = table(3)
    header, row = t._rowHeights
    assert row < PAGE / 3
    assert t.split(280, header + row / 2) == []


def test_a_tall_row_splits_inside_its_cells_under_the_repeated_header():
    t = table(40)
    header, row = t._rowHeights
    assert row > PAGE / 3
    parts = t.split(280, header + row / 2)
    assert len(parts) == 2 and parts[1]._cellvalues[0][0] == "项目"


def test_a_row_taller_than_the_page_it_starts_splits_rather_than_move_for_nothing():
    """On a page no taller than the header and half the row, moving the table would not help."""
    t = table(3)
    header, row = t._rowHeights
    t.page_height = header + row / 2 + 1
    parts = t.split(280, header + row / 2)
    assert len(parts) == 2 and parts[1]._cellvalues[0][0] == "项目"
