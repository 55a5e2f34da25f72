"""Hostile workbooks: import never crashes, never imports half, and always says what is wrong where.

The property tests start from a real export of a filled report and damage it; the explicit tests
below cover what is too big or too broken to generate many times (10 000 rows, zip bombs …).
"""

import io
import re
import shutil
import zipfile
from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from vqdesk.core.errors import VqdeskError
from vqdesk.core.excel import ImportProblem, export_workbook, import_workbook
from vqdesk.core.excel.cells import MAX_MAGNITUDE
from vqdesk.core.excel.importer import QUOTE_MAX_CHARS
from vqdesk.core.excel.layout import META_SHEET
from vqdesk.core.session import Session

from .conftest import YEAR, filled_session

# `fresh` hands each example its own report file, so function-scoped fixtures are safe here.
HOSTILE = settings(deadline=None, max_examples=20, derandomize=True,
                   suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                          HealthCheck.function_scoped_fixture])
CJK = re.compile(r"[\u4e00-\u9fff]")
COORDINATE = re.compile(r"^[A-Z]{1,3}[1-9]\d*$")
TEACHERS = "教师结构"


# -- the workbook and report every example starts from ------------------------------------------
class Origin(tuple):
    """(report file, exported workbook bytes, [(sheet, cell, indicator)] of plain number cells)."""

    def __repr__(self):                  # hypothesis prints its arguments; the bytes are noise
        return "<filled report and its export>"


