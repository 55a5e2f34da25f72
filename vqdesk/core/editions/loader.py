"""Load edition files (TOML, with shared JSON/TOML parts) and check them thoroughly.

An edition file may `include` shared parts relative to the templates folder; lists in parts and
in the edition are concatenated, so a new year's edition is one data file and no code.
"""

import dataclasses
import json
import re
import tomllib
from pathlib import Path

from vqdesk.core.editions import model as m
from vqdesk.core.editions import regional
from vqdesk.core.editions.default_blocks import read_default_blocks
from vqdesk.core.errors import EditionError, FormulaError, NotFoundError
from vqdesk.core.formula import Formula
from vqdesk.core.kinds import FIELD_KINDS, INDICATOR_KINDS

_LIST_KEYS = ("tables", "record_lists", "derived", "key_figures", "checks", "standards", "chapters",
              "aggregation", "blocks", "list_merge", "compliance",
              "block_overrides", "definitions")
_NUMBERING_TOKENS = {"{n}", "{cn}", "{chapter}"}
_ID_RE = re.compile(r"^[a-z0-9][a-z0-9_.-]*$")


class _Reader:
    """Reads typed values out of a dict and reports problems with file and entry names."""

    def __init__(self, file: str):
        self.file = file

    def fail(self, entry: str, problem: str):
        raise EditionError(self.file, entry, problem)

    def get(self, data: dict, key: str, kind, entry: str, default=...):
        if key not in data:
            if default is ...:
                self.fail(entry, f"缺少必填项“{key}”")
            return default
        value = data[key]
        kinds = kind if isinstance(kind, tuple) else (kind,)
        if isinstance(value, bool) and bool not in kinds:
            self.fail(entry, f"“{key}”的类型不对（应为{_kind_name(kinds)}）")
        if not isinstance(value, kinds):
            self.fail(entry, f"“{key}”的类型不对（应为{_kind_name(kinds)}）")
        return value

    def text(self, data, key, entry, default=...):
        value = self.get(data, key, str, entry, default)
        if isinstance(value, str) and default is ... and not value.strip():
            self.fail(entry, f"“{key}”不能为空")
        return value

    def formula(self, source: str, entry: str) -> Formula:
        try:
            return Formula.parse(source)
        except FormulaError as exc:
            self.fail(entry, str(exc))


def _kind_name(kinds) -> str:
    names = {str: "文字", int: "整数", float: "数值", bool: "true/false", list: "列表", dict: "表"}
    return "或".join(names.get(k, k.__name__) for k in kinds)


# -- file reading ------------------------------------------------------------------------------

def _read_file(path: Path) -> dict:
    name = path.name
    if not path.is_file():
        raise EditionError(name, "", "文件不存在")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise EditionError(name, "", "不是 UTF-8 编码的文本文件") from None
    try:
        if path.suffix == ".json":
            data = json.loads(text)
        else:
            data = tomllib.loads(text)
    except json.JSONDecodeError as exc:
        raise EditionError(name, f"第 {exc.lineno} 行", f"JSON 格式错误：{exc.msg}") from None
    except tomllib.TOMLDecodeError as exc:
        raise EditionError(name, "", f"TOML 格式错误：{exc}") from None
    if not isinstance(data, dict):
        raise EditionError(name, "", "顶层应是一个表")
    return data


def _merge_parts(path: Path, data: dict, base: Path) -> tuple[dict, dict]:
    """Concatenate included parts; returns the merged data and, per list key, each item's file."""
    origins = {k: [path.name] * len(data.get(k, [])) for k in _LIST_KEYS}
    merged = {k: v for k, v in data.items() if k != "include"}
    includes = data.get("include", [])
    if not isinstance(includes, list) or not all(isinstance(i, str) for i in includes):
        raise EditionError(path.name, "include", "应是文件名列表")
    for rel in includes:
        part_path = regional.include_path(base, rel)
        part = _read_file(part_path)
        for key in _LIST_KEYS:
            items = part.get(key, [])
            if not isinstance(items, list):
                raise EditionError(part_path.name, key, "应是列表")
            merged[key] = items + merged.get(key, [])
            origins[key] = [part_path.name] * len(items) + origins[key]
    return merged, origins


