"""The archive's SQLite schema, built explicitly and versioned: `migrate(db)` brings any archive
up to `SCHEMA_VERSION` (kept in `PRAGMA user_version`), one transaction per migration.

Tables (one document = one file, identified by its sha256; one letter per document):

    documents            sha256, how it was read (media type, pages, OCR, size), pipeline version, full text
    document_paths       every path a document was seen under
    letters              the record's scalar fields; sender / acknowledgement as columns
    letter_resolutions   letter <-> every resolution it reports on (position 0: the letter's own)
    mandates             the quoted resolution points with answer and status
    deadlines            dates promised in an answer, with precision and the last day they cover
    statuses             lookup: code -> German label, Ampel colour
    letter_stems, mandate_stems   Snowball-German stems of the searchable text (see archive.stemming)
    ingest_runs, ingest_errors    what each ingest did, and every file that could not be stored

Full-text search (FTS5, unicode61 remove_diacritics 2, kept in sync by triggers):
    letters_fts (subject, recipients, full_text; rowid = letters.id; content: view letter_search)
    mandates_fts (quote, response; rowid = mandates.id)
    letters_stem_fts, mandates_stem_fts (stems; query with stem_query(:q))

Views: resolution_letters, resolutions, resolution_history, overdue_reviews, overdue_deadlines.

Derived state (schema 2), so that the views are indexed selects instead of window functions over
the whole archive on every request; recomputed by `refresh_derived` for the resolutions and
points a write touches (archive.store does so in the document's own transaction), and in full
by the migration and by publish (from the public rows only):
    resolution_letter_state  per (follow-up letter, resolution it reports on): status, place in the series
    resolution_state         per resolution: what its first and latest letters say (the `resolutions` view)
    deadline_state           per promised deadline: the point's status in the latest letter quoting it
Dates are compared with today's date in the views, never stored.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable

from sqlite_utils import Database

FTS_TOKENIZE = "unicode61 remove_diacritics 2"

# code, German label, Ampel colour, hex colour, sort order
STATUSES = [
    ("done", "umgesetzt", "green", "#2e7d32", 1),
    ("in_progress", "in Bearbeitung", "yellow", "#f9a825", 2),
    ("not_started", "nicht begonnen", "red", "#c62828", 3),
    ("rejected", "abgelehnt / nicht umsetzbar", "grey", "#757575", 4),
    ("unknown", "unbekannt", None, "#ffffff", 5),
]

TODAY = "date('now', 'localtime')"


def _v1_tables(db: Database) -> None:
    db["statuses"].create(
        {"code": str, "label": str, "ampel": str, "colour": str, "sort_order": int},
        pk="code", not_null={"label", "colour", "sort_order"})
    db["statuses"].insert_all(
        [dict(zip(("code", "label", "ampel", "colour", "sort_order"), s)) for s in STATUSES])

    db["ingest_runs"].create(
        {"id": int, "started_at": str, "finished_at": str, "state": str, "pipeline_version": str,
         "options": str, "workers": int, "files": int, "new": int, "reprocessed": int,
         "skipped": int, "failed": int, "duration_s": float},
        pk="id", not_null={"started_at", "state", "pipeline_version", "files", "new", "reprocessed",
                           "skipped", "failed"},
        defaults={"state": "running", "files": 0, "new": 0, "reprocessed": 0, "skipped": 0, "failed": 0})

    db["documents"].create(
        {"sha256": str, "source_path": str, "media_type": str, "pages": int, "ocr": int, "size": int,
         "pipeline_version": str, "ingested_at": str, "run_id": int, "full_text": str},
        pk="sha256", foreign_keys=[("run_id", "ingest_runs", "id")],
        not_null={"source_path", "media_type", "pages", "ocr", "size", "pipeline_version",
                  "ingested_at", "full_text"},
        defaults={"full_text": ""})

    db["document_paths"].create(
        {"id": int, "sha256": str, "path": str, "first_seen": str, "last_seen": str, "run_id": int},
        pk="id", foreign_keys=[("sha256", "documents", "sha256"), ("run_id", "ingest_runs", "id")],
        not_null={"sha256", "path", "first_seen", "last_seen"})

    db["letters"].create(
        {"id": int, "sha256": str, "kind": str, "city": str, "department": str, "file_number": str,
         "letter_date": str, "letter_year": int, "resolution": str, "session_number": str,
         "subject": str, "confidential": int, "recipients": str, "report_type": str,
         "next_review": str, "next_review_due": str,
         "has_sender": int, "sender_name": str, "sender_role": str,
         "acknowledged": int, "acknowledged_by_name": str, "acknowledged_by_role": str,
         "status": str, "mandate_count": int, "warnings": str},
        pk="id", foreign_keys=[("sha256", "documents", "sha256"), ("status", "statuses", "code")],
        not_null={"sha256", "kind", "has_sender", "acknowledged", "status", "mandate_count", "warnings"},
        defaults={"warnings": "[]", "mandate_count": 0})

    db["letter_resolutions"].create(
        {"id": int, "letter_id": int, "position": int, "resolution": str, "session_number": str,
         "subject": str},
        pk="id", foreign_keys=[("letter_id", "letters", "id")],
        not_null={"letter_id", "position", "resolution"})

    db["mandates"].create(
        {"id": int, "letter_id": int, "position": int, "number": str, "resolution": str,
         "quote": str, "response": str, "status": str},
        pk="id", foreign_keys=[("letter_id", "letters", "id"), ("status", "statuses", "code")],
        not_null={"letter_id", "position", "number", "quote", "response", "status"})

    db["deadlines"].create(
        {"id": int, "mandate_id": int, "position": int, "value": str, "precision": str, "due_date": str},
        pk="id", foreign_keys=[("mandate_id", "mandates", "id")],
        not_null={"mandate_id", "position", "value"})

    db["letter_stems"].create({"letter_id": int, "stems": str}, pk="letter_id",
                              foreign_keys=[("letter_id", "letters", "id")], not_null={"stems"})
    db["mandate_stems"].create({"mandate_id": int, "stems": str}, pk="mandate_id",
                               foreign_keys=[("mandate_id", "mandates", "id")], not_null={"stems"})

    db["ingest_errors"].create(
        {"id": int, "run_id": int, "path": str, "sha256": str, "stage": str, "error": str,
         "message": str, "remedy": str, "detail": str, "occurred_at": str, "current": int},
        pk="id", foreign_keys=[("run_id", "ingest_runs", "id")],
        not_null={"run_id", "path", "stage", "error", "message", "occurred_at", "current"},
        defaults={"current": 1})


def _v1_indexes(db: Database) -> None:
    unique = {
        "document_paths": [("sha256", "path")],
        "letters": [("sha256",)],
        "letter_resolutions": [("letter_id", "position")],
        "mandates": [("letter_id", "position")],
        "deadlines": [("mandate_id", "position")],
    }
    plain = {
        "documents": ["media_type", "ocr", "pipeline_version", "ingested_at", "run_id"],
        "document_paths": ["path", "run_id"],
        "letters": ["kind", "city", "department", "file_number", "letter_date", "letter_year",
                    "resolution", "session_number", "confidential", "report_type", "next_review",
                    "next_review_due", "sender_name", "acknowledged_by_name", "status"],
        "letter_resolutions": ["resolution", "session_number"],
        "mandates": ["resolution", "number", "status"],
        "deadlines": ["value", "precision", "due_date"],
        "ingest_runs": ["started_at", "state"],
        "ingest_errors": ["run_id", "path", "sha256", "stage", "error", "current"],
    }
    for table, column_sets in unique.items():
        for columns in column_sets:
            db[table].create_index(list(columns), unique=True)
    for table, columns in plain.items():
        for column in columns:
            db[table].create_index([column])
    # Facet on department within a year, and "letters of a department in date order".
    db["letters"].create_index(["department", "letter_date"])
    db["mandates"].create_index(["resolution", "number"])


def _v1_search(db: Database) -> None:
    tok = FTS_TOKENIZE
    db.execute("""CREATE VIEW letter_search AS
        SELECT letters.id AS letter_id, letters.subject, letters.recipients, documents.full_text
        FROM letters JOIN documents ON documents.sha256 = letters.sha256""")
    db.execute(f"""CREATE VIRTUAL TABLE letters_fts USING fts5(subject, recipients, full_text,
        content="letter_search", content_rowid="letter_id", tokenize='{tok}')""")
    db.execute(f"""CREATE VIRTUAL TABLE mandates_fts USING fts5(quote, response,
        content="mandates", content_rowid="id", tokenize='{tok}')""")
    db.execute(f"""CREATE VIRTUAL TABLE letters_stem_fts USING fts5(stems,
        content="letter_stems", content_rowid="letter_id", tokenize='{tok}')""")
    db.execute(f"""CREATE VIRTUAL TABLE mandates_stem_fts USING fts5(stems,
        content="mandate_stems", content_rowid="mandate_id", tokenize='{tok}')""")

    doc_text = "(SELECT full_text FROM documents WHERE sha256 = {row}.sha256)"
    triggers = [
        # letters_fts: the letter's own columns plus its document's full text.
        f"""CREATE TRIGGER letters_fts_ai AFTER INSERT ON letters BEGIN
            INSERT INTO letters_fts(rowid, subject, recipients, full_text)
            VALUES (new.id, new.subject, new.recipients, {doc_text.format(row='new')}); END""",
        f"""CREATE TRIGGER letters_fts_ad AFTER DELETE ON letters BEGIN
            INSERT INTO letters_fts(letters_fts, rowid, subject, recipients, full_text)
            VALUES ('delete', old.id, old.subject, old.recipients, {doc_text.format(row='old')}); END""",
        f"""CREATE TRIGGER letters_fts_au AFTER UPDATE OF id, sha256, subject, recipients ON letters BEGIN
            INSERT INTO letters_fts(letters_fts, rowid, subject, recipients, full_text)
            VALUES ('delete', old.id, old.subject, old.recipients, {doc_text.format(row='old')});
            INSERT INTO letters_fts(rowid, subject, recipients, full_text)
            VALUES (new.id, new.subject, new.recipients, {doc_text.format(row='new')}); END""",
        """CREATE TRIGGER documents_fts_au AFTER UPDATE OF full_text ON documents BEGIN
            INSERT INTO letters_fts(letters_fts, rowid, subject, recipients, full_text)
            SELECT 'delete', id, subject, recipients, old.full_text FROM letters WHERE sha256 = old.sha256;
            INSERT INTO letters_fts(rowid, subject, recipients, full_text)
            SELECT id, subject, recipients, new.full_text FROM letters WHERE sha256 = new.sha256; END""",
    ]
    for table, fts, key, columns in [
        ("mandates", "mandates_fts", "id", ["quote", "response"]),
        ("letter_stems", "letters_stem_fts", "letter_id", ["stems"]),
        ("mandate_stems", "mandates_stem_fts", "mandate_id", ["stems"]),
    ]:
        cols = ", ".join(columns)
        new = ", ".join(f"new.{c}" for c in columns)
        old = ", ".join(f"old.{c}" for c in columns)
        triggers += [
            f"""CREATE TRIGGER {fts}_ai AFTER INSERT ON {table} BEGIN
                INSERT INTO {fts}(rowid, {cols}) VALUES (new.{key}, {new}); END""",
            f"""CREATE TRIGGER {fts}_ad AFTER DELETE ON {table} BEGIN
                INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.{key}, {old}); END""",
            f"""CREATE TRIGGER {fts}_au AFTER UPDATE ON {table} BEGIN
                INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.{key}, {old});
                INSERT INTO {fts}(rowid, {cols}) VALUES (new.{key}, {new}); END""",
        ]
    for sql in triggers:
        db.execute(sql)


# The contract's rule for the overall status, over the points of one resolution in one letter.
_STATUS_RULE = """CASE
    WHEN c.points IS NULL THEN l.status
    WHEN c.known = 0 THEN 'unknown'
    WHEN c.rejected = c.known THEN 'rejected'
    WHEN c.done + c.rejected = c.known THEN 'done'
    WHEN c.not_started = c.known THEN 'not_started'
    ELSE 'in_progress' END"""

VIEWS_V1 = {
    # One row per (Beschlusskontrolle letter, resolution it reports on), with the status this
    # letter gives that resolution (from its points for that resolution; the letter's status
    # when no point is attributed to it) and its place in the resolution's series of letters.
    "resolution_letters": f"""
        SELECT lr.resolution, lr.session_number, lr.subject, l.id AS letter_id, l.sha256,
               l.letter_date, l.report_type, {_STATUS_RULE} AS status, l.next_review,
               l.next_review_due, l.department, l.file_number, l.confidential,
               lr.position = 0 AS main_resolution,
               row_number() OVER (PARTITION BY lr.resolution
                                  ORDER BY l.letter_date NULLS FIRST, l.id) AS sequence
        FROM letter_resolutions lr
        JOIN letters l ON l.id = lr.letter_id
        LEFT JOIN (
            SELECT m.letter_id, coalesce(m.resolution, ml.resolution) AS resolution,
                   count(*) AS points, sum(m.status != 'unknown') AS known,
                   sum(m.status = 'done') AS done, sum(m.status = 'rejected') AS rejected,
                   sum(m.status = 'not_started') AS not_started
            FROM mandates m JOIN letters ml ON ml.id = m.letter_id
            GROUP BY m.letter_id, coalesce(m.resolution, ml.resolution)
        ) c ON c.letter_id = lr.letter_id AND c.resolution = lr.resolution
        WHERE l.kind = 'beschlusskontrolle'""",

    # One row per resolution: what the latest letter says about it.
    "resolutions": """
        WITH ranked AS (
            SELECT *, row_number() OVER (PARTITION BY resolution
                                         ORDER BY letter_date DESC NULLS LAST, letter_id DESC) AS recency
            FROM resolution_letters),
        agg AS (
            SELECT resolution, max(subject) AS any_subject, max(session_number) AS any_session,
                   min(letter_date) AS first_letter_date, count(*) AS document_count,
                   count(DISTINCT coalesce(letter_date || '|' || coalesce(file_number, ''),
                                           'letter ' || letter_id)) AS letter_count,
                   max(report_type = 'final') AS final_reported
            FROM resolution_letters GROUP BY resolution),
        first AS (SELECT resolution, letter_id FROM resolution_letters WHERE sequence = 1)
        SELECT latest.resolution,
               coalesce(latest.subject, agg.any_subject) AS subject,
               coalesce(latest.session_number, agg.any_session) AS session_number,
               latest.department,
               agg.first_letter_date, first.letter_id AS first_letter_id,
               latest.letter_date AS latest_letter_date, latest.letter_id AS latest_letter_id,
               latest.status AS latest_status, latest.report_type AS latest_report_type,
               agg.letter_count,
           (SELECT count(*) FROM letter_resolutions lr2 JOIN letters l2 ON l2.id = lr2.letter_id  -- copies too
            WHERE lr2.resolution = latest.resolution AND l2.kind = 'beschlusskontrolle') AS document_count,
           agg.final_reported,
               latest.next_review, latest.next_review_due
        FROM ranked latest
        JOIN agg ON agg.resolution = latest.resolution
        JOIN first ON first.resolution = latest.resolution
        WHERE latest.recency = 1""",

    # Every letter about a resolution, and every point of it, in date order.
    "resolution_history": """
        SELECT rl.resolution, rl.sequence, rl.letter_date, rl.letter_id, rl.report_type,
               rl.status AS letter_status, rl.next_review,
               m.position AS point_position, m.number AS point, m.status AS point_status,
               (SELECT group_concat(d.value, ', ') FROM deadlines d WHERE d.mandate_id = m.id) AS deadlines,
               m.quote, m.response, m.id AS mandate_id
        FROM resolution_letters rl
        JOIN letters l ON l.id = rl.letter_id
        LEFT JOIN mandates m ON m.letter_id = rl.letter_id
                            AND coalesce(m.resolution, l.resolution) = rl.resolution
        ORDER BY rl.resolution, rl.sequence, m.position""",

    # The latest letter about a resolution announced a next review that has passed.
    "overdue_reviews": f"""
        SELECT r.resolution, r.subject, r.department, r.latest_letter_id AS letter_id,
               r.latest_letter_date AS letter_date, r.latest_status AS status,
               r.latest_report_type AS report_type, r.next_review, r.next_review_due AS review_due,
               {TODAY} AS checked_on,
               CAST(julianday({TODAY}) - julianday(r.next_review_due) AS INTEGER) AS days_overdue
        FROM resolutions r
        WHERE r.next_review_due IS NOT NULL AND r.next_review_due < {TODAY}
        ORDER BY r.next_review_due""",

    # Deadlines promised in an answer that have passed while the point (as the latest letter
    # quoting it reports) is not done.
    "overdue_deadlines": f"""
        WITH points AS (
            SELECT m.id AS mandate_id, coalesce(m.resolution, l.resolution) AS resolution,
                   m.number, m.status, l.id AS letter_id, l.letter_date,
                   first_value(m.status) OVER w AS latest_status,
                   first_value(l.id) OVER w AS latest_letter_id,
                   first_value(l.letter_date) OVER w AS latest_letter_date
            FROM mandates m JOIN letters l ON l.id = m.letter_id
            WHERE l.kind = 'beschlusskontrolle'
            WINDOW w AS (PARTITION BY coalesce(m.resolution, l.resolution, 'letter ' || l.id), m.number
                         ORDER BY l.letter_date DESC NULLS LAST, l.id DESC))
        SELECT p.resolution, p.number AS point, d.value AS deadline, d.due_date,
               p.letter_id, p.letter_date, p.status AS status_then,
               p.latest_status, p.latest_letter_id, p.latest_letter_date,
               m.quote, m.response, {TODAY} AS checked_on,
               CAST(julianday({TODAY}) - julianday(d.due_date) AS INTEGER) AS days_overdue,
               d.id AS deadline_id
        FROM deadlines d
        JOIN points p ON p.mandate_id = d.mandate_id
        JOIN mandates m ON m.id = d.mandate_id
        WHERE d.due_date < {TODAY} AND p.latest_status != 'done'
        ORDER BY d.due_date""",
}


def _v1_views(db: Database) -> None:
    for name, sql in VIEWS_V1.items():
        db.create_view(name, sql, replace=True)


def _v1(db: Database) -> None:
    _v1_tables(db)
    _v1_indexes(db)
    _v1_search(db)
    _v1_views(db)


# ------------------------------------------------------------------ schema 2: derived state

def _v2_tables(db: Database) -> None:
    db.execute("""CREATE TABLE resolution_letter_state (
        link_id INTEGER PRIMARY KEY,      -- letter_resolutions.id
        resolution TEXT NOT NULL,
        letter_id INTEGER NOT NULL,
        status TEXT NOT NULL,
        sequence INTEGER NOT NULL)""")
    db.execute("CREATE INDEX idx_resolution_letter_state_resolution "
               "ON resolution_letter_state (resolution, sequence)")
    db.execute("CREATE INDEX idx_resolution_letter_state_letter_id ON resolution_letter_state (letter_id)")
    db.execute(f"""CREATE TABLE resolution_state (
        resolution TEXT PRIMARY KEY NOT NULL, {", ".join(f"{c} {t}" for c, t in _RESOLUTION_STATE[1:])}
        ) WITHOUT ROWID""")
    for column in ("department", "first_letter_date", "latest_letter_date", "latest_status",
                   "latest_report_type", "next_review_due"):
        db.execute(f"CREATE INDEX idx_resolution_state_{column} ON resolution_state ({column})")
    db.execute("""CREATE TABLE deadline_state (
        deadline_id INTEGER PRIMARY KEY,  -- deadlines.id
        mandate_id INTEGER NOT NULL,
        point_key TEXT NOT NULL,          -- coalesce(point's resolution, letter's resolution, 'letter ' || letter id)
        resolution TEXT,
        point TEXT NOT NULL,
        due_date TEXT,
        letter_id INTEGER NOT NULL,
        letter_date TEXT,
        status_then TEXT NOT NULL,
        latest_status TEXT NOT NULL,
        latest_letter_id INTEGER NOT NULL,
        latest_letter_date TEXT)""")
    db.execute("CREATE INDEX idx_deadline_state_point_key ON deadline_state (point_key, point)")
    db.execute("CREATE INDEX idx_deadline_state_due_date ON deadline_state (due_date, latest_status)")
    # The charts count follow-up letters by year and by department, per status: index-only.
    db["letters"].create_index(["kind", "letter_year", "status"])
    db["letters"].create_index(["kind", "department", "status"])


# Columns of resolution_state, in the order of the `resolutions` view.
_RESOLUTION_STATE = [
    ("resolution", "TEXT"), ("subject", "TEXT"), ("session_number", "TEXT"), ("department", "TEXT"),
    ("first_letter_date", "TEXT"), ("first_letter_id", "INTEGER"), ("latest_letter_date", "TEXT"),
    ("latest_letter_id", "INTEGER"), ("latest_status", "TEXT"), ("latest_report_type", "TEXT"),
    ("letter_count", "INTEGER"), ("document_count", "INTEGER"), ("final_reported", "INTEGER"),
    ("next_review", "TEXT"), ("next_review_due", "TEXT"),
]
_RS_COLUMNS = ", ".join(c for c, _ in _RESOLUTION_STATE)

VIEWS_V2 = {
    **VIEWS_V1,
    # Same columns and rows as in schema 1; status and sequence come from resolution_letter_state.
    "resolution_letters": """
        SELECT lr.resolution, lr.session_number, lr.subject, l.id AS letter_id, l.sha256,
               l.letter_date, l.report_type, s.status, l.next_review,
               l.next_review_due, l.department, l.file_number, l.confidential,
               lr.position = 0 AS main_resolution, s.sequence
        FROM resolution_letter_state s
        JOIN letter_resolutions lr ON lr.id = s.link_id
        JOIN letters l ON l.id = lr.letter_id""",
    "resolutions": f"SELECT {_RS_COLUMNS} FROM resolution_state",
    # LEFT JOINs on primary keys: a query that needs no column of them (the charts' counts) skips them.
    "overdue_deadlines": f"""
        SELECT ds.resolution, ds.point, d.value AS deadline, ds.due_date,
               ds.letter_id, ds.letter_date, ds.status_then,
               ds.latest_status, ds.latest_letter_id, ds.latest_letter_date,
               m.quote, m.response, {TODAY} AS checked_on,
               CAST(julianday({TODAY}) - julianday(ds.due_date) AS INTEGER) AS days_overdue,
               ds.deadline_id
        FROM deadline_state ds
        LEFT JOIN deadlines d ON d.id = ds.deadline_id
        LEFT JOIN mandates m ON m.id = ds.mandate_id
        WHERE ds.due_date < {TODAY} AND ds.latest_status != 'done'
        ORDER BY ds.due_date""",
}

_IN_RESOLUTIONS = "IN (SELECT value FROM json_each(:resolutions))"
_IN_POINTS = "IN (SELECT value FROM json_each(:points))"

# {scope}: which rows of letter_resolutions (lr) to compute; {mandates}: which points (m) count for them.
_REFRESH_RESOLUTION_LETTERS = f"""
    INSERT INTO resolution_letter_state (link_id, resolution, letter_id, status, sequence)
    SELECT lr.id, lr.resolution, l.id, {_STATUS_RULE},
           row_number() OVER (PARTITION BY lr.resolution ORDER BY l.letter_date NULLS FIRST, l.id, lr.id)
    FROM letter_resolutions lr
    JOIN letters l ON l.id = lr.letter_id
    LEFT JOIN (
        SELECT m.letter_id, coalesce(m.resolution, ml.resolution) AS resolution,
               count(*) AS points, sum(m.status != 'unknown') AS known,
               sum(m.status = 'done') AS done, sum(m.status = 'rejected') AS rejected,
               sum(m.status = 'not_started') AS not_started
        FROM mandates m JOIN letters ml ON ml.id = m.letter_id
        WHERE {{mandates}}
        GROUP BY m.letter_id, coalesce(m.resolution, ml.resolution)
    ) c ON c.letter_id = lr.letter_id AND c.resolution = lr.resolution
    WHERE l.kind = 'beschlusskontrolle' {{copies}} AND {{scope}}"""

# Schema 1's `resolutions` view, over the (refreshed) resolution_letters of the resolutions in {scope}.
_REFRESH_RESOLUTIONS = f"""
    INSERT INTO resolution_state ({_RS_COLUMNS})
    WITH scoped AS (SELECT * FROM resolution_letters WHERE {{scope}}),
    ranked AS (
        SELECT *, row_number() OVER (PARTITION BY resolution
                                     ORDER BY letter_date DESC NULLS LAST, letter_id DESC) AS recency
        FROM scoped),
    agg AS (
        SELECT resolution, max(subject) AS any_subject, max(session_number) AS any_session,
               min(letter_date) AS first_letter_date, count(*) AS document_count,
               count(DISTINCT coalesce(letter_date || '|' || coalesce(file_number, ''),
                                       'letter ' || letter_id)) AS letter_count,
               max(report_type = 'final') AS final_reported
        FROM scoped GROUP BY resolution)
    SELECT latest.resolution,
           coalesce(latest.subject, agg.any_subject) AS subject,
           coalesce(latest.session_number, agg.any_session) AS session_number,
           latest.department,
           agg.first_letter_date,
           (SELECT s.letter_id FROM resolution_letter_state s  -- indexed; a join on a CTE here is quadratic
            WHERE s.resolution = latest.resolution AND s.sequence = 1) AS first_letter_id,
           latest.letter_date AS latest_letter_date, latest.letter_id AS latest_letter_id,
           latest.status AS latest_status, latest.report_type AS latest_report_type,
           agg.letter_count,
           (SELECT count(*) FROM letter_resolutions lr2 JOIN letters l2 ON l2.id = lr2.letter_id  -- copies too
            WHERE lr2.resolution = latest.resolution AND l2.kind = 'beschlusskontrolle') AS document_count,
           agg.final_reported,
           latest.next_review, latest.next_review_due
    FROM ranked latest
    JOIN agg ON agg.resolution = latest.resolution
    WHERE latest.recency = 1"""

_POINT_KEY = "coalesce(m.resolution, l.resolution, 'letter ' || l.id)"
# Schema 1's `overdue_deadlines` points, for the points whose key is in {scope}, without the date test.
_REFRESH_DEADLINES = f"""
    INSERT INTO deadline_state (deadline_id, mandate_id, point_key, resolution, point, due_date, letter_id,
                                letter_date, status_then, latest_status, latest_letter_id, latest_letter_date)
    WITH points AS (
        SELECT m.id AS mandate_id, {_POINT_KEY} AS point_key, coalesce(m.resolution, l.resolution) AS resolution,
               m.number, m.status, l.id AS letter_id, l.letter_date,
               first_value(m.status) OVER w AS latest_status,
               first_value(l.id) OVER w AS latest_letter_id,
               first_value(l.letter_date) OVER w AS latest_letter_date
        FROM mandates m CROSS JOIN letters l ON l.id = m.letter_id  -- points first: the scope picks them by id
        WHERE l.kind = 'beschlusskontrolle' {{copies}} AND {{scope}}
        WINDOW w AS (PARTITION BY {_POINT_KEY}, m.number
                     ORDER BY l.letter_date DESC NULLS LAST, l.id DESC))
    SELECT d.id, d.mandate_id, p.point_key, p.resolution, p.number, d.due_date, p.letter_id, p.letter_date,
           p.status, p.latest_status, p.latest_letter_id, p.latest_letter_date
    FROM points p JOIN deadlines d ON d.mandate_id = p.mandate_id"""

# The points (m, with letter l) whose key is one of :points, found through indexes (the unary +
# keeps the planner off the index on mandates.resolution for IS NULL, which can match most points).
_POINTS_SCOPE = f"""m.id IN (
        SELECT id FROM mandates WHERE resolution {_IN_POINTS}
        UNION ALL
        SELECT mm.id FROM letters ll CROSS JOIN mandates mm ON mm.letter_id = ll.id  -- letters first
        WHERE ll.resolution {_IN_POINTS} AND +mm.resolution IS NULL
        UNION ALL
        SELECT id FROM mandates WHERE +resolution IS NULL AND letter_id IN (
            SELECT CAST(substr(value, 8) AS INTEGER) FROM json_each(:points) WHERE substr(value, 1, 7) = 'letter '))
    AND {_POINT_KEY} {_IN_POINTS}"""


def affected(conn, letter_id: int) -> tuple[set[str], set[str]]:
    """(resolutions, point keys) whose derived state depends on this letter's rows as stored now."""
    resolutions = {r[0] for r in conn.execute(
        "SELECT resolution FROM letter_resolutions WHERE letter_id = ?", (letter_id,))}
    points = {r[0] for r in conn.execute(
        f"SELECT DISTINCT {_POINT_KEY} FROM mandates m JOIN letters l ON l.id = m.letter_id WHERE l.id = ?",
        (letter_id,))}
    return resolutions, points


