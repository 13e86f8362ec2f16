"""The archivist decides what goes public: review, release, withhold.

    rows = withheld(conn)                                   # letters the public copy leaves out, and why
    decide(conn, "17", "release", "Vertraulichkeit aufgehoben, Schreiben vom 3.5.", by="mueller")

A decision is kept by the document's sha256 in `decisions` (who, when, why): it survives
re-ingest, `--reprocess` and new pipeline versions, which rewrite the letter's rows. The latest
decision about a document counts (`current_decisions`); `publish` applies the rule in
archive.publish.PUBLISHED: released letters are published, withheld ones are not, and without
a decision a letter is published only when it is marked not confidential.
"""
from __future__ import annotations

import sqlite3

from archive import store
from archive.publish import PUBLISHED

ACTIONS = ("release", "withhold")


class DecisionError(Exception):
    """The decision cannot be recorded; the message says why and what to do."""


def find_letter(conn: sqlite3.Connection, ref: str) -> sqlite3.Row:
    """A letter by its number in the archive, or by its document's sha256 (or a prefix of 8+)."""
    ref = ref.strip()
    if ref.isdigit():
        rows = conn.execute("SELECT * FROM letters WHERE id = ?", (int(ref),)).fetchall()
    elif len(ref) >= 8 and all(c in "0123456789abcdef" for c in ref.lower()):
        rows = conn.execute("SELECT * FROM letters WHERE sha256 LIKE ?", (ref.lower() + "%",)).fetchall()
    else:
        raise DecisionError(f"'{ref}' is neither a letter number nor a sha256: see beschlussarchiv review")
    if not rows:
        raise DecisionError(f"no letter {ref} in the archive: see beschlussarchiv review")
    if len(rows) > 1:
        raise DecisionError(f"{ref} matches {len(rows)} documents: give more of the sha256")
    return rows[0]


def decide(conn: sqlite3.Connection, ref: str, action: str, reason: str, *, by: str | None) -> sqlite3.Row:
    """Record a decision about a letter; returns the letter."""
    if action not in ACTIONS:
        raise DecisionError(f"unknown decision {action!r}")
    if not reason.strip():
        raise DecisionError("a decision needs a reason (--reason)")
    letter = find_letter(conn, ref)
    with store.transaction(conn):
        conn.execute("INSERT INTO decisions (sha256, action, reason, decided_by, decided_at) VALUES (?, ?, ?, ?, ?)",
                     (letter["sha256"], action, reason.strip(), by, store.now()))
    return letter


def why_withheld(letter: sqlite3.Row, decision: sqlite3.Row | None) -> str:
    if decision is not None and decision["action"] == "withhold":
        return f"withheld by {decision['decided_by'] or 'an archivist'} on {decision['decided_at'][:10]}: {decision['reason']}"
    if letter["confidential"] is None:
        return "unverified: whether it is confidential could not be read (see its warnings)"
    if letter["confidential"] == 0:
        return "another copy of the same letter is confidential or unverified (see beschlussarchiv review)"
    return "marked confidential"


def withheld(conn: sqlite3.Connection) -> list[dict]:
    """Every letter the public copy leaves out: number, date, resolution, file, reason, warnings."""
    rows = conn.execute(
        f"SELECT l.*, d.source_path FROM letters l JOIN documents d USING (sha256) "
        f"WHERE NOT {PUBLISHED.format(src='')} ORDER BY l.id").fetchall()
    out = []
    for letter in rows:
        decision = conn.execute("SELECT * FROM current_decisions WHERE sha256 = ?", (letter["sha256"],)).fetchone()
        out.append({"kind": "withheld", "letter": letter["id"], "sha256": letter["sha256"], "letter_date": letter["letter_date"],
                    "resolution": letter["resolution"], "file": letter["source_path"],
                    "reason": why_withheld(letter, decision),
                    "warnings": [w for w in _warnings(letter) if "onfidential" in w or "ertraulich" in w]})
    return out


def history(conn: sqlite3.Connection, sha256: str) -> list[sqlite3.Row]:
    return conn.execute("SELECT * FROM decisions WHERE sha256 = ? ORDER BY id", (sha256,)).fetchall()


def _warnings(letter: sqlite3.Row) -> list[str]:
    import json
    try:
        return json.loads(letter["warnings"] or "[]")
    except (TypeError, ValueError):
        return []