# -- building the model ------------------------------------------------------------------------

def load_edition(path: str | Path, base: Path | None = None) -> m.Edition:
    """Load and check one edition file; raises EditionError naming file, entry and problem."""
    path = Path(path)
    base = base or path.parent
    raw, origins = _merge_parts(path, _read_file(path), base)
    raw, origins = regional.with_parent(path, raw, origins, _read_file, _merge_parts, _LIST_KEYS)
    r = _Reader(path.name)
    edition_id = r.text(raw, "id", "id")
    if not _ID_RE.match(edition_id):
        r.fail("id", f"“{edition_id}”只能包含小写字母、数字、点、下划线和连字符")
    level = r.text(raw, "level", "level")
    if level not in m.LEVELS:
        r.fail("level", f"“{level}”不是 school、district 或 city")
    years = r.get(raw, "years", list, "years")
    if not years or not all(isinstance(y, int) and 2000 <= y <= 2100 for y in years):
        r.fail("years", "应是年度列表，如 [2024, 2025]")

    tables = _with_definitions(_tables(raw, origins), raw, origins)
    record_lists = _with_school(r, _record_lists(raw, origins), raw.get("school_lists", []))
    chapters = _chapters(r, raw, record_lists)
    edition = m.Edition(
        id=edition_id, title=r.text(raw, "title", "title"), level=level, years=tuple(years),
        chapters=chapters, tables=tables, record_lists=record_lists,
        derived=_derived(raw, origins), key_figures=_key_figures(raw, origins),
        checks=_checks(raw, origins), standards=_standards(raw, origins),
        aggregation=_aggregation(raw, origins),
        numbering=_numbering(r, raw.get("numbering", {})),
        cases=_case_rules(r, raw.get("cases", {})),
        front_matter=_front_matter(r, raw.get("front_matter", {})),
        styles=r.get(raw, "styles", dict, "styles", {}),
        authority=r.get(raw, "authority", str, "authority", ""),
        province=r.get(raw, "province", str, "province", ""),
        source_severity=_source_severity(r, raw.get("sources", {})),
        source=path.name, extends=raw.get("extends", ""),
        aggregates_from=regional.read_aggregate(r, raw, level),
        list_merge=regional.read_list_merge(raw, origins), compliance=regional.read_compliance(raw, origins),
    )
    _check_references(edition, origins)
    blocks = read_default_blocks(raw.get("blocks", []), origins.get("blocks", []), edition)
    blocks = regional.override_blocks(raw, origins, blocks)
    return dataclasses.replace(edition, default_blocks=blocks)


def _items(raw, origins, key):
    for index, (item, origin) in enumerate(zip(raw.get(key, []), origins.get(key, []))):
        r = _Reader(origin)
        if not isinstance(item, dict):
            r.fail(f"{key}[{index}]", "应是一个表")
        yield index, item, r


def _tables(raw, origins) -> tuple:
    tables, seen_ids = [], {}
    for index, item, r in _items(raw, origins, "tables"):
        entry = f"tables[{index}]"
        no = r.get(item, "no", int, entry)
        title = r.text(item, "title", entry)
        entry = f"表{no}（{title}）"
        columns = tuple(_column(r, c, f"{entry}.columns[{i}]")
                        for i, c in enumerate(r.get(item, "columns", list, entry)))
        rows = []
        for i, row in enumerate(r.get(item, "rows", list, entry)):
            ind = _indicator(r, row, no, f"{entry}.rows[{i}]")
            if ind.id in seen_ids:
                r.fail(f"{entry}.rows[{i}]", f"指标编号“{ind.id}”重复（已在{seen_ids[ind.id]}中使用）")
            seen_ids[ind.id] = entry
            rows.append(ind)
        groups = {k: tuple(_group(r, g, f"{entry}.{k}[{i}]") for i, g in enumerate(item.get(k, [])))
                  for k in ("partitions", "overlaps", "means")}
        sub = item.get("sub_table")
        sub_table = None
        if sub is not None:
            sub_table = m.SubTable(title=r.text(sub, "title", f"{entry}.sub_table"),
                                   instruction=r.get(sub, "instruction", str, entry, ""),
                                   record_list=r.text(sub, "record_list", f"{entry}.sub_table"))
        tables.append(m.StandardTable(no=no, title=title, columns=columns, rows=tuple(rows),
                                      sub_table=sub_table, **groups))
    return tuple(tables)


