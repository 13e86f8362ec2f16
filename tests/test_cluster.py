"""`ingest --cluster`: the extract step on a real two-worker Dask cluster gives the archive a
local-pool run gives, also after the writer was killed with SIGKILL and run again.

The cluster is a real `distributed.LocalCluster` (two worker processes, one thread each) on
this machine; the letters come from the test-letter generator, as in tests/test_ingest.py.
"""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from archive.ingest import Options, extract_rows, ingest
from tests.letters.generate import make_series, random_spec, render
from tests.test_ingest import ROOT, check_consistent, run_cli, wait_until_stored, write_letters

distributed = pytest.importorskip("distributed")


def slow_extract(path: str, ocr: str):
    """The real extraction, slowed down so that the writer can be killed in the middle."""
    time.sleep(0.1)
    return extract_rows(path, ocr)


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=":0", silence_logs=40) as local:
        yield local.scheduler_address


def letters_of_every_kind(folder: Path) -> None:
    """Text and digital letters, a series about one resolution, one letter as text and as PDF
    (copies of one letter), the same file under two names, and two files that cannot be read."""
    write_letters(folder, 8, seed=21, pdf_every=3)
    for spec in make_series(22, ("interim", "interim", "final"), prefix="s"):
        (folder / f"{spec.id}.txt").write_bytes(render(spec, "txt"))
    twin = random_spec(23, "twin")
    (folder / "twin.txt").write_bytes(render(twin, "txt"))
    (folder / "twin.digital.pdf").write_bytes(render(twin, "digital.pdf"))
    (folder / "same file, other name.txt").write_bytes((folder / "twin.txt").read_bytes())
    (folder / "empty.pdf").write_bytes(b"")
    pdf = (folder / "twin.digital.pdf").read_bytes()
    (folder / "truncated.pdf").write_bytes(pdf[: len(pdf) // 2])


# ------------------------------------------------------------------ comparing archives

# Set by the run, not by the letters: when, by which run, in which order of arrival.
VOLATILE = {"ingested_at", "run_id", "first_seen", "last_seen", "occurred_at"}


def archive_contents(db: Path) -> dict[str, list[tuple]]:
    """Every table and view a reader sees, with the row ids (given in order of arrival, which
    differs between runs) replaced by what they stand for: a letter by its document's sha256,
    a point by (sha256, position), a deadline by (sha256, point position, position)."""
    conn = sqlite3.connect(db)
    letter = dict(conn.execute("SELECT id, sha256 FROM letters"))
    link = {i: (letter[l], p) for i, l, p in conn.execute("SELECT id, letter_id, position FROM letter_resolutions")}
    mandate = {i: (letter[l], p) for i, l, p in conn.execute("SELECT id, letter_id, position FROM mandates")}
    deadline = {i: (*mandate[m], p) for i, m, p in conn.execute("SELECT id, mandate_id, position FROM deadlines")}
    by_column = {"letter_id": letter, "first_letter_id": letter, "latest_letter_id": letter, "copy_of": letter,
                 "link_id": link, "mandate_id": mandate, "deadline_id": deadline}
    own_id = {"letters": letter, "letter_resolutions": link, "mandates": mandate, "deadlines": deadline}
    names = [name for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE '%_fts%' AND name != 'ingest_runs' ORDER BY name")]
    contents = {}
    for name in names:
        cursor = conn.execute(f'SELECT * FROM "{name}"')
        columns = [c[0] for c in cursor.description]
        rows = []
        for row in cursor:
            kept = []
            for column, value in zip(columns, row):
                if column in VOLATILE or (column == "id" and name not in own_id):
                    continue
                ids = own_id[name] if column == "id" else by_column.get(column)
                kept.append((column, ids.get(value, value) if ids and value is not None else value))
            rows.append(tuple(kept))
        contents[name] = sorted(rows, key=repr)
    conn.close()
    return contents


def assert_same_archive(db: Path, expected: Path) -> None:
    ours, theirs = archive_contents(db), archive_contents(expected)
    assert ours.keys() == theirs.keys()
    for table in theirs:
        assert ours[table] == theirs[table], f"{table} differs"
    check_consistent(db)


# ------------------------------------------------------------------ the tests

def test_a_cluster_ingest_gives_the_archive_of_a_local_ingest(tmp_path, cluster):
    folder = tmp_path / "in"
    letters_of_every_kind(folder)
    local_db, cluster_db = tmp_path / "local.db", tmp_path / "cluster.db"

    local = run_cli("ingest", str(folder), "--db", str(local_db), "--workers", "2")
    assert local.exit_code == 1   # the two unreadable files
    result = run_cli("ingest", str(folder), "--db", str(cluster_db), "--cluster", cluster)
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert "16 files in" in result.output and "13 new, 0 reprocessed, 1 skipped, 2 failed" in result.output
    assert f"failed: {folder / 'empty.pdf'}: the file is empty" in result.output
    assert "ingest: 16/16 files, 2 failed" in result.output   # the progress line
    with sqlite3.connect(cluster_db) as conn:
        assert conn.execute("SELECT count(*) FROM letters WHERE copy_of IS NOT NULL").fetchone()[0] == 1
        assert conn.execute("SELECT max(letter_count) FROM resolutions").fetchone()[0] == 3
    assert_same_archive(cluster_db, local_db)

    # Run again: nothing new is read, the unreadable files are left alone, the archive is unchanged.
    again = run_cli("ingest", str(folder), "--db", str(cluster_db), "--cluster", cluster)
    assert again.exit_code == 0 and "0 new, 0 reprocessed, 16 skipped (of them 2 unreadable as before" in again.output
    assert_same_archive(cluster_db, local_db)


KILLABLE = """
import sys
from archive.ingest import Options, ingest
ingest([sys.argv[1]], sys.argv[2], Options(cluster=sys.argv[3], extractor="tests.test_cluster:slow_extract"))
"""


def test_sigkill_of_the_writer_during_a_cluster_ingest_then_a_rerun_gives_the_same_archive(tmp_path, cluster):
    folder = tmp_path / "in"
    write_letters(folder, 40, seed=24, pdf_every=8)
    killed, clean = tmp_path / "killed.db", tmp_path / "clean.db"

    proc = subprocess.Popen([sys.executable, "-c", KILLABLE, str(folder), str(killed), cluster], cwd=ROOT,
                            start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_until_stored(killed, 10)
        assert proc.poll() is None, "the run ended before it could be killed"
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    check_consistent(killed)
    partial = sqlite3.connect(killed).execute("SELECT count(*) FROM documents").fetchone()[0]
    assert 10 <= partial < 40

    rerun = ingest([folder], killed, Options(cluster=cluster))
    assert (rerun.new, rerun.skipped, rerun.failed) == (40 - partial, partial, 0)
    with sqlite3.connect(killed) as conn:
        assert [r[0] for r in conn.execute("SELECT state FROM ingest_runs ORDER BY id")] == ["interrupted", "finished"]
    ingest([folder], clean, Options(workers=2))
    assert_same_archive(killed, clean)


def test_an_unreachable_scheduler_is_one_line_and_stores_nothing(tmp_path, monkeypatch):
    from archive import cluster

    monkeypatch.setattr(cluster, "CONNECT_TIMEOUT_S", 1)   # a closed port: no need to wait 10 s
    write_letters(tmp_path / "in", 1)
    result = run_cli("ingest", str(tmp_path / "in"), "--db", str(tmp_path / "a.db"), "--cluster", "tcp://127.0.0.1:9")
    assert result.exit_code == 4
    assert "error: cannot reach the Dask scheduler at tcp://127.0.0.1:9: " in result.output
    assert "start one with `dask scheduler`" in result.output and "Traceback" not in result.output
    with sqlite3.connect(tmp_path / "a.db") as conn:
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 0
        assert conn.execute("SELECT state FROM ingest_runs").fetchall() == [("interrupted",)]


def hanging_extract(path: str, ocr: str):
    """'hang': reading never ends, in Python; 'stuck': in C, where no time limit reaches."""
    name = os.path.basename(path)
    while "hang" in name:
        time.sleep(0.05)
    if "stuck" in name:
        time.sleep(3600)
    return extract_rows(path, ocr)


# Last in this module: it restarts a worker of the shared cluster.
def test_files_over_the_time_limit_fail_with_that_reason_and_the_batch_goes_on(tmp_path, cluster):
    folder = tmp_path / "in"
    write_letters(folder, 3)
    (folder / "hang.txt").write_bytes(render(random_spec(4, "h"), "txt"))
    (folder / "stuck.txt").write_bytes(render(random_spec(5, "s"), "txt"))
    started = time.monotonic()
    summary = ingest([folder], tmp_path / "archive.db",
                     Options(cluster=cluster, timeout=1, extractor="tests.test_cluster:hanging_extract"))
    assert time.monotonic() - started < 40
    assert (summary.new, summary.failed) == (3, 2)
    reasons = {Path(path).name: message for path, message in summary.failures}
    assert reasons["hang.txt"].startswith("took longer than 1 s to read — ")
    assert reasons["stuck.txt"].startswith("took longer than 1 s to read (the worker was restarted)")
    check_consistent(tmp_path / "archive.db")
