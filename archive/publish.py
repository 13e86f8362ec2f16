"""The public copy: a new database with every letter the public may see, and nothing else.

    summary = publish("archive.db", "public.db")      # also writes public.files/<sha256>.<ext>

A letter is published only when `confidential` is 0 (marked not confidential) and no archivist
withheld it, or when an archivist released it (`beschlussarchiv release`; the latest decision
about a document counts, see PUBLISHED). Letters that are
confidential (1) or unverified (NULL: the form box could not be seen) are left out together with
everything derived from them: their document and full text, points, deadlines, resolution links,
stems, search index rows and original files. The archive's own bookkeeping (paths on disk,
ingest runs, ingest errors, which name files of any letter) is not published either; a
published document keeps only the file name it was read under.

The copy is built from an empty schema (the same migrations as the archive) by inserting the
public rows, so the search indexes only ever see public text and no deleted page of the file
can hold anything else; it is then vacuumed, switched out of WAL mode and moved into place
atomically. The derived per-resolution and per-point state behind the views (resolution_state
and the like, see archive.schema) is recomputed in the copy from its public rows, never copied:
the archive's own reflects confidential letters too. The original files of the published documents are copied, content-addressed, into
a folder beside it (default `<public>.files/`), which `serve --public` serves; a file whose
bytes no longer match the document's sha256 is not copied (and reported).
"""
from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from archive import copies, schema, store
from archive.public_server import write_inspect

EXTENSIONS = {"application/pdf": ".pdf", "image/png": ".png", "image/tiff": ".tiff", "image/jpeg": ".jpg",
              "text/plain": ".txt"}

# table -> the WHERE clause selecting its public rows (pub: the ids of published letters)
PUBLIC_ROWS = [
    ("documents", "sha256 IN (SELECT sha256 FROM pub)"),
    ("letters", "id IN (SELECT id FROM pub)"),
    ("letter_stems", "letter_id IN (SELECT id FROM pub)"),
    ("letter_resolutions", "letter_id IN (SELECT id FROM pub)"),
    ("mandates", "letter_id IN (SELECT id FROM pub)"),
    ("mandate_stems", "mandate_id IN (SELECT id FROM src.mandates WHERE letter_id IN (SELECT id FROM pub))"),
    ("deadlines", "mandate_id IN (SELECT id FROM src.mandates WHERE letter_id IN (SELECT id FROM pub))"),
    ("decisions", "sha256 IN (SELECT sha256 FROM pub)"),     # why a released letter is public
    ("provenance", "letter_id IN (SELECT id FROM pub)"),
    ("corrections", "sha256 IN (SELECT sha256 FROM pub)"),   # what an archivist corrected, and why
]
# The rule, in one place: the latest decision about the document, else its marking; and a letter
# stored as several copies (archive.copies) is as confidential as its strictest copy: a copy that is
# not published itself keeps the others back, unless an archivist released that one copy.
_ONE = ("coalesce((SELECT action = 'release' FROM {src}current_decisions d WHERE d.sha256 = {l}.sha256), "
        "{l}.confidential = 0, 0)")
_RELEASED = "coalesce((SELECT action = 'release' FROM {src}current_decisions d WHERE d.sha256 = {l}.sha256), 0)"
PUBLISHED = (f"({_RELEASED.format(src='{src}', l='l')} OR {_ONE.format(src='{src}', l='l')} AND NOT EXISTS ("
             "SELECT 1 FROM {src}letters c WHERE (c.copy_of = coalesce(l.copy_of, l.id) OR c.id = l.copy_of) "
             f"AND c.id != l.id AND NOT {_ONE.format(src='{src}', l='c')}))")
# Columns written differently in the public copy.
PUBLIC_COLUMNS = {("documents", "source_path"): "file_name(source_path)", ("documents", "run_id"): "NULL",
                  ("decisions", "decided_by"): "NULL", ("corrections", "corrected_by"): "NULL"}