def _with_definitions(tables: tuple, raw, origins) -> tuple:
    """Each indicator's 口径 from the `definitions` lists: known ids, once each, non-empty text."""
    known = {row.id for table in tables for row in table.rows}
    texts, seen = {}, {}
    for index, item, r in _items(raw, origins, "definitions"):
        entry = f"definitions[{index}]"
        ind_id = r.text(item, "id", entry)
        if ind_id not in known:
            r.fail(entry, f"指标“{ind_id}”不在六张表中")
        if ind_id in seen:
            r.fail(entry, f"指标“{ind_id}”的口径重复（已在{seen[ind_id]}中）")
        seen[ind_id] = r.file
        texts[ind_id] = r.text(item, "text", f"{entry}（{ind_id}）").strip()
    return tuple(dataclasses.replace(t, rows=tuple(dataclasses.replace(row, definition=texts.get(row.id, ""))
                                                   for row in t.rows)) for t in tables)


def _column(r, data, entry) -> m.Column:
    column = m.Column(key=r.text(data, "key", entry), label=r.text(data, "label", entry),
                      kind=r.get(data, "kind", str, entry, ""))
    if column.kind and column.kind not in INDICATOR_KINDS:
        r.fail(entry, f"未知的数值类型“{column.kind}”")
    return column


def _indicator(r, data, table_no, entry) -> m.Indicator:
    if not isinstance(data, dict):
        r.fail(entry, "应是一个表")
    ind_id = r.text(data, "id", entry)
    entry = f"{entry}（{ind_id}）"
    kind = r.text(data, "kind", entry)
    if kind not in INDICATOR_KINDS:
        r.fail(entry, f"未知的数值类型“{kind}”，可用：{'、'.join(INDICATOR_KINDS)}")
    applicability = r.get(data, "applicability", str, entry, "fill")
    if applicability not in m.APPLICABILITY:
        r.fail(entry, f"“applicability”应为 fill、not_reported 或 gaozhi_only，而不是“{applicability}”")
    return m.Indicator(
        id=ind_id, table_no=table_no, seq=str(r.get(data, "seq", (str, int), entry)),
        name=r.text(data, "name", entry), unit=r.get(data, "unit", str, entry), kind=kind,
        parent=r.get(data, "parent", (str, type(None)), entry, None),
        parent_basis=r.get(data, "parent_basis", (str, type(None)), entry, None),
        starred=r.get(data, "starred", bool, entry, False), applicability=applicability,
        graduate_related=r.get(data, "graduate_related", bool, entry, False),
        note=r.get(data, "note", str, entry, ""))


def _group(r, data, entry) -> m.Group:
    parts = r.get(data, "parts", list, entry)
    if len(parts) < 2:
        r.fail(entry, "“parts”至少要有两项")
    return m.Group(parent=r.text(data, "parent", entry), parts=tuple(parts))


def _record_lists(raw, origins) -> tuple:
    lists, seen = [], set()
    for index, item, r in _items(raw, origins, "record_lists"):
        entry = f"record_lists[{index}]"
        list_id = r.text(item, "id", entry)
        entry = f"名单“{list_id}”"
        if list_id in seen:
            r.fail(entry, "名单编号重复")
        seen.add(list_id)
        fields, keys = [], set()
        for i, f in enumerate(r.get(item, "fields", list, entry)):
            fd = _field(r, f, f"{entry}.fields[{i}]")
            if fd.key in keys:
                r.fail(f"{entry}.fields[{i}]", f"字段“{fd.key}”重复")
            keys.add(fd.key)
            fields.append(fd)
        lists.append(m.RecordList(id=list_id, title=r.text(item, "title", entry),
                                  fields=tuple(fields), hint=r.get(item, "hint", str, entry, "")))
    return tuple(lists)


