"""R1 in free tables: a column counting part of another column's people (对口就业 of 直接就业,
双师型 of 专任教师, as the vocabulary pairs them).  A part larger than its whole contradicts it;
a part of none out of many (0 对口就业 of 760 直接就业) is possible but implausible, and named
so the user can check the row."""

from vqdesk.core.findings import Finding

from .context import Context
from .free_tables import plain, row_label
from .vocabulary import _plain, vocabulary


def check(ctx: Context) -> list[Finding]:
    out = []
    for block in ctx.typed_tables():
        problems = list(_rows(block.data))
        if problems:
            name = ctx.table_name(block)
            place = ctx.outline.block_place(block)
            out += [Finding(severity, "R1.table", place, name + message) for severity, message in problems]
    return out


def _pairs(columns):
    """(part column, whole column, rule) of the vocabulary's pairs among a table's headers."""
    headers = [_plain(h) for h in columns]
    for rule in vocabulary().part_of:
        parts = [c for c, h in enumerate(headers) if c and h in rule.part]
        wholes = [c for c, h in enumerate(headers) if c and h in rule.whole]
        if len(parts) == 1 and wholes:
            # the nearest whole before the part (“直接就业人数 | 对口就业人数”)
            before = [w for w in wholes if w < parts[0]]
            yield parts[0], (before or wholes)[-1], rule


def _rows(d: dict):
    columns, rows = d.get("columns") or [], d.get("rows") or []
    for part, whole, rule in _pairs(columns):
        for r, row in enumerate(rows):
            if max(part, whole) >= len(row) or not (_number(row[part]) and _number(row[whole])):
                continue
            label = row_label(row) or f"第{r + 1}行"
            at = f"第{r + 1}行“{label}”"
            if row[part] > row[whole]:
                yield ("warning", f"{at}的“{columns[part]}” {plain(row[part])} 多于“{columns[whole]}” "
                                  f"{plain(row[whole])}：前者是后者的一部分，不能更多")
            elif row[part] == 0 and row[whole] >= rule.min_whole:
                yield ("warning", f"{at}的“{columns[part]}”为 0，而“{columns[whole]}”为 {plain(row[whole])}："
                                  "一个也没有，不太可能，请核实")


def _number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("part-whole", check, {"document"}),)
