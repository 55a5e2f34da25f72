"""The item stream (headings found, captions paired) as an outline of nodes holding blocks.

Everything before the first heading (cover, 责任声明) and under a front-matter heading (前言,
目录) is front matter: the report prints its own from its settings, so it is skipped and said so.
A case label paragraph opens a case that holds what follows until the next heading or case.
"""

from vqdesk.core.docx_import.headings import Heading
from vqdesk.core.docx_import.items import Break, Case, Lost, Para, Photos, Picture, Table
from vqdesk.core.docx_import.patterns import case_label, is_back_cover_line, is_back_matter, is_note, short_title
from vqdesk.core.docx_import.plan import ImportPlan, PlanNode, typed_numbering
from vqdesk.core.docx_import.tables import describe

#: Front matter whose paragraphs are the report's preface (settings.preface.text).
PREFACE_TITLES = ("前言", "序言", "引言", "卷首语", "撰写说明", "编写说明", "编制说明")
#: The node holding a document's content when it has no heading at all.
NO_HEADING_TITLE = "导入的内容"


class Builder:
    def __init__(self, plan: ImportPlan):
        self.plan = plan
        self.path: list[PlanNode] = []           # the current node and its ancestors
        self.case: dict | None = None             # the case block that text goes into
        self.skipping: str | None = None          # title of the front-matter part being skipped
        self.skipped = {"": 0}                    # front matter title -> items skipped
        self.listed = 0
        self.front = True                         # before the first heading of the body
        self.preface: list[str] = []

    # -- where things go -------------------------------------------------------------------
    def where(self, index: int) -> str:
        if self.skipping is not None:
            return f"“{self.skipping}”（第 {index} 段附近）"
        if not self.path:
            return f"正文第一个标题之前（第 {index} 段附近）"
        return f"“{self.path[-1].title}”（第 {index} 段附近）"

    def container(self) -> list:
        if self.case is not None:
            return self.case["blocks"]
        if not self.path:
            node = PlanNode(NO_HEADING_TITLE, 1)
            self.plan.nodes.append(node)
            self.path.append(node)
            self.plan.notes.append(f"文档中没有找到标题，全部内容放在“{NO_HEADING_TITLE}”一节中")
        return self.path[-1].blocks

    # -- items -----------------------------------------------------------------------------
    def add(self, item):
        if isinstance(item, Heading):
            return self.heading(item)
        if isinstance(item, Break):
            return None
        if isinstance(item, Lost):
            return self.plan.unplaced.append(f"{self.where(item.index)}：{item.what}")
        if self.skipping in PREFACE_TITLES and isinstance(item, Para) and not self.plan.nodes:
            self.plan.preface_title = "撰写说明" if self.skipping.endswith("说明") else "前言"
            self.preface.append("\n".join(" ".join(line.split()) for line in item.text.split("\n") if line.strip()))
            return
        if self.skipping is not None or self.front:
            self.skipped[self.skipping or ""] = self.skipped.get(self.skipping or "", 0) + 1
            return
        if isinstance(item, Para):
            return self.paragraph(item)
        if isinstance(item, Case):
            return self.case_box(item)
        add_block(self, item, self.container())

    def heading(self, h: Heading):
        self.case = None
        if h.front:
            self.skipping = h.title
            self.skipped.setdefault(h.title, 0)
            return
        self.skipping, self.front = None, False
        level = min(h.level, len(self.path) + 1)
        del self.path[level - 1:]
        node = PlanNode(h.title, level, number=h.number)
        (self.path[-1].children if self.path else self.plan.nodes).append(node)
        self.path.append(node)

    def paragraph(self, p: Para):
        found = split_label(p.text)
        if found is not None:
            self.case = None
            case = {"kind": "case", "title": found[0], "blocks": []}
            self.container().append(case)
            self.case = case
            if found[1]:
                add_text(self, Para(found[1], p.index), case["blocks"])
            return
        if self.case is not None and not self.case["title"] and not self.case["blocks"] and short_title(p.text):
            self.case["title"] = " ".join(p.text.split())        # the title on the line after the label
            return
        add_text(self, p, self.container())

    def case_box(self, box: Case):
        self.case = None
        self.container().append(case_block(self, box))

    def finish(self):
        self.plan.preface = "\n".join(self.preface)
        for title, n in self.skipped.items():
            if n and title and is_back_matter(title):
                self.plan.notes.append(f"“{title}”部分（{n} 段/项）未导入：附件的指标表由报告的数据生成")
            elif n and title:
                self.plan.notes.append(f"“{title}”部分（{n} 段/项）未导入：前置部分由报告设置生成")
            elif n:
                self.plan.notes.append(f"正文第一个标题之前的 {n} 段/项（封面、声明等）未导入")
        if self.listed:
            self.plan.notes.append(f"{self.listed} 段 Word 自动编号的段落导入为列表段落，自动生成的编号未保留")


