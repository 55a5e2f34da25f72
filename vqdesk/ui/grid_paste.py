"""Where the cells of a block pasted from Excel or WPS go, like Excel: from the current cell,
overwriting; what does not fit is described in ONE sentence, never asked about per row.

A block holding a 指标 column (a table copied with its labels) is matched to the indicators by
label (and unit, where the block has one); a block with a header row of field labels is matched
to a list's fields by label."""

import re

from vqdesk.core.kinds import normalise_text

_MARKS = re.compile(r"[*＊\s\u3000]|（[^）]*）|\([^)]*\)")


def norm_label(text: str) -> str:
    """A label as compared: no spaces, stars or bracketed units (“专任教师数（人） *” -> 专任教师数)."""
    return _MARKS.sub("", normalise_text(str(text or "")))


def _columns_beyond(count: int) -> str:
    return f"有 {count} 列超出表格的范围，未粘贴" if count else ""


# -- standard tables --------------------------------------------------------------------------
def table_paste(model, rows: list[list[str]], row: int, column: int, fixed: int):
    """(writes [(row, col, text)], notes [str]) for a block pasted into a StandardTableModel."""
    labelled = _label_column(model, rows)
    if labelled is None:
        return _positional(model, rows, row, max(column, fixed))
    return _by_label(model, rows, labelled, max(column, fixed))


def _label_column(model, rows) -> int | None:
    """The block's column holding indicator labels (among its first three), if any."""
    known = {norm_label(r.label) for r in model.rows} | {norm_label(r.name) for r in model.rows}
    best, hits = None, 0
    for j in range(min(3, max(len(r) for r in rows))):
        count = sum(1 for r in rows if j < len(r) and norm_label(r[j]) in known)
        if count > hits:
            best, hits = j, count
    return best if hits else None


def _positional(model, rows, row, column):
    writes, beyond_rows, beyond_cols, locked = [], 0, 0, 0
    for i, cells in enumerate(rows):
        r = row + i
        if r >= model.rowCount():
            beyond_rows += 1
            continue
        for k, text in enumerate(cells):
            c = column + k
            if c >= model.columnCount():
                beyond_cols = max(beyond_cols, len(cells) - k)
                break
            if model.locked_reason(model.index(r, c)):
                locked += text != model.copy_text(model.index(r, c))
                continue
            writes.append((r, c, text))
    notes = [_columns_beyond(beyond_cols), f"有 {beyond_rows} 行超出表格的范围，未粘贴" if beyond_rows else "",
             f"{locked} 个自动计算或不需填写的格已跳过" if locked else ""]
    return writes, [n for n in notes if n]


def _by_label(model, rows, label_col: int, column: int):
    units = {norm_label(r.unit) for r in model.rows}
    body = [r for r in rows if label_col < len(r) and norm_label(r[label_col]) not in ("指标", "")]
    unit_col = label_col + 1
    has_unit = bool(body) and all(unit_col < len(r) and (norm_label(r[unit_col]) in units or not r[unit_col])
                                  for r in body) and any(unit_col < len(r) and r[unit_col] for r in body)
    first_value = unit_col + has_unit
    writes, unknown, used, beyond_cols, locked = [], [], set(), 0, 0
    for cells in body:
        target = _match(model, cells[label_col], cells[unit_col] if has_unit else None, used)
        if target is None:
            unknown.append(cells[label_col])
            continue
        used.add(target)
        for k, text in enumerate(cells[first_value:]):
            c = column + k
            if c >= model.columnCount():
                beyond_cols = max(beyond_cols, len(cells) - first_value - k)
                break
            if model.locked_reason(model.index(target, c)):
                locked += bool(text) and text != model.copy_text(model.index(target, c))
                continue
            writes.append((target, c, text))
    notes = [_columns_beyond(beyond_cols),
             f"表中没有这些指标，未粘贴：{'、'.join(unknown[:6])}{'等' if len(unknown) > 6 else ''}" if unknown else "",
             f"{locked} 个自动计算或不需填写的格已跳过" if locked else ""]
    return writes, [n for n in notes if n]


def _match(model, label: str, unit: str | None, used: set) -> int | None:
    wanted = norm_label(label)
    candidates = [i for i, r in enumerate(model.rows) if wanted in (norm_label(r.label), norm_label(r.name))]
    if unit:
        candidates = [i for i in candidates if norm_label(model.rows[i].unit) == norm_label(unit)] or candidates
    free = [i for i in candidates if i not in used]
    return (free or candidates or [None])[0]


# -- record lists -----------------------------------------------------------------------------
def header_mapping(fields, first_row: list[str]) -> dict | None:
    """Block column -> field index when the block's first row names the fields, else None."""
    labels = {norm_label(f.label): i for i, f in enumerate(fields)}
    filled = [(k, norm_label(t)) for k, t in enumerate(first_row) if t]
    mapping = {k: labels[t] for k, t in filled if t in labels}
    return mapping if filled and len(mapping) * 2 >= len(filled) else None


def record_paste(fields, rows: list[list[str]], column: int):
    """(mapping block column -> field index, body rows, notes) for a block pasted into a list."""
    mapping = header_mapping(fields, rows[0])
    notes = []
    if mapping is not None:
        unknown = [t for k, t in enumerate(rows[0]) if t and k not in mapping]
        if unknown:
            notes.append(f"名单中没有这些列，未粘贴：{'、'.join(unknown)}")
        return mapping, rows[1:], notes
    width = max(len(r) for r in rows)
    mapping = {k: column + k for k in range(width) if column + k < len(fields)}
    if width > len(mapping):
        notes.append(_columns_beyond(width - len(mapping)))
    return mapping, rows, notes
