"""The archive database: open it, write one document per transaction, read records back.

Every connection the archive opens has foreign keys on, WAL journal (readers such as
Datasette never block the writer, nor it them), a busy timeout, and the stemming SQL
functions. Writes use plain `executemany` on rows from archive.rows (sqlite-utils is used
to build the schema; for bulk writes it costs several times more). Every write and delete
recomputes, in the same transaction, the derived per-resolution and per-point state of what it
touched (archive.schema.refresh_derived), so the views never disagree with the letters.
"""
from __future__ import annotations

import dataclasses
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from archive import copies, schema
from archive.rows import RecordRows, Row, record_rows, rows_record
from archive.stemming import register_functions
from models import Record


def now() -> str:
    """The current time as ISO 8601 UTC, second precision."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def connect(path: str | Path, *, readonly: bool = False) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are explicit), set up for the archive."""
    if readonly:
        conn = sqlite3.connect(f"file:{Path(path)}?mode=ro", uri=True, isolation_level=None)
    else:
        conn = sqlite3.connect(str(path), isolation_level=None)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA busy_timeout = 30000")
    conn.execute("PRAGMA foreign_keys = ON")
    if not readonly:
        conn.execute("PRAGMA journal_mode = WAL")
        # WAL + NORMAL: a commit survives the process being killed (only a power cut can lose
        # the last transactions, never half of one).
        conn.execute("PRAGMA synchronous = NORMAL")
        # A checkpoint writes every page changed since the last one back into the archive, once.
        # SQLite's default (1,000 pages) checkpoints after about 10 letters; 10,000 pages (a WAL
        # of about 40 MB) after about 100, so the pages that most letters change (search segments,
        # the ends of tables and indexes) are written back 10x less often. Measured per stored
        # letter: about 10 % less time at 1,000 letters, 20-25 % at 100,000 (tests/bench_store.py).
        conn.execute("PRAGMA wal_autocheckpoint = 10000")
    register_functions(conn)
    return conn


def open_archive(path: str | Path) -> sqlite3.Connection:
    """Open (creating when needed) an archive and bring its schema up to date."""
    if str(path) != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    conn = connect(path)
    schema.migrate(Database(conn))
    return conn


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any exception."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _insert(conn: sqlite3.Connection, table: str, row: Row) -> int:
    columns = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    return conn.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", tuple(row.values())).lastrowid


def _insert_many(conn: sqlite3.Connection, table: str, rows: list[Row]) -> None:
    if not rows:
        return
    columns = ", ".join(rows[0])
    marks = ", ".join("?" for _ in rows[0])
    conn.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", [tuple(r.values()) for r in rows])


def _delete_letter_rows(conn: sqlite3.Connection, letter_id: int) -> None:
    mandate_ids = "SELECT id FROM mandates WHERE letter_id = ?"
    conn.execute(f"DELETE FROM deadlines WHERE mandate_id IN ({mandate_ids})", (letter_id,))
    conn.execute(f"DELETE FROM mandate_stems WHERE mandate_id IN ({mandate_ids})", (letter_id,))
    conn.execute("DELETE FROM mandates WHERE letter_id = ?", (letter_id,))
    conn.execute("DELETE FROM letter_resolutions WHERE letter_id = ?", (letter_id,))
    conn.execute("DELETE FROM letter_stems WHERE letter_id = ?", (letter_id,))
    conn.execute("DELETE FROM provenance WHERE letter_id = ?", (letter_id,))
    conn.execute("DELETE FROM letters WHERE id = ?", (letter_id,))


