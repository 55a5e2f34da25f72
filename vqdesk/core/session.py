"""The one API over a report file, used by the UI and the command line alike.

Every write is its own transaction, committed at once (there is no "save"), and leaves a row in
the edit history with the old and the new content.
"""

import json
import sqlite3
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path

from sqlite_utils import Database

from vqdesk.core.atomic import clean_leftovers
from vqdesk.core.editions import Edition, get_edition
from vqdesk.core.errors import DiskFullError, InputError, NotFoundError, ReportFileError, reason_of
from vqdesk.core.fields import coerce_field, coerce_indicator
from vqdesk.core.kinds import normalise_text
from vqdesk.core.model import MasterEntry, Record, Report, ReportData, Value
from vqdesk.core.profile import check_profile_value, clean_profile_value
from vqdesk.core.session_document import DocumentMixin
from vqdesk.core.session_excel import ExcelImportMixin
from vqdesk.core.session_import import ImportMixin
from vqdesk.core.session_photos import PhotosMixin
from vqdesk.core.store.backups import backup_on_open
from vqdesk.core.store.database import check_header, create_database, open_database, writable_place
from vqdesk.core.store.lock import OwnerLock

#: Record lists copied forward into a new year by default: they describe the school, not the year.
DEFAULT_CARRIED_LISTS = ("majors", "major_groups", "partners", "conditions", "teacher_structure")
#: Consecutive edits of one target within this many seconds share one history row.
HISTORY_COALESCE_SECONDS = 60


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")


def _value(row: dict) -> Value:
    return Value(number=row["number"], text=row["text"], source=row["source"], note=row["note"] or "")


def default_period(year: int) -> tuple[str, str]:
    """The school year a "<year>年度" report covers: 1 September of the year before to 31 August."""
    return f"{year - 1}-09-01", f"{year}-08-31"


def default_cover_date(year: int, today: date) -> str:
    """The month a new year's cover shows: this month while the report can be written (its year or
    the next); December of its year when an earlier year is filled in afterwards."""
    if today.year in (year, year + 1):
        return f"{today.year}年{today.month}月"
    return f"{year}年12月"


