"""The labels of the report's tables and figures (“表 2-1”, “图 7-4”) as the PDF prints them, for
messages and for checking the numbers typed in the text (“见图 7-2”).

The walk follows the PDF's print order (pdf/body.py): each chapter's headings in reading order,
a heading's own blocks before its children, cases in place or collected at the chapter's end
as settings["cases"]["placement"] says, a case's own blocks inside it.  A block takes a number
only when it prints: a bound table with rows (an indicator table with a figure entered), a chart
with something to draw, a photo the file holds.  tests/core/document/test_labels.py compares
this with the captions of exported PDFs."""

from dataclasses import dataclass

from vqdesk.core.document.chart_data import chart_data, drawable
from vqdesk.core.document.numbering import Numberer
from vqdesk.core.document.tables import table_view

_EMPTY = ("", "—", None)


@dataclass(frozen=True)
class Caption:
    kind: str            # "table" or "figure"
    label: str           # “表 2-1”; "" for a block marked numbered: false
    title: str           # the caption as printed after the label
    block: object        # the table, chart or photos block
    node: object         # the heading it stands under
    item: int = 0        # which photo of a photos block


def table_prints(block, view) -> bool:
    """A free table always prints; a bound one once it has rows, an indicator table once one of
    its figures is entered (every cell “—” prints nothing)."""
    source = block.data.get("source")
    if source is None:
        return True
    if not view.rows:
        return False
    return source.get("type") != "indicators" or any(c not in _EMPTY for row in view.rows for c in row[2:])


def captions(data, view_of=None, chart_of=None) -> list[Caption]:
    """Every numbered table and figure of the document body, in print order.  `view_of(block)`
    and `chart_of(block)` give a table's view and a chart's numbers when the caller has them."""
    doc, view_of = data.document, view_of or (lambda b: table_view(b, data))
    chart_of = chart_of or (lambda b: chart_data(b, doc, data, view_of))
    numberer, out = Numberer(doc.settings), []
    at_end = doc.settings["cases"]["placement"] == "chapter_end"
    for chapter in doc.outline:
        held = []
        _node(numberer, chapter, 0, held, at_end, data, (view_of, chart_of), out)
        if held:
            numberer.leave_sections()
            for case, node in held:
                _case(numberer, case, node, data, (view_of, chart_of), out)
    return out


def _node(numberer, node, depth, held, at_end, data, views, out):
    numberer.heading(min(depth, 3))
    for block in node.blocks:
        if block.kind == "case":
            if at_end:
                held.append((block, node))
            else:
                _case(numberer, block, node, data, views, out)
        else:
            _block(numberer, block, node, data, views, out)
    for child in node.children:
        _node(numberer, child, depth + 1, held, at_end, data, views, out)


def _case(numberer, case, node, data, views, out):
    if case.data.get("numbered", True):
        numberer.case()
    for child in case.children:
        if child.kind != "case":
            _block(numberer, child, node, data, views, out)


def _block(numberer, block, node, data, views, out):
    view_of, chart_of = views
    numbered = block.data.get("numbered", True)
    if block.kind == "table" and table_prints(block, view_of(block)):
        out.append(Caption("table", numberer.table() if numbered else "", block.caption.strip(), block, node))
    elif block.kind == "chart" and drawable(chart_of(block), block.data["chart"]):
        out.append(Caption("figure", numberer.figure() if numbered else "", block.caption.strip(), block, node))
    elif block.kind == "photos":
        for i, item in enumerate(block.data.get("items", ())):
            photo = data.photo(item.get("photo"))
            if photo is not None:
                title = photo.caption or item.get("caption") or ""
                out.append(Caption("figure", numberer.figure(), title, block, node, i))
