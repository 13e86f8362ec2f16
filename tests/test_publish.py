"""publish: the public copy holds every public letter and nothing of a confidential or unverified one."""
from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from archive import store
from archive.cli import main
from archive.publish import PublishError, publish
from archive.serve import ServeError, check_public
from archive.stemming import register_functions
from tests.publishing import SECRET_WORDS, build_corpus


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return build_corpus(tmp_path_factory.mktemp("publish"))


@pytest.fixture(scope="module")
def published(corpus):
    public = corpus.folder / "public.db"
    summary = publish(corpus.db, public)
    return public, summary


def secrets_of(corpus) -> list[str]:
    out = list(SECRET_WORDS)
    for letter in corpus.hidden:
        r = letter.record
        out += [r.source.sha256, r.resolution, r.subject, *(m.quote for m in r.mandates)]
    return out


def test_summary_counts(corpus, published):
    _, summary = published
    assert summary.letters == len(corpus.public) == 9
    assert (summary.withheld_confidential, summary.withheld_unverified) == (2, 1)
    assert summary.files == 9 and summary.missing_files == []


def test_only_public_letters_and_nothing_of_the_archive_s_bookkeeping(corpus, published):
    public, _ = published
    conn = sqlite3.connect(public)  # not store.connect: that would switch the copy to WAL
    register_functions(conn)
    try:
        shas = {r[0] for r in conn.execute("SELECT sha256 FROM letters")}
        assert shas == {l.record.source.sha256 for l in corpus.public}
        assert {r[0] for r in conn.execute("SELECT sha256 FROM documents")} == shas
        for table in ("document_paths", "ingest_runs", "ingest_errors"):
            assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table
        # a published document keeps only its file name
        assert all("/" not in r[0] for r in conn.execute("SELECT source_path FROM documents"))
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("mandates", "deadlines", "letter_resolutions", "mandate_stems", "letter_stems")}
        assert counts["mandates"] == sum(len(l.record.mandates) for l in corpus.public)
        assert counts["deadlines"] == sum(len(m.deadlines) for l in corpus.public for m in l.record.mandates)
        assert counts["letter_stems"] == counts["letter_resolutions"] == 9
        for fts in ("letters_fts", "mandates_fts", "letters_stem_fts", "mandates_stem_fts"):
            conn.execute(f"INSERT INTO {fts}({fts}, rank) VALUES ('integrity-check', 1)")
        # the search indexes know no secret word
        for word in SECRET_WORDS:
            assert conn.execute("SELECT count(*) FROM letters_fts WHERE letters_fts MATCH ?", (word,)).fetchone()[0] == 0
            assert conn.execute("SELECT count(*) FROM mandates_stem_fts WHERE mandates_stem_fts MATCH stem_query(?)",
                                (word,)).fetchone()[0] == 0
    finally:
        conn.close()


def test_no_secret_in_the_file_s_bytes(corpus, published):
    public, _ = published
    data = public.read_bytes()
    for secret in secrets_of(corpus):
        assert secret.encode("utf-8") not in data, secret


def test_files_folder_holds_exactly_the_public_originals(corpus, published):
    public, summary = published
    folder = Path(summary.files_dir)
    assert folder == public.with_name("public.files")
    names = {p.name for p in folder.iterdir()}
    expected = {l.record.source.sha256 + (".pdf" if l.path.suffix == ".pdf" else ".txt") for l in corpus.public}
    assert names == expected
    for letter in corpus.public:
        ext = ".pdf" if letter.path.suffix == ".pdf" else ".txt"
        assert (folder / f"{letter.record.source.sha256}{ext}").read_bytes() == letter.path.read_bytes()


def test_export_of_the_public_copy_gives_the_public_records(corpus, published):
    public, _ = published
    conn = store.connect(public, readonly=True)
    try:
        records = {r.source.sha256: r for r in store.load_records(conn)}
    finally:
        conn.close()
    for letter in corpus.public:
        expected = letter.record.model_dump()
        expected["source"]["path"] = letter.path.name
        assert records[letter.record.source.sha256].model_dump() == expected


def test_serve_accepts_only_a_public_copy(corpus, published):
    public, _ = published
    check_public(public)
    with pytest.raises(ServeError, match="not a public copy"):
        check_public(corpus.db)


def test_republishing_drops_a_letter_that_became_confidential(corpus, tmp_path):
    db = tmp_path / "archive.db"
    shutil.copy(corpus.db, db)
    public = tmp_path / "public.db"
    publish(db, public)
    victim = corpus.public[0].record
    conn = sqlite3.connect(db)
    conn.execute("UPDATE letters SET confidential = NULL WHERE sha256 = ?", (victim.source.sha256,))
    conn.commit()
    conn.close()
    summary = publish(db, public)
    assert summary.letters == 8 and summary.withheld_unverified == 2
    assert not any(p.name.startswith(victim.source.sha256) for p in Path(summary.files_dir).iterdir())
    assert victim.source.sha256.encode() not in public.read_bytes()
    assert not list(tmp_path.glob("*.tmp"))


def test_a_changed_original_is_not_copied(corpus, tmp_path):
    folder = tmp_path / "c"
    c = build_corpus(folder)
    changed = c.public[0]
    changed.path.write_bytes(b"replaced later")
    summary = publish(c.db, folder / "public.db")
    assert summary.missing_files == [changed.record.source.sha256] and summary.files == 8


def test_cli(corpus, tmp_path):
    result = CliRunner().invoke(main, ["publish", "--db", str(corpus.db), "--public", str(tmp_path / "p.db")])
    assert result.exit_code == 0, result.output
    assert "9 letters published, 2 confidential and 1 unverified withheld" in result.output
    assert (tmp_path / "p.files").is_dir()
    result = CliRunner().invoke(main, ["publish", "--db", str(corpus.db), "--public", str(corpus.db)])
    assert result.exit_code == 1 and "different file" in result.output
    with pytest.raises(PublishError):
        publish(tmp_path / "missing.db", tmp_path / "x.db")
