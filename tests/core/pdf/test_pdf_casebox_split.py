"""A case box cut at the foot of a page: its first part fits the room it was cut for, also when
its first item asks for space above (a sub-heading such as “一、背景”), which sits under the rule."""

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from vqdesk.core.pdf.casebox import CaseBox


def test_every_first_part_fits_the_room_it_was_cut_for():
    heading = ParagraphStyle("h", fontSize=11, leading=16, spaceBefore=10)
    body = ParagraphStyle("b", fontSize=10.5, leading=18, spaceBefore=4)
    items = [Paragraph("Background", heading)] + [Paragraph("line " * 60, body) for _ in range(4)]
    box = CaseBox(Paragraph("Case 1", heading), items, 12)
    width = 400
    total = box.wrap(width, 1e6)[1]
    cuts = 0
    for room in range(60, int(total), 3):
        parts = box.split(width, room)
        if len(parts) == 2:
            cuts += 1
            assert parts[0].wrap(width, room)[1] <= room + 1e-6, room
    assert cuts > 50
