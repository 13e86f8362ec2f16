"""An archivist corrects what the reader got wrong, and the correction lasts.

    correct(conn, "17", "mandates[1].status", "done", "Schlussbericht vom 3.5. liegt vor", by="mueller")

A correction is kept by the document's sha256 in `corrections` (who, when, why, the value
shown before and the new one); the latest per field counts (`current_corrections`). Every
time a letter is stored — by `correct`, by ingest, by `--reprocess` or a new pipeline
version — store.write_rows applies its corrections on top of the extracted record, so every
table, view, page, export and the public copy shows the corrected value, and
`letters.corrected` lists what was corrected. When a new extraction reads a corrected field
again, the letter says whether the reader now agrees; when it does not, the correction is
kept and the letter is flagged for review (a warning, listed by `beschlussarchiv review`).

Field paths: the record's scalar fields (`letter_date`, `status`, `confidential`, …), persons
(`sender.name`, `acknowledged_by.role`) and points (`mandates[2].status`,
`mandates[2].deadlines` as a comma-separated list, `mandates[2].quote`, …), numbered from 0.
"""
from __future__ import annotations

import json
import re
import sqlite3
from typing import Any

from pydantic import ValidationError

from models import Record, overall_status

SCALARS = ("kind", "city", "department", "file_number", "letter_date", "resolution", "session_number", "subject",
           "confidential", "recipients", "report_type", "next_review", "status")
PERSON = re.compile(r"^(?P<person>sender|acknowledged_by)\.(?P<part>name|role)$")
POINT = re.compile(r"^mandates\[(?P<k>\d+)\]\.(?P<part>number|resolution|quote|response|status|deadlines)$")
DISAGREES = "correction kept"      # the start of the warning that flags a letter for review


class CorrectionError(Exception):
    """The correction cannot be made; the message says why and what to do."""


def parse_value(path: str, text: str | None) -> Any:
    """The JSON value of a correction typed as text: '' or '-' clears a field; confidential
    takes ja/nein; deadlines a comma-separated list of ISO dates."""
    check_path(path)
    if text is None or text.strip() in ("", "-", "–", "null"):
        return [] if path.endswith(".deadlines") else None
    text = text.strip()
    if path == "confidential":
        value = {"ja": True, "yes": True, "true": True, "1": True,
                 "nein": False, "no": False, "false": False, "0": False}.get(text.lower())
        if value is None:
            raise CorrectionError("confidential takes ja or nein (or '-' for not known)")
        return value
    if path.endswith(".deadlines"):
        return [part.strip() for part in text.split(",") if part.strip()]
    return text


def check_path(path: str) -> None:
    if path not in SCALARS and not PERSON.match(path) and not POINT.match(path):
        raise CorrectionError(f"'{path}' is not a field that can be corrected: use one of {', '.join(SCALARS)}, "
                              "sender.name, sender.role, acknowledged_by.name, acknowledged_by.role, or "
                              "mandates[N].number|resolution|quote|response|status|deadlines (N from 0)")


def value_at(record: Record, path: str) -> Any:
    """The record's value at a field path (None for a point or person that is not there)."""
    data = record.model_dump(include={"kind", "status", "mandates", "sender", "acknowledged_by", *SCALARS})
    return _get(data, path)


def _get(data: dict, path: str) -> Any:
    if path in SCALARS:
        return data.get(path)
    m = PERSON.match(path)
    if m:
        return (data.get(m["person"]) or {}).get(m["part"])
    m = POINT.match(path)
    points = data.get("mandates") or []
    k = int(m["k"])
    return points[k][m["part"]] if k < len(points) else None


def apply(record: Record, corrections: list[tuple[str, Any]]) -> Record:
    """The record with the corrections applied; the overall status follows corrected point
    statuses unless it was corrected itself. Raises CorrectionError when a value does not fit."""
    data = record.model_dump()
    points_changed = False
    for path, value in corrections:
        if path in SCALARS:
            data[path] = value
            continue
        m = PERSON.match(path)
        if m:
            person = data.get(m["person"]) or {"name": None, "role": None}
            person[m["part"]] = value
            data[m["person"]] = person if any(person.values()) else None
            continue
        m = POINT.match(path)
        if m is None:
            raise CorrectionError(f"'{path}' is not a field that can be corrected")
        k = int(m["k"])
        if k >= len(data["mandates"]):
            raise CorrectionError(f"the letter has {len(data['mandates'])} points: {path} does not exist "
                                  "(points are numbered from 0)")
        data["mandates"][k][m["part"]] = value if value is not None or m["part"] == "resolution" else ""
        points_changed = points_changed or m["part"] == "status"
    if points_changed and "status" not in dict(corrections):
        data["status"] = overall_status([p["status"] for p in data["mandates"]])
    try:
        return Record.model_validate(data)
    except ValidationError as exc:
        problem = exc.errors()[0]
        where = ".".join(str(x) for x in problem["loc"])
        raise CorrectionError(f"{where}: {problem['msg']}") from None


