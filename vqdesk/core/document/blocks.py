"""Checking one block's JSON (from `vqdesk content --load`, an edition's default blocks or the UI)
and normalising it, so that what is stored and printed is always complete and in one form.

Every problem raises ContentError naming its place: the node path, the block number, the cell.
"""

import re

from vqdesk.core.document.model import CHART_KINDS, COLUMN_KINDS, TABLE_SOURCES, TEXT_STYLES, Block
from vqdesk.core.errors import InputError


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def one_line(text: str) -> str:
    """A title as stored: a line break (Word's \\v too) or tab becomes a space, other control
    characters go, and the ends are trimmed."""
    return _CONTROL.sub("", re.sub(r"[\t\n\r\v\f]+", " ", text or "")).strip()


class ContentError(InputError):
    """A document that cannot be loaded; the message starts with where the problem is."""


def _fail(where: str, problem: str):
    raise ContentError(f"{where}：{problem}")


def _text(obj: dict, key: str, where: str, default=None, required=False) -> str | None:
    if key not in obj or obj[key] is None:
        if required:
            _fail(where, f"缺少“{key}”")
        return default
    if not isinstance(obj[key], str):
        _fail(where, f"“{key}”应为文字")
    return obj[key]


def _keys(obj, allowed: set, where: str):
    if not isinstance(obj, dict):
        _fail(where, "应是一个对象（{…}）")
    unknown = set(obj) - allowed
    if unknown:
        _fail(where, f"不认识的键“{sorted(unknown)[0]}”（可用：{'、'.join(sorted(allowed))}）")


def _int_list(value, where: str, what: str) -> list:
    if not isinstance(value, list) or not all(isinstance(v, int) and not isinstance(v, bool) for v in value):
        _fail(where, f"{what}应为整数列表")
    return list(value)


def _str_list(value, where: str, what: str) -> list:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        _fail(where, f"{what}应为文字列表")
    return list(value)


def parse_block(obj, where: str, *, in_case: bool = False) -> Block:
    """A checked, normalised Block from its JSON form."""
    if not isinstance(obj, dict):
        _fail(where, "应是一个对象（{…}）")
    kind = obj.get("kind")
    parser = _PARSERS.get(kind)
    if parser is None:
        _fail(where, f"不认识的内容类型“{kind}”（可用：text、table、chart、photos、case）")
    if kind == "case" and in_case:
        _fail(where, "案例中不能再放案例")
    return parser(obj, where)


def _parse_text(obj, where) -> Block:
    _keys(obj, {"kind", "text", "style"}, where)
    style = _text(obj, "style", where, "body")
    if style not in TEXT_STYLES:
        _fail(where, f"段落样式“{style}”不存在（可用：{'、'.join(TEXT_STYLES)}）")
    text = (_text(obj, "text", where, "") or "").replace("\r\n", "\n").replace("\r", "\n")
    return Block("text", {"text": text, "style": style})


_TABLE_KEYS = {"kind", "ref", "caption", "numbered", "columns", "column_kinds", "header_groups", "rows",
               "total", "note", "source", "widths"}


def _parse_table(obj, where) -> Block:
    _keys(obj, _TABLE_KEYS, where)
    data = {"ref": _text(obj, "ref", where), "caption": _text(obj, "caption", where, ""),
            "numbered": obj.get("numbered", True), "note": _text(obj, "note", where, "")}
    if not isinstance(data["numbered"], bool):
        _fail(where, "“numbered”应为 true 或 false")
    source = obj.get("source")
    columns = obj.get("columns")
    if columns is not None:
        columns = _str_list(columns, where, "“columns”（表头）")
    data["columns"] = columns
    data["header_groups"] = _header_groups(obj.get("header_groups") or [], columns, where)
    data["widths"] = _widths(obj.get("widths"), columns, where)
    if source is None:
        if not columns:
            _fail(where, "自由表格需要“columns”（各列表头）")
        data["source"] = None
        data["column_kinds"] = _column_kinds(obj.get("column_kinds"), len(columns), where)
        data["rows"] = _rows(obj.get("rows") or [], len(columns), where)
        data["total"] = _total(obj.get("total"), data["column_kinds"], where)
    else:
        for key in ("rows", "column_kinds"):
            if obj.get(key):
                _fail(where, f"绑定数据的表格不能有“{key}”（内容来自“source”）")
        data["source"] = parse_table_source(source, f"{where} source")
        data["total"] = None
        if obj.get("total") is not None:
            _fail(where, "绑定表格的合计写在 source.total 中")
    return Block("table", data)


