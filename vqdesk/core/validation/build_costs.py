"""R13.cost (hint): floor area that grew by more than the year's building money could build.

Liangzhou 2023 (I-22): 校舍建筑面积 rose from 256820.25 to 365701.81 平方米 (+108881.56) in the
year its text gives 基建项目投入资金 3132 万元, about 288 元 a square metre.  New school buildings
cost several thousand 元 a square metre, so either the area was taken over (a school merged or
transferred, a building of earlier years' money completed) or a figure is wrong; the report
should say which.  The hint gives the growth, the money and the cost per square metre.
"""

import re

from vqdesk.core.findings import Finding

from .context import Context
from .free_tables import column_groups, plain, row_label
from .statements import _cell_year

#: Below this many 元 a square metre no building can be put up (the cheapest new school
#: buildings cost several times as much), so the money cannot explain the new area.
MIN_COST = 1000
_FLOOR = re.compile(r"校舍(?:建筑)?面积")
_ASSETS = re.compile(r"固定资产(?:总值|原值)?")
#: Money put into buildings and equipment in the year (基建项目投入资金 3132 万元, 实训设备设施投入资金 967.7 万元).
_CAPITAL = re.compile(r"(?:基建|设备|设施)(?:项目)?[^。；，]{0,8}?(?:投入|投资)(?:资金)?(?:约|共|达|为)?\s*"
                      r"(?P<n>\d+(?:\.\d+)?)\s*万元")
_BUILDING_MONEY = re.compile(r"基建(?:项目)?[^。；]{0,10}?(?:投入|投资)(?:资金)?(?:约|共|达|为)?\s*"
                             r"(?P<n>\d+(?:\.\d+)?)\s*(?P<u>万元|亿元)")


def _money(ctx: Context):
    """(amount in 元, as written, where) of the first 基建 investment a text gives, or None."""
    for text, _, where in ctx.texts():
        if "基建" in text:
            m = _BUILDING_MONEY.search(text)
            if m:
                amount = float(m.group("n")) * (10_000 if m.group("u") == "万元" else 100_000_000)
                return amount, f"{m.group('n')} {m.group('u')}", where
    return None


def _growth(ctx: Context, block, pattern=None):
    """(label, previous, current) of the table's floor-area row (or the row `pattern` names)
    over the data year, or None."""
    columns, groups = block.data.get("columns") or [], column_groups(block)
    years = {_cell_year(h): c for c, h in enumerate(columns)
             if _cell_year(h) is not None and "生均" not in f"{groups[c]}{h}"}
    now, before = years.get(ctx.data.year), years.get(ctx.data.year - 1)
    if now is None or before is None:
        return None
    for row in block.data.get("rows") or []:
        label = row_label(row)
        if (pattern or _FLOOR).search(label) and "生均" not in label and max(now, before) < len(row):
            a, b = row[before], row[now]
            if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (a, b)) and b > a:
                return label, a, b
    return None


def check(ctx: Context) -> list[Finding]:
    tables = [(b, g) for b in ctx.typed_tables() for g in [_growth(ctx, b)] if g]
    money = _money(ctx) if tables else None
    if not money:
        return []
    amount, written, where = money
    out = []
    for block, (label, before, now) in tables:
        added = now - before
        cost = amount / added
        if cost >= MIN_COST:
            continue
        out.append(Finding(
            "info", "R13.cost", ctx.outline.block_place(block),
            f"{ctx.table_name(block)}“{label}”由 {ctx.data.year - 1}年的 {plain(before)} 增至 {ctx.data.year}年的 "
            f"{plain(now)}（+{plain(round(added, 2))} 平方米），而{where}写有基建投入 {written}，合每平方米约 "
            f"{round(cost):d} 元，建不成这些校舍：如有划转、合并或往年工程完工，请在正文说明，否则请核对数字"))
    return out


def _capital(ctx: Context):
    """(total in 万元, the amounts as written, where) of the year's building and equipment money."""
    for text, _, where in ctx.texts():
        found = [m.group("n") for m in _CAPITAL.finditer(text)] if "投入" in text or "投资" in text else []
        if found:
            return sum(float(n) for n in found), found, where
    return None


def check_assets(ctx: Context) -> list[Finding]:
    """R13.cost (hint): 固定资产总值 rising by far less than the year's building and equipment money
    (Liangzhou: +1085.53 万元 against 3132 + 967.7 = 4099.7 万元).  Fixed assets are counted at
    their original value, so only assets written off or handed over make the difference."""
    tables = [(b, g) for b in ctx.typed_tables() for g in [_growth(ctx, b, _ASSETS)] if g]
    money = _capital(ctx) if tables else None
    if not money:
        return []
    total, amounts, where = money
    out = []
    for block, (label, before, now) in tables:
        added = now - before
        if total > 2 * added and total - added >= 500:
            out.append(Finding(
                "info", "R13.cost", ctx.outline.block_place(block),
                f"{ctx.table_name(block)}“{label}”只增加了 {plain(round(added, 2))}（{plain(before)} → {plain(now)}），而{where}"
                f"写有当年基建、设备投入共 {plain(round(total, 2))} 万元（{' + '.join(amounts)}）：固定资产按原值计，"
                "如有资产报废或划转请在正文说明，否则请核对数字"))
    return out


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("build-costs", check, {"document", "report"}), ("fixed-assets", check_assets, {"document", "report"}))
