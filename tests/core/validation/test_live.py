"""Live validation: after each edit only the rules that read what changed run again, and the
findings are exactly those of a fresh full validation of the file (a new snapshot, every rule).

Each edit is one thing a user does in the app (a cell, a list row, the profile, a text, the
outline, a case, a table, the preface, the master lists); the sequences apply them in many orders
so that each rule's cached findings are checked after edits of every other kind."""

import random

import pytest

from vqdesk.core.profile import PROFILE_FIELDS
from vqdesk.core.session import Session
from vqdesk.core.validation import UNITS, validate
from vqdesk.core.validation.deps import changes_of, touched
from vqdesk.core.validation.live import LiveValidation, patch

YEAR = 2025


def _text_block(doc, needle=""):
    return next(b for _, b in doc.blocks() if b.kind == "text" and needle in b.text)


def _node(doc, title):
    return next(n for n in doc.nodes() if n.title == title)


def _row_id(session, list_id, position=0):
    return session.records(YEAR, list_id)[position].id


# -- one edit each: (name, edit(session) -> (kind, key)) ------------------------------------------
def e_graduates_jump(s):
    s.set_value(YEAR, "1.1", 9999)
    return "value", "1.1"


def e_students_small(s):
    s.set_value(YEAR, "6.1", 12)
    return "value", "6.1"


def e_clear_teachers(s):
    s.set_value(YEAR, "6.4c", None)
    return "value", "6.4c"


def e_reported_ratio(s):
    s.set_value(YEAR, "3.1", "99:1", source="import")
    return "value", "3.1"


def e_share_reported(s):
    s.set_value(YEAR, "3.2", 12.5, source="import")
    return "value", "3.2"


def e_respondents(s):
    s.set_value(YEAR, "2.1a", 999999, column="respondents")
    return "value", "2.1a"


def e_duplicate_major(s):
    first = s.records(YEAR, "majors")[0].data
    s.add_record(YEAR, "majors", dict(first))
    return "record", "majors"


def e_enrolment_field(s):
    s.update_record(_row_id(s, "enrolment", 2), "male", 5000)
    return "record", "enrolment"


def e_remove_teacher_row(s):
    s.remove_record(_row_id(s, "teacher_structure"))
    return "record", "teacher_structure"


def e_move_partner(s):
    s.move_record(_row_id(s, "partners"), 3)
    return "record", "partners"


def e_award_date_outside(s):
    s.update_record(_row_id(s, "student_awards"), "date", "2019-05-01")
    return "record", "student_awards"


def e_clear_school_name(s):
    key = next(f.key for f in PROFILE_FIELDS if f.required)
    s.set_profile(YEAR, key, "")
    return "profile", key


def e_claim_in_text(s):
    block = _text_block(s.document(YEAR))
    s.set_block_text(block.id, block.text + "学校全日制学历教育在校生1700余人，专任教师12人。")
    return "text", ""


def e_token_in_text(s):
    block = _text_block(s.document(YEAR), "")
    s.set_block_text(block.id, "毕业生{{[1.1]}}人，{{[9.99]}}项。" + block.text)
    return "text", ""


def e_long_case(s):
    node = _node(s.document(YEAR), "概况")
    s.add_block(node.id, {"kind": "case", "title": "一个很长的案例", "blocks": [{"kind": "text", "text": "实训" * 900}]})
    return "case", ""


def e_rename_heading(s):
    node = _node(s.document(YEAR), "专业设置")
    s.rename_node(node.id, "专业设置与调整")
    return "outline", f"node:{node.id}"


def e_add_heading(s):
    s.add_node(YEAR, None, "学校自设的一章")
    return "outline", ""


def e_remove_table(s):
    block = next(b for _, b in s.document(YEAR).blocks() if b.kind == "table")
    s.remove_block(block.id)
    return "block", ""


