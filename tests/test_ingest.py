"""`beschlussarchiv ingest`: identity, skipping, bad files, crashes, kill -9, status and export.

Good letters come from the test-letter generator (plain text mostly: it extracts in ~40 ms).
Tests that must control timing or crash a worker run the library with an extractor of their
own (`Options.extractor`), defined in this module so that worker processes can import it.
"""
from __future__ import annotations

import io
import json
import re
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from archive import store
from archive.cli import main
from archive.ingest import Options, extract_rows, ingest
from tests.letters.generate import make_series, random_spec, render

ROOT = Path(__file__).resolve().parent.parent
DEV = Path("/work/shared/corpus/dev")
FTS_TABLES = ("letters_fts", "mandates_fts", "letters_stem_fts", "mandates_stem_fts")


# ------------------------------------------------------------------ extractors for the workers

def slow_extract(path: str, ocr: str):
    """The real extraction, slowed down so that a test can kill a run in the middle."""
    time.sleep(0.03)
    return extract_rows(path, ocr)


def crashing_extract(path: str, ocr: str):
    """A worker that dies on one file, as after a segfault or the OOM killer."""
    if "crash" in os.path.basename(path):
        os._exit(9)
    return extract_rows(path, ocr)


# ------------------------------------------------------------------ helpers

def write_letters(folder: Path, count: int, *, seed: int = 1, pdf_every: int = 0) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        spec = random_spec(seed * 1000 + i, f"g{i:04d}")
        variant = "digital.pdf" if pdf_every and i % pdf_every == 0 else "txt"
        path = folder / f"{spec.id}.{variant}"
        path.write_bytes(render(spec, variant))
        paths.append(path)
    return paths


def counts(db: Path) -> dict[str, int]:
    conn = store.connect(db, readonly=True)
    try:
        return {t: n for t, n in store.counts(conn).items() if t not in ("ingest_runs", "ingest_errors")}
    finally:
        conn.close()


def check_consistent(db: Path) -> None:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        for table in FTS_TABLES:
            conn.execute(f"INSERT INTO {table}({table}, rank) VALUES ('integrity-check', 1)")
        # no half-written letter: every document has its letter, every letter its points
        assert conn.execute("SELECT count(*) FROM documents WHERE sha256 NOT IN (SELECT sha256 FROM letters)").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM letters l WHERE mandate_count != "
                            "(SELECT count(*) FROM mandates m WHERE m.letter_id = l.id)").fetchone()[0] == 0
    finally:
        conn.close()


