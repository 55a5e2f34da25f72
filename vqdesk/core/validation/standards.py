"""R16.standard (hints): a school's 办学条件 figure short of the edition's standard (derived-2024.toml,
[[standards]], editable per province and school category).

Falling short is a fact to report, not a slip; but a report that then calls its conditions
sufficient (Benxi: 本溪县 20.6 册 paper books per student against 30, “能够满足学校教育教学需要”)
says more than its figures do.  The hint names the figure, the standard and where it comes from,
so the text can say it plainly.  A bureau's report shows each school's 达标情况 in its own table.
"""

from vqdesk.core.findings import Finding, Place
from vqdesk.core.kinds import format_number

from .context import Context


def _value(ctx: Context, std):
    value = ctx.figures.evaluate(std.figure) if std.figure.startswith("[") else ctx.figures.get(std.figure)
    return value if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def bound(std) -> str:
    """How a message states a standard: “不低于 300 万元”, “不高于 20:1”."""
    gap = "" if std.unit.startswith(":") else " "
    return f"{'不低于' if std.op == '>=' else '不高于'} {std.threshold:g}{gap}{std.unit}"


def check(ctx: Context) -> list[Finding]:
    if ctx.data.report.level != "school":
        return []
    out = []
    for std in ctx.edition.standards:
        value = _value(ctx, std)
        if value is None or (value >= std.threshold if std.op == ">=" else value <= std.threshold):
            continue
        gap = "" if std.unit.startswith(":") else " "
        out.append(Finding("info", "R16.standard", Place(kind="report"),
                           f"{std.name}为 {format_number(round(value, 2))}{gap}{std.unit}，未达到办学条件标准（{bound(std)}）："
                           f"正文如称条件“满足需要”或“达标”，请据实改写"))
    return out


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("standards", check, {"figures", "report"}),)
