"""An import plan: the outline a Word file will become, before anything is written.

Blocks are in the documented JSON form (docs/content-format.md), except that a photos item
refers to the plan's image list ({"image": i, "caption": …}) until the images are stored.
"""

from dataclasses import dataclass, field


@dataclass
class PlanNode:
    title: str
    level: int                                   # 1 = chapter … 4
    edition_part: str | None = None
    blocks: list = field(default_factory=list)   # block JSON dicts
    number: str | None = None                    # the numbering pattern typed before its title
    children: list = field(default_factory=list)

    def walk(self, depth: int = 0):
        yield depth, self
        for child in self.children:
            yield from child.walk(depth + 1)


@dataclass
class ImportPlan:
    source: str                                       # the Word file's name
    nodes: list = field(default_factory=list)         # top-level PlanNodes
    images: list = field(default_factory=list)        # {"data", "filename", "caption"}
    unplaced: list = field(default_factory=list)      # what could not be imported, with where
    notes: list = field(default_factory=list)         # what was imported in a changed form
    preface: str = ""                                 # the 前言's paragraphs, one a line
    preface_title: str = "前言"                       # or 撰写说明 (settings.preface.title)
    numbering: dict = field(default_factory=dict)     # settings.numbering the headings were typed with

    def walk(self):
        for node in self.nodes:
            yield from node.walk()

    def is_empty(self) -> bool:
        return not self.nodes

    def content(self) -> dict:
        """The plan as the outline of a content document (photos still as image indices)."""
        return {"outline": [_node_json(n) for n in self.nodes]}


def numbered(plan: ImportPlan, numbering: dict | None = None):
    """(depth, node, title as the report will print it: “1.2 概况”) in reading order."""
    from vqdesk.core.document.numbering import HEADING_KEYS, fill, titled

    def walk(nodes, path):
        for i, node in enumerate(nodes, start=1):
            position = path + (i,)
            pattern = (numbering or {}).get(HEADING_KEYS[len(path)], "")
            yield len(path), node, titled(fill(pattern, i, path), node.title) if numbering else node.title
            yield from walk(node.children, position)
    yield from walk(plan.nodes, ())


def _node_json(node: PlanNode) -> dict:
    return {"title": node.title, "edition_part": node.edition_part, "blocks": node.blocks,
            "children": [_node_json(c) for c in node.children]}


def counts(blocks: list) -> dict:
    """Paragraphs, tables, images and cases among blocks (a case's own blocks counted too)."""
    out = {"paragraphs": 0, "tables": 0, "images": 0, "cases": 0}
    for block in blocks:
        kind = block["kind"]
        if kind == "text":
            out["paragraphs"] += sum(1 for line in block["text"].split("\n") if line.strip())
        elif kind == "table":
            out["tables"] += 1
        elif kind == "photos":
            out["images"] += len(block["items"])
        elif kind == "case":
            out["cases"] += 1
            for key, n in counts(block["blocks"]).items():
                out[key] += n
    return out


def count_label(c: dict) -> str:
    parts = [f"{c['paragraphs']} 段", f"{c['tables']} 表", f"{c['images']} 图", f"{c['cases']} 案例"]
    return "，".join(parts)


def preview_lines(plan: ImportPlan, replaced: str = "", numbering: dict | None = None) -> list[str]:
    """The preview as text lines: the outline (numbered as settings["numbering"] says) with
    counts per heading, then what was changed and what could not be imported."""
    lines = [f"从“{plan.source}”将导入 {sum(1 for _ in plan.walk())} 个标题、"
             f"{len(plan.images)} 张图片："]
    if replaced:
        lines.append(f"注意：{replaced}")
    if plan.numbering:
        lines.append(f"  标题编号改为与 Word 文件一致：{numbering_label(plan.numbering)}")
    if plan.preface:
        lines.append(f"  {plan.preface_title}（{len(plan.preface.splitlines())} 段，导入为报告设置中的前言）")
    for depth, node, title in numbered(plan, dict(numbering, **plan.numbering) if numbering else None):
        part = "（对应模板部分）" if node.edition_part else ""
        lines.append(f"{'  ' * (depth + 1)}{title}{part}　{count_label(counts(node.blocks))}")
    if plan.notes:
        lines.append("导入时改变了形式的内容：")
        lines += [f"  · {n}" for n in plan.notes]
    if plan.unplaced:
        lines.append(f"未能导入的内容（{len(plan.unplaced)} 处）：")
        lines += [f"  · {u}" for u in plan.unplaced]
    return lines


def typed_numbering(plan: ImportPlan) -> dict:
    """settings.numbering for each outline level whose headings all had the same kind of number
    typed before them (a level with any heading left unnumbered is not changed)."""
    from vqdesk.core.document.numbering import HEADING_KEYS
    seen: dict = {}
    for depth, node in plan.walk():
        seen.setdefault(depth, set()).add(node.number)
    return {HEADING_KEYS[depth]: kinds.pop() for depth, kinds in sorted(seen.items())
            if len(kinds) == 1 and None not in kinds}


def numbering_label(numbering: dict) -> str:
    """“一、 （一） 1. （1）” for the patterns of the levels set."""
    from vqdesk.core.document.numbering import HEADING_KEYS, fill
    return " ".join(fill(numbering[key], 1, (1, 1, 1)) for key in HEADING_KEYS if key in numbering)