def _header_groups(groups, columns, where) -> list:
    """The upper header row: [{"label", "span"}...] covering every column; "" merges down."""
    if not groups:
        return []
    if not isinstance(groups, list):
        _fail(where, "“header_groups”应为列表")
    out, covered = [], 0
    for i, g in enumerate(groups):
        _keys(g, {"label", "span"}, f"{where} header_groups[{i}]")
        span = g.get("span", 1)
        if not isinstance(span, int) or isinstance(span, bool) or span < 1:
            _fail(f"{where} header_groups[{i}]", "“span”应为正整数")
        out.append({"label": _text(g, "label", f"{where} header_groups[{i}]", ""), "span": span})
        covered += span
    if columns is not None and covered != len(columns):
        _fail(where, f"上层表头共跨 {covered} 列，但表格有 {len(columns)} 列")
    return out


def _widths(widths, columns, where):
    if widths is None:
        return None
    if not isinstance(widths, list) or not all(isinstance(w, (int, float)) and not isinstance(w, bool)
                                               and w > 0 for w in widths):
        _fail(where, "“widths”应为正数列表（各列相对宽度）")
    if columns is not None and len(widths) != len(columns):
        _fail(where, f"“widths”有 {len(widths)} 项，但表格有 {len(columns)} 列")
    return [float(w) for w in widths]


def _column_kinds(kinds, count: int, where) -> list:
    if kinds is None:
        return ["text"] * count
    kinds = _str_list(kinds, where, "“column_kinds”")
    if len(kinds) != count:
        _fail(where, f"“column_kinds”有 {len(kinds)} 项，但表格有 {count} 列")
    for i, k in enumerate(kinds):
        if k not in COLUMN_KINDS:
            _fail(where, f"第 {i + 1} 列的类型“{k}”不存在（可用：{'、'.join(COLUMN_KINDS)}）")
    return kinds


def _rows(rows, count: int, where) -> list:
    if not isinstance(rows, list):
        _fail(where, "“rows”应为行的列表")
    out = []
    for r, row in enumerate(rows):
        if not isinstance(row, list):
            _fail(f"{where} 第 {r + 1} 行", "应为单元格列表")
        if len(row) > count:
            _fail(f"{where} 第 {r + 1} 行", f"有 {len(row)} 个单元格，但表格只有 {count} 列")
        cells = []
        for c, cell in enumerate(row):
            if cell is not None and (isinstance(cell, bool) or not isinstance(cell, (str, int, float))):
                _fail(f"{where} 第 {r + 1} 行第 {c + 1} 列", "单元格应为文字或数字")
            cells.append(cell)
        out.append(cells + [None] * (count - len(row)))
    return out


def _total(total, kinds, where):
    """{"label": "合计", "columns": [indices]}: a computed row summing those columns."""
    if total is None:
        return None
    _keys(total, {"label", "columns"}, f"{where} total")
    columns = _int_list(total.get("columns", []), f"{where} total", "“columns”")
    for c in columns:
        if not 0 <= c < len(kinds):
            _fail(f"{where} total", f"第 {c} 列不存在（列号从 0 起）")
        if kinds[c] not in ("number", "percent"):
            _fail(f"{where} total", f"第 {c + 1} 列不是数字列，不能合计")
    return {"label": _text(total, "label", f"{where} total", "合计"), "columns": columns}