NOT_PUBLISHED = ("document_paths", "ingest_runs", "ingest_errors")
# Derived state that would name a letter, point or deadline not in the copy (each must count 0).
DERIVED_CHECKS = [
    "SELECT count(*) FROM resolution_letter_state WHERE link_id NOT IN (SELECT id FROM letter_resolutions) "
    "OR letter_id NOT IN (SELECT id FROM letters)",
    "SELECT count(*) FROM resolution_state WHERE resolution NOT IN (SELECT resolution FROM letter_resolutions) "
    "OR latest_letter_id NOT IN (SELECT id FROM letters) OR first_letter_id NOT IN (SELECT id FROM letters)",
    "SELECT count(*) FROM deadline_state WHERE deadline_id NOT IN (SELECT id FROM deadlines) "
    "OR letter_id NOT IN (SELECT id FROM letters) OR latest_letter_id NOT IN (SELECT id FROM letters)",
]


def files_dir_for(db: str | Path) -> Path:
    """Where publish puts (and serve --public finds) the original files of a public copy."""
    path = Path(db)
    return path.with_name(path.stem + ".files")


_hashed: dict[tuple[str, int, int], str] = {}


def file_sha256(path: str) -> str | None:
    """The file's sha256 (None when it cannot be read), cached by (path, size, mtime)."""
    try:
        stat = os.stat(path)
        key = (path, stat.st_size, stat.st_mtime_ns)
        if key not in _hashed:
            digest = hashlib.sha256()
            with open(path, "rb") as f:
                for block in iter(lambda: f.read(1 << 20), b""):
                    digest.update(block)
            _hashed[key] = digest.hexdigest()
    except OSError:
        return None
    return _hashed[key]


class PublishError(Exception):
    """The public copy cannot be written; the message says why and what to do."""


@dataclass
class PublishSummary:
    public: str
    files_dir: str
    letters: int = 0
    withheld_confidential: int = 0
    withheld_unverified: int = 0
    released: int = 0            # confidential or unverified, published by an archivist's decision
    withheld_by_decision: int = 0
    files: int = 0
    missing_files: list[str] = field(default_factory=list)  # sha256 of documents whose file was not found

    def line(self) -> str:
        missing = f", {len(self.missing_files)} originals not found" if self.missing_files else ""
        decided = (f" ({self.released} released and {self.withheld_by_decision} withheld by an archivist)"
                   if self.released or self.withheld_by_decision else "")
        return (f"{self.letters} letters published, {self.withheld_confidential} confidential and "
                f"{self.withheld_unverified} unverified withheld{decided}; {self.files} original files{missing}")


def _file_name(path: str | None) -> str | None:
    return os.path.basename(path) if path else path


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA main.table_info({table})")]