def run_cli(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


# ------------------------------------------------------------------ identity and skipping

def test_ingesting_twice_stores_once_and_skips_everything_the_second_time(tmp_path):
    letters = write_letters(tmp_path / "in", 12, pdf_every=4)
    shutil.copy(letters[0], tmp_path / "in" / "same letter, other name.txt")
    (tmp_path / "in" / "sub").mkdir()
    shutil.copy(letters[1], tmp_path / "in" / "sub" / "copy.txt")
    db = tmp_path / "archive.db"

    first = ingest([tmp_path / "in"], db, Options(workers=2))
    assert (first.files, first.new, first.skipped, first.failed) == (14, 12, 2, 0)
    after_first = counts(db)
    assert after_first["documents"] == after_first["letters"] == 12
    assert after_first["document_paths"] == 14

    second = ingest([tmp_path / "in"], db, Options(workers=2))
    assert (second.files, second.new, second.reprocessed, second.skipped, second.failed) == (14, 0, 0, 14, 0)
    assert counts(db) == after_first
    conn = store.connect(db, readonly=True)
    paths = {Path(r[0]).name for r in conn.execute(
        "SELECT path FROM document_paths JOIN letters USING (sha256) WHERE letters.sha256 = "
        "(SELECT sha256 FROM document_paths WHERE path LIKE '%other name.txt')")}
    assert paths == {letters[0].name, "same letter, other name.txt"}
    runs = [dict(r) for r in conn.execute("SELECT * FROM ingest_runs ORDER BY id")]
    assert [(r["state"], r["new"], r["skipped"]) for r in runs] == [("finished", 12, 2), ("finished", 0, 14)]
    conn.close()
    check_consistent(db)


def test_reprocess_and_a_new_pipeline_version_read_documents_again(tmp_path):
    write_letters(tmp_path / "in", 4)
    db = tmp_path / "archive.db"
    ingest([tmp_path / "in"], db, Options(workers=1))
    ids = {r[0]: r[1] for r in sqlite3.connect(db).execute("SELECT sha256, id FROM letters")}
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE documents SET pipeline_version = '0.0.1' WHERE rowid = 1")
    outdated = ingest([tmp_path / "in"], db, Options(workers=1))
    assert (outdated.reprocessed, outdated.skipped) == (1, 3)
    forced = ingest([tmp_path / "in"], db, Options(workers=1, reprocess=True))
    assert (forced.new, forced.reprocessed, forced.skipped) == (0, 4, 0)
    assert {r[0]: r[1] for r in sqlite3.connect(db).execute("SELECT sha256, id FROM letters")} == ids
    assert counts(db)["documents"] == 4
    check_consistent(db)


@pytest.mark.skipif(not DEV.is_dir(), reason="no dev corpus")
def test_the_dev_corpus_twice_gives_identical_counts(tmp_path):
    folder = tmp_path / "dev"
    folder.mkdir()
    for f in list(DEV.glob("*.digital.pdf")) + list(DEV.glob("*.txt")):
        shutil.copy(f, folder / f.name)
    db = tmp_path / "archive.db"
    result = run_cli("ingest", str(folder), "--db", str(db), "--workers", "2")
    assert result.exit_code == 0, result.output
    before = counts(db)
    assert before["documents"] == len(list(folder.iterdir()))
    result = run_cli("ingest", str(folder), "--db", str(db), "--workers", "2")
    assert result.exit_code == 0
    assert f"0 new, 0 reprocessed, {before['documents']} skipped, 0 failed" in result.output
    assert counts(db) == before


# ------------------------------------------------------------------ bad files

def _encrypted(pdf: bytes) -> bytes:
    import pypdf
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(pdf)))
    writer.encrypt(user_password="geheim", owner_password="geheim")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_bad_files_are_listed_and_never_stop_the_batch(tmp_path):
    folder = tmp_path / "mixed"
    good = write_letters(folder, 6, pdf_every=3)
    pdf = render(random_spec(99, "x"), "digital.pdf")
    bad = {
        "empty.pdf": b"",
        "truncated.pdf": pdf[: len(pdf) // 2],
        "encrypted.pdf": _encrypted(pdf),
        "website.pdf": b"<!DOCTYPE html><html><body>Beschlusskontrolle</body></html>",
        "archive.zip.pdf": b"PK\x03\x04" + bytes(range(256)) * 4,
    }
    for name, data in bad.items():
        (folder / name).write_bytes(data)
    # Named like a PDF, but a plain-text letter: the type is decided by content, so it is good.
    (folder / "really_text.pdf").write_bytes(render(random_spec(7, "t"), "txt"))
    db = tmp_path / "archive.db"

    result = run_cli("ingest", str(folder), "--db", str(db), "--workers", "2")
    assert result.exit_code == 1
    assert f"{len(good) + 1} new, 0 reprocessed, 0 skipped, {len(bad)} failed" in result.output
    assert "Traceback" not in result.output
    for name in bad:
        assert f"failed: {folder / name}:" in result.output
    conn = store.connect(db, readonly=True)
    errors = {Path(r["path"]).name: dict(r) for r in conn.execute("SELECT * FROM ingest_errors WHERE current = 1")}
    assert set(errors) == set(bad)
    assert all(e["error"] == "UnreadableDocument" and e["detail"] is None for e in errors.values())
    assert "empty" in errors["empty.pdf"]["message"]
    assert errors["truncated.pdf"]["sha256"] and errors["truncated.pdf"]["remedy"]
    conn.close()
    assert counts(db)["documents"] == len(good) + 1

    status = run_cli("status", "--db", str(db))
    assert f"failed files    {len(bad)}" in status.output and "truncated.pdf" in status.output

    # A rerun leaves the unchanged unreadable files alone; --retry-failed retries exactly those.
    again = run_cli("ingest", str(folder), "--db", str(db), "--workers", "2")
    assert again.exit_code == 0 and f"{len(bad)} unreadable as before" in again.output
    (folder / "truncated.pdf").write_bytes(pdf)  # the archivist found an undamaged copy
    retry = run_cli("ingest", "--retry-failed", "--db", str(db), "--workers", "2")
    assert retry.exit_code == 1
    assert f"{len(bad)} files in" in retry.output and f"1 new, 0 reprocessed, 0 skipped, {len(bad) - 1} failed" in retry.output
    conn = store.connect(db, readonly=True)
    assert conn.execute("SELECT count(DISTINCT path) FROM ingest_errors WHERE current = 1").fetchone()[0] == len(bad) - 1
    conn.close()
    check_consistent(db)


def test_a_worker_that_dies_fails_only_its_file(tmp_path):
    folder = tmp_path / "in"
    write_letters(folder, 5)
    (folder / "crash.txt").write_bytes(render(random_spec(3, "c"), "txt"))
    db = tmp_path / "archive.db"
    summary = ingest([folder], db, Options(workers=2, extractor="tests.test_ingest:crashing_extract"))
    assert (summary.new, summary.failed) == (5, 1)
    assert summary.failures[0][0].endswith("crash.txt") and "died" in summary.failures[0][1]
    check_consistent(db)


def test_a_worker_that_dies_while_the_queue_fills_fails_only_its_file(tmp_path, monkeypatch):
    """The pool can break before the queue is full: the next file cannot be sent at all. It
    goes back with the others (CI met this once: a BrokenProcessPool raised out of ingest)."""
    import archive.ingest as ingest_module

    folder = tmp_path / "in"
    write_letters(folder, 3)
    (folder / "a-crash.txt").write_bytes(render(random_spec(3, "c"), "txt"))
    hashed = []
    real_sha256_of = ingest_module.sha256_of

    def slow_after_the_crash(path):   # gives the first worker time to die before the next file is sent
        hashed.append(path)
        if len(hashed) == 2:
            time.sleep(3)
        return real_sha256_of(path)

    monkeypatch.setattr(ingest_module, "sha256_of", slow_after_the_crash)
    db = tmp_path / "archive.db"
    summary = ingest([folder], db, Options(workers=1, extractor="tests.test_ingest:crashing_extract"))
    assert Path(hashed[0]).name == "a-crash.txt"
    assert (summary.new, summary.failed) == (3, 1)
    assert summary.failures[0][0].endswith("a-crash.txt") and "died" in summary.failures[0][1]
    check_consistent(db)


def test_missing_paths_are_reported(tmp_path):
    db = tmp_path / "archive.db"
    result = run_cli("ingest", str(tmp_path / "nowhere"), "--db", str(db))
    assert result.exit_code == 1 and "no such file or folder" in result.output


def _long_text_pdf(path: Path, pages: int) -> None:
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    for i in range(pages):
        for j in range(40):
            c.drawString(50, 800 - j * 18, f"Seite {i + 1}, Zeile {j}: Anlage zum Bericht der Verwaltung.")
        c.showPage()
    c.save()


def test_a_folder_of_what_archives_hold_ingests_to_the_end(tmp_path):
    """Issue 10: a FIFO, a link to /dev/zero, a 1,000-page text PDF, a 10 MB text and good letters."""
    folder = tmp_path / "folder"
    folder.mkdir()
    os.mkfifo(folder / "pipe.pdf")              # opening it for reading would block for good
    os.symlink("/dev/zero", folder / "zero.pdf")  # reading it would never end
    good = [folder / f"good{i}.txt" for i in range(3)]
    for i, path in enumerate(good):
        path.write_bytes(render(random_spec(3 + i), "txt"))
    _long_text_pdf(folder / "annex-1000-pages.pdf", 1000)
    letter = render(random_spec(9), "txt") + b"\n"
    (folder / "ten-megabytes.txt").write_bytes(letter * (10 * 1024 * 1024 // len(letter)))
    db = tmp_path / "archive.db"
    command = Path(sys.executable).parent / "beschlussarchiv"
    started = time.monotonic()
    result = subprocess.run([str(command), "ingest", str(folder), "--db", str(db), "--workers", "2"],
                            capture_output=True, text=True, timeout=300, cwd=ROOT)
    said = result.stdout + result.stderr
    assert time.monotonic() - started < 120, said
    assert result.returncode == 1, said          # two files were skipped
    assert "pipe.pdf: is a FIFO (named pipe), not a document: skipped" in said
    assert "zero.pdf: is a device, not a document: skipped" in said
    with sqlite3.connect(db) as conn:
        stored = {Path(r[0]).name: (r[1], json.loads(r[2])) for r in conn.execute(
            "SELECT p.path, d.pages, l.warnings FROM document_paths p JOIN documents d USING (sha256) "
            "JOIN letters l USING (sha256)")}
        failed = {Path(r[0]).name for r in conn.execute("SELECT path FROM ingest_errors WHERE current = 1")}
    assert {p.name for p in good} | {"annex-1000-pages.pdf", "ten-megabytes.txt"} <= set(stored)
    pages, warnings = stored["annex-1000-pages.pdf"]
    assert pages == 1000 and any("pages 101-1000 were not read" in w for w in warnings)
    assert any("were not read: reading stops after about 300,000 characters" in w
               for w in stored["ten-megabytes.txt"][1])
    assert failed == {"pipe.pdf", "zero.pdf"}


# ------------------------------------------------------------------ kill -9

KILLABLE = """
import sys
from archive.ingest import Options, ingest
ingest([sys.argv[1]], sys.argv[2], Options(workers=2, extractor="tests.test_ingest:slow_extract"))
"""


@pytest.mark.parametrize("stop", [signal.SIGKILL, signal.SIGTERM], ids=["SIGKILL", "SIGTERM"])
def test_sigkill_mid_run_then_rerun_gives_a_complete_archive(tmp_path, stop):
    folder = tmp_path / "in"
    write_letters(folder, 100, seed=3, pdf_every=10)
    killed, clean = tmp_path / "killed.db", tmp_path / "clean.db"

    proc = subprocess.Popen([sys.executable, "-c", KILLABLE, str(folder), str(killed)], cwd=ROOT,
                            start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_until_stored(killed, 30)
        assert proc.poll() is None, "the run ended before it could be killed"
    finally:
        os.kill(proc.pid, stop)  # the writer only, mid-run: its workers must follow it
        proc.wait()
    deadline = time.monotonic() + 5
    while _alive_in_group(proc.pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = _alive_in_group(proc.pid)
    if left:
        os.killpg(proc.pid, signal.SIGKILL)
    assert not left, f"worker processes outlived the killed writer: {left}"
    check_consistent(killed)
    partial = counts(killed)["documents"]
    assert 30 <= partial < 100
    conn = sqlite3.connect(killed)
    assert conn.execute("SELECT state, finished_at FROM ingest_runs").fetchall() == [("running", None)]
    conn.close()

    rerun = ingest([folder], killed, Options(workers=2))
    assert (rerun.new, rerun.skipped, rerun.failed) == (100 - partial, partial, 0)
    with sqlite3.connect(killed) as conn:   # the next run says what happened to the killed one
        assert [r[0] for r in conn.execute("SELECT state FROM ingest_runs ORDER BY id")] == ["interrupted", "finished"]
    ingest([folder], clean, Options(workers=2))
    assert counts(killed) == counts(clean)
    check_consistent(killed)
    assert _exported(killed) == _exported(clean)


def wait_until_stored(db: Path, count: int, seconds: float = 60) -> None:
    """Wait (at most `seconds`) until a running ingest has stored `count` documents in `db`."""
    deadline, stored = time.monotonic() + seconds, 0
    while time.monotonic() < deadline and stored < count:
        time.sleep(0.02)
        try:
            conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
            stored = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
            conn.close()
        except sqlite3.OperationalError:  # not created yet
            pass


def _alive_in_group(group: int) -> list[int]:
    """Processes of a process group that are still alive (zombies waiting to be reaped are not)."""
    alive = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == group and fields[0] != "Z":
            alive.append(int(entry.name))
    return alive


def test_a_second_ingest_into_a_busy_archive_says_so_and_does_no_work(tmp_path):
    from archive.ingest import _lock_archive
    db = tmp_path / "archive.db"
    holder = _lock_archive(db)           # as a running ingest holds it
    try:
        result = run_cli("ingest", str(tmp_path), "--db", str(db))
    finally:
        holder.close()
    assert result.exit_code == 3
    assert "another ingest (pid" in result.output and "is writing into" in result.output
    assert not db.exists() or counts(db)["documents"] == 0


def _exported(db: Path) -> list[dict]:
    result = run_cli("export", "--db", str(db))
    return sorted((json.loads(line) for line in result.output.splitlines()), key=lambda r: r["source"]["sha256"])


# ------------------------------------------------------------------ round trip with the real pipeline, views

def test_export_gives_back_what_extract_produced(tmp_path):
    from pipeline import extract
    folder = tmp_path / "in"
    paths = write_letters(folder, 6, seed=5, pdf_every=2)
    db = tmp_path / "archive.db"
    run_cli("ingest", str(folder), "--db", str(db), "--workers", "2")
    exported = {r["source"]["sha256"]: r for r in _exported(db)}
    extracted = [json.loads(extract(str(p)).model_dump_json()) for p in paths]
    assert len(exported) == len(extracted)
    for record in extracted:
        assert exported[record["source"]["sha256"]] == record


def test_a_series_of_letters_shows_in_the_views(tmp_path):
    folder = tmp_path / "series"
    folder.mkdir()
    done = make_series(11, ("interim", "interim", "final"), prefix="a")
    open_ended = make_series(12, ("interim", "interim"), prefix="b")  # last review passed long ago
    for spec in done + open_ended:
        (folder / f"{spec.id}.txt").write_bytes(render(spec, "txt"))
    db = tmp_path / "archive.db"
    assert run_cli("ingest", str(folder), "--db", str(db), "--workers", "2").exit_code == 0
    conn = store.connect(db, readonly=True)
    a, b = done[0].resolutions[0].ident, open_ended[0].resolutions[0].ident
    rows = {r["resolution"]: dict(r) for r in conn.execute("SELECT * FROM resolutions")}
    assert rows[a]["letter_count"] == 3 and rows[a]["latest_report_type"] == "final"
    assert rows[a]["latest_letter_date"] == done[-1].letter_date.isoformat()
    assert rows[b]["letter_count"] == 2 and rows[b]["next_review"] == open_ended[-1].next_review
    overdue = [r["resolution"] for r in conn.execute("SELECT resolution FROM overdue_reviews")]
    assert overdue == [b]
    history = [r["letter_date"] for r in conn.execute(
        "SELECT DISTINCT letter_date FROM resolution_history WHERE resolution = ?", (a,))]
    assert history == [s.letter_date.isoformat() for s in done]
    conn.close()


def test_files_in_folders_that_are_not_documents_are_named_not_ingested(tmp_path):
    from archive.ingest import find_files
    from collections import Counter
    (tmp_path / "a.txt").write_text("Brief")
    (tmp_path / "a.json").write_text("{}")
    (tmp_path / "notes.md").write_text("# notes")
    others = Counter()
    found = [p for p, _ in find_files([tmp_path], others)]
    assert found == [str(tmp_path / "a.txt")]
    assert others == Counter({".json": 1, ".md": 1})
    assert [p for p, _ in find_files([tmp_path / "a.json"])] == [str(tmp_path / "a.json")]  # by name: tried


def hanging_extract(path: str, ocr: str):
    """Reading one file never ends (a loop in a library)."""
    if "hang" in os.path.basename(path):
        while True:
            time.sleep(0.05)
    return extract_rows(path, ocr)


def hungry_extract(path: str, ocr: str):
    """Reading one file needs more memory than the worker may have."""
    if "huge" in os.path.basename(path):
        bytearray(3 * 1024 ** 3)
    return extract_rows(path, ocr)


def test_a_file_over_the_memory_limit_fails_with_that_reason_not_as_damaged(tmp_path):
    folder = tmp_path / "in"
    write_letters(folder, 2)
    (folder / "huge.txt").write_bytes(render(random_spec(5, "m"), "txt"))
    db = tmp_path / "archive.db"
    summary = ingest([folder], db, Options(workers=2, max_memory_mb=2048,
                                           extractor="tests.test_ingest:hungry_extract"))
    assert (summary.new, summary.failed) == (2, 1)
    assert summary.failures[0][0].endswith("huge.txt") and "needed more than 2048 MB" in summary.failures[0][1]
    check_consistent(db)


def stuck_extract(path: str, ocr: str):
    """Stuck where no alarm reaches (a C library that blocks signals)."""
    if "stuck" in os.path.basename(path):
        import signal
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        while True:
            time.sleep(0.05)
    return extract_rows(path, ocr)


@pytest.mark.parametrize("name, extractor, reason, within", [
    ("hang.txt", "hanging_extract", "took longer than 2 s to read", 60),                 # the alarm stops it
    ("stuck.txt", "stuck_extract", "took longer than 2 s to read (the worker was replaced)", 90),  # it cannot
], ids=["alarm", "stuck-beyond-the-alarm"])
def test_a_file_over_the_time_limit_fails_with_that_reason_and_the_batch_goes_on(tmp_path, name, extractor, reason,
                                                                                  within):
    folder = tmp_path / "in"
    write_letters(folder, 3)
    (folder / name).write_bytes(render(random_spec(4, "h"), "txt"))
    db = tmp_path / "archive.db"
    started = time.monotonic()
    summary = ingest([folder], db, Options(workers=2, timeout=2, extractor=f"tests.test_ingest:{extractor}"))
    assert time.monotonic() - started < within
    assert (summary.new, summary.failed) == (3, 1)
    assert summary.failures[0][0].endswith(name) and reason in summary.failures[0][1]
    check_consistent(db)


def test_progress_names_the_file_being_read():
    from archive.ingest import Progress, Summary

    out = io.StringIO()
    bar = Progress(4, out)
    bar.current = "/archiv/scans/Brief 7\nEingang.pdf"
    bar.update(Summary(run_id=1, new=1), force=True)
    line = out.getvalue().rstrip("\n")
    assert line.startswith("ingest: 1/4 files, 0 failed, ")
    assert line.endswith(", reading Brief 7\\nEingang.pdf")        # the name, escaped: one line


def test_a_file_named_with_cr_lf_is_stored_listed_escaped_and_downloadable(tmp_path):
    from tests.publishing import Server

    folder = tmp_path / "in"
    folder.mkdir()
    name = "Brief\r\n1.txt"
    (folder / name).write_bytes(render(random_spec(12), "txt"))
    db = tmp_path / "archive.db"
    result = run_cli("ingest", str(folder), "--db", str(db))
    assert result.exit_code == 0 and "\r" not in result.output
    with sqlite3.connect(db) as conn:
        sha = conn.execute("SELECT sha256 FROM documents").fetchone()[0]
    with Server(db) as server:
        status, headers, body = server.get(f"/-/original/{sha}.txt")
    assert status == 200 and body == (folder / name).read_bytes()
    assert headers["content-disposition"] == "inline; filename=\"Brief1.txt\"; filename*=UTF-8''Brief1.txt"


def test_a_long_single_line_text_goes_through_every_stage_in_linear_time(tmp_path):
    """Issue 10: a 50 MB single-line text took 195 s building rows; 5 MB here, all the way to the index."""
    letter = render(random_spec(13), "txt").replace(b"\n", b" ")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "one-line.txt").write_bytes(letter * (5 * 1024 * 1024 // len(letter)))
    started = time.monotonic()
    summary = ingest([folder], tmp_path / "archive.db", Options(workers=1))
    assert summary.new == 1 and time.monotonic() - started < 60
    with sqlite3.connect(tmp_path / "archive.db") as conn:
        assert conn.execute("SELECT count(*) FROM letters_stem_fts WHERE letters_stem_fts MATCH 'beschluss*'"
                            ).fetchone()[0] == 1