def write_rows(conn: sqlite3.Connection, rows: RecordRows, *, fresh: bool = True) -> int:
    """Write (or replace) one document's rows; the caller holds the transaction. Returns the letter id.

    A document stored before keeps its letter id, so links to /letters/<id> stay valid. The
    archivist's corrections of the document are applied on top of the record (archive.corrections);
    `fresh` rows come from a new extraction, which is compared with them.
    """
    sha256 = rows.document["sha256"]
    rows = _corrected(conn, rows, fresh)
    old = conn.execute("SELECT id FROM letters WHERE sha256 = ?", (sha256,)).fetchone()
    letter_id = old[0] if old else None
    resolutions: set[str] = set()
    points: set[str] = set()
    former: set[int] = set()
    if old:
        resolutions, points = schema.affected(conn, letter_id)  # what the old version of the letter touched
        former = copies.members(conn, letter_id) - {letter_id}
        _delete_letter_rows(conn, letter_id)  # before the document changes: FTS deletes old text
    doc = rows.document
    updates = ", ".join(f"{c} = excluded.{c}" for c in doc if c != "sha256")
    conn.execute(
        f"INSERT INTO documents ({', '.join(doc)}) VALUES ({', '.join('?' for _ in doc)}) "
        f"ON CONFLICT (sha256) DO UPDATE SET {updates}", tuple(doc.values()))
    letter = dict(rows.letter)
    if letter_id is not None:
        letter = {"id": letter_id, **letter}
    letter_id = _insert(conn, "letters", letter)
    conn.execute("INSERT INTO letter_stems (letter_id, stems) VALUES (?, ?)", (letter_id, rows.letter_stems))
    _insert_many(conn, "letter_resolutions", [{"letter_id": letter_id, **r} for r in rows.resolutions])
    for m in rows.mandates:
        mandate_id = _insert(conn, "mandates", {"letter_id": letter_id, **m.mandate})
        conn.execute("INSERT INTO mandate_stems (mandate_id, stems) VALUES (?, ?)", (mandate_id, m.stems))
        _insert_many(conn, "deadlines", [{"mandate_id": mandate_id, **d} for d in m.deadlines])
    if rows.provenance is not None:
        conn.execute("INSERT INTO provenance (letter_id, page_sizes, fields) VALUES (?, ?, ?)",
                     (letter_id, rows.provenance["page_sizes"], rows.provenance["fields"]))
    copies.regroup(conn, letter_id, former)
    new_resolutions, new_points = schema.affected(conn, letter_id)
    schema.refresh_derived(conn, resolutions | new_resolutions, points | new_points)
    return letter_id


def _corrected(conn: sqlite3.Connection, rows: RecordRows, fresh: bool) -> RecordRows:
    from archive import corrections as corr

    wanted = corr.current(conn, rows.document["sha256"]) if rows.record is not None else []
    if not wanted:
        return rows
    record, applied, notes = rows.record, [], []
    for path, value in wanted:        # one at a time: a correction that no longer fits does not stop the others
        try:
            record = corr.apply(record, [(path, value)])
            applied.append((path, value))
        except corr.CorrectionError as exc:
            notes.append(f"{corr.DISAGREES} for {path} but not applied: {exc}; check the original")
    if fresh:
        notes = corr.compare(rows.record, applied) + notes
    record = record.model_copy(update={"warnings": [w for w in record.warnings if w not in notes] + notes,
                                       "corrected": sorted({p for p, _ in applied})})
    return dataclasses.replace(_rows_for(record, rows.document), document=rows.document, record=rows.record)


def _rows_for(record: Record, doc: Any) -> RecordRows:
    """The rows of a record whose document row is known (stored already, or being stored)."""
    return record_rows(record, full_text=doc["full_text"], size=doc["size"], pipeline_version=doc["pipeline_version"],
                       ingested_at=doc["ingested_at"], run_id=doc["run_id"])


def load_record(conn: sqlite3.Connection, letter_id: int) -> Record:
    """One stored record (as shown: corrections applied)."""
    return next(load_records(conn, after=letter_id - 1, chunk=1))


def rewrite(conn: sqlite3.Connection, record: Record) -> int:
    """Store a changed version of a stored record (its document row kept); the caller holds the transaction."""
    doc = conn.execute("SELECT * FROM documents WHERE sha256 = ?", (record.source.sha256,)).fetchone()
    return write_rows(conn, _rows_for(record, doc), fresh=False)


def add_paths(conn: sqlite3.Connection, sha256: str, paths: Iterable[str], *, seen_at: str,
              run_id: int | None = None) -> None:
    """Record that a stored document was seen under these paths (the caller holds the transaction)."""
    conn.executemany(
        "INSERT INTO document_paths (sha256, path, first_seen, last_seen, run_id) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (sha256, path) DO UPDATE SET last_seen = excluded.last_seen, run_id = excluded.run_id",
        [(sha256, p, seen_at, seen_at, run_id) for p in dict.fromkeys(paths)])


def save_record(conn: sqlite3.Connection, record: Record, *, full_text: str = "", size: int = 0,
                pipeline_version: str | None = None, paths: Iterable[str] = (),
                run_id: int | None = None) -> int:
    """Store one record (replacing an earlier one of the same document) in one transaction."""
    if pipeline_version is None:
        from pipeline import PIPELINE_VERSION as pipeline_version
    stamp = now()
    rows = record_rows(record, full_text=full_text, size=size, pipeline_version=pipeline_version,
                       ingested_at=stamp, run_id=run_id)
    with transaction(conn):
        letter_id = write_rows(conn, rows)
        add_paths(conn, record.source.sha256, [record.source.path, *paths], seen_at=stamp, run_id=run_id)
    return letter_id