def _with_school(r, lists: tuple, school_lists) -> tuple:
    """A regional edition's lists merged row by row from the schools (`school_lists`) carry the
    school each row came from, so it is checked against that school (its period, its duplicates)."""
    if not isinstance(school_lists, list) or not all(isinstance(i, str) for i in school_lists):
        r.fail("school_lists", "应是名单编号的列表")
    unknown = set(school_lists) - {rl.id for rl in lists}
    if unknown:
        r.fail("school_lists", f"名单“{'、'.join(sorted(unknown))}”不在本模板中")
    school = m.FieldDef(key="school", label="学校", kind="text")
    return tuple(dataclasses.replace(rl, fields=(school, *rl.fields))
                 if rl.id in school_lists and all(f.key != "school" for f in rl.fields) else rl
                 for rl in lists)


def _field(r, data, entry) -> m.FieldDef:
    key = r.text(data, "key", entry)
    entry = f"{entry}（{key}）"
    kind = r.text(data, "kind", entry)
    if kind not in FIELD_KINDS:
        r.fail(entry, f"未知的字段类型“{kind}”，可用：{'、'.join(sorted(FIELD_KINDS))}")
    options = tuple(r.get(data, "options", list, entry, []))
    if kind == "choice" and not options:
        r.fail(entry, "选择类字段需要“options”")
    pattern = r.get(data, "pattern", str, entry, "")
    if pattern:
        try:
            re.compile(pattern)
        except re.error as exc:
            r.fail(entry, f"“pattern”不是有效的正则表达式：{exc}")
    required = r.get(data, "required", bool, entry, False)
    if required and r.get(data, "recommended", bool, entry, False):
        r.fail(entry, "“required”（必填）和“recommended”（建议填写）只能选一个")
    return m.FieldDef(key=key, label=r.text(data, "label", entry), kind=kind, required=required,
                      recommended=r.get(data, "recommended", bool, entry, False),
                      unit=r.get(data, "unit", str, entry, ""), options=options,
                      pattern=pattern, pattern_hint=r.get(data, "pattern_hint", str, entry, ""),
                      open=r.get(data, "open", bool, entry, False),
                      approx=r.get(data, "approx", bool, entry, False))


def _chapters(r, raw, record_lists) -> tuple:
    defaults = raw.get("defaults", {})
    d_min = r.get(defaults, "section_min_chars", int, "defaults", 0)
    d_max = r.get(defaults, "section_max_chars", int, "defaults", 0)
    d_req = r.get(defaults, "section_required", bool, "defaults", True)
    d_sev = _severity(r, defaults, "length_severity", "defaults", "warning")
    chapters, keys = [], set()
    raw_chapters = r.get(raw, "chapters", list, "chapters")
    if not raw_chapters:
        r.fail("chapters", "至少需要一章")
    for ci, ch in enumerate(raw_chapters):
        entry = f"chapters[{ci}]"
        if not isinstance(ch, dict):
            r.fail(entry, "应是一个表")
        key = r.text(ch, "key", entry)
        entry = f"第{ci + 1}章（{key}）"
        sections = []
        for si, s in enumerate(r.get(ch, "sections", list, entry, [])):
            s_entry = f"{entry}.sections[{si}]"
            if not isinstance(s, dict):
                r.fail(s_entry, "应是一个表")
            section = m.Section(
                key=r.text(s, "key", s_entry), title=r.text(s, "title", s_entry), chapter_key=key,
                required=r.get(s, "required", bool, s_entry, d_req),
                min_chars=r.get(s, "min_chars", int, s_entry, d_min),
                max_chars=r.get(s, "max_chars", int, s_entry, d_max),
                allow_subsections=r.get(s, "allow_subsections", bool, s_entry, True),
                hint=r.get(s, "hint", str, s_entry, ""),
                length_severity=_severity(r, s, "length_severity", s_entry, d_sev))
            if section.max_chars and section.min_chars > section.max_chars:
                r.fail(s_entry, "min_chars 大于 max_chars")
            sections.append(section)
        chapter = m.Chapter(key=key, title=r.text(ch, "title", entry), sections=tuple(sections),
                            required=r.get(ch, "required", bool, entry, True),
                            narrative=r.get(ch, "narrative", bool, entry, False),
                            min_chars=r.get(ch, "min_chars", int, entry, 0),
                            max_chars=r.get(ch, "max_chars", int, entry, 0),
                            hint=r.get(ch, "hint", str, entry, ""),
                            length_severity=_severity(r, ch, "length_severity", entry, d_sev))
        if not chapter.sections and not chapter.narrative:
            r.fail(entry, "既没有小节也没有正文（narrative = true）")
        for k in [key] + [s.key for s in sections]:
            if k in keys or k == "preface":
                r.fail(entry, f"编号“{k}”重复")
            keys.add(k)
        chapters.append(chapter)
    return tuple(chapters)