def refresh_derived(conn, resolutions: Iterable[str] | None = None, points: Iterable[str] | None = None) -> None:
    """Recompute the derived state of these resolutions and point keys; None: of the whole archive.

    The caller holds the transaction (the document's own, so the state never disagrees with the letters).
    """
    import json

    execute = conn.execute
    # a letter's other copies do not count (schema 5; an older archive being migrated has none)
    has_copies = any(r[1] == "copy_of" for r in execute("PRAGMA table_info(letters)"))
    copies = "AND l.copy_of IS NULL" if has_copies else ""
    if resolutions is None:
        execute("DELETE FROM resolution_letter_state")
        execute(_REFRESH_RESOLUTION_LETTERS.format(scope="1", mandates="1", copies=copies))
        execute("DELETE FROM resolution_state")
        execute(_REFRESH_RESOLUTIONS.format(scope="1"))
    else:
        params = {"resolutions": json.dumps(sorted(set(resolutions)))}
        if params["resolutions"] != "[]":
            execute(f"DELETE FROM resolution_letter_state WHERE resolution {_IN_RESOLUTIONS}", params)
            execute(_REFRESH_RESOLUTION_LETTERS.format(
                scope=f"lr.resolution {_IN_RESOLUTIONS}", copies=copies,
                mandates=f"m.letter_id IN (SELECT letter_id FROM letter_resolutions WHERE resolution {_IN_RESOLUTIONS})"),
                params)
            execute(f"DELETE FROM resolution_state WHERE resolution {_IN_RESOLUTIONS}", params)
            execute(_REFRESH_RESOLUTIONS.format(scope=f"resolution {_IN_RESOLUTIONS}"), params)
    if points is None:
        execute("DELETE FROM deadline_state")
        execute(_REFRESH_DEADLINES.format(scope="1", copies=copies))
    else:
        params = {"points": json.dumps(sorted(set(points)))}
        if params["points"] != "[]":
            execute(f"DELETE FROM deadline_state WHERE point_key {_IN_POINTS}", params)
            execute(_REFRESH_DEADLINES.format(scope=_POINTS_SCOPE, copies=copies), params)


