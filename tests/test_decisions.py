"""The archivist decides what goes public: review, release, withhold — through the real CLI, on a
real archive of the bundled example letters; decisions survive --reprocess and a new pipeline."""
from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from archive.serve import check_public

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


def cli(*args: str) -> subprocess.CompletedProcess:
    command = Path(sys.executable).parent / "beschlussarchiv"
    return subprocess.run([str(command), *args], capture_output=True, text=True, timeout=300, cwd=ROOT)


def published(public: Path) -> set[str]:
    with sqlite3.connect(public) as conn:
        return {r[0] for r in conn.execute("SELECT sha256 FROM letters")}


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    db = tmp_path_factory.mktemp("decisions") / "archive.db"
    assert cli("ingest", str(EXAMPLES), "--db", str(db), "--workers", "2").returncode == 0
    return db


def test_review_release_withhold_and_publish_obeys_through_reprocess_and_new_versions(archive, tmp_path):
    public = tmp_path / "public.db"
    review = cli("review", "--db", str(archive), "--json")
    assert review.returncode == 0, review.stderr
    withheld = [json.loads(line) for line in review.stdout.splitlines()]
    assert withheld and all(row["reason"] == "marked confidential" for row in withheld)
    secret = withheld[0]
    assert secret["file"].endswith(".pdf") or secret["file"].endswith(".txt")
    assert cli("publish", "--db", str(archive), "--public", str(public)).returncode == 0
    assert secret["sha256"] not in published(public)

    released = cli("release", str(secret["letter"]), "--reason", "Vertraulichkeit aufgehoben (Schreiben vom 3.5.)",
                   "--by", "archivarin", "--db", str(archive))
    assert released.returncode == 0 and "released for the public copy" in released.stdout
    with sqlite3.connect(archive) as conn:
        public_one = conn.execute("SELECT id, sha256 FROM letters WHERE confidential = 0 ORDER BY id").fetchone()
    withheld_one = cli("withhold", public_one[1][:12], "--reason", "Personenbezug im Anhang", "--db", str(archive))
    assert withheld_one.returncode == 0, withheld_one.stderr

    for step in ("first", "reprocess", "new pipeline version"):
        if step == "reprocess":
            assert cli("ingest", str(EXAMPLES), "--db", str(archive), "--reprocess").returncode == 0
        if step == "new pipeline version":
            with sqlite3.connect(archive) as conn:
                conn.execute("UPDATE documents SET pipeline_version = '0.0.1'")
            assert cli("ingest", str(EXAMPLES), "--db", str(archive)).returncode == 0
        result = cli("publish", "--db", str(archive), "--public", str(public))
        assert result.returncode == 0 and "1 released and 1 withheld by an archivist" in result.stderr, step
        shown = published(public)
        assert secret["sha256"] in shown and public_one[1] not in shown, step
        check_public(public)                                   # serve --public accepts the copy
        with sqlite3.connect(public) as conn:
            rows = conn.execute("SELECT sha256, action, reason, decided_by FROM decisions").fetchall()
        assert rows == [(secret["sha256"], "release", "Vertraulichkeit aufgehoben (Schreiben vom 3.5.)", None)]

    review = cli("review", "--db", str(archive))
    assert f"letter {public_one[0]}" in review.stdout and "withheld by" in review.stdout
    assert "Personenbezug im Anhang" in review.stdout and f"letter {secret['letter']} " not in review.stdout


@pytest.mark.parametrize("ref, message", [
    ("99999", "no letter 99999 in the archive"),
    ("vertraulich", "is neither a letter number nor a sha256"),
])
def test_a_decision_about_no_letter_is_one_line(archive, ref, message):
    result = cli("release", ref, "--reason", "x", "--db", str(archive))
    assert result.returncode == 1 and message in result.stderr and "Traceback" not in result.stderr


def test_a_decision_needs_a_reason(archive):
    result = cli("withhold", "1", "--reason", "  ", "--db", str(archive))
    assert result.returncode == 1 and "needs a reason" in result.stderr


def test_the_letter_page_shows_the_decision_history(archive):
    from tests.publishing import Server

    with sqlite3.connect(archive) as conn:
        letter = conn.execute("SELECT l.id FROM letters l JOIN decisions d USING (sha256) LIMIT 1").fetchone()
    if letter is None:
        assert cli("withhold", "1", "--reason", "Prüfung läuft", "--by", "archivar", "--db", str(archive)).returncode == 0
        letter = (1,)
    with Server(archive) as server:
        status, _, body = server.get(f"/archiv/letters/{letter[0]}")
    page = body.decode()
    assert status == 200 and "Veröffentlichung: Entscheidungen" in page
    assert "zurückgehalten" in page or "freigegeben" in page