def _derived(raw, origins) -> dict:
    derived = {}
    for index, item, r in _items(raw, origins, "derived"):
        entry = f"derived[{index}]"
        ind_id = r.text(item, "id", entry)
        derived[ind_id] = m.Derived(id=ind_id, formula=r.formula(r.text(item, "formula", entry), entry),
                                    definition=r.text(item, "definition", entry))
    return derived


def _key_figures(raw, origins) -> tuple:
    figures = []
    for index, item, r in _items(raw, origins, "key_figures"):
        entry = f"key_figures[{index}]"
        kind = r.text(item, "kind", entry)
        if kind not in INDICATOR_KINDS:
            r.fail(entry, f"未知的数值类型“{kind}”")
        figures.append(m.KeyFigure(
            id=r.text(item, "id", entry), name=r.text(item, "name", entry),
            unit=r.get(item, "unit", str, entry, ""), kind=kind,
            formula=r.formula(r.text(item, "formula", entry), entry),
            definition=r.text(item, "definition", entry),
            graduate_related=r.get(item, "graduate_related", bool, entry, False)))
    return tuple(figures)


def _checks(raw, origins) -> tuple:
    checks = []
    for index, item, r in _items(raw, origins, "checks"):
        entry = f"checks[{index}]"
        op = r.get(item, "op", str, entry, "==")
        if op not in ("==", "<=", ">="):
            r.fail(entry, f"“op”应为 ==、<= 或 >=，而不是“{op}”")
        severity = r.get(item, "severity", str, entry, "warning")
        if severity not in m.SEVERITIES:
            r.fail(entry, f"“severity”应为 error、warning 或 info，而不是“{severity}”")
        checks.append(m.Check(
            id=r.text(item, "id", entry), left=r.formula(r.text(item, "left", entry), entry), op=op,
            right=r.formula(r.text(item, "right", entry), entry), severity=severity,
            message=r.text(item, "message", entry), place=r.get(item, "place", str, entry, "")))
    return tuple(checks)


def _standards(raw, origins) -> tuple:
    standards = []
    for index, item, r in _items(raw, origins, "standards"):
        entry = f"standards[{index}]"
        op = r.text(item, "op", entry)
        if op not in ("<=", ">="):
            r.fail(entry, f"“op”应为 <= 或 >=，而不是“{op}”")
        standards.append(m.Standard(
            id=r.text(item, "id", entry), name=r.text(item, "name", entry),
            figure=r.text(item, "figure", entry), op=op,
            threshold=float(r.get(item, "threshold", (int, float), entry)),
            unit=r.get(item, "unit", str, entry, "")))
    return tuple(standards)