def current(conn: sqlite3.Connection, sha256: str) -> list[tuple[str, Any]]:
    """The corrections in force for a document, oldest first: (field path, value)."""
    return [(r[0], json.loads(r[1])) for r in conn.execute(
        "SELECT field, new_value FROM current_corrections WHERE sha256 = ? ORDER BY id", (sha256,))]


def compare(extracted: Record, corrections: list[tuple[str, Any]]) -> list[str]:
    """What a new extraction says about each correction: it now agrees, or it reads something
    else (the correction is kept, and the letter is flagged for review)."""
    notes = []
    for path, value in corrections:
        now = value_at(extracted, path)
        if now == value:
            notes.append(f"correction of {path} confirmed: the reader now reads {_shown(value)} too")
        else:
            notes.append(f"{DISAGREES} for {path}: {_shown(value)}, where the reader reads {_shown(now)}; "
                         "check the original")
    return notes


def _shown(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 80 else text[:77] + "…"


def correct(conn: sqlite3.Connection, ref: str, path: str, value_text: str | None, reason: str,
            *, by: str | None) -> tuple[sqlite3.Row, Any, Any]:
    """Record a correction and store the corrected letter; returns (letter, old value, new value)."""
    from archive import store
    from archive.decisions import DecisionError, find_letter

    if not reason or not reason.strip():
        raise CorrectionError("a correction needs a reason (--reason)")
    value = parse_value(path, value_text)
    try:
        letter = find_letter(conn, ref)
    except DecisionError as exc:
        raise CorrectionError(str(exc)) from None
    record = store.load_record(conn, letter["id"])
    old = value_at(record, path)
    corrected = apply(record, [(path, value)])       # the value fits, or this raises before anything is written
    _store(conn, corrected, path, old, value, reason.strip(), by, store.now())
    return letter, old, value


def _store(conn: sqlite3.Connection, corrected: Record, path: str, old: Any, value: Any, reason: str,
           by: str | None, at: str) -> None:
    """Keep the correction and store the corrected letter, in one transaction."""
    from archive import store

    with store.transaction(conn):
        conn.execute("INSERT INTO corrections (sha256, field, old_value, new_value, reason, corrected_by, corrected_at) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?)",
                     (corrected.source.sha256, path, json.dumps(old, ensure_ascii=False),
                      json.dumps(value, ensure_ascii=False), reason, by, at))
        store.rewrite(conn, corrected)


def corrections_export(conn: sqlite3.Connection) -> list[dict]:
    """Every correction in force, to review, share, or re-apply to a rebuilt archive
    (`beschlussarchiv import-corrections`)."""
    rows = conn.execute("SELECT * FROM current_corrections ORDER BY id").fetchall()
    return [{"sha256": r["sha256"], "field": r["field"], "old_value": json.loads(r["old_value"]) if r["old_value"] else None,
             "new_value": json.loads(r["new_value"]) if r["new_value"] else None, "reason": r["reason"],
             "corrected_by": r["corrected_by"], "corrected_at": r["corrected_at"]} for r in rows]


def import_corrections(conn: sqlite3.Connection, entries: list[dict]) -> tuple[int, list[str]]:
    """Re-apply exported corrections: each to the stored document with its sha256. Returns
    (applied, problems); a document not in this archive is a problem, not a stop."""
    from archive import store

    applied, problems = 0, []
    for entry in entries:
        sha256, path = entry.get("sha256", ""), entry.get("field", "")
        letter = conn.execute("SELECT id FROM letters WHERE sha256 = ?", (sha256,)).fetchone()
        if letter is None:
            problems.append(f"{sha256[:12]} {path}: no such document in this archive")
            continue
        try:
            check_path(path)
            record = store.load_record(conn, letter["id"])
            corrected = apply(record, [(path, entry.get("new_value"))])
        except CorrectionError as exc:
            problems.append(f"{sha256[:12]} {path}: {exc}")
            continue
        _store(conn, corrected, path, entry.get("old_value"), entry.get("new_value"), entry.get("reason") or "imported",
               entry.get("corrected_by"), entry.get("corrected_at") or store.now())
        applied += 1
    return applied, problems


def disputed_corrections(conn: sqlite3.Connection) -> list[dict]:
    """Letters flagged for review: a new reading disagrees with a correction (which was kept)."""
    out = []
    for letter in conn.execute("SELECT l.id, l.letter_date, l.resolution, l.warnings, d.source_path FROM letters l "
                               "JOIN documents d USING (sha256) WHERE l.corrected != '[]' AND l.warnings LIKE ? "
                               "ORDER BY l.id", (f"%{DISAGREES}%",)):
        notes = [w for w in json.loads(letter["warnings"]) if w.startswith(DISAGREES)]
        out.append({"letter": letter["id"], "letter_date": letter["letter_date"], "resolution": letter["resolution"],
                    "file": letter["source_path"], "notes": notes, "kind": "correction"})
    return out
