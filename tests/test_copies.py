"""One letter, several copies (issue: count each letter once): a letter ingested as digital PDF,
text and scan — in separate runs — is one letter with three copies in every view, page and count,
and the public copy publishes a letter only when every copy may be published."""
from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from archive.datasette_plugin import CHART_QUERIES, FRONT_PAGE_QUERIES
from tests.publishing import Server

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
pytestmark = pytest.mark.skipif(not CORPUS.exists(), reason="../shared/corpus is not here")
SEED = CORPUS / "seed"
DEV = CORPUS / "dev"


def cli(*args: str) -> subprocess.CompletedProcess:
    command = Path(sys.executable).parent / "beschlussarchiv"
    return subprocess.run([str(command), *args], capture_output=True, text=True, timeout=600, cwd=ROOT)


def one(db: Path, sql: str, *params):
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, params).fetchall()


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    db = tmp_path_factory.mktemp("copies") / "archive.db"
    # the digital original first, its text export and scan in a later run, and another letter's two copies
    assert cli("ingest", str(SEED / "seed_letter.digital.pdf"), "--db", str(db)).returncode == 0
    later = cli("ingest", str(SEED / "seed_letter.txt"), str(SEED / "seed_letter.scan.pdf"),
                str(DEV / "d02.txt"), str(DEV / "d02.digital.pdf"), "--db", str(db))
    assert later.returncode == 0, later.stderr
    return db


def test_three_copies_are_one_letter_in_every_count(archive):
    rows = one(archive, "SELECT l.id, l.copy_of, d.media_type, d.ocr FROM letters l JOIN documents d USING (sha256) "
                        "WHERE l.resolution = 'V0870/21' ORDER BY l.id")
    assert len(rows) == 3
    digital = next(r[0] for r in rows if r[2] == "application/pdf" and not r[3])
    assert sorted(r[1] for r in rows if r[0] != digital) == [digital, digital]     # the best reading represents them
    assert one(archive, "SELECT copy_of FROM letters WHERE id = ?", digital) == [(None,)]

    assert one(archive, "SELECT letter_count, document_count FROM resolutions WHERE resolution = 'V0870/21'") == [(1, 3)]
    assert one(archive, "SELECT count(*) FROM resolution_letters WHERE resolution = 'V0870/21'") == [(1,)]
    points = one(archive, "SELECT count(*) FROM deadlines d JOIN mandates m ON m.id = d.mandate_id WHERE m.letter_id = ?",
                 digital)[0][0]
    assert one(archive, "SELECT count(*) FROM deadline_state WHERE resolution = 'V0870/21'") == [(points,)]
    with sqlite3.connect(archive) as conn:
        conn.create_function("department_key", 1, lambda s: s)
        by_year = conn.execute(CHART_QUERIES["by_year"]).fetchall()
        assert sum(n for _, _, n in by_year) == 2          # two letters: V0870/21 and d02's V1387/21
        by_department = conn.execute(CHART_QUERIES["by_department"]).fetchall()
        assert sum(row[2] for row in by_department) == 2
        latest = conn.execute(FRONT_PAGE_QUERIES["latest_letters"]).fetchall()
        assert len(latest) == 2


def test_reprocessing_keeps_the_group(archive):
    before = one(archive, "SELECT id, copy_of FROM letters ORDER BY id")
    assert cli("ingest", str(SEED), str(DEV / "d02.txt"), str(DEV / "d02.digital.pdf"), "--db", str(archive),
               "--reprocess").returncode == 0
    assert one(archive, "SELECT id, copy_of FROM letters ORDER BY id") == before


def test_the_letter_page_lists_its_copies(archive):
    digital = one(archive, "SELECT id FROM letters WHERE resolution = 'V0870/21' AND copy_of IS NULL")[0][0]
    with Server(archive) as server:
        status, _, body = server.get(f"/archiv/letters/{digital}")
        page = body.decode()
        assert status == 200 and page.count("/-/original/") >= 3 and "Kopien dieses Briefes" in page


def test_a_letter_is_published_only_when_every_copy_may_be(archive, tmp_path):
    public = tmp_path / "public.db"
    assert cli("publish", "--db", str(archive), "--public", str(public)).returncode == 0
    # d02 as text and PDF, both marked public: one letter with two copies in the public copy
    assert one(public, "SELECT count(*), count(copy_of) FROM letters WHERE resolution = 'V1387/21'") == [(2, 1)]
    assert one(public, "SELECT letter_count, document_count FROM resolutions WHERE resolution = 'V1387/21'") == [(1, 2)]

    # one copy unverified (its box unreadable): the whole letter stays out
    with sqlite3.connect(archive) as conn:
        conn.execute("UPDATE letters SET confidential = NULL WHERE resolution = 'V1387/21' AND copy_of IS NOT NULL")
    assert cli("publish", "--db", str(archive), "--public", str(public)).returncode == 0
    assert one(public, "SELECT count(*) FROM letters WHERE resolution = 'V1387/21'") == [(0,)]
    review = cli("review", "--db", str(archive))
    assert "another copy of the same letter is confidential or unverified" in review.stdout