def _aggregation(raw, origins) -> dict:
    rules = {}
    for index, item, r in _items(raw, origins, "aggregation"):
        entry = f"aggregation[{index}]"
        ind_id = r.text(item, "id", entry)
        method = r.text(item, "method", entry)
        if method not in ("sum", "weighted_mean"):
            r.fail(entry, f"“method”应为 sum 或 weighted_mean，而不是“{method}”")
        weight = r.get(item, "weight", str, entry, "")
        if method == "weighted_mean" and not weight:
            r.fail(entry, "加权平均需要“weight”公式")
        rules[ind_id] = m.AggregationRule(id=ind_id, method=method,
                                          weight=r.formula(weight, entry) if weight else None)
    return rules


def _numbering(r, data) -> m.Numbering:
    numbering = m.Numbering(
        chapter=r.get(data, "chapter", str, "numbering", "{n}"),
        section=r.get(data, "section", str, "numbering", "{chapter}.{n}"),
        tables=r.get(data, "tables", str, "numbering", "per_chapter"),
        figures=r.get(data, "figures", str, "numbering", "per_chapter"))
    for key in ("chapter", "section"):
        pattern = getattr(numbering, key)
        unknown = set(re.findall(r"\{[^}]*\}", pattern)) - _NUMBERING_TOKENS
        if unknown:
            r.fail(f"numbering.{key}", f"未知的占位符 {'、'.join(sorted(unknown))}，可用 {{n}}、{{cn}}、{{chapter}}")
    for key in ("tables", "figures"):
        if getattr(numbering, key) not in ("per_chapter", "flat"):
            r.fail(f"numbering.{key}", "应为 per_chapter 或 flat")
    return numbering


def _case_rules(r, data) -> m.CaseRules:
    rules = m.CaseRules(numbering=r.get(data, "numbering", str, "cases", "per_chapter"),
                        max_chars=r.get(data, "max_chars", int, "cases", 1000),
                        min_chars=r.get(data, "min_chars", int, "cases", 0),
                        label=r.get(data, "label", str, "cases", "案例"),
                        max_severity=_severity(r, data, "max_severity", "cases", "error"),
                        min_severity=_severity(r, data, "min_severity", "cases", "warning"))
    if rules.numbering not in ("per_chapter", "global"):
        r.fail("cases.numbering", "应为 per_chapter 或 global")
    return rules


def _severity(r, data, key, entry, default) -> str:
    severity = r.get(data, key, str, entry, default)
    if severity not in m.SEVERITIES:
        r.fail(entry, f"“{key}”应为 error、warning 或 info，而不是“{severity}”")
    return severity


def _source_severity(r, data) -> str:
    """[sources] typed_tables: how strongly a typed table without a source note is pointed out."""
    if not data:
        return ""
    return _severity(r, data, "typed_tables", "sources", "info")


def _front_matter(r, data) -> m.FrontMatter:
    e = "front_matter"
    fm = m.FrontMatter(
        cover_title=r.get(data, "cover_title", str, e, m.FrontMatter.cover_title),
        declaration=r.get(data, "declaration", bool, e, True),
        declaration_text=r.get(data, "declaration_text", str, e, ""),
        publication=r.get(data, "publication", bool, e, True),
        preface=r.get(data, "preface", bool, e, True),
        preface_min_chars=r.get(data, "preface_min_chars", int, e, 0),
        preface_max_chars=r.get(data, "preface_max_chars", int, e, 0),
        preface_length_severity=_severity(r, data, "preface_length_severity", e, "warning"),
        back_cover=r.get(data, "back_cover", bool, e, True))
    if fm.declaration and not fm.declaration_text:
        r.fail(e, "启用了内容真实性责任声明（declaration = true）但没有 declaration_text")
    return fm