def publish(db: str | Path, public: str | Path, *, files_dir: str | Path | None = None,
            copy_files: bool = True) -> PublishSummary:
    """Write the public copy of the archive at `db` to `public` (replacing it) and its files."""
    db, public = Path(db), Path(public)
    if not db.is_file():
        raise PublishError(f"no archive at {db}")
    if db.resolve() == public.resolve():
        raise PublishError("the public copy must be a different file from the archive")
    files_dir = Path(files_dir) if files_dir else files_dir_for(public)
    summary = PublishSummary(str(public), str(files_dir))

    tmp = public.with_name(public.name + ".tmp")
    for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        leftover.unlink(missing_ok=True)
    conn = store.open_archive(tmp)
    try:
        conn.create_function("file_name", 1, _file_name, deterministic=True)
        conn.execute("ATTACH DATABASE ? AS src", (str(db),))
        version = conn.execute("PRAGMA src.user_version").fetchone()[0]
        if version != schema.SCHEMA_VERSION:
            raise PublishError(f"{db} has schema version {version}, this program writes {schema.SCHEMA_VERSION}: "
                               f"bring it up to date with beschlussarchiv status --db {db}")
        published = PUBLISHED.format(src="src.")
        (summary.withheld_confidential, summary.withheld_unverified, summary.released,
         summary.withheld_by_decision) = conn.execute(
            f"SELECT coalesce(sum(confidential = 1 AND NOT {published}), 0), "
            f"coalesce(sum(confidential IS NULL AND NOT {published}), 0), "
            f"coalesce(sum(confidential IS NOT 0 AND {published}), 0), "
            f"coalesce(sum(confidential = 0 AND NOT {published}), 0) FROM src.letters l").fetchone()
        with store.transaction(conn):
            conn.execute(f"CREATE TEMP TABLE pub AS SELECT id, sha256 FROM src.letters l WHERE {published}")
            for table, where in PUBLIC_ROWS:  # documents before letters: the FTS trigger reads full_text
                columns = _columns(conn, table)
                values = ", ".join(PUBLIC_COLUMNS.get((table, c), c) for c in columns)
                conn.execute(f"INSERT INTO main.{table} ({', '.join(columns)}) "
                             f"SELECT {values} FROM src.{table} WHERE {where}")
            documents = [(r[0], r[1]) for r in conn.execute(
                "SELECT sha256, media_type FROM main.documents ORDER BY sha256")]
            paths = {}
            for sha256, path in conn.execute(
                    "SELECT sha256, path FROM src.document_paths WHERE sha256 IN (SELECT sha256 FROM pub) "
                    "ORDER BY last_seen DESC"):
                paths.setdefault(sha256, []).append(path)
            for sha256, path in conn.execute("SELECT sha256, source_path FROM src.documents "
                                             "WHERE sha256 IN (SELECT sha256 FROM pub)"):
                paths.setdefault(sha256, []).append(path)
            conn.execute("DROP TABLE temp.pub")
            # Copies regrouped among the public rows, and the derived per-resolution and per-point
            # state computed from them alone (never copied: the archive's reflects confidential letters too).
            copies.regroup_all(conn)
            schema.refresh_derived(conn)
        conn.execute("DETACH DATABASE src")
        _check(conn)
        summary.letters = conn.execute("SELECT count(*) FROM letters").fetchone()[0]
        for fts in ("letters_fts", "mandates_fts", "letters_stem_fts", "mandates_stem_fts"):
            conn.execute(f"INSERT INTO {fts}({fts}) VALUES ('optimize')")
        conn.execute("ANALYZE")
        conn.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, served immutable
        conn.execute("VACUUM")
    except BaseException:
        conn.close()
        for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            leftover.unlink(missing_ok=True)
        raise
    conn.close()

    if copy_files:
        summary.files, summary.missing_files = _copy_files(documents, paths, files_dir)
    os.replace(tmp, public)
    for stale in (Path(f"{public}-wal"), Path(f"{public}-shm")):
        stale.unlink(missing_ok=True)
    write_inspect(public)      # its row counts for the server (archive.public_server)
    return summary


def _check(conn: sqlite3.Connection) -> None:
    """The copy holds no letter that is not public and no bookkeeping; its indexes are sound."""
    bad = conn.execute(f"SELECT count(*) FROM letters l WHERE NOT {PUBLISHED.format(src='')}").fetchone()[0]
    internal = sum(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in NOT_PUBLISHED)
    orphans = conn.execute("SELECT count(*) FROM documents WHERE sha256 NOT IN (SELECT sha256 FROM letters)"
                           ).fetchone()[0]
    orphans += sum(conn.execute(sql).fetchone()[0] for sql in DERIVED_CHECKS)
    if bad or internal or orphans:
        raise PublishError(f"internal error: the public copy would hold {bad} non-public letters, "
                           f"{internal} bookkeeping rows, {orphans} documents without a letter or "
                           f"derived rows without a public letter")
    if conn.execute("PRAGMA foreign_key_check").fetchall():
        raise PublishError("internal error: the public copy fails its foreign key check")


def _copy_files(documents: list[tuple[str, str]], paths: dict[str, list[str]],
                files_dir: Path) -> tuple[int, list[str]]:
    """Copy each document's original (verified by sha256) into a fresh files folder, then swap it in."""
    tmp = files_dir.with_name(files_dir.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    copied, missing = 0, []
    for sha256, media_type in documents:
        source = next((p for p in dict.fromkeys(paths.get(sha256, []))
                       if p and os.path.isfile(p) and file_sha256(p) == sha256), None)
        if source is None:
            missing.append(sha256)
            continue
        target = tmp / f"{sha256}{EXTENSIONS.get(media_type, '')}"
        shutil.copyfile(source, target)
        if file_sha256(str(target)) != sha256:  # changed while copying
            target.unlink()
            missing.append(sha256)
            continue
        copied += 1
    old = files_dir.with_name(files_dir.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if files_dir.exists():
        files_dir.rename(old)
    tmp.rename(files_dir)
    shutil.rmtree(old, ignore_errors=True)
    return copied, missing
