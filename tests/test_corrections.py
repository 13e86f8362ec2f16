"""Corrections that last, and where each value was read — through the real CLI on a real archive
of the bundled example letters: a correction survives --reprocess, shows in the public copy and
in exports, can be exported and re-applied to a rebuilt archive; the public server shows the
page of a published letter with a value's boxes, and nothing of a withheld one."""
from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.publishing import Server

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


def cli(*args: str) -> subprocess.CompletedProcess:
    command = Path(sys.executable).parent / "beschlussarchiv"
    return subprocess.run([str(command), *args], capture_output=True, text=True, timeout=300, cwd=ROOT)


def rows(db: Path, sql: str, *params) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, params).fetchall()


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    db = tmp_path_factory.mktemp("corrections") / "archive.db"
    done = cli("ingest", str(EXAMPLES), "--db", str(db), "--workers", "2")
    assert done.returncode == 0, done.stderr
    return db


def _public_letter(db: Path) -> tuple[int, str, str]:
    """(id, sha256, first point's status) of a public letter with two points or more."""
    return rows(db, "SELECT l.id, l.sha256, m.status FROM letters l JOIN mandates m ON m.letter_id = l.id AND m.position = 0 "
                    "WHERE l.confidential = 0 AND l.mandate_count >= 2 ORDER BY l.id")[0]


def test_a_correction_outlasts_reprocessing_and_reaches_every_output(archive, tmp_path):
    letter, sha256, status = _public_letter(archive)
    wrong = "rejected" if status != "rejected" else "done"
    first = cli("correct", str(letter), "mandates[0].status", wrong, "--reason", "laut Schlussbericht",
                "--by", "archivarin", "--db", str(archive))
    assert first.returncode == 0, first.stderr
    assert cli("correct", str(letter), "letter_date", "2020-01-02", "--reason", "Eingangsstempel",
               "--db", str(archive)).returncode == 0

    def shown() -> tuple:
        return rows(archive, "SELECT l.letter_date, m.status, l.corrected FROM letters l JOIN mandates m "
                             "ON m.letter_id = l.id AND m.position = 0 WHERE l.sha256 = ?", sha256)[0]

    assert shown() == ("2020-01-02", wrong, '["letter_date", "mandates[0].status"]')
    # the overall status follows the corrected point
    assert rows(archive, "SELECT count(*) FROM resolution_letters WHERE sha256 = ? AND letter_date = '2020-01-02'",
                sha256)[0][0] >= 1

    reprocessed = cli("ingest", str(EXAMPLES), "--db", str(archive), "--reprocess")
    assert reprocessed.returncode == 0, reprocessed.stderr
    assert shown() == ("2020-01-02", wrong, '["letter_date", "mandates[0].status"]')
    warnings = json.loads(rows(archive, "SELECT warnings FROM letters WHERE sha256 = ?", sha256)[0][0])
    assert any(w.startswith("correction kept for mandates[0].status") for w in warnings)   # the reader disagrees
    review = cli("review", "--db", str(archive), "--json")
    disputed = [json.loads(line) for line in review.stdout.splitlines() if json.loads(line)["kind"] == "correction"]
    assert [d["letter"] for d in disputed] == [letter]

    exported = [json.loads(line) for line in cli("export", "--db", str(archive)).stdout.splitlines()]
    record = next(r for r in exported if r["source"]["sha256"] == sha256)
    assert record["letter_date"] == "2020-01-02" and record["mandates"][0]["status"] == wrong
    assert record["corrected"] == ["letter_date", "mandates[0].status"]
    assert record["provenance"]["fields"]["mandates[0].quote"]["boxes"]   # where it was read rides along

    public = tmp_path / "public.db"
    assert cli("publish", "--db", str(archive), "--public", str(public)).returncode == 0
    assert rows(public, "SELECT letter_date, corrected FROM letters WHERE sha256 = ?", sha256) == \
        [("2020-01-02", '["letter_date", "mandates[0].status"]')]
    assert rows(public, "SELECT count(*), count(corrected_by) FROM corrections") == [(2, 0)]   # who stays private

    listed = cli("export", "--corrections", "--db", str(archive))
    entries = [json.loads(line) for line in listed.stdout.splitlines()]
    assert [(e["field"], e["new_value"], e["reason"]) for e in entries] == [
        ("mandates[0].status", wrong, "laut Schlussbericht"), ("letter_date", "2020-01-02", "Eingangsstempel")]
    assert entries[0]["old_value"] == status

    # a rebuilt archive takes the exported corrections back
    rebuilt = tmp_path / "rebuilt.db"
    assert cli("ingest", str(EXAMPLES), "--db", str(rebuilt)).returncode == 0
    saved = tmp_path / "corrections.jsonl"
    saved.write_text(listed.stdout, encoding="utf-8")
    imported = cli("import-corrections", str(saved), "--db", str(rebuilt))
    assert imported.returncode == 0 and "2 corrections applied" in imported.stdout, imported.stdout + imported.stderr
    assert rows(rebuilt, "SELECT letter_date FROM letters WHERE sha256 = ?", sha256) == [("2020-01-02",)]


def test_a_correction_that_does_not_fit_is_refused_in_one_line(archive):
    letter, _, _ = _public_letter(archive)
    for args, message in [(("mandates[40].status", "done"), "does not exist"),
                          (("letter_date", "13.10.2021"), "letter_date"),
                          (("mandates[0].status", "fertig"), "mandates"),
                          (("colour", "blue"), "not a field")]:
        done = cli("correct", str(letter), *args, "--reason", "x", "--db", str(archive))
        assert done.returncode == 1 and message in done.stderr and "Traceback" not in done.stderr, done.stderr
        assert len(done.stderr.strip().splitlines()) == 1


def test_the_public_server_shows_where_a_published_value_was_read_and_nothing_withheld(archive, tmp_path):
    public = tmp_path / "public.db"
    assert cli("publish", "--db", str(archive), "--public", str(public)).returncode == 0
    shown = rows(public, "SELECT l.id FROM letters l JOIN documents d USING (sha256) "
                         "WHERE d.media_type = 'application/pdf' ORDER BY l.id")[0][0]
    withheld = rows(archive, "SELECT id FROM letters WHERE confidential IS NOT 0 ORDER BY id")[0][0]
    with Server(public, "--public") as server:
        status, _, body = server.get(f"/-/fundstelle/{shown}?feld=mandates%5B0%5D.response")
        assert status == 200 and b'class="mark"' in body
        image = body.decode().split('<img src="')[1].split('"')[0]
        status, headers, png = server.get(image)
        assert status == 200 and headers["content-type"] == "image/png" and png[:8] == b"\x89PNG\r\n\x1a\n"
        assert server.get(f"/-/fundstelle/{withheld}?feld=city")[0] == 404
        assert server.get(f"/-/korrektur/{shown}", method="POST", data=b"feld=city&wert=x&grund=y")[0] in (400, 403, 405)
