"""Word tables as the model's blocks: a free table (merged header cells as header_groups, other
merges flattened with a note), a grid of pictures (a photos block), or a shaded single-cell box
(a case).  Merges are read from the XML (gridSpan, vMerge): python-docx repeats merged cells."""

import re
from dataclasses import dataclass, field

from docx.oxml.ns import qn

from vqdesk.core.docx_import.items import Case, Lost, Para, Photos, Picture, Table
from vqdesk.core.docx_import.ooxml import shaded, val
from vqdesk.core.docx_import.patterns import case_label, caption, excerpt, is_note


@dataclass
class Cell:
    tc: object
    row: int                      # where the merged area starts
    col: int
    span: int = 1                 # columns covered
    down: int = 1                 # rows covered
    items: list = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(i.text.strip() for i in self.items if isinstance(i, Para)).strip()

    @property
    def pictures(self) -> list:
        return [img for i in self.items if isinstance(i, Picture) for img in i.images]


def read_table(tbl, reader, nested: bool = False) -> list:
    """Items for one w:tbl (a Table, Photos or Case, plus Lost notes)."""
    from vqdesk.core.docx_import.reader import MAX_NESTING
    index = reader.count + 1
    if reader.nesting >= MAX_NESTING:
        return [Lost(f"表格中嵌套了 {MAX_NESTING} 层以上的表格", index)]
    reader.nesting += 1
    try:
        grid = _grid(tbl, reader)
    finally:
        reader.nesting -= 1
    cells = _cells(grid)
    if not cells:
        return []
    if len(cells) == 1 or (len(grid[0]) == 1 and _is_case(tbl, cells)):
        return _single_cell(tbl, cells, index, nested)
    photos = _photos(grid, cells, index)
    if photos is not None:
        return photos
    grid, title, note = _title_and_note_rows(grid)
    return _free_table(tbl, grid, _cells(grid), index, title, note)


def _title_and_note_rows(grid) -> tuple:
    """A first row that is one cell across the table holding “表 N …” is the caption; a last
    such row holding “注：…” is the note (Word users often type them into the table)."""
    title = note = ""
    width = len(grid[0])

    def whole(row):
        return width > 1 and row[0] is not None and all(c is row[0] for c in row) and row[0].down == 1
    if len(grid) >= 3 and whole(grid[0]) and (found := caption(_label(grid[0][0]))) and found[0] == "table":
        title, grid = found[1], grid[1:]
        for cell in _cells(grid):
            cell.row -= 1
    if len(grid) >= 3 and whole(grid[-1]) and is_note(_label(grid[-1][0])):
        note, grid = _label(grid[-1][0]), grid[:-1]
    return grid, title, note


def _grid(tbl, reader) -> list:
    """Rows of Cell references, one per grid column; merged areas share one Cell."""
    rows, above = [], {}
    for r, tr in enumerate(tbl.findall(qn("w:tr"))):
        row, col = [], _int(val(tr, "w:trPr/w:gridBefore"), 0)
        row += [None] * col
        for tc in tr.findall(qn("w:tc")):
            span = max(1, _int(val(tc, "w:tcPr/w:gridSpan"), 1))
            merge = tc.find(qn("w:tcPr") + "/" + qn("w:vMerge")) if tc.find(qn("w:tcPr")) is not None else None
            cont = merge is not None and merge.get(qn("w:val")) in (None, "continue")
            origin = above.get(col) if cont else None
            if origin is not None and origin.span == span:
                origin.down += 1
                cell = origin
            else:
                cell = Cell(tc, r, col, span, items=reader.read_container(tc, in_table=True))
            row += [cell] * span
            for c in range(col, col + span):
                above[c] = cell
            col += span
        rows.append(row)
    width = max((len(r) for r in rows), default=0)
    return [r + [None] * (width - len(r)) for r in rows]


def _cells(grid) -> list:
    seen, out = set(), []
    for row in grid:
        for cell in row:
            if cell is not None and id(cell) not in seen:
                seen.add(id(cell))
                out.append(cell)
    return out