def delete_document(conn: sqlite3.Connection, sha256: str) -> None:
    """Remove a document and everything derived from it (letter, points, search rows, paths)."""
    with transaction(conn):
        resolutions: set[str] = set()
        points: set[str] = set()
        for (letter_id,) in conn.execute("SELECT id FROM letters WHERE sha256 = ?", (sha256,)).fetchall():
            touched = schema.affected(conn, letter_id)
            resolutions |= touched[0]
            points |= touched[1]
            others = copies.members(conn, letter_id) - {letter_id}
            _delete_letter_rows(conn, letter_id)
            if others:
                copies.elect(conn, others)     # the other copies stay one letter
        schema.refresh_derived(conn, resolutions, points)
        conn.execute("DELETE FROM document_paths WHERE sha256 = ?", (sha256,))
        conn.execute("DELETE FROM documents WHERE sha256 = ?", (sha256,))


def _by(rows: Iterable[sqlite3.Row], key: str) -> dict[Any, list[sqlite3.Row]]:
    grouped: dict[Any, list[sqlite3.Row]] = defaultdict(list)
    for row in rows:
        grouped[row[key]].append(row)
    return grouped


def load_records(conn: sqlite3.Connection, *, chunk: int = 500, after: int = -1) -> Iterator[Record]:
    """Every stored record (after letter id `after`), in the order the letters were first stored."""
    last = after
    while True:
        letters = conn.execute("SELECT * FROM letters WHERE id > ? ORDER BY id LIMIT ?", (last, chunk)).fetchall()
        if not letters:
            return
        last = letters[-1]["id"]
        ids = [row["id"] for row in letters]
        marks = ", ".join("?" for _ in ids)
        docs = {r["sha256"]: r for r in conn.execute(
            f"SELECT sha256, source_path, media_type, pages, ocr FROM documents WHERE sha256 IN "
            f"(SELECT sha256 FROM letters WHERE id IN ({marks}))", ids)}
        resolutions = _by(conn.execute(f"SELECT * FROM letter_resolutions WHERE letter_id IN ({marks})", ids),
                          "letter_id")
        mandates = _by(conn.execute(f"SELECT * FROM mandates WHERE letter_id IN ({marks})", ids), "letter_id")
        deadlines = _by(conn.execute(
            f"SELECT d.* FROM deadlines d JOIN mandates m ON m.id = d.mandate_id WHERE m.letter_id IN ({marks})",
            ids), "mandate_id")
        sources = {r["letter_id"]: r for r in conn.execute(
            f"SELECT * FROM provenance WHERE letter_id IN ({marks})", ids)}
        for letter in letters:
            yield rows_record(docs[letter["sha256"]], letter, resolutions.get(letter["id"], []),
                              mandates.get(letter["id"], []), deadlines, sources.get(letter["id"]))


def stored_versions(conn: sqlite3.Connection) -> dict[str, str]:
    """sha256 -> pipeline version of every stored document."""
    return dict(conn.execute("SELECT sha256, pipeline_version FROM documents").fetchall())


COUNTED_TABLES = ("documents", "document_paths", "letters", "letter_resolutions", "mandates", "deadlines",
                  "ingest_runs", "ingest_errors")


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Row counts of the archive's main tables."""
    return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in COUNTED_TABLES}


def status(conn: sqlite3.Connection) -> dict[str, Any]:
    """What the archive holds: counts, the files whose latest attempt failed, the last run."""
    from pipeline import PIPELINE_VERSION

    failures = [dict(r) for r in conn.execute(
        "SELECT path, sha256, stage, error, message, remedy, occurred_at, run_id FROM ingest_errors "
        "WHERE current = 1 ORDER BY id")]
    last = conn.execute("SELECT * FROM ingest_runs ORDER BY id DESC LIMIT 1").fetchone()
    by_kind = dict(conn.execute("SELECT kind, count(*) FROM letters GROUP BY kind").fetchall())
    outdated = conn.execute("SELECT count(*) FROM documents WHERE pipeline_version != ?",
                            (PIPELINE_VERSION,)).fetchone()[0]
    return {
        "schema_version": schema.schema_version(Database(conn)),
        "counts": counts(conn),
        "letters_by_kind": by_kind,
        "ocr_documents": conn.execute("SELECT count(*) FROM documents WHERE ocr").fetchone()[0],
        "outdated_documents": outdated,
        "pipeline_version": PIPELINE_VERSION,
        "failures": failures,
        "last_run": dict(last) if last else None,
    }