def _v2(db: Database) -> None:
    _v2_tables(db)
    for name, sql in VIEWS_V2.items():
        db.create_view(name, sql, replace=True)
    refresh_derived(db.conn)


def _v3(db: Database) -> None:
    """The archivist's decisions about publishing a letter, kept by the document's sha256: they
    survive re-ingest, --reprocess and new pipeline versions, which rewrite the letter's rows."""
    db.execute("""CREATE TABLE decisions (
        id INTEGER PRIMARY KEY,
        sha256 TEXT NOT NULL,              -- the document decided about
        action TEXT NOT NULL CHECK (action IN ('release', 'withhold')),
        reason TEXT NOT NULL,
        decided_by TEXT,                   -- who (not copied into the public copy)
        decided_at TEXT NOT NULL)""")
    db.execute("CREATE INDEX idx_decisions_sha256 ON decisions (sha256, id)")
    # The decision in force for each document: its latest.
    db.execute("""CREATE VIEW current_decisions AS
        SELECT d.* FROM decisions d
        WHERE d.id = (SELECT max(id) FROM decisions WHERE sha256 = d.sha256)""")


def _v4(db: Database) -> None:
    """Departments by one key for all spellings of one office (archive.stemming.department_key):
    charts and the department page count one office once, the printed name is kept."""
    from archive.stemming import department_key

    db.conn.create_function("department_key", 1, department_key, deterministic=True)
    db.execute("ALTER TABLE letters ADD COLUMN department_key TEXT")
    db.execute("UPDATE letters SET department_key = department_key(department)")
    # covering the department chart (its printed name included): no table lookups on a million letters
    db.execute("CREATE INDEX idx_letters_kind_department_key_status "
               "ON letters (kind, department_key, status, department)")