def _check_references(edition: m.Edition, origins: dict):
    """Every id a formula, group or parent names must exist; derived values must not loop."""
    file = edition.source
    ids = {row.id for row in edition.indicators()}
    figure_ids = {kf.id for kf in edition.key_figures}
    lists = {rl.id: {f.key for f in rl.fields} for rl in edition.record_lists}

    for table in edition.tables:
        for row in table.rows:
            if row.parent and row.parent not in ids:
                raise EditionError(file, f"表{table.no} 指标 {row.id}", f"上级指标“{row.parent}”不存在")
        for kind in ("partitions", "overlaps", "means"):
            for group in getattr(table, kind):
                for ref in (group.parent, *group.parts):
                    if ref not in ids:
                        raise EditionError(file, f"表{table.no}.{kind}", f"指标“{ref}”不存在")
        if table.sub_table and table.sub_table.record_list not in lists:
            raise EditionError(file, f"表{table.no}.sub_table", f"名单“{table.sub_table.record_list}”不存在")

    def check_formula(formula: Formula, entry: str):
        refs = formula.references()
        for ref in refs.indicators:
            if ref not in ids and ref not in figure_ids:
                raise EditionError(file, entry, f"公式“{formula.source}”引用的指标“{ref}”不存在")
        for list_id in refs.lists:
            if list_id not in lists:
                raise EditionError(file, entry, f"公式“{formula.source}”引用的名单“{list_id}”不存在")
        for list_id, key in refs.fields:
            if key not in lists.get(list_id, set()):
                raise EditionError(file, entry, f"公式“{formula.source}”引用的字段“{list_id}.{key}”不存在")

    for ind_id, derived in edition.derived.items():
        if ind_id not in ids:
            raise EditionError(file, f"derived（{ind_id}）", "计算指标不在六张表中")
        check_formula(derived.formula, f"derived（{ind_id}）")
    for kf in edition.key_figures:
        check_formula(kf.formula, f"key_figures（{kf.id}）")
    for check in edition.checks:
        check_formula(check.left, f"checks（{check.id}）")
        check_formula(check.right, f"checks（{check.id}）")
    for ind_id, rule in edition.aggregation.items():
        if ind_id not in ids:
            raise EditionError(file, f"aggregation（{ind_id}）", "指标不在六张表中")
        if rule.weight is not None:
            check_formula(rule.weight, f"aggregation（{ind_id}）")
    for std in edition.standards:
        if std.figure not in figure_ids:
            try:
                check_formula(Formula.parse(std.figure), f"standards（{std.id}）")
            except FormulaError as exc:
                raise EditionError(file, f"standards（{std.id}）", str(exc)) from None
    _check_cycles(edition, file)


def _check_cycles(edition: m.Edition, file: str):
    graph = {i: set(d.formula.references().indicators) for i, d in edition.derived.items()}
    graph.update({kf.id: set(kf.formula.references().indicators) for kf in edition.key_figures})
    state = {}

    def visit(node, trail):
        if state.get(node) == "done":
            return
        if state.get(node) == "active":
            raise EditionError(file, "derived", f"计算公式循环引用：{' → '.join(trail + [node])}")
        state[node] = "active"
        for nxt in graph.get(node, ()):
            visit(nxt, trail + [node])
        state[node] = "done"

    for node in graph:
        visit(node, [])


# -- the catalogue -----------------------------------------------------------------------------

_cache: dict[str, m.Edition] = {}


def edition_paths(folder: Path | None = None) -> list[Path]:
    """The bundled editions (or those of `folder`), then any the user added to their own folder."""
    return [p for f in regional.edition_folders(folder) for p in sorted(f.glob("*.toml"))]


def list_editions(folder: Path | None = None) -> list[m.Edition]:
    return [get_edition(p.stem, folder) for p in edition_paths(folder)]


def get_edition(edition_id: str, folder: Path | None = None) -> m.Edition:
    """The edition with this id (its file is <id>.toml in the templates folder); cached."""
    cache_key = f"{folder}:{edition_id}"
    if cache_key in _cache:
        return _cache[cache_key]
    if cache_key not in _cache:
        path = regional.find_edition_file(edition_id, regional.edition_folders(folder))
        if path is None:
            known = "、".join(p.stem for p in edition_paths(folder)) or "（无）"
            raise NotFoundError(f"找不到模板“{edition_id}”。可用的模板：{known}。")
        edition = load_edition(path)
        if edition.id != edition_id:
            raise EditionError(path.name, "id", f"文件名与模板编号“{edition.id}”不一致")
        _cache[cache_key] = edition
    return _cache[cache_key]