def parse_table_source(src, where) -> dict:
    _keys(src, {"type", "list", "fields", "filter", "sort", "total", "indicators", "years", "span",
                "change", "rank", "numbered", "group", "row_total", "total_label", "ratio", "view",
                "attributes", "subtotal", "total_position", "per_school", "standards", "attribution"}, where)
    kind = src.get("type")
    if kind not in TABLE_SOURCES:
        _fail(where, f"“type”应为 {'、'.join(TABLE_SOURCES)} 之一")
    if kind == "indicators":
        ids = _str_list(src.get("indicators") or [], where, "“indicators”")
        if not ids:
            _fail(where, "指标表至少要选一项指标")
        out = {"type": kind, "indicators": ids, "change": bool(src.get("change", True))}
        out.update(_years(src, where))
        return out
    if kind == "schools" and any(src.get(k) is not None for k in ("indicators", "view", "attributes")):
        from vqdesk.core.document.school_tables import parse_source
        return parse_source(src, where, _fail)
    list_id = _text(src, "list", where, required=True)
    fields = _str_list(src.get("fields") or [], where, "“fields”") or None
    filt = src.get("filter") or {}
    if not isinstance(filt, dict):
        _fail(where, "“filter”应为 {字段: 值}")
    sort = []
    for i, s in enumerate(src.get("sort") or []):
        _keys(s, {"field", "desc"}, f"{where} sort[{i}]")
        sort.append({"field": _text(s, "field", f"{where} sort[{i}]", required=True),
                     "desc": bool(s.get("desc", False))})
    total = src.get("total")
    if kind == "schools":
        if total not in (None, "sum", "mean"):
            _fail(where, "各校表的“total”应为 sum（合计）、mean（平均）或 null")
    elif total is not None:
        total = _str_list(total, where, "“total”（要合计的字段）")
    row_total = src.get("row_total")
    if row_total is not None:
        _keys(row_total, {"label", "fields"}, f"{where} row_total")
        row_total = {"label": _text(row_total, "label", f"{where} row_total", "合计"),
                     "fields": _str_list(row_total.get("fields") or [], f"{where} row_total", "“fields”")}
    out = {"type": kind, "list": list_id, "fields": fields, "filter": dict(filt), "sort": sort,
           "total": total, "rank": _text(src, "rank", where), "numbered": bool(src.get("numbered", True)),
           "group": _text(src, "group", where), "row_total": row_total}
    if src.get("total_label") is not None:
        out["total_label"] = _text(src, "total_label", where)
    if src.get("ratio") is not None:
        out["ratio"] = _ratio(src["ratio"], f"{where} ratio")
    if src.get("attribution") is not None:      # regional merged rows: 开设学校数 or 来源学校
        if src["attribution"] not in ("count", "name"):
            _fail(where, "“attribution”应为 count（开设学校数）或 name（来源学校）")
        out["attribution"] = src["attribution"]
    return out


def _ratio(spec, where) -> dict:
    """A computed percentage column: numerator / denominator × 100 per row (获取率, 录取率)."""
    _keys(spec, {"label", "numerator", "denominator"}, where)
    return {"label": _text(spec, "label", where, required=True),
            "numerator": _text(spec, "numerator", where, required=True),
            "denominator": _text(spec, "denominator", where, required=True)}


def _years(src, where) -> dict:
    """years: a list of years, or "recent" with a span (近三年 = span 3)."""
    years = src.get("years", "recent")
    if years == "recent":
        span = src.get("span", 3)
        if not isinstance(span, int) or isinstance(span, bool) or not 1 <= span <= 10:
            _fail(where, "“span”应为 1–10 的整数（近几年）")
        return {"years": "recent", "span": span}
    return {"years": sorted(_int_list(years, where, "“years”")), "span": None}


def _parse_chart(obj, where) -> Block:
    _keys(obj, {"kind", "chart", "caption", "unit", "note", "data", "source", "numbered"}, where)
    chart = _text(obj, "chart", where, required=True)
    if chart not in CHART_KINDS:
        _fail(where, f"图表类型“{chart}”不存在（可用：{'、'.join(CHART_KINDS)}）")
    data = {"chart": chart, "caption": _text(obj, "caption", where, ""), "unit": _text(obj, "unit", where, ""),
            "note": _text(obj, "note", where, ""), "numbered": bool(obj.get("numbered", True)),
            "data": None, "source": None}
    if (obj.get("data") is None) == (obj.get("source") is None):
        _fail(where, "图表需要“data”（直接给出数据）或“source”（取自表格或指标）二者之一")
    if obj.get("data") is not None:
        data["data"] = _chart_data(obj["data"], f"{where} data")
    else:
        data["source"] = _chart_source(obj["source"], f"{where} source")
    return Block("chart", data)