def _v5(db: Database) -> None:
    """Trust the record: where each value was read, and the archivist's corrections.

    `provenance` holds one letter's models.Provenance (field path -> boxes on pages, or lines
    and characters of a text file). `corrections` is kept by the document's sha256 like
    `decisions`: a correction survives re-ingest, --reprocess and new pipeline versions and is
    applied on top of every new extraction (archive.corrections); the latest per field counts."""
    db.execute("""CREATE TABLE provenance (
        letter_id INTEGER PRIMARY KEY REFERENCES letters(id),
        page_sizes TEXT NOT NULL,          -- JSON [[width, height], ...] in the boxes' units
        fields TEXT NOT NULL)              -- JSON {path: [text, boxes] or [text, line, end_line, start, end]}""")
    db.execute("""CREATE TABLE corrections (
        id INTEGER PRIMARY KEY,
        sha256 TEXT NOT NULL,              -- the document corrected
        field TEXT NOT NULL,               -- a field path: status, letter_date, sender.name, mandates[2].status
        old_value TEXT,                    -- JSON: the value shown before the correction
        new_value TEXT,                    -- JSON: the corrected value
        reason TEXT NOT NULL,
        corrected_by TEXT,                 -- who (not copied into the public copy)
        corrected_at TEXT NOT NULL)""")
    db.execute("CREATE INDEX idx_corrections_sha256 ON corrections (sha256, field, id)")
    db.execute("""CREATE VIEW current_corrections AS
        SELECT c.* FROM corrections c
        WHERE c.id = (SELECT max(id) FROM corrections WHERE sha256 = c.sha256 AND field = c.field)""")
    # the corrected fields of each letter (JSON list of paths): marked on the pages and in exports
    db.execute("ALTER TABLE letters ADD COLUMN corrected TEXT NOT NULL DEFAULT '[]'")
    # copies of one letter (archive.copies): the representative's id, NULL for a letter's best reading
    db.execute("ALTER TABLE letters ADD COLUMN copy_of INTEGER")
    db.execute("CREATE INDEX idx_letters_copy_of ON letters (copy_of)")
    db.execute("CREATE INDEX idx_letters_resolution_letter_date ON letters (resolution, letter_date)")
    # the letters as people read them: one row per letter (copies once), the readable columns first
    db.execute("""CREATE VIEW briefe AS
        SELECT id AS letter_id, letter_date, resolution, subject, status, department, report_type, next_review,
               mandate_count, city, file_number, session_number, letter_year, confidential, corrected
        FROM letters WHERE kind = 'beschlusskontrolle' AND copy_of IS NULL""")
    from archive.copies import regroup_all
    regroup_all(db.conn)
    refresh_derived(db.conn)