def _int(value, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


# -- a single cell (or column): a case box, or a frame around ordinary content -----------------
def _is_case(tbl, cells: list) -> bool:
    """The first paragraph is a case label, or the box is shaded (every cell of a column, so
    that a one-column list with a shaded header stays a table)."""
    paras = [i for i in cells[0].items if isinstance(i, Para)]
    if paras and case_label(" ".join(paras[0].text.split())) is not None:
        return True
    return shaded(tbl.find(qn("w:tblPr"))) or all(
        shaded(c.tc.find(qn("w:tcPr"))) or any(shaded(p.find(qn("w:pPr"))) for p in c.tc.iter(qn("w:p")))
        for c in cells)


def _single_cell(tbl, cells: list, index: int, nested: bool) -> list:
    items = [i for c in cells for i in c.items]
    if _is_case(tbl, cells) and not nested:
        return [Case(items, index)]
    return items                  # a frame: its content stands in the text as it is


# -- a grid of pictures with their captions ------------------------------------------------------
def _photos(grid, cells, index: int):
    """Photos when every cell holds pictures or a short caption, else None."""
    if not any(c.pictures for c in cells):
        return None
    if any(c.pictures and any(isinstance(i, (Table, Case, Photos)) for i in c.items) for c in cells):
        return None
    texts = [c for c in cells if not c.pictures and c.text]
    if any(len(c.text) > 60 for c in texts) or any(c.pictures and len(c.text) > 60 for c in cells):
        return None
    images, per_row = [], 1
    for r, row in enumerate(grid):
        in_row = 0
        for c, cell in enumerate(row):
            if cell is None or cell.row != r or cell.col != c or not cell.pictures:
                continue
            below = grid[r + cell.down][c] if r + cell.down < len(grid) else None
            text = cell.text or (below.text if below is not None and not below.pictures else "")
            for k, img in enumerate(cell.pictures):
                images.append(dict(img, caption=_caption_text(text, "figure") if k == 0 else None))
            in_row += len(cell.pictures)
        per_row = max(per_row, in_row)
    lost = [i for c in cells for i in c.items if isinstance(i, Lost)]
    return [Photos(images, min(per_row, 4), index), *lost]


def _caption_text(text: str, kind: str) -> str:
    text = " ".join(text.split())
    found = caption(text)
    return found[1] if found and found[0] == kind else text


# -- a free table --------------------------------------------------------------------------------
def _free_table(tbl, grid, cells, index: int, title: str = "", note: str = "") -> list:
    header = _header_rows(tbl, grid)
    notes, lost = [], [i for c in cells for i in c.items if isinstance(i, Lost)]
    if any(c.pictures for c in cells):
        lost.append(Lost("表格中的图片（表格只保留文字）", index))
    if any(isinstance(i, (Table, Photos, Case)) for c in cells for i in c.items):
        notes.append("单元格中的嵌套表格已改为文字")
    columns, groups = _header(grid, header, notes)
    rows = []
    flattened = False
    for r in range(header, len(grid)):
        out = []
        for c, cell in enumerate(grid[r]):
            if cell is None or (cell.row, cell.col) != (r, c):
                flattened = flattened or cell is not None
                out.append(None)
            else:
                flattened = flattened or cell.span > 1 or cell.down > 1
                out.append(_cell_text(cell) or None)
        if any(v is not None for v in out):         # a row left empty is dropped
            rows.append(out)
    if flattened:
        notes.append("表格正文中的合并单元格已拆开，文字留在合并区域的第一格")
    data = {"kind": "table", "ref": None, "caption": title or val(tbl, "w:tblPr/w:tblCaption") or "",
            "numbered": True, "note": note, "columns": columns, "header_groups": groups,
            "column_kinds": ["text"] * len(columns), "rows": rows, "total": None,
            "widths": _widths(tbl, len(columns)), "source": None}
    if _computed_total(data):
        notes.append("最后的合计行与各列之和一致，改为自动合计（数字不再手填）")
    return [Table(data, index, notes), *lost]


_TOTAL_LABELS = ("合计", "总计")


def _computed_total(data: dict) -> bool:
    """A last 合计 row whose every figure is the sum of the whole numbers above it becomes the
    table's computed total (every number stored once); anything else stays a typed row."""
    rows = data["rows"]
    if len(rows) < 2 or "".join((rows[-1][0] or "").split()) not in _TOTAL_LABELS:
        return False
    body, last = rows[:-1], rows[-1]
    summed = [c for c in range(1, len(last)) if last[c] is not None]
    for c in summed:
        values, total = [_whole(r[c]) for r in body], _whole(last[c])
        if total is None or total is False or any(v is False for v in values) or sum(v or 0 for v in values) != total:
            return False
    if not summed:
        return False
    for r in body:
        for c in summed:
            r[c] = _whole(r[c])
    for c in summed:
        data["column_kinds"][c] = "number"
    data["rows"] = body
    data["total"] = {"label": "".join(last[0].split()), "columns": summed}
    return True


def _whole(text):
    """A plain whole number's value, None for an empty cell, False for anything else."""
    if text is None:
        return None
    text = text.strip()
    return int(text) if re.fullmatch(r"-?\d{1,12}", text) else False


def _cell_text(cell: Cell) -> str:
    parts = []
    for item in cell.items:
        if isinstance(item, Para):
            parts.append(item.text.strip())
        elif isinstance(item, Table):
            parts += [" ".join(str(v) for v in row if v) for row in [item.data["columns"]] + item.data["rows"]]
    return "\n".join(p for p in parts if p)


def _header_rows(tbl, grid) -> int:
    """Rows marked to repeat as header (Word's 标题行重复), else 2 when the first row has a cell
    merged across columns or down into the second row, else 1."""
    marked = 0
    for tr in tbl.findall(qn("w:tr")):
        flag = tr.find(qn("w:trPr") + "/" + qn("w:tblHeader")) if tr.find(qn("w:trPr")) is not None else None
        if flag is None or flag.get(qn("w:val")) in ("0", "false", "off"):
            break
        marked += 1
    if marked:
        return min(marked, len(grid))
    if len(grid) >= 3 and any(cell is not None and (cell.span > 1 or cell.down > 1) for cell in grid[0]):
        return 2
    return 1


def _header(grid, header: int, notes: list) -> tuple[list, list]:
    """Leaf column labels and the upper header row the model can print (or [] when flattened)."""
    width = len(grid[0])
    if header == 1:
        top = grid[0]
        labels = [_label(top[c]) if top[c] is not None and top[c].col == c else "" for c in range(width)]
        if any(cell is not None and cell.span > 1 for cell in top):
            notes.append("表头中横向合并的单元格已拆开")
        return labels, []
    if header > 2:
        notes.append(f"表头有 {header} 行，只保留最下面两行")
    upper, lower = grid[header - 2], grid[header - 1]
    groups, labels, c = [], [], 0
    while c < width:
        cell = upper[c]
        span = cell.span if cell is not None and cell.col == c else 1
        down = cell is not None and lower[c] is cell
        if down and span == 1:
            groups.append({"label": "", "span": 1})
            labels.append(_label(cell))
        else:
            groups.append({"label": _label(cell) if cell is not None else "", "span": span})
            for k in range(c, c + span):
                leaf = lower[k]
                labels.append(_label(leaf) if leaf is not None and leaf.col == k and leaf is not cell else "")
                if leaf is not None and leaf.col != k and leaf is not cell:
                    notes.append("表头第二行中横向合并的单元格已拆开")
        c += span
    return labels, groups


def _label(cell) -> str:
    return " ".join(_cell_text(cell).split()) if cell is not None else ""


def _widths(tbl, count: int):
    cols = tbl.findall(qn("w:tblGrid") + "/" + qn("w:gridCol"))
    widths = [_int(col.get(qn("w:w")), 0) for col in cols]
    if len(widths) != count or not all(w > 0 for w in widths):
        return None
    return [round(w / sum(widths) * 100, 1) for w in widths]


def describe(data: dict) -> str:
    """A table's name for messages: its caption or its first header labels."""
    return data.get("caption") or excerpt("、".join(c for c in data["columns"] if c), 16) or "表格"