def _chart_data(d, where) -> dict:
    _keys(d, {"labels", "series"}, where)
    labels = _str_list(d.get("labels") or [], where, "“labels”")
    series = []
    for i, s in enumerate(d.get("series") or []):
        _keys(s, {"name", "values"}, f"{where} series[{i}]")
        values = s.get("values") or []
        if not isinstance(values, list) or any(v is not None and (isinstance(v, bool) or not isinstance(v, (int, float)))
                                               for v in values):
            _fail(f"{where} series[{i}]", "“values”应为数字列表（缺的值写 null）")
        if len(values) != len(labels):
            _fail(f"{where} series[{i}]", f"有 {len(values)} 个值，但有 {len(labels)} 个标签")
        series.append({"name": _text(s, "name", f"{where} series[{i}]", ""), "values": list(values)})
    if not series:
        _fail(where, "至少要有一个数据系列")
    return {"labels": labels, "series": series}


def _chart_source(src, where) -> dict:
    _keys(src, {"table", "labels", "series", "indicators", "years", "span"}, where)
    if src.get("table") is not None:
        ref = _text(src, "table", where, required=True)
        labels = src.get("labels", 0)
        if not isinstance(labels, int) or isinstance(labels, bool) or labels < 0:
            _fail(where, "“labels”应为标签所在列号（从 0 起）")
        series = _int_list(src.get("series") or [], where, "“series”（数据列号）")
        if not series:
            _fail(where, "至少要选一列数据（series）")
        return {"table": ref, "labels": labels, "series": series}
    ids = _str_list(src.get("indicators") or [], where, "“indicators”")
    if not ids:
        _fail(where, "图表的 source 需要“table”（表格引用名）或“indicators”（指标）")
    out = {"indicators": ids}
    out.update(_years(src, where))
    return out


def _parse_photos(obj, where) -> Block:
    _keys(obj, {"kind", "per_row", "items", "attribution"}, where)
    per_row = obj.get("per_row", 2)
    if not isinstance(per_row, int) or isinstance(per_row, bool) or not 1 <= per_row <= 4:
        _fail(where, "每行图片数“per_row”应为 1–4")
    items = []
    for i, item in enumerate(obj.get("items") or []):
        here = f"{where} 第 {i + 1} 张图片"
        _keys(item, {"photo", "file", "caption", "filename", "school"}, here)
        photo, file = item.get("photo"), item.get("file")
        if (photo is None) == (file is None):
            _fail(here, "需要“photo”（文件中已有图片的编号）或“file”（要加入的图片文件）二者之一")
        if photo is not None and (not isinstance(photo, int) or isinstance(photo, bool)):
            _fail(here, "“photo”应为图片编号（整数）")
        # no "caption" key: keep the photo's caption as it is (captions live on the photo)
        entry = {"photo": photo, "caption": _text(item, "caption", here, None)}
        if file is not None:
            entry["file"] = _text(item, "file", here)
        if _text(item, "school", here):   # a school's photo in the regional report keeps its source
            entry["school"] = _text(item, "school", here)
        items.append(entry)
    data = {"per_row": per_row, "items": items}
    if any("school" in i for i in items):
        if obj.get("attribution", "note") not in ("note", "none"):
            _fail(where, "“attribution”应为 note（图题下注明“（来源：学校）”）或 none")
        data["attribution"] = obj.get("attribution", "note")
    return Block("photos", data)


def _parse_case(obj, where) -> Block:
    _keys(obj, {"kind", "title", "blocks", "numbered", "school", "attribution"}, where)
    numbered = obj.get("numbered", True)
    if not isinstance(numbered, bool):
        _fail(where, "“numbered”应为 true 或 false")
    children = [parse_block(b, f"{where} › 第 {i + 1} 块", in_case=True)
                for i, b in enumerate(obj.get("blocks") or [])]
    data = {"title": one_line(_text(obj, "title", where, "") or "")}
    if not numbered:                  # an appended case without a label, not in 案例目录
        data["numbered"] = False
    if _text(obj, "school", where):   # a school's case in the regional report keeps its source
        data["school"] = _text(obj, "school", where)
        if obj.get("attribution", "note") not in ("note", "none"):
            _fail(where, "“attribution”应为 note（注明“（来源：学校）”）或 none")
        data["attribution"] = obj.get("attribution", "note")
    return Block("case", data, children)


_PARSERS = {"text": _parse_text, "table": _parse_table, "chart": _parse_chart,
            "photos": _parse_photos, "case": _parse_case}