def _v6(db: Database) -> None:
    """Indexes for a million letters: the letters without copies (`copy_of IS NULL`, what pages
    count and search) by date (a search walks them newest first and stops at a full page) and by
    the front page's four facets (counted from the index alone; copy_of is in it for that).

    Partial indexes, and the copies in an index of their own: SQLite's statistics average the rows
    per copy_of value, so with any index led by copy_of, `copy_of IS NULL` (nearly every letter)
    looks selective and one department's letters are looked for by walking all of them."""
    for column in ("letter_date", "status", "report_type", "department", "letter_year"):
        db.execute(f"CREATE INDEX idx_letters_original_{column} ON letters ({column}, copy_of) WHERE copy_of IS NULL")
    db.execute("DROP INDEX idx_letters_copy_of")
    db.execute("CREATE INDEX idx_letters_copies ON letters (copy_of) WHERE copy_of IS NOT NULL")


# Append-only: migration n brings user_version n-1 to n. Never edit a released migration.
MIGRATIONS: list[Callable[[Database], None]] = [_v1, _v2, _v3, _v4, _v5, _v6]
SCHEMA_VERSION = len(MIGRATIONS)


class SchemaTooNew(Exception):
    """The archive was written by a newer beschlussarchiv than this one."""


def schema_version(db: Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def migrate(db: Database) -> int:
    """Apply every missing migration, each in its own transaction; return the new version."""
    current = schema_version(db)
    if current > SCHEMA_VERSION:
        raise SchemaTooNew(f"the archive has schema version {current}, this program knows only "
                           f"up to {SCHEMA_VERSION}: update beschlussarchiv")
    conn = db.conn
    for version in range(current + 1, SCHEMA_VERSION + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            if schema_version(db) >= version:  # another process migrated meanwhile
                conn.execute("ROLLBACK")
                continue
            MIGRATIONS[version - 1](db)
            conn.execute(f"PRAGMA user_version = {version}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:    # a full disk has rolled the transaction back already: its error is the one to tell
                conn.execute("ROLLBACK")
            raise
    return schema_version(db)