def case_block(builder: Builder, box: Case) -> dict:
    """A shaded box's case: its first paragraph is the label and title (or just the title)."""
    items = list(box.items)
    title, rest = "", ""
    if items and isinstance(items[0], Para):
        text = " ".join(items[0].text.split())
        found = split_label(items[0].text)
        if found is not None:
            (title, rest), items = found, items[1:]
            if not title and not rest and items and isinstance(items[0], Para) and short_title(items[0].text):
                title, items = " ".join(items[0].text.split()), items[1:]    # the title under a bare label
        elif short_title(text) and (items[0].bold or len(text) <= 30):
            title, items = text, items[1:]
    case = {"kind": "case", "title": title, "blocks": []}
    if rest:
        add_text(builder, Para(rest, box.index), case["blocks"])
    for item in items:
        if isinstance(item, Lost):
            builder.plan.unplaced.append(f"案例“{title or '（无标题）'}”中：{item.what}")
        elif isinstance(item, Case):        # a box in a box: its content, without a case of its own
            for inner in item.items:
                _case_item(builder, inner, case["blocks"])
        else:
            _case_item(builder, item, case["blocks"])
    return case


def split_label(text: str):
    """(title, text after it) of a paragraph starting with a case label, else None; the words
    after a full stop are the case's first words (“【案例1】校企合作。学校……”)."""
    if "\n" in text.strip():
        return None
    label = case_label(" ".join(text.split()))
    if label is None:
        return None
    stop = label.find("。")               # titles have no full stop: what follows it is the story
    if 0 < stop <= 60:
        return label[:stop], label[stop + 1:].strip()
    return ("", label) if len(label) > 60 else (label, "")


def _case_item(builder, item, blocks: list):
    if isinstance(item, Para):
        add_text(builder, item, blocks)
    elif isinstance(item, Lost):
        builder.plan.unplaced.append(f"案例中：{item.what}")
    elif not isinstance(item, Case):
        add_block(builder, item, blocks)


def add_text(builder: Builder, p: Para, blocks: list):
    """Paragraphs in a row with the same style share one text block, one paragraph a line."""
    lines = [" ".join(line.split()) for line in p.text.split("\n") if line.strip()]
    if any("{{" in line for line in lines):       # text stays text: no bound field by accident
        lines = [line.replace("{{", "{ {") for line in lines]
        builder.plan.notes.append(f"{builder.where(p.index)}：文字中的“{{{{”改为“{{ {{”，以免被当作数据字段")
    style = "note" if is_note(lines[0]) else "list" if p.listed else "body"
    builder.listed += p.listed
    last = blocks[-1] if blocks else None
    if last is not None and last["kind"] == "text" and last["style"] == style:
        last["text"] += "\n" + "\n".join(lines)
    else:
        blocks.append({"kind": "text", "text": "\n".join(lines), "style": style})


def add_block(builder: Builder, item, blocks: list):
    if isinstance(item, Table):
        blocks.append(item.data)
        for note in item.notes:
            builder.plan.notes.append(f"{builder.where(item.index)} 表格“{describe(item.data)}”：{note}")
    elif isinstance(item, (Picture, Photos)):
        _photos(builder, item, blocks)


def _photos(builder: Builder, item, blocks: list):
    """Pictures in a row of paragraphs share one photos block; a grid keeps its row length."""
    entries = []
    for img in item.images:
        builder.plan.images.append(img)
        entries.append({"image": len(builder.plan.images) - 1, "caption": img.get("caption") or ""})
    per_row = item.per_row if isinstance(item, Photos) else min(max(len(entries), 1), 4)
    last = blocks[-1] if blocks else None
    if isinstance(item, Picture) and last is not None and last["kind"] == "photos" \
            and last.get("_paragraphs") and last["per_row"] == per_row:
        last["items"] += entries
        return
    block = {"kind": "photos", "per_row": per_row, "items": entries}
    if isinstance(item, Picture):
        block["_paragraphs"] = True            # pictures stacked in paragraphs may join it
    blocks.append(block)


def build(plan: ImportPlan, items: list) -> ImportPlan:
    builder = Builder(plan)
    items, back = _without_back_cover(items)
    if back:
        plan.notes.append(f"封底（{back} 段/项）未导入：封底的学校信息来自“学校信息”")
    builder.front = any(isinstance(i, Heading) and not i.front for i in items)
    for item in items:
        builder.add(item)
    builder.finish()
    plan.numbering = typed_numbering(plan)
    for _, node in plan.walk():
        for block in node.blocks:
            for b in [block, *block.get("blocks", ())]:
                b.pop("_paragraphs", None)
    return plan



def _without_back_cover(items: list) -> tuple[list, int]:
    """The items without a back cover (the school's address, phone, writers) after the last
    heading: from the last section break on, or the run of such lines at the very end."""
    last_heading = max((i for i, item in enumerate(items) if isinstance(item, Heading)), default=-1)
    breaks = [i for i, item in enumerate(items) if isinstance(item, Break) and i > last_heading]
    if breaks:
        tail = items[breaks[-1] + 1:]
        if any(isinstance(i, Para) and is_back_cover_line(i.text) for i in tail):
            return items[:breaks[-1] + 1], sum(1 for i in tail if not isinstance(i, Break))
    end = len(items)
    while end > last_heading + 1 and isinstance(items[end - 1], (Para, Break)) and \
            (isinstance(items[end - 1], Break) or is_back_cover_line(items[end - 1].text)):
        end -= 1
    return items[:end], sum(1 for i in items[end:] if not isinstance(i, Break))
