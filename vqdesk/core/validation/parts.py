"""R17 on the document: the edition's required parts are there and filled, texts and cases keep
the edition's lengths, the preface is written.

An edition's chapters are required; its sections are only suggested (包含但不限于): a school may
rename, move or drop a suggested part, and add headings of its own, without a word from us.
"""

from vqdesk.core.findings import Finding, Place

from .context import Context
from .outline import case_text, subtree


def check(ctx: Context) -> list[Finding]:
    return [f for _, rule, _ in UNITS for f in rule(ctx)]


# -- edition parts ---------------------------------------------------------------------------------

def required_parts(edition) -> set:
    """Keys of the parts a report must carry: required chapters, and the sections marked
    required in a required chapter."""
    keys = set()
    for chapter in edition.chapters:
        if chapter.required:
            keys.add(chapter.key)
            keys.update(s.key for s in chapter.sections if s.required)
    return keys


def _parts(ctx: Context):
    required = required_parts(ctx.edition)
    carriers = {}
    for node in ctx.data.document.nodes():
        if node.edition_part is not None:
            carriers.setdefault(node.edition_part, []).append(node)
    for key, title, _, part in ctx.edition.parts():
        nodes = carriers.get(key, [])
        if key in required:
            yield from _required(ctx, key, title, nodes)
        for node in nodes:
            yield from _bounds(ctx, node, part)


def _required(ctx: Context, key: str, title: str, nodes: list):
    if not nodes:
        yield Finding("error", "R17.missing", Place(kind="outline", part=key, label="报告大纲"),
                      f"缺少必需部分“{title}”，请在大纲中添加")
        return
    below = [n for node in nodes for n in subtree(node)]
    name = ctx.outline.title(nodes[0])
    if not any(n.has_content() for n in below):
        yield Finding("error", "R17.empty", ctx.outline.node_place(nodes[0]), f"“{name}”是必需部分，尚未填写")
    elif not any(ctx.node_chars(n) for n in below):
        yield Finding("warning", "R17.text", ctx.outline.node_place(nodes[0]),
                      f"“{name}”是必需部分，只有表格、图表、图片或案例，还没有正文")


def _bounds(ctx: Context, node, part):
    """A heading's text, with the headings below it, within the edition's bounds, at the
    severity the edition gives them; silent when there is no text (whether that is allowed is
    the required check's business)."""
    low, high, severity = part.min_chars, part.max_chars, part.length_severity
    chars = ctx.subtree_chars(node)
    if not chars:
        return
    what = f"“{ctx.outline.title(node)}”" + ("及其下级标题正文共" if node.children else "正文")
    if low and chars < low:
        yield Finding(severity, "R17.short", ctx.outline.node_place(node),
                      f"{what} {chars} 字，少于模板要求的 {low} 字")
    if high and chars > high:
        yield Finding(severity, "R17.long", ctx.outline.node_place(node),
                      f"{what} {chars} 字，超过模板上限 {high} 字")


# -- preface ---------------------------------------------------------------------------------------

def _preface(ctx: Context):
    preface = ctx.data.settings.get("preface") or {}
    title = preface.get("title")
    if title is None:                    # the report has no preface
        return
    fm = ctx.edition.front_matter
    place = Place(kind="preface", label=title)
    chars = ctx.char_count(preface.get("text", ""))
    if not chars:
        yield Finding("error", "R17.empty", place, f"“{title}”尚未填写（不需要时可在报告设置中取消）")
    elif fm.preface_min_chars and chars < fm.preface_min_chars:
        yield Finding(fm.preface_length_severity, "R17.short", place,
                      f"“{title}”正文 {chars} 字，少于模板要求的 {fm.preface_min_chars} 字")
    elif fm.preface_max_chars and chars > fm.preface_max_chars:
        yield Finding(fm.preface_length_severity, "R17.long", place,
                      f"“{title}”正文 {chars} 字，超过模板上限 {fm.preface_max_chars} 字")


# -- cases -----------------------------------------------------------------------------------------

def _cases(ctx: Context):
    rules = ctx.edition.cases
    for node, case in ctx.data.document.cases():
        place = ctx.outline.block_place(case)
        name = ctx.outline.name(case)
        if not case.title.strip():
            yield Finding("error", "R17.case.title", place, f"“{ctx.outline.title(node)}”中有一个案例没有标题")
        chars = ctx.char_count(case_text(case))
        if chars == 0:
            yield Finding("error", "R17.case.empty", place, f"{name}还没有正文")
        elif rules.max_chars and chars > rules.max_chars:
            limit = "上限" if rules.max_severity == "error" else "建议的上限"
            yield Finding(rules.max_severity, "R17.case.long", place,
                          f"{name}正文 {chars} 字，超过模板{limit} {rules.max_chars} 字")
        elif rules.min_chars and chars < rules.min_chars:
            yield Finding(rules.min_severity, "R17.case.short", place,
                          f"{name}正文 {chars} 字，少于模板要求的 {rules.min_chars} 字")


#: (name, rule, what it reads): see deps.py for the vocabulary.  Lengths count bound fields as
#: printed, hence "tokens".
UNITS = (("parts", _parts, {"document", "tokens"}), ("preface", _preface, {"document", "tokens"}),
         ("cases", _cases, {"document", "tokens"}))
