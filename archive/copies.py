"""One letter, several copies: a digital PDF, its scan and a text export are one letter.

Documents are copies of one letter when they report on the same resolution with the same date
and their texts share most of their words (OCR noise included: a scan and its digital original
match). Each group has one representative, its best reading — digital text over plain text over
OCR, then the first stored — and every other copy points at it in `letters.copy_of`. Everything
that counts letters (timelines, overdue reviews and deadlines, open resolutions, charts, the
front page) counts representatives only; the letter page lists the copies. Grouping happens in
the transaction that stores a document (store.write_rows), so it is as SIGKILL-safe and
idempotent as the rest of ingest; the public copy re-checks it among its own rows.
"""
from __future__ import annotations

import re
import sqlite3

SIMILAR = 0.5      # share of distinct words two readings of one letter have in common, at least


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-zäöüß]{4,}", (text or "").lower()))


def similar(a: str, b: str) -> bool:
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return False
    return len(wa & wb) / min(len(wa), len(wb)) >= SIMILAR


def _rank(row) -> tuple[int, int]:
    """Best reading first: digital text, then plain text, then OCR; then the first stored."""
    kind = 2 if row["ocr"] else (1 if row["media_type"] == "text/plain" else 0)
    return kind, row["id"]


def regroup(conn: sqlite3.Connection, letter_id: int, former: set[int] = frozenset()) -> None:
    """Find the copies of this (just stored) letter and elect each group's representative;
    `former` are the members of the group it belonged to before, which are regrouped too."""
    me = conn.execute("SELECT l.id, l.kind, l.resolution, l.letter_date, d.full_text FROM letters l "
                      "JOIN documents d USING (sha256) WHERE l.id = ?", (letter_id,)).fetchone()
    group = {letter_id}
    if me["kind"] == "beschlusskontrolle" and me["resolution"] and me["letter_date"]:
        candidates = conn.execute(
            "SELECT l.id, l.copy_of, d.full_text FROM letters l JOIN documents d USING (sha256) "
            "WHERE l.resolution = ? AND l.letter_date = ? AND l.kind = 'beschlusskontrolle' AND l.id != ?",
            (me["resolution"], me["letter_date"], letter_id)).fetchall()
        for other in candidates:
            if similar(me["full_text"], other["full_text"]):
                group |= {other["id"], other["copy_of"] or other["id"]}
        group |= {r[0] for r in conn.execute(
            f"SELECT id FROM letters WHERE copy_of IN ({','.join('?' * len(group))})", sorted(group))}
    elect(conn, group)
    rest = set(former) - group
    if rest:        # the group it left: the others stay one letter, with a representative of their own
        elect(conn, rest)


def elect(conn: sqlite3.Connection, ids: set[int]) -> None:
    marks = ",".join("?" * len(ids))
    members = conn.execute(f"SELECT l.id, d.media_type, d.ocr FROM letters l JOIN documents d USING (sha256) "
                           f"WHERE l.id IN ({marks})", sorted(ids)).fetchall()
    if not members:
        return
    best = min(members, key=_rank)["id"]
    conn.execute(f"UPDATE letters SET copy_of = CASE WHEN id = ? THEN NULL ELSE ? END WHERE id IN ({marks})",
                 (best, best, *sorted(ids)))


def members(conn: sqlite3.Connection, letter_id: int) -> set[int]:
    """The ids of the letter's group (itself included)."""
    row = conn.execute("SELECT coalesce(copy_of, id) FROM letters WHERE id = ?", (letter_id,)).fetchone()
    if row is None:
        return set()
    return {r[0] for r in conn.execute("SELECT id FROM letters WHERE id = ? OR copy_of = ?", (row[0], row[0]))}


def regroup_all(conn: sqlite3.Connection) -> None:
    """Group a whole archive (an archive from before copies were grouped, or a public copy)."""
    conn.execute("UPDATE letters SET copy_of = NULL")
    for (letter_id,) in conn.execute("SELECT id FROM letters WHERE kind = 'beschlusskontrolle' ORDER BY id").fetchall():
        if conn.execute("SELECT copy_of FROM letters WHERE id = ?", (letter_id,)).fetchone()[0] is None:
            regroup(conn, letter_id)