def e_free_table_with_total(s):
    node = _node(s.document(YEAR), "学生结构")
    s.add_block(node.id, {"kind": "table", "caption": "2025年度社会培训项目", "columns": ["项目", "日期", "人次"],
                          "column_kinds": ["text", "text", "number"],
                          "rows": [["电工", "2024年11月", 132], ["焊工", "2025年5月", 158], ["合计", "", 300]]})
    return "block", f"node:{node.id}"


def e_rates_in_text_and_table(s):
    node = _node(s.document(YEAR), "学生结构")
    s.add_block(node.id, {"kind": "text", "text": "双师型教师占比达到50%，2025年升学率为80.93%。"})
    s.add_block(node.id, {"kind": "table", "caption": "近两年升学情况", "columns": ["年份", "报考人数", "录取人数", "升学率（%）"],
                          "column_kinds": ["text", "number", "number", "number"],
                          "rows": [["2024年", 236, 191, 80.93], ["2025年", 174, 155, 89]]})
    return "block", f"node:{node.id}"


def e_preface(s):
    s.set_settings(YEAR, {"preface": {"title": "前言", "text": "在校生{{[6.1]}}人。"}})
    return "settings", ""


def e_master_alias(s):
    s.add_record(YEAR, "internships", {"organisation": "示例新材料公司", "positions": 5})
    s.add_master("organisation", "示例新材料有限公司", aliases=["示例新材料公司"])
    return "record", "internships"


EDITS = [e_graduates_jump, e_students_small, e_clear_teachers, e_reported_ratio, e_share_reported,
         e_respondents, e_duplicate_major, e_enrolment_field, e_remove_teacher_row, e_move_partner,
         e_award_date_outside, e_clear_school_name, e_claim_in_text, e_token_in_text, e_long_case, e_rename_heading,
         e_add_heading, e_remove_table, e_free_table_with_total, e_rates_in_text_and_table, e_preface, e_master_alias]

#: Edits after which the sample has the same findings as before.
NEUTRAL = (e_move_partner, e_rename_heading, e_add_heading, e_remove_table)


@pytest.fixture
def session(sample_copy):
    with Session.open(sample_copy) as s:
        yield s


def _apply(live, session, edit):
    kind, key = edit(session)
    changes = changes_of(kind, key)
    if changes is None:
        live.data = session.snapshot(YEAR)
    else:
        patch(live.data, session, changes)
    return live.update(changes)


@pytest.mark.parametrize("edit", EDITS, ids=lambda e: e.__name__[2:])
def test_one_edit_gives_the_findings_of_a_full_run(session, edit):
    live = LiveValidation(session.snapshot(YEAR))
    before = list(live.findings)
    after = _apply(live, session, edit)
    assert after == validate(session.snapshot(YEAR))
    assert (after != before) == (edit not in NEUTRAL)


@pytest.mark.parametrize("seed", range(6))
def test_many_edits_in_any_order_give_the_findings_of_a_full_run(session, seed):
    live = LiveValidation(session.snapshot(YEAR))
    order = EDITS[:]
    random.Random(seed).shuffle(order)
    for edit in order:
        assert _apply(live, session, edit) == validate(session.snapshot(YEAR)), edit.__name__


def test_a_cell_edit_reruns_only_the_rules_that_read_cells(sample_path):
    with Session.open(sample_path, readonly=True) as s:
        edition = s.snapshot(YEAR).edition
    reads = touched(changes_of("value", "1.1"), edition, document_has_tokens=False)
    rerun = {name.split(".")[0] for name, _, needs in UNITS if needs & reads}
    assert rerun == {"completeness", "kinds", "hierarchy", "derived", "consistency", "text", "statements", "blocks",
                     "rates", "shares", "distributions", "duplicates", "per_student",
                     "standards", "cross_refs", "scope_excluded", "listed_columns", "rate_rises"}
    assert "records.dates" not in {name for name, _, needs in UNITS if needs & reads}