@pytest.fixture(scope="module")
def origin(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    with filled_session(folder / "filled.vqd") as session:
        data = session.snapshot(YEAR)
        book = export_workbook(data, folder / "export.xlsx")
        session.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    edition = data.edition
    index = load_workbook(book)[META_SHEET]
    targets = []
    for sheet, row, indicator_id in index.iter_rows(min_row=5, values_only=True):
        ind = edition.indicator(indicator_id)
        if ind.applicable and ind.kind != "text" and not edition.is_derived(indicator_id):
            targets.append((sheet, f"D{row}", indicator_id))
    return Origin((folder / "filled.vqd", book.read_bytes(), targets))


@pytest.fixture
def fresh(origin, tmp_path_factory):
    """A function making a private copy of the filled report for one example."""
    def copy():
        target = tmp_path_factory.mktemp("example") / "report.vqd"
        shutil.copy(origin[0], target)
        return Session.open(target)
    return copy


def dump(session) -> str:
    """Every row of every table, history included: "unchanged" means unchanged."""
    return "\n".join(session.db.conn.iterdump())


def assert_well_reported(report, sheetnames):
    for p in report.problems:
        assert CJK.search(p.message), p
        assert p.sheet in ("", *sheetnames), p
        assert p.cell == "" or (p.sheet and COORDINATE.match(p.cell)), p
        assert all(len(quoted) <= QUOTE_MAX_CHARS + 1 for quoted in re.findall("“([^”]*)”", p.message)), p
    if report.errors and not report.applied:
        assert report.summary().startswith(f"发现 {len(report.errors)} 个错误，未导入任何数据。")


def import_checked(session, path, sheetnames, partial=False):
    """Import and check what must hold for every workbook whatever it holds."""
    before = dump(session)
    report = import_workbook(session, YEAR, path, partial=partial)
    assert_well_reported(report, sheetnames)
    if report.errors and not partial:
        assert (report.applied, report.values_imported, report.rows_imported) == (False, 0, {})
        assert dump(session) == before
    else:
        assert report.applied
    return report


# -- hostile cell values --------------------------------------------------------------------------
def _spelled(n: int):
    """n as people type it into a cell."""
    return st.sampled_from([n, float(n), str(n), f" {n} ", f"{n:,}",
                            str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９"))])


GOOD_NUMBERS = st.integers(0, 100).flatmap(lambda n: st.tuples(st.just(float(n)), _spelled(n)))
WORDS = st.text(alphabet="很多约左右若干abcxyz壹贰", min_size=1, max_size=8)
BAD_FOR_NUMBERS = st.one_of(
    st.sampled_from(["=1/0", "=SUM(A1:A3)", "=NOW()", "=A1*2", "#DIV/0!", "#N/A", "#VALUE!", "#REF!", "#NAME?",
                     True, False, time(8, 30), "1.2.3", "12元5", "∞", "NaN", "1e999"]),
    st.datetimes(min_value=datetime(1900, 3, 1), max_value=datetime(2100, 1, 1)),
    st.dates(min_value=date(1900, 3, 1)),
    st.integers(max_value=-1),
    st.floats(min_value=MAX_MAGNITUDE, max_value=1e300),
    st.integers(min_value=int(MAX_MAGNITUDE), max_value=10**40).map(str),
    WORDS,
    st.text(min_size=41, max_size=3000).filter(lambda t: len(t.strip()) > 40 and not ILLEGAL_CHARACTERS_RE.search(t)),
)


@st.composite
def cell_edits(draw, targets):
    """{(sheet, cell): (expected stored number or None when an error is due, value written)}."""
    edits = {}
    for sheet, cell, _ in draw(st.lists(st.sampled_from(targets), min_size=1, max_size=6, unique=True)):
        if draw(st.booleans()):
            edits[(sheet, cell)] = draw(GOOD_NUMBERS)
        else:
            edits[(sheet, cell)] = (None, draw(BAD_FOR_NUMBERS))
    for row, column in draw(st.lists(st.tuples(st.sampled_from([3, 4]), st.sampled_from("CDEF")),
                                     max_size=3, unique=True)):
        good = draw(st.booleans())
        edits[(TEACHERS, f"{column}{row}")] = draw(GOOD_NUMBERS) if good else (None, draw(BAD_FOR_NUMBERS))
    return edits


def write_edits(book: bytes, edits: dict, path):
    wb = load_workbook(io.BytesIO(book))
    for (sheet, cell), (_, value) in edits.items():
        wb[sheet][cell].value = value
    wb.save(path)
    return path, wb.sheetnames


@given(data=st.data(), partial=st.booleans())
@HOSTILE
def test_each_bad_cell_is_named_and_good_ones_are_read(origin, fresh, tmp_path_factory, data, partial):
    _, book, targets = origin
    edits = data.draw(cell_edits(targets))
    path, sheetnames = write_edits(book, edits, tmp_path_factory.mktemp("book") / "hostile.xlsx")
    with fresh() as session:
        before = session.values(YEAR)
        report = import_checked(session, path, sheetnames, partial)
        flagged = {(p.sheet, p.cell) for p in report.errors}
        expected_bad = {place for place, (number, _) in edits.items() if number is None}
        assert flagged == expected_bad
        if not report.applied:
            return
        by_cell = {(sheet, cell): ind for sheet, cell, ind in targets}
        for place, (number, _) in edits.items():
            if place in by_cell:
                stored = session.values(YEAR).get((by_cell[place], "value"))
                wanted = before[(by_cell[place], "value")] if number is None else number
                assert (stored.number if stored else None) == getattr(wanted, "number", wanted), place


# -- hostile structure ----------------------------------------------------------------------------
ANY_VALUE = st.one_of(st.none(), st.integers(-10**6, 10**6), st.floats(allow_nan=False, allow_infinity=False),
                      st.text(max_size=30).filter(lambda t: not ILLEGAL_CHARACTERS_RE.search(t)),
                      st.sampled_from(["=1/0", "#N/A", "指标", "单位", "2025年", "序号", "毕业生人数", "教师类别"]),
                      st.datetimes(min_value=datetime(1900, 3, 1)), st.booleans(),
                      st.just(timedelta(hours=30)))


@st.composite
def damage(draw, sheetnames):
    """A list of (operation, arguments) applied to the workbook in order."""
    sheets = st.sampled_from(sheetnames)
    ops = st.one_of(
        st.tuples(st.just("set"), sheets, st.integers(1, 60), st.integers(1, 12), ANY_VALUE),
        st.tuples(st.just("merge"), sheets, st.integers(1, 40), st.integers(1, 8), st.integers(0, 5), st.integers(0, 3)),
        st.tuples(st.just("unmerge_all"), sheets),
        st.tuples(st.just("insert_rows"), sheets, st.integers(1, 30), st.integers(1, 5)),
        st.tuples(st.just("delete_rows"), sheets, st.integers(1, 30), st.integers(1, 5)),
        st.tuples(st.just("delete_cols"), sheets, st.integers(1, 6)),
        st.tuples(st.just("remove_sheet"), sheets),
        st.tuples(st.just("rename_sheet"), sheets, st.text(alphabet="表1234其他Sheet ", min_size=1, max_size=12)),
        st.tuples(st.just("add_sheet"), st.text(alphabet="表1234未知数据 ", min_size=1, max_size=12),
                  st.lists(st.lists(ANY_VALUE, max_size=6), max_size=6)),
    )
    return draw(st.lists(ops, min_size=1, max_size=8))


def _unmerge_all(ws):
    for rng in list(ws.merged_cells.ranges):
        ws.unmerge_cells(rng.coord)


def apply_damage(wb, operations):
    for op, *args in operations:
        if op == "add_sheet":
            ws = wb.create_sheet()
            ws.title = args[0].strip() or "Sheet"
            for row in args[1]:
                ws.append(row)
            continue
        if args[0] not in wb.sheetnames:
            continue
        ws = wb[args[0]]
        if op == "set":
            row, column, value = args[1:]
            if (row, column) in ws._cells and type(ws.cell(row, column)).__name__ == "MergedCell":
                continue
            ws.cell(row=row, column=column).value = value
        elif op == "merge":
            row, column, rows, columns = args[1:]
            area = (row, column, row + rows, column + columns)
            if not any(r.min_row <= area[2] and area[0] <= r.max_row and r.min_col <= area[3]
                       and area[1] <= r.max_col for r in ws.merged_cells.ranges):
                ws.merge_cells(start_row=row, start_column=column, end_row=area[2], end_column=area[3])
        elif op == "unmerge_all":
            _unmerge_all(ws)
        elif op in ("insert_rows", "delete_rows", "delete_cols"):
            # openpyxl moves cells but not merged ranges, and then fails inside unmerge_cells
            # (KeyError) on a later step; a spreadsheet program would move the merges, we drop them.
            _unmerge_all(ws)
            getattr(ws, op)(*args[1:])
        elif op == "remove_sheet" and len(wb.sheetnames) > 1:
            wb.remove(ws)
        elif op == "rename_sheet" and args[1].strip() not in wb.sheetnames:
            ws.title = args[1].strip() or ws.title


@given(data=st.data())
@HOSTILE
def test_damaged_workbook_never_crashes_and_never_imports_half(origin, fresh, tmp_path_factory, data):
    _, book, _ = origin
    wb = load_workbook(io.BytesIO(book))
    apply_damage(wb, data.draw(damage(wb.sheetnames)))
    path = tmp_path_factory.mktemp("book") / "damaged.xlsx"
    wb.save(path)
    with fresh() as session:
        import_checked(session, path, wb.sheetnames)


@given(rows=st.lists(st.lists(ANY_VALUE, max_size=7), max_size=12),
       title=st.sampled_from(["表1 人才培养质量计分卡", "表3", "教师结构", "专业设置", "Sheet1", "表6 落实政策表"]),
       header=st.lists(st.sampled_from(["序号", "指标", "单位", "2025年", "2024年", "教师类别", "专任教师数", "专业名称",
                                        "专业代码", "备注", "数值", None]), max_size=6))
@HOSTILE
def test_hand_typed_sheet_of_anything(fresh, tmp_path_factory, rows, title, header):
    wb = Workbook()
    ws = wb.active
    ws.title = title
    ws.append(header)
    for row in rows:
        ws.append(row)
    path = tmp_path_factory.mktemp("book") / "typed.xlsx"
    wb.save(path)
    with fresh() as session:
        import_checked(session, path, wb.sheetnames)


# -- big sheets -----------------------------------------------------------------------------------
def teachers_sheet(rows: int, columns: int = 5) -> Workbook:
    wb = Workbook()
    ws = wb.active
    ws.title = TEACHERS
    ws.append(["教师类别", "专任教师数", "双师素质", "高级职称", "研究生学历"] + [f"备用{c}" for c in range(5, columns)])
    for n in range(rows):
        ws.append(["专业课", 10 + n % 50, n % 7, n % 5, n % 3] + ["x"] * (columns - 5))
    return wb


def test_list_of_10000_rows_is_imported_whole(blank, tmp_path):
    path = tmp_path / "big.xlsx"
    teachers_sheet(10_000).save(path)
    report = import_workbook(blank, YEAR, path)
    assert (report.applied, report.errors, report.rows_imported) == (True, [], {"teacher_structure": 10_000})
    assert blank.records(YEAR, "teacher_structure")[-1].data == {
        "category": "专业课", "count": 10 + 9999 % 50, "dual_qualified": 9999 % 7, "senior_title": 9999 % 5,
        "postgraduate": 9999 % 3}


def test_list_of_10000_rows_with_one_bad_cell_imports_nothing(filled, tmp_path):
    wb = teachers_sheet(10_000)
    wb[TEACHERS]["C9001"] = "#DIV/0!"
    wb.save(tmp_path / "big.xlsx")
    before = dump(filled)
    report = import_workbook(filled, YEAR, tmp_path / "big.xlsx")
    assert report.errors == [ImportProblem(TEACHERS, "C9001", "名单“教师结构”·双师素质：单元格是错误值 #DIV/0!")]
    assert (report.applied, dump(filled)) == (False, before)


def test_table_sheet_with_10000_rows_of_junk(blank, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.title = "表1 人才培养质量计分卡"
    ws.append(["序号", "指标", "单位", "2025年"])
    ws.append([1, "毕业生人数", "人", 300])
    for n in range(10_000):
        ws.append([None, f"其他事项{n}", "项", n])
    wb.save(tmp_path / "junk.xlsx")
    report = import_workbook(blank, YEAR, tmp_path / "junk.xlsx")
    assert report.errors == [] and report.applied
    assert blank.value(YEAR, "1.1").number == 300
    unknown = [p for p in report.problems if "无法识别的指标" in p.message]
    assert len(unknown) == 10_000 and unknown[0].where == "表1 人才培养质量计分卡!B3"


def test_300_columns_and_a_stray_cell_in_the_last_row(blank, tmp_path):
    wb = teachers_sheet(20, columns=300)
    wb[TEACHERS]["XFD1048576"] = "stray"
    table = wb.create_sheet("表1 人才培养质量计分卡")
    table.append(["序号", "指标", "单位"] + [f"备注{c}" for c in range(296)] + ["2025年"])
    table.append([1, "毕业生人数", "人"] + [None] * 296 + [300])
    wb.save(tmp_path / "wide.xlsx")
    report = import_workbook(blank, YEAR, tmp_path / "wide.xlsx")
    assert report.errors == [ImportProblem("表1 人才培养质量计分卡", "B1",
                                           "表1 人才培养质量计分卡：表头中没有“2025年”列（表头中的年份：无）")]
    assert report.rows_imported == {}


# -- cells that look like values but are not --------------------------------------------------------
def patch_part(path, part: str, edit):
    """Rewrite one XML part of an .xlsx (what openpyxl cannot write: cached formula results …)."""
    with zipfile.ZipFile(path) as source:
        parts = {info.filename: source.read(info) for info in source.infolist()}
    parts[part] = edit(parts[part])
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, content in parts.items():
            target.writestr(name, content)
    return path


def table1_workbook(path, value):
    wb = Workbook()
    ws = wb.active
    ws.title = "表1 人才培养质量计分卡"
    ws.append(["序号", "指标", "单位", "2025年"])
    ws.append([1, "毕业生人数", "人", value])
    wb.save(path)
    return path


def test_formula_with_a_cached_result_imports_the_result(blank, tmp_path):
    path = table1_workbook(tmp_path / "f.xlsx", "=100+20")
    patch_part(path, "xl/worksheets/sheet1.xml",
               lambda xml: re.sub(rb'<c r="D2"[^>]*><f>100\+20</f><v\s*/?>(</v>)?</c>',
                                  b'<c r="D2"><f>100+20</f><v>120</v></c>', xml))
    report = import_workbook(blank, YEAR, path)
    assert (report.errors, blank.value(YEAR, "1.1").number) == ([], 120)


@pytest.mark.parametrize("value, message", [
    (timedelta(hours=30), "表1 毕业生人数（人）：“1 day, 6:00:00”不是数值"),
    (10**15, "表1 毕业生人数（人）：数值 1e+15 过大，请检查是否多输了数字或填错了单位"),
    ("9" * 400, "表1 毕业生人数：“999999999999…”是一段文字（400 个字符），这里应填写数值"),
    ("很多" * 5000, "表1 毕业生人数：“很多很多很多很多很多很多…”是一段文字（10000 个字符），这里应填写数值"),
], ids=["duration", "huge", "digits-pasted", "text-pasted"])
def test_odd_number_cells_are_named(blank, tmp_path, value, message):
    report = import_workbook(blank, YEAR, table1_workbook(tmp_path / "t.xlsx", value))
    assert report.errors == [ImportProblem("表1 人才培养质量计分卡", "D2", message)]


def test_merged_range_over_values_is_named(blank, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.title = "表1 人才培养质量计分卡"
    ws.append(["序号", "指标", "单位", "2025年"])
    ws.append([1, "毕业生人数", "人", 300])
    ws.append([2, "毕业去向落实人数", "人", None])
    ws.merge_cells("D2:D3")
    wb.save(tmp_path / "merged.xlsx")
    report = import_workbook(blank, YEAR, tmp_path / "merged.xlsx")
    assert report.errors == [ImportProblem("表1 人才培养质量计分卡", "D3", "表1 毕业去向落实人数：单元格在合并区域 D2:D3 内，"
                                           "内容只写在 D2 中；请取消合并，在每个单元格中分别填写")]


def test_workbook_without_anything_to_import(blank, tmp_path):
    wb = Workbook()
    wb.active.title = "我的草稿"
    wb.active["A1"] = "随便写点什么"
    wb.save(tmp_path / "draft.xlsx")
    report = import_workbook(blank, YEAR, tmp_path / "draft.xlsx")
    assert not report.applied
    assert ImportProblem("", "", "工作簿中没有可导入的指标表或名单（工作表：我的草稿）。请选择由本程序导出的工作簿，"
                                 "或按导出的格式填写") in report.errors


# -- files that are not (quite) workbooks ------------------------------------------------------------
@pytest.fixture
def exported(filled, tmp_path):
    return export_workbook(filled.snapshot(YEAR), tmp_path / "导出.xlsx")


def _truncated(path):
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _ole(path):
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(range(256)) * 40)


def _garbage(path):
    path.write_bytes(bytes(range(256)) * 40)


def _other_zip(path):
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("readme.txt", "hello")


def _broken_xml(path):
    patch_part(path, "xl/worksheets/sheet2.xml", lambda xml: xml[: len(xml) // 2])


def _zip_bomb(path):
    patch_part(path, "xl/worksheets/sheet2.xml", lambda xml: xml.replace(b"</worksheet>", b" " * (60 << 20)
                                                                         + b"</worksheet>"))


def _whole_sheet_merged(path):
    patch_part(path, "xl/worksheets/sheet2.xml",
               lambda xml: re.sub(rb'<mergeCell ref="A1:D1"\s*/>', b'<mergeCell ref="A1:XFD1048576"/>', xml))


@pytest.mark.parametrize("spoil, message", [
    (_truncated, "无法读取“导出.xlsx”：不是有效的 Excel 工作簿（.xlsx），或文件不完整（可能只复制了一部分）。"),
    (_garbage, "无法读取“导出.xlsx”：不是有效的 Excel 工作簿（.xlsx），或文件不完整（可能只复制了一部分）。"),
    (_ole, "无法读取“导出.xlsx”：文件设置了打开密码，或是旧版 Excel 格式。请在 Excel 中取消密码，另存为 .xlsx 后再导入。"),
    (_other_zip, "无法读取“导出.xlsx”：压缩包中没有 Excel 工作簿内容，不是有效的 .xlsx 文件。"),
    (_broken_xml, "无法读取“导出.xlsx”：文件已损坏，或不是有效的 Excel 工作簿（.xlsx）"),
    (_zip_bomb, "无法导入“导出.xlsx”：工作簿解压后有 6"),
    (_whole_sheet_merged, "无法导入“导出.xlsx”：工作表“表1 人才培养质量计分卡”的合并单元格 A1:XFD1048576 范围过大"
                          "（17179869184 个单元格）。请取消这些合并后再导入。"),
], ids=lambda v: v.__name__.strip("_") if callable(v) else "message")
def test_files_that_are_not_workbooks_are_refused_and_change_nothing(filled, exported, spoil, message):
    spoil(exported)
    before = dump(filled)
    with pytest.raises(VqdeskError) as info:
        import_workbook(filled, YEAR, exported)
    assert str(info.value).startswith(message)
    assert dump(filled) == before
