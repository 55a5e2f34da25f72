"""The documented JSON form of a report year's document (docs/content-format.md, version 1).

`parse_document` checks a whole document and names the place of the first problem;
`dump_document` writes the normalised form, so exporting, loading and exporting again gives
identical JSON.
"""

from vqdesk.core.document.blocks import ContentError, one_line, parse_block
from vqdesk.core.document.model import Block, Document, Node
from vqdesk.core.document.settings import merge_settings
from vqdesk.core.errors import InputError

FORMAT = "vqdesk-content"
VERSION = 1
#: Deepest outline level: chapter (1), section (2), level-3 and level-4 headings.
MAX_DEPTH = 4


def parse_document(obj, base_settings: dict) -> Document:
    """A checked Document from its JSON form; settings are laid over `base_settings`."""
    if not isinstance(obj, dict):
        raise ContentError("文档：顶层应是一个对象（{…}）")
    if obj.get("format") != FORMAT:
        raise ContentError(f"文档：“format”应为“{FORMAT}”，这不是 vqdesk 的内容文件")
    if obj.get("version") != VERSION:
        raise ContentError(f"文档：格式版本 {obj.get('version')} 不受支持（本程序读取版本 {VERSION}）")
    unknown = set(obj) - {"format", "version", "year", "settings", "outline"}
    if unknown:
        raise ContentError(f"文档：不认识的键“{sorted(unknown)[0]}”")
    try:
        settings = merge_settings(base_settings, obj.get("settings") or {}, "settings")
    except InputError as exc:
        raise ContentError(str(exc)) from None
    outline = obj.get("outline")
    if not isinstance(outline, list):
        raise ContentError("文档：“outline”应为章节列表")
    doc = Document(settings=settings,
                   outline=[_parse_node(n, (i,), 1) for i, n in enumerate(outline)])
    _check_refs(doc)
    return doc


def _where(path: tuple, title: str) -> str:
    return "outline" + "".join(f"[{i}]" if k == 0 else f".children[{i}]" for k, i in enumerate(path)) \
        + (f"“{title.strip()}”" if isinstance(title, str) and title.strip() else "")


def _parse_node(obj, path: tuple, depth: int) -> Node:
    where = _where(path, obj.get("title", "") if isinstance(obj, dict) else "")
    if not isinstance(obj, dict):
        raise ContentError(f"{where}：应是一个对象（{{…}}）")
    unknown = set(obj) - {"title", "edition_part", "blocks", "children"}
    if unknown:
        raise ContentError(f"{where}：不认识的键“{sorted(unknown)[0]}”")
    title = obj.get("title")
    if not isinstance(title, str) or not title.strip():
        raise ContentError(f"{where}：标题“title”不能为空")
    part = obj.get("edition_part")
    if part is not None and not isinstance(part, str):
        raise ContentError(f"{where}：“edition_part”应为模板部分的编号或 null")
    children = obj.get("children") or []
    if children and depth >= MAX_DEPTH:
        raise ContentError(f"{where}：标题最多四级，不能再添加下级标题")
    blocks = obj.get("blocks") or []
    if not isinstance(blocks, list) or not isinstance(children, list):
        raise ContentError(f"{where}：“blocks”和“children”应为列表")
    return Node(title=one_line(title), edition_part=part,
                blocks=[parse_block(b, f"{where} 第 {i + 1} 块") for i, b in enumerate(blocks)],
                children=[_parse_node(c, path + (i,), depth + 1) for i, c in enumerate(children)])


def _check_refs(doc: Document):
    """Table reference names are unique, and every chart's table exists."""
    seen = {}
    for depth, path, node in doc.walk():
        for i, block in enumerate(node.blocks):
            for b in block.walk():
                if b.kind == "table" and b.ref:
                    if b.ref in seen:
                        raise ContentError(f"{_where(path, node.title)} 第 {i + 1} 块：表格引用名“{b.ref}”"
                                           f"已用于“{seen[b.ref]}”")
                    seen[b.ref] = b.caption or node.title
    for depth, path, node in doc.walk():
        for i, block in enumerate(node.blocks):
            for b in block.walk():
                ref = (b.data.get("source") or {}).get("table") if b.kind == "chart" else None
                if ref is not None and ref not in seen:
                    raise ContentError(f"{_where(path, node.title)} 第 {i + 1} 块：图表引用的表格“{ref}”不存在"
                                       f"（表格的 ref 可用：{'、'.join(seen) or '无'}）")


# -- dumping --------------------------------------------------------------------------------------

def dump_document(doc: Document, year: int, *, photos: dict | None = None, columns=None) -> dict:
    """The JSON form.  `photos` maps photo id -> (caption, filename); `columns(block)` gives a bound
    table's effective header labels."""
    return {"format": FORMAT, "version": VERSION, "year": year, "settings": doc.settings,
            "outline": [_dump_node(n, photos or {}, columns) for n in doc.outline]}


def _dump_node(node: Node, photos, columns) -> dict:
    return {"title": node.title, "edition_part": node.edition_part,
            "blocks": [dump_block(b, photos, columns) for b in node.blocks],
            "children": [_dump_node(c, photos, columns) for c in node.children]}


def dump_block(block: Block, photos=None, columns=None) -> dict:
    d = block.data
    if block.kind == "text":
        return {"kind": "text", "text": d["text"], "style": d.get("style", "body")}
    if block.kind == "case":
        out = {"kind": "case", "title": d["title"], "numbered": d.get("numbered", True),
               "blocks": [dump_block(c, photos, columns) for c in block.children]}
        out.update({k: d[k] for k in ("school", "attribution") if d.get(k)})   # a school's case, regional
        return out
    if block.kind == "photos":
        items = []
        for item in d["items"]:
            caption, filename = (photos or {}).get(item["photo"], (item.get("caption", ""), ""))
            items.append({"photo": item["photo"], "caption": caption, "filename": filename,
                          **({"school": item["school"]} if item.get("school") else {})})
        out = {"kind": "photos", "per_row": d["per_row"], "items": items}
        out.update({"attribution": d["attribution"]} if d.get("attribution") else {})  # schools' photos
        return out
    if block.kind == "chart":
        return {"kind": "chart", **{k: d[k] for k in ("chart", "caption", "unit", "note", "numbered",
                                                        "data", "source")}}
    out = {"kind": "table", **{k: d[k] for k in ("ref", "caption", "numbered", "note", "header_groups",
                                                   "widths", "source")}}
    if d["source"] is None:
        out.update(columns=d["columns"], column_kinds=d["column_kinds"], rows=d["rows"], total=d["total"])
    else:
        out["columns"] = columns(block) if columns else d.get("columns")
    return out
