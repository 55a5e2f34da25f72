"""Schema of the report file as named migrations.  Never edit a migration once it has shipped:
add a new one.  Every table is STRICT; content rows cascade with their report year."""

from sqlite_utils import Migrations

migrations = Migrations("vqdesk")


def _run(db, script: str):
    for statement in filter(str.strip, script.split(";")):
        db.execute(statement)


@migrations()
def m001_initial(db):
    _run(db, """
    CREATE TABLE file_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
    CREATE TABLE reports (
        id INTEGER PRIMARY KEY,
        year INTEGER NOT NULL UNIQUE CHECK (year BETWEEN 2000 AND 2100),
        edition_id TEXT NOT NULL,
        level TEXT NOT NULL CHECK (level IN ('school', 'district', 'city')),
        school_type TEXT NOT NULL DEFAULT 'zhongzhi',
        period_start TEXT,
        period_end TEXT,
        has_graduates INTEGER NOT NULL DEFAULT 1 CHECK (has_graduates IN (0, 1)),
        created_at TEXT NOT NULL
    ) STRICT;
    CREATE TABLE profile (
        report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        value TEXT NOT NULL,
        PRIMARY KEY (report_id, key)
    ) STRICT;
    CREATE TABLE indicator_values (
        report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        indicator_id TEXT NOT NULL,
        column_key TEXT NOT NULL DEFAULT 'value',
        number REAL,
        text TEXT,
        source TEXT NOT NULL DEFAULT 'manual',
        note TEXT,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (report_id, indicator_id, column_key),
        CHECK (number IS NULL OR text IS NULL)
    ) STRICT;
    CREATE TABLE narratives (
        report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        body TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (report_id, key)
    ) STRICT;
    CREATE TABLE cases (
        id INTEGER PRIMARY KEY,
        report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        section_key TEXT NOT NULL,
        position INTEGER NOT NULL,
        title TEXT NOT NULL,
        body TEXT NOT NULL,
        updated_at TEXT NOT NULL
    ) STRICT;
    CREATE TABLE photos (
        id INTEGER PRIMARY KEY,
        report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        section_key TEXT,
        case_id INTEGER REFERENCES cases(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        caption TEXT NOT NULL,
        filename TEXT NOT NULL,
        mime TEXT NOT NULL,
        data BLOB NOT NULL,
        width INTEGER,
        height INTEGER,
        added_at TEXT NOT NULL
    ) STRICT;
    CREATE TABLE record_rows (
        id INTEGER PRIMARY KEY,
        report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        list_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data)),
        source TEXT NOT NULL DEFAULT 'manual',
        updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX record_rows_by_list ON record_rows (report_id, list_id, position);
    CREATE INDEX cases_by_report ON cases (report_id, position);
    CREATE INDEX photos_by_report ON photos (report_id, position)
    """)


@migrations()
def m002_history_masters_subsections(db):
    """Edit history (nothing typed is lost without trace), master lists, user sub-sections."""
    _run(db, """
    CREATE TABLE history (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        year INTEGER,
        action TEXT NOT NULL,
        target TEXT NOT NULL,
        old TEXT,
        new TEXT
    ) STRICT;
    CREATE INDEX history_by_target ON history (target, id);
    CREATE TABLE masters (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('major', 'organisation')),
        name TEXT NOT NULL,
        code TEXT,
        aliases TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(aliases)),
        UNIQUE (kind, name)
    ) STRICT;
    CREATE TABLE subsections (
        id INTEGER PRIMARY KEY,
        report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        parent_key TEXT NOT NULL,
        position INTEGER NOT NULL,
        title TEXT NOT NULL
    ) STRICT
    """)



@migrations()
def m003_document(db):
    """The report as its own document: outline nodes, content blocks and settings per year.
    Narratives, sub-sections, cases and photo placements become nodes and blocks (m003_convert)."""
    _run(db, """
    CREATE TABLE outline_nodes (
        id INTEGER PRIMARY KEY,
        report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        parent_id INTEGER REFERENCES outline_nodes(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        title TEXT NOT NULL,
        edition_part TEXT
    ) STRICT;
    CREATE INDEX outline_nodes_by_parent ON outline_nodes (report_id, parent_id, position);
    CREATE TABLE blocks (
        id INTEGER PRIMARY KEY,
        report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        node_id INTEGER NOT NULL REFERENCES outline_nodes(id) ON DELETE CASCADE,
        case_id INTEGER REFERENCES blocks(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('text', 'table', 'chart', 'photos', 'case')),
        data TEXT NOT NULL CHECK (json_valid(data))
    ) STRICT;
    CREATE INDEX blocks_by_node ON blocks (node_id, case_id, position);
    CREATE TABLE report_settings (
        report_id INTEGER PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE,
        data TEXT NOT NULL CHECK (json_valid(data))
    ) STRICT
    """)
    from vqdesk.core.store.m003_convert import convert_all
    convert_all(db)
    _run(db, """
    CREATE TABLE photos_new (
        id INTEGER PRIMARY KEY,
        report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        caption TEXT NOT NULL,
        filename TEXT NOT NULL,
        mime TEXT NOT NULL,
        data BLOB NOT NULL,
        width INTEGER,
        height INTEGER,
        added_at TEXT NOT NULL
    ) STRICT;
    INSERT INTO photos_new (id, report_id, caption, filename, mime, data, width, height, added_at)
        SELECT id, report_id, caption, filename, mime, data, width, height, added_at FROM photos;
    DROP TABLE photos;
    ALTER TABLE photos_new RENAME TO photos;
    CREATE INDEX photos_by_report ON photos (report_id);
    DROP TABLE narratives;
    DROP TABLE cases;
    DROP TABLE subsections
    """)



@migrations()
def m004_file_identity(db):
    """A random id per file in the header's user_version: page 1 travels in every rollback journal,
    so a journal copied in from another report is recognised and never applied (sidecars.py)."""
    if not db.execute("PRAGMA user_version").fetchone()[0]:
        db.execute(f"PRAGMA user_version = {new_file_id()}")


def new_file_id() -> int:
    import secrets
    return secrets.randbelow(2**31 - 1) + 1


#: The schema version written into file_meta; equals the number of migrations.
SCHEMA_VERSION = 4