class Session(DocumentMixin, PhotosMixin, ImportMixin, ExcelImportMixin):
    """An open report file.  Use as a context manager, or call close().

    The document of each year (outline, blocks, settings) is edited through DocumentMixin
    (session_document.py), its photos through PhotosMixin (session_photos.py)."""

    def __init__(self, path: Path, db: Database, readonly: bool = False):
        self.path = Path(path)
        self.db = db
        self.readonly = readonly
        self._reports: dict[int, Report] | None = None
        self._lock: OwnerLock | None = None
        #: Why the automatic backup on opening failed (a Chinese sentence), or None.
        self.backup_problem: str | None = None
        #: What the user should be told about opening (a journal recovered or set aside…).
        self.notices: list[str] = []
        #: Why the file is read-only although it was opened for editing (e.g. a read-only folder).
        self.readonly_reason: str = ""
        self._temp = None          # a recovered private copy's folder, removed on close

    @classmethod
    def _from(cls, path: Path, opened, readonly: bool) -> "Session":
        session = cls(path, opened.db, readonly=readonly or bool(opened.readonly_reason))
        session.notices = list(opened.notices)
        session.readonly_reason = opened.readonly_reason
        session._temp = opened.temp_folder
        return session

    # -- opening ----------------------------------------------------------------------------
    @classmethod
    def create(cls, path, *, school: str, year: int, edition_id: str, province: str = "",
               level: str | None = None, school_type: str = "zhongzhi",
               has_graduates: bool = True) -> "Session":
        edition = get_edition(edition_id)
        if not school.strip():
            raise InputError("学校名称不能为空。")
        session = cls(Path(path), create_database(Path(path)))
        try:
            session._lock = OwnerLock.acquire(Path(path))
        except BaseException:
            session.close()
            raise
        session.add_year(year, edition_id=edition.id, level=level or edition.level,
                         school_type=school_type, has_graduates=has_graduates)
        session.set_profile(year, "name", school.strip())
        if province or edition.province:
            session.set_profile(year, "province", province or edition.province)
        return session

    @classmethod
    def open(cls, path, readonly: bool = False, *, backup: bool = True, take_over: bool = False) -> "Session":
        """Open a report file.  For editing, the owner lock is taken (FileInUseError names who
        has it) and, with `backup`, a rotating backup is made; read-only opens take no lock."""
        path = Path(path)
        if readonly:
            return cls._from(path, open_database(path, readonly=True), readonly=True)
        check_header(path)  # nothing is created beside a file that is not a report
        if not writable_place(path):   # a read-only folder or file: a viewer, with the reason
            return cls._from(path, open_database(path), readonly=True)
        try:
            lock = OwnerLock.acquire(path, take_over=take_over)
        except DiskFullError as exc:       # no room even for the lock: a viewer that says why
            session = cls._from(path, open_database(path, readonly=True), readonly=True)
            session.readonly_reason = str(exc)
            return session
        clean_leftovers(path.parent, path)   # what killed exports or restores left beside it
        try:
            session = cls._from(path, open_database(path, unclean=lock.stale), readonly=False)
        except BaseException:
            lock.release()
            raise
        session._lock = lock
        if backup:
            session.backup_problem = backup_on_open(session.db.conn, path)
        return session

    def close(self):
        if self.db is not None:
            self.db.close()
            self.db = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None
        if self._temp is not None:
            self._temp.cleanup()
            self._temp = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    @contextmanager
    def _write(self):
        if self.readonly:
            raise ReportFileError(self.readonly_reason or f"文件“{self.path.name}”以只读方式打开，不能修改。")
        outermost = not self.db.conn.in_transaction
        try:
            if outermost:  # take the write lock first: wait for another writer, never fail halfway
                self.db.execute("BEGIN IMMEDIATE")
            try:
                with self.db.atomic():
                    yield self.db
                if outermost:
                    self.db.execute("COMMIT")
            except BaseException:
                if outermost and self.db.conn.in_transaction:
                    self.db.conn.rollback()
                raise
        except sqlite3.OperationalError as exc:
            raise self._write_error(exc) from None

    def _write_error(self, exc: sqlite3.OperationalError) -> Exception:
        """A failed write as a Chinese sentence naming the cause; the edit was rolled back."""
        name = getattr(exc, "sqlite_errorname", "")
        if name in ("SQLITE_BUSY", "SQLITE_LOCKED"):
            # Another program (not vqdesk) holds a write lock on the file for longer than we wait.
            return ReportFileError(f"文件“{self.path.name}”正被其他程序占用，这次修改没有保存。"
                                   f"请关闭其他正在使用该文件的程序后重试。")
        if name == "SQLITE_FULL":
            return DiskFullError(f"磁盘已满，这次修改没有保存到“{self.path.name}”。请清理磁盘空间后重试。")
        if name.startswith("SQLITE_READONLY"):
            return ReportFileError(f"文件“{self.path.name}”现在不能写入（文件或所在文件夹变成了只读），"
                                   f"这次修改没有保存。")
        if name.startswith("SQLITE_IOERR"):
            return ReportFileError(f"写入文件“{self.path.name}”时出错（{reason_of(exc)}），这次修改没有保存。"
                                   f"请检查磁盘或网络连接。")
        return exc

    def _log(self, year, action: str, target: str, old, new):
        """Record an edit; bursts of typing into one target coalesce into one row."""
        old_json = json.dumps(old, ensure_ascii=False) if old is not None else None
        new_json = json.dumps(new, ensure_ascii=False) if new is not None else None
        last = self.db.execute("SELECT id, at, target FROM history ORDER BY id DESC LIMIT 1").fetchone()
        now = datetime.now()
        if last and last[2] == target and action == "set_text" and \
                (now - datetime.fromisoformat(last[1])).total_seconds() < HISTORY_COALESCE_SECONDS:
            self.db.execute("UPDATE history SET new = ?, at = ? WHERE id = ?",
                            [new_json, now.isoformat(timespec="seconds"), last[0]])
            return
        self.db["history"].insert({"at": now.isoformat(timespec="seconds"), "year": year,
                                   "action": action, "target": target, "old": old_json,
                                   "new": new_json})

    # -- years ------------------------------------------------------------------------------
    def _load_reports(self) -> dict[int, Report]:
        if self._reports is None:
            self._reports = {row["year"]: Report(
                id=row["id"], year=row["year"], edition_id=row["edition_id"], level=row["level"],
                school_type=row["school_type"], period_start=row["period_start"] or "",
                period_end=row["period_end"] or "", has_graduates=bool(row["has_graduates"]))
                for row in self.db.query("SELECT * FROM reports ORDER BY year")}
        return self._reports

    def years(self) -> list[int]:
        return sorted(self._load_reports())

    def latest_year(self) -> int:
        years = self.years()
        if not years:
            raise NotFoundError(f"文件“{self.path.name}”中还没有任何年度的报告。")
        return years[-1]

    def report(self, year: int | None = None) -> Report:
        year = self.latest_year() if year is None else year
        try:
            return self._load_reports()[year]
        except KeyError:
            have = "、".join(str(y) for y in self.years()) or "无"
            raise NotFoundError(f"文件中没有 {year} 年度的报告（已有年度：{have}）。") from None

    def edition(self, year: int | None = None) -> Edition:
        return get_edition(self.report(year).edition_id)

    def add_year(self, year: int, *, edition_id: str | None = None, copy_from: int | None = None,
                 lists=DEFAULT_CARRIED_LISTS, level: str | None = None,
                 school_type: str | None = None, has_graduates: bool = True) -> Report:
        """Start a new report year.  Its document is the edition's outline with its default blocks;
        with copy_from, the previous year's own outline and bound tables and charts, the profile
        and the chosen record lists are copied forward.  Figures, text, photos and cases never
        are (they belong to their year)."""
        if year in self._load_reports():
            raise InputError(f"{year} 年度的报告已经存在。")
        source = self.report(copy_from) if copy_from is not None else None
        edition = get_edition(edition_id or (source.edition_id if source else ""))
        start, end = default_period(year)
        with self._write():
            report_id = self.db["reports"].insert({
                "year": year, "edition_id": edition.id,
                "level": level or (source.level if source else edition.level),
                "school_type": school_type or (source.school_type if source else "zhongzhi"),
                "period_start": start, "period_end": end, "has_graduates": int(has_graduates),
                "created_at": _now()}).last_pk
            if source is not None:
                self._copy_forward(source.id, report_id, lists)
            self._seed(report_id, year, edition, self.document(copy_from) if source else None,
                       default_cover_date(year, datetime.now().date()))
            self._log(year, "add_year", f"{year}", None, {"edition": edition.id, "copy_from": copy_from})
        self._reports = None
        return self.report(year)

    def _copy_forward(self, from_id: int, to_id: int, lists):
        self.db.execute("INSERT INTO profile (report_id, key, value) "
                        "SELECT ?, key, value FROM profile WHERE report_id = ?", [to_id, from_id])
        for list_id in lists:
            self.db.execute(
                "INSERT INTO record_rows (report_id, list_id, position, data, source, updated_at) "
                "SELECT ?, list_id, position, data, 'copy', ? FROM record_rows "
                "WHERE report_id = ? AND list_id = ?", [to_id, _now(), from_id, list_id])

    def update_report(self, year: int, **changes) -> Report:
        """Change a year's edition, level, period or graduates switch."""
        allowed = {"edition_id", "level", "period_start", "period_end", "has_graduates", "school_type"}
        unknown = set(changes) - allowed
        if unknown:
            raise InputError(f"不能修改报告的“{'、'.join(sorted(unknown))}”。")
        if "edition_id" in changes:
            get_edition(changes["edition_id"])
        report = self.report(year)
        if "has_graduates" in changes:
            changes["has_graduates"] = int(bool(changes["has_graduates"]))
        with self._write():
            old = {k: getattr(report, k) for k in changes}
            self.db["reports"].update(report.id, changes)
            self._log(year, "update_report", f"{year}", old, changes)
        self._reports = None
        return self.report(year)

    def remove_year(self, year: int):
        report = self.report(year)
        with self._write():
            self.db["reports"].delete(report.id)
            self._log(year, "remove_year", f"{year}", {"edition": report.edition_id}, None)
        self._reports = None

    # -- profile ----------------------------------------------------------------------------
    def profile(self, year: int | None = None) -> dict:
        report = self.report(year)
        return {row["key"]: row["value"] for row in
                self.db.query("SELECT key, value FROM profile WHERE report_id = ?", [report.id])}

    def set_profile(self, year: int | None, key: str, value: str):
        value = clean_profile_value(key, value or "")
        problem = check_profile_value(key, value)
        if problem:
            raise InputError(problem)
        report = self.report(year)
        old = self.profile(report.year).get(key)
        if old == value or (old is None and not value):
            return
        with self._write():
            if value:
                self.db["profile"].upsert({"report_id": report.id, "key": key, "value": value},
                                          pk=("report_id", "key"))
            else:
                self.db.execute("DELETE FROM profile WHERE report_id = ? AND key = ?", [report.id, key])
            self._log(report.year, "set_profile", f"{report.year}/profile/{key}", old, value or None)

    # -- indicator values -------------------------------------------------------------------
    def values(self, year: int | None = None) -> dict:
        report = self.report(year)
        return {(row["indicator_id"], row["column_key"]): _value(row)
                for row in self.db.query("SELECT * FROM indicator_values WHERE report_id = ?", [report.id])}

    def value(self, year: int | None, indicator_id: str, column: str = "value"):
        """One cell, read alone (set_value needs the old content of just this cell)."""
        report = self.report(year)
        rows = self.db.query("SELECT * FROM indicator_values WHERE report_id = ? AND indicator_id = ? "
                             "AND column_key = ?", [report.id, indicator_id, column])
        return next((_value(row) for row in rows), None)

    def set_value(self, year: int | None, indicator_id: str, raw, *, column: str = "value",
                  source: str = "manual", note: str | None = None):
        """Store one cell.  Blank clears it (0 is a value).  Raises InputError with the reason."""
        report = self.report(year)
        edition = get_edition(report.edition_id)
        ind = self._indicator(edition, indicator_id)
        col = self._column(edition, ind, column)
        if raw not in (None, "") and not ind.applicable and report.school_type == "zhongzhi":
            raise InputError(f"表{ind.table_no} {ind.name}：此项为“{'中职不填报' if ind.applicability == 'not_reported' else '高职填报'}”，中职学校不填写。")
        if raw not in (None, "") and column == "value" and edition.is_derived(indicator_id) and source == "manual":
            raise InputError(f"表{ind.table_no} {ind.name}：由公式计算得出（{edition.derived[indicator_id].definition}），不能手工填写。")
        number, text = coerce_indicator(ind, raw, col.kind if column != "value" else "")
        old = self.value(report.year, indicator_id, column)
        with self._write():
            key = {"report_id": report.id, "indicator_id": indicator_id, "column_key": column}
            if number is None and text is None and not (note or (old and old.note)):
                self.db.execute("DELETE FROM indicator_values WHERE report_id = ? AND indicator_id = ? "
                                "AND column_key = ?", [report.id, indicator_id, column])
            else:
                row = dict(key, number=number, text=text, source=source, updated_at=_now(),
                           note=note if note is not None else (old.note if old else None))
                self.db["indicator_values"].upsert(row, pk=("report_id", "indicator_id", "column_key"))
            self._log(report.year, "set_value", f"{report.year}/value/{indicator_id}/{column}",
                      old.content if old else None, text if text is not None else number)

    def set_value_note(self, year: int | None, indicator_id: str, note: str, column: str = "value"):
        report = self.report(year)
        self._indicator(get_edition(report.edition_id), indicator_id)
        old = self.value(report.year, indicator_id, column)
        with self._write():
            self.db["indicator_values"].upsert({
                "report_id": report.id, "indicator_id": indicator_id, "column_key": column,
                "number": old.number if old else None, "text": old.text if old else None,
                "source": old.source if old else "manual", "note": note.strip() or None,
                "updated_at": _now()}, pk=("report_id", "indicator_id", "column_key"))
            self._log(report.year, "set_note", f"{report.year}/note/{indicator_id}/{column}",
                      old.note if old else None, note.strip() or None)

    @staticmethod
    def _indicator(edition: Edition, indicator_id: str):
        try:
            return edition.indicator(indicator_id)
        except KeyError:
            raise InputError(f"模板“{edition.title}”中没有编号为“{indicator_id}”的指标。") from None

    @staticmethod
    def _column(edition: Edition, ind, column: str):
        for col in edition.table(ind.table_no).columns:
            if col.key == column:
                return col
        raise InputError(f"表{ind.table_no} 没有“{column}”这一列。")

    # -- record lists -----------------------------------------------------------------------
    def records(self, year: int | None, list_id: str) -> list[Record]:
        report = self.report(year)
        return [Record(id=r["id"], position=r["position"], data=json.loads(r["data"]), source=r["source"])
                for r in self.db.query("SELECT * FROM record_rows WHERE report_id = ? AND list_id = ? "
                                       "ORDER BY position, id", [report.id, list_id])]

    def _list_def(self, report: Report, list_id: str):
        try:
            return get_edition(report.edition_id).record_list(list_id)
        except KeyError:
            raise InputError(f"模板中没有名单“{list_id}”。") from None

    def coerce_record(self, year: int | None, list_id: str, data: dict, rl=None) -> dict:
        """Typed values for a whole row, or InputError naming the field and the problem."""
        rl = rl or self._list_def(self.report(year), list_id)
        known = {f.key: f for f in rl.fields}
        out = {}
        for key, raw in data.items():
            if key not in known:
                raise InputError(f"名单“{rl.title}”没有字段“{key}”。")
            try:
                value = coerce_field(known[key], raw, self.resolve)
            except ValueError as exc:
                label = known[key].label
                reason = str(exc) if str(exc).startswith(label) else f"{label}：{exc}"
                raise InputError(f"{rl.title}·{reason}") from None
            if value is not None:
                out[key] = value
        return out

    def add_record(self, year: int | None, list_id: str, data: dict | None = None, *,
                   position: int | None = None, source: str = "manual") -> Record:
        report = self.report(year)
        values = self.coerce_record(report.year, list_id, data or {})
        rows = self.records(report.year, list_id)
        position = len(rows) if position is None else max(0, min(position, len(rows)))
        with self._write():
            self.db.execute("UPDATE record_rows SET position = position + 1 WHERE report_id = ? "
                            "AND list_id = ? AND position >= ?", [report.id, list_id, position])
            record_id = self.db["record_rows"].insert({
                "report_id": report.id, "list_id": list_id, "position": position,
                "data": json.dumps(values, ensure_ascii=False), "source": source,
                "updated_at": _now()}).last_pk
            self._log(report.year, "add_record", f"{report.year}/record/{list_id}/{record_id}", None, values)
        return self.record(record_id)

    def record(self, record_id: int) -> Record:
        r = self._row("record_rows", record_id, "名单行")
        return Record(id=r["id"], position=r["position"], data=json.loads(r["data"]), source=r["source"])

    def update_record(self, record_id: int, key: str, raw, source: str = "manual") -> Record:
        row = self._row("record_rows", record_id, "名单行")
        year = self._year_of(row["report_id"])
        data = json.loads(row["data"])
        value = self.coerce_record(year, row["list_id"], {key: raw}).get(key)
        if data.get(key) == value:
            return self.record(record_id)
        old = data.get(key)
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
        with self._write():
            self.db["record_rows"].update(record_id, {"data": json.dumps(data, ensure_ascii=False),
                                                      "source": source, "updated_at": _now()})
            self._log(year, "update_record", f"{year}/record/{row['list_id']}/{record_id}/{key}", old, value)
        return self.record(record_id)

    def remove_record(self, record_id: int):
        row = self._row("record_rows", record_id, "名单行")
        year = self._year_of(row["report_id"])
        with self._write():
            self.db["record_rows"].delete(record_id)
            self._renumber("record_rows", row["report_id"], row["list_id"])
            self._log(year, "remove_record", f"{year}/record/{row['list_id']}/{record_id}",
                      json.loads(row["data"]), None)

    def move_record(self, record_id: int, position: int):
        row = self._row("record_rows", record_id, "名单行")
        with self._write():
            self._move("record_rows", row, position, "report_id = ? AND list_id = ?",
                       [row["report_id"], row["list_id"]])

    def replace_records(self, year: int | None, list_id: str, rows: list[dict], source: str = "import"):
        """Replace a whole list in one transaction (import); all rows are checked first."""
        report = self.report(year)
        rl = self._list_def(report, list_id)
        values = [self.coerce_record(report.year, list_id, r, rl) for r in rows]
        with self._write():
            old = [r.data for r in self.records(report.year, list_id)]
            self.db.execute("DELETE FROM record_rows WHERE report_id = ? AND list_id = ?", [report.id, list_id])
            self.db["record_rows"].insert_all([{
                "report_id": report.id, "list_id": list_id, "position": i,
                "data": json.dumps(v, ensure_ascii=False), "source": source, "updated_at": _now()}
                for i, v in enumerate(values)])
            self._log(report.year, "replace_records", f"{report.year}/record/{list_id}", old, values)

    # -- master lists -----------------------------------------------------------------------
    def masters(self, kind: str | None = None) -> list[MasterEntry]:
        sql, params = "SELECT * FROM masters", []
        if kind:
            sql, params = sql + " WHERE kind = ?", [kind]
        return [MasterEntry(id=r["id"], kind=r["kind"], name=r["name"], code=r["code"] or "",
                            aliases=tuple(json.loads(r["aliases"])))
                for r in self.db.query(sql + " ORDER BY kind, name", params)]

    def add_master(self, kind: str, name: str, code: str = "", aliases=()) -> MasterEntry:
        if kind not in ("major", "organisation"):
            raise InputError(f"未知的名录类别“{kind}”。")
        name = name.strip()
        if not name:
            raise InputError("名称不能为空。")
        clash = self.resolve(kind, name)
        if clash and clash != name:
            raise InputError(f"“{name}”已是“{clash}”的别名。")
        for alias in aliases:
            other = self.resolve(kind, alias)
            if other and other != name:
                raise InputError(f"别名“{alias}”已属于“{other}”。")
        with self._write():
            self.db.execute(
                "INSERT INTO masters (kind, name, code, aliases) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (kind, name) DO UPDATE SET code = excluded.code, aliases = excluded.aliases",
                [kind, name, code or None, json.dumps(list(aliases), ensure_ascii=False)])
            self._log(None, "set_master", f"master/{kind}/{name}", None,
                      {"code": code, "aliases": list(aliases)})
        return next(m for m in self.masters(kind) if m.name == name)

    def remove_master(self, master_id: int):
        row = self._row("masters", master_id, "名录条目")
        with self._write():
            self.db["masters"].delete(master_id)
            self._log(None, "remove_master", f"master/{row['kind']}/{row['name']}",
                      {"code": row["code"], "aliases": json.loads(row["aliases"])}, None)

    def resolve(self, kind: str, text: str) -> str | None:
        """The canonical name for a name or alias (spaces and full-width forms ignored)."""
        wanted = normalise_text(text)
        for entry in self.masters(kind):
            if wanted in (normalise_text(n) for n in (entry.name, *entry.aliases)):
                return entry.name
        return None

    # -- snapshots and history --------------------------------------------------------------
    def snapshot(self, year: int | None = None, with_history: bool = True) -> ReportData:
        """Everything of one year (and, with_history, of the other years) in memory, read in one
        read transaction: it shows one committed state even while another program writes."""
        with self._reading():
            return self._snapshot(year, with_history)

    @contextmanager
    def _reading(self):
        if self.db.conn.in_transaction:
            yield
            return
        self.db.execute("BEGIN")
        try:
            yield
        finally:
            if self.db.conn.in_transaction:
                self.db.execute("COMMIT")

    def _snapshot(self, year: int | None, with_history: bool) -> ReportData:
        report = self.report(year)
        edition = get_edition(report.edition_id)
        data = ReportData(
            report=report, edition=edition, profile=self.profile(report.year),
            values=self.values(report.year), document=self.document(report.year),
            photos=self.photos(report.year),
            records={rl.id: self.records(report.year, rl.id) for rl in edition.record_lists},
            masters=self.masters())
        if with_history:
            data.history = {y: self._snapshot(y, False) for y in self.years() if y != report.year}
        return data

    def history(self, target_prefix: str = "", limit: int = 200) -> list[dict]:
        rows = self.db.query("SELECT * FROM history WHERE target LIKE ? ORDER BY id DESC LIMIT ?",
                             [target_prefix + "%", limit])
        return [dict(r, old=json.loads(r["old"]) if r["old"] else None,
                     new=json.loads(r["new"]) if r["new"] else None) for r in rows]

    # -- helpers ----------------------------------------------------------------------------
    def _row(self, table: str, row_id: int, what: str) -> dict:
        try:
            return self.db[table].get(row_id)
        except Exception:  # sqlite_utils.db.NotFoundError
            raise NotFoundError(f"找不到编号为 {row_id} 的{what}。") from None

    def _year_of(self, report_id: int) -> int:
        return next(r.year for r in self._load_reports().values() if r.id == report_id)

    def _renumber(self, table: str, report_id: int, list_id: str | None = None):
        where, params = "report_id = ?", [report_id]
        if list_id is not None:
            where, params = where + " AND list_id = ?", params + [list_id]
        ids = [r[0] for r in self.db.execute(f"SELECT id FROM {table} WHERE {where} ORDER BY position, id", params)]
        for position, row_id in enumerate(ids):
            self.db.execute(f"UPDATE {table} SET position = ? WHERE id = ?", [position, row_id])

    def _move(self, table: str, row: dict, position: int, where: str, params: list):
        ids = [r[0] for r in self.db.execute(f"SELECT id FROM {table} WHERE {where} ORDER BY position, id", params)]
        ids.remove(row["id"])
        position = max(0, min(position, len(ids)))
        ids.insert(position, row["id"])
        for pos, row_id in enumerate(ids):
            self.db.execute(f"UPDATE {table} SET position = ? WHERE id = ?", [pos, row_id])
        self._log(self._year_of(row["report_id"]), "move", f"{table}/{row['id']}", row["position"], position)