# -- the map is complete: what each rule reads is declared -----------------------------------------
class _Logged(dict):
    """A dict that notes which keys were read (all of them when iterated)."""

    def __init__(self, data, log, name):
        super().__init__(data)
        self._log, self._name = log, name

    def _note(self, key="*"):
        self._log.add(f"{self._name}:{key}" if self._name == "records" else self._name)

    def __getitem__(self, key):
        self._note(key)
        return super().__getitem__(key)

    def get(self, key, default=None):
        self._note(key)
        return super().get(key, default)

    def __contains__(self, key):
        self._note(key)
        return super().__contains__(key)

    def __iter__(self):
        self._note()
        return super().__iter__()

    def items(self):
        self._note()
        return super().items()

    def values(self):
        self._note()
        return super().values()


class _Traced:
    """The year's data, noting what a rule reads: cells, each list, the profile, the document,
    the photos, the master lists."""

    def __init__(self, data, log):
        self._data, self._log = data, log
        self.values = _Logged(data.values, log, "values")
        self.records = _Logged(data.records, log, "records")
        self.profile = _Logged(data.profile, log, "profile")

    def __getattr__(self, name):
        if name in ("document", "photos", "masters"):
            self._log.add(name)
        if name == "settings":
            self._log.add("document")
        attr = getattr(type(self._data), name, None)
        if callable(attr) or isinstance(attr, property):   # value(), rows(), photo(), year
            return (attr.__get__(self) if callable(attr) else attr.fget(self))
        return getattr(self._data, name)


def _covered(read: str, declared: frozenset, edition) -> bool:
    from vqdesk.core.validation.deps import formula_lists
    if read == "values":
        return bool(declared & {"values", "figures", "tokens"})
    if read.startswith("records:"):
        listed = read.split(":", 1)[1]
        return bool(declared & {"records", "tokens"}) or ("figures" in declared and listed in formula_lists(edition))
    if read == "profile":
        return bool(declared & {"profile", "tokens"})
    return read in declared


def test_every_rule_declares_what_it_reads(sample_path):
    from vqdesk.core.validation.context import Context
    with Session.open(sample_path, readonly=True) as s:
        data = s.snapshot(YEAR)
    undeclared = {}
    for name, rule, declared in UNITS:
        log = set()
        traced = _Traced(data, log)
        ctx = Context(traced)
        log.clear()
        list(rule(ctx))
        missing = {r for r in log if not _covered(r, declared, data.edition)}
        if missing:
            undeclared[name] = sorted(missing)
    assert undeclared == {}


def test_a_list_edit_touches_the_figures_computed_from_that_list_only(sample_path):
    with Session.open(sample_path, readonly=True) as s:
        edition = s.snapshot(YEAR).edition
    # 双师素质专任教师比例 sums 教师结构; nothing is computed from 学生获奖
    assert "figures" in touched(changes_of("record", "teacher_structure"), edition, False)
    assert touched(changes_of("record", "student_awards"), edition, False) == {"records", "masters"}
    assert touched(changes_of("profile", "name"), edition, True) == {"profile", "tokens"}
    assert touched(changes_of("profile", "name"), edition, False) == {"profile"}


def test_a_list_edit_makes_again_only_the_views_of_that_lists_tables(session):
    """The tables showing one record list keep their views across edits of other lists, cells and
    the profile; an edit of the list itself makes its tables' views again, with the new row."""
    live = LiveValidation(session.snapshot(YEAR))
    tables = {b.data["source"]["list"]: b for _, b in live.data.document.blocks()
              if b.kind == "table" and (b.data.get("source") or {}).get("type") == "list"}
    majors, enrolment = tables["majors"], tables["enrolment"]
    kept = live._list_views[id(enrolment)][1]
    before = live._list_views[id(majors)][1]
    session.add_record(YEAR, "majors", {"code": "710205", "name": "大数据技术应用", "duration": "三年制"})
    changes = changes_of("record", "majors")
    patch(live.data, session, changes)
    assert live.update(changes) == validate(session.snapshot(YEAR))
    assert live._list_views[id(enrolment)][1] is kept
    after = live._list_views[id(majors)][1]
    assert after is not before and len(after.rows) == len(before.rows) + 1
    assert any("大数据技术应用" in row for row in after.rows)
