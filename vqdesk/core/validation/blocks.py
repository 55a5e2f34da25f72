"""R19 on the document's blocks: what a table, a chart or a photo refers to exists, so the PDF
prints it (a bound table's list, fields and indicators; a chart's table; a photo in the file),
and every photo has a caption."""

from vqdesk.core.findings import Finding

from .context import Context


def check(ctx: Context) -> list[Finding]:
    out = []
    for _, block in ctx.blocks():
        if block.kind == "table":
            out += _table(ctx, block)
        elif block.kind == "chart":
            out += _chart(ctx, block)
        elif block.kind == "photos":
            out += _photos(ctx, block)
    return out


def _table(ctx: Context, block):
    problem = ctx.table_view(block).problem
    if problem:
        yield Finding("error", "R19.table", ctx.outline.block_place(block),
                      f"表格“{block.caption or '（无标题）'}”无法显示：{problem}")


def _chart(ctx: Context, block):
    problem = ctx.chart_values(block).problem
    if problem:
        yield Finding("error", "R19.chart", ctx.outline.block_place(block),
                      f"图表“{block.caption or '（无标题）'}”无法显示：{problem}")


def _photos(ctx: Context, block):
    for n, item in enumerate(block.data.get("items", ()), 1):
        photo = ctx.data.photo(item["photo"]) if item.get("photo") is not None else None
        if photo is None:
            name = item.get("caption") or item.get("file") or f"第 {n} 张"
            yield Finding("error", "R19.photo", ctx.outline.block_place(block),
                          f"{ctx.outline.name(block)}中的图片“{name}”不在报告文件中，请重新插入")
        elif not (photo.caption or "").strip():
            yield Finding("warning", "R19.photo.caption", ctx.outline.block_place(block),
                          f"图片“{photo.filename}”没有图题（题注）")


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("blocks", check, {"document", "photos", "values", "records", "figures", "profile", "report",
                             "history"}),)
